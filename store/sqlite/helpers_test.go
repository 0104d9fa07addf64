package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// openTest opens a fresh database file in a temporary directory.
func openTest(t testing.TB) *DB {
	t.Helper()
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "rasid.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// span returns the rune span of the first occurrence of sub in text.
func span(t testing.TB, text, sub string) domain.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	s := utf8.RuneCountInString(text[:i])
	return domain.Span{Start: s, End: s + utf8.RuneCountInString(sub)}
}

func day(s string) *domain.Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	d := domain.DayDate(t)
	return &d
}

func fptr(f float64) *float64 { return &f }
func iptr(n int) *int         { return &n }

// art builds an article whose text is title + body, with sentences.
func art(id, outlet, published, title, body string) *domain.Article {
	text := title + "\n" + body
	return &domain.Article{
		DocID: id, Outlet: outlet, Published: day(published), Title: title,
		Raw: text, Text: text, Sentences: arabic.Sentences(text), Tokens: arabic.Tokenize(text),
	}
}

// evOpts describes a test event.
type evOpts struct {
	typ, sub, date       string
	place, placeID, cc   string
	lat, lon             float64
	actor1, actor2, a1ID string
	evidence, trigger    string
	fatalities           *int
}

// addEvent codes an event into a; evidence and trigger must occur in a.Text.
func addEvent(t testing.TB, a *domain.Article, o evOpts) *domain.Event {
	t.Helper()
	e := &domain.Event{EventType: o.typ, SubEventType: o.sub, Primary: true, Fatalities: o.fatalities}
	if o.date != "" {
		e.Date = day(o.date)
	}
	if o.evidence != "" {
		e.Evidence = span(t, a.Text, o.evidence)
	}
	if o.trigger != "" {
		e.Trigger = span(t, a.Text, o.trigger)
		e.TriggerText = o.trigger
	}
	if o.place != "" || o.cc != "" {
		l := &domain.Location{Text: o.place, Name: o.place, Country: o.cc, PlaceID: o.placeID, Admin1: "Baghdad", GeoPrecision: 1}
		if o.lat != 0 {
			l.Lat, l.Lon = fptr(o.lat), fptr(o.lon)
		}
		if o.place != "" && strings.Contains(a.Text, o.place) {
			s := span(t, a.Text, o.place)
			l.Span = &s
		}
		e.Location = l
	}
	if o.actor1 != "" {
		e.Actor1 = &domain.EventActor{Text: o.actor1, Name: o.actor1, ActorID: o.a1ID, Inter: 1}
	}
	if o.actor2 != "" {
		e.Actor2 = &domain.EventActor{Text: o.actor2, Name: o.actor2, Inter: 7}
	}
	a.Events = append(a.Events, e)
	return e
}

func count(t testing.TB, d *DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := d.db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// checkConsistent verifies integrity, foreign keys, the full-text index
// and the merged events' counters.
func checkConsistent(t testing.TB, d *DB) {
	t.Helper()
	// PRAGMA integrity_check runs on a fresh connection: on a pooled one
	// that served full-text reads while another connection wrote, FTS5's
	// integrity check can read its cached, stale segment list and report
	// "corruption found reading blob" although the file is sound (seen in
	// about one run in ten of TestConcurrentReadWrite on a loaded machine;
	// the same check on a fresh connection then said "ok", and MATCH queries
	// refresh the list at every statement).
	fresh, err := Open(context.Background(), d.path)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	var ok string
	if err := fresh.db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	if n := count(t, d, `SELECT COUNT(*) FROM pragma_foreign_key_check`); n != 0 {
		t.Fatalf("%d foreign key violations", n)
	}
	if _, err := d.db.Exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("fts integrity-check: %v", err)
	}
	if n := count(t, d, `SELECT COUNT(*) FROM events e WHERE n_articles !=
		(SELECT COUNT(DISTINCT article_id) FROM event_sources WHERE event_id = e.id) OR n_articles = 0`); n != 0 {
		t.Fatalf("%d events with wrong article counts", n)
	}
	if n := count(t, d, `SELECT COUNT(*) - COUNT(DISTINCT hash) FROM articles`); n != 0 {
		t.Fatalf("%d duplicate articles", n)
	}
}
