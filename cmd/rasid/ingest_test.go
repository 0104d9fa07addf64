package main

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/export"
	"github.com/rasid-osint/rasid/store"
	"github.com/rasid-osint/rasid/store/sqlite"
)

const devArticles = "../../../shared/dev/articles"

// TestIngestExportDev ingests the shared dev articles twice (the second run
// must store nothing), then checks that the ACLED export parses, has
// exactly ACLED's columns and one row per event the store shows, and that
// the JSON Lines export has one line per article.
func TestIngestExportDev(t *testing.T) {
	if _, err := os.Stat(devArticles); err != nil {
		t.Skip("../shared/dev/articles is absent: this test needs the shared dev articles")
	}
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "dev.db")
	for i := 0; i < 2; i++ {
		if err := runIngest(ctx, []string{devArticles, "--db", db, "-q"}); err != nil {
			t.Fatalf("ingest %d: %v", i, err)
		}
	}
	s, ov := openStored(t, db)
	if ov.Articles != 5 {
		t.Errorf("%d articles stored after two ingests, want 5", ov.Articles)
	}
	page, err := s.Events(ctx, store.EventFilter{}, store.Page{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "dev.csv")
	if err := runExport(ctx, []string{"--db", db, "--format", "acled", "-o", out}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("ACLED CSV does not parse: %v", err)
	}
	if strings.Join(recs[0], ",") != strings.Join(export.ACLEDColumns, ",") {
		t.Errorf("header %v", recs[0])
	}
	if len(recs)-1 != page.Total {
		t.Errorf("%d CSV rows, %d events in the store", len(recs)-1, page.Total)
	}
	ids := map[string]bool{}
	for _, e := range page.Events {
		ids[e.ID] = true
	}
	for _, r := range recs[1:] {
		if len(r) != len(export.ACLEDColumns) || !ids[strings.TrimLeft(r[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")] {
			t.Errorf("row %v does not match a stored event", r[:3])
		}
	}

	jl := filepath.Join(dir, "dev.jsonl")
	if err := runExport(ctx, []string{"--db", db, "--format", "jsonl", "-o", jl}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(jl)
	if n := strings.Count(string(b), "\n"); n != 5 {
		t.Errorf("%d JSON lines, want 5", n)
	}
}

func TestExportFlags(t *testing.T) {
	cases := []struct {
		name string
		args []string
		ok   bool
	}{
		{"bad date", []string{"--from", "2021/01/01"}, false},
		{"stray argument", []string{"x"}, false},
		{"missing db", []string{"--db", filepath.Join(t.TempDir(), "none.db")}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := runExport(context.Background(), c.args)
			if (err == nil) != c.ok {
				t.Errorf("runExport(%v) = %v", c.args, err)
			}
		})
	}
}

// openStored opens the database a command wrote, closed when the test ends,
// and returns it with its overview counts.
func openStored(t *testing.T, db string) (*sqlite.DB, *store.Overview) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ov, err := s.Overview(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return s, ov
}
