package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/kb"
)

func TestKBStats(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := kbStats(&b, k); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"actors:", "places:", "IQ", "state_forces", "admin1"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats output lacks %q", want)
		}
	}
}

func TestKBLookup(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, form, want string
	}{
		{"actor", "وللحشد", "iq-pmf"},
		{"place", "بالبصرة", "iq-c-basra"},
		{"qualified place", "جنوب بغداد", "geo_precision 2"},
		{"generic", "مسلحون مجهولون", "Unidentified Armed Group (Iraq)"},
		{"unknown", "كلمة غريبة", "no match"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			kbLookup(&b, k, tt.form, kb.Context{Country: "IQ"})
			if !strings.Contains(b.String(), tt.want) {
				t.Errorf("lookup %q:\n%s\nwant %q", tt.form, b.String(), tt.want)
			}
		})
	}
}
