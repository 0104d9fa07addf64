package web

import "testing"

func TestCountryLabel(t *testing.T) {
	tests := []struct{ cc, want string }{
		{"IQ", "العراق · Iraq (IQ)"},
		{"ZZ", "ZZ"},
	}
	for _, tc := range tests {
		if got := countryLabel(tc.cc); got != tc.want {
			t.Errorf("countryLabel(%q) = %q, want %q", tc.cc, got, tc.want)
		}
	}
}
