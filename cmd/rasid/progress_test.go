package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, verb: "extract", total: 100, start: time.Now().Add(-10 * time.Second)}
	p.update(40, 2)
	got := buf.String()
	for _, want := range []string{"40 articles", "(2 failed)", "/s", "42%", "ETA"} {
		if !strings.Contains(got, want) {
			t.Errorf("line %q lacks %q", got, want)
		}
	}
	var off bytes.Buffer
	q := &progress{w: &off, disabled: true}
	q.update(1, 0)
	q.finish()
	if off.Len() != 0 {
		t.Errorf("a disabled progress wrote %q", off.String())
	}
}

func TestCountFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.html", "index.tsv"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	if n := countFiles([]string{dir}); n != 2 {
		t.Errorf("countFiles = %d, want 2", n)
	}
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte("{}"), 0o644)
	if n := countFiles([]string{dir}); n != 0 {
		t.Errorf("with an archive countFiles = %d, want 0 (unknown)", n)
	}
}
