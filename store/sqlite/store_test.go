package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

func TestMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ {
		d, err := Open(context.Background(), path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := d.SchemaVersion(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := loadMigrations()
		if v != ms[len(ms)-1].version {
			t.Errorf("open %d: schema version %d, want %d", i, v, ms[len(ms)-1].version)
		}
		if n := count(t, d, `SELECT COUNT(*) FROM schema_version`); n != len(ms) {
			t.Errorf("open %d: %d schema_version rows, want %d", i, n, len(ms))
		}
		var mode string
		d.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
		if mode != "wal" {
			t.Errorf("journal_mode %q, want wal", mode)
		}
		var fk int
		d.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk)
		if fk != 1 {
			t.Errorf("foreign_keys %d, want 1", fk)
		}
		d.Close()
	}
}

func TestSaveIdempotent(t *testing.T) {
	d := openTest(t)
	ctx := context.Background()
	a := art("a1", "وكالة أ", "2021-03-01", "انفجار في بغداد", "قُتِلَ شخصان في انفجار عبوة ناسفة في بغداد.")
	addEvent(t, a, evOpts{typ: domain.Explosions, sub: "Remote explosive/landmine/IED", date: "2021-02-28",
		place: "بغداد", cc: "IQ", lat: 33.34, lon: 44.4, evidence: "قُتِلَ شخصان في انفجار عبوة ناسفة في بغداد.", trigger: "انفجار"})
	for i, want := range []bool{true, false, false} {
		saved, err := d.SaveArticle(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if saved != want {
			t.Errorf("save %d: saved=%v, want %v", i, saved, want)
		}
	}
	has, err := d.HasArticle(ctx, store.ContentHash(a))
	if err != nil || !has {
		t.Errorf("HasArticle = %v, %v", has, err)
	}
	for q, want := range map[string]int{`SELECT COUNT(*) FROM articles`: 1, `SELECT COUNT(*) FROM events`: 1,
		`SELECT COUNT(*) FROM event_sources`: 1} {
		if n := count(t, d, q); n != want {
			t.Errorf("%s = %d, want %d", q, n, want)
		}
	}
	// Same doc id, different content: stored under a suffixed id.
	b := art("a1", "وكالة ب", "2021-03-01", "خبر آخر", "نص مختلف تماما.")
	if saved, err := d.SaveArticle(ctx, b); err != nil || !saved {
		t.Fatalf("second a1: %v %v", saved, err)
	}
	if n := count(t, d, `SELECT COUNT(*) FROM articles`); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
	checkConsistent(t, d)
}

func TestNotFound(t *testing.T) {
	d := openTest(t)
	ctx := context.Background()
	for name, err := range map[string]error{
		"event":     second(d.Event(ctx, "999")),
		"bad event": second(d.Event(ctx, "x")),
		"article":   second(d.Article(ctx, "nope")),
		"story":     second(d.Story(ctx, "nope")),
		"actor":     second(d.Actor(ctx, "nope")),
	} {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: err = %v, want ErrNotFound", name, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }

func TestRawRoundTrip(t *testing.T) {
	d := openTest(t)
	ctx := context.Background()
	long := strings.Repeat("نص طويل يُخزَّن مضغوطاً. ", 40)
	for _, raw := range []string{"", "قصير", long} {
		a := art("r"+fmt.Sprint(len(raw)), "o", "2021-01-01", "عنوان", "نص")
		a.Raw = raw
		if _, err := d.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		det, err := d.Article(ctx, a.DocID)
		if err != nil {
			t.Fatal(err)
		}
		if det.Article.Raw != raw {
			t.Errorf("raw of %d bytes came back as %d bytes", len(raw), len(det.Article.Raw))
		}
	}
	if n := count(t, d, `SELECT COUNT(*) FROM articles WHERE raw_z IS NOT NULL AND raw = ''`); n != 1 {
		t.Errorf("%d compressed rows, want 1", n)
	}
}
