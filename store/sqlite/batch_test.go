package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// TestSaveArticlesKeepsTheRest stores a batch in which one article fails
// (a trigger refuses its last row): that article leaves nothing behind, the others
// are stored, the duplicate is reported as such, and the full-text index
// holds exactly the stored ones.
func TestSaveArticlesKeepsTheRest(t *testing.T) {
	d := openTest(t)
	ctx := context.Background()
	if _, err := d.db.Exec(`CREATE TRIGGER refuse BEFORE INSERT ON event_sources
		WHEN (SELECT doc_id FROM articles WHERE id = NEW.article_id) = 'b2'
		BEGIN SELECT RAISE(ABORT, 'refused by test'); END`); err != nil {
		t.Fatal(err)
	}
	mk := func(id, place, sub string) *domain.Article {
		body := "انفجرت عبوة ناسفة في " + place + " وقتل ثلاثة أشخاص."
		a := art(id, "وكالة أ", "2021-03-01", "انفجار في "+place, body)
		addEvent(t, a, evOpts{typ: domain.Explosions, sub: sub, date: "2021-02-28", place: place, cc: "IQ",
			lat: 33.3, lon: 44.4, evidence: body, trigger: "انفجرت"})
		return a
	}
	first := mk("b1", "الكرادة", "Remote explosive/landmine/IED")
	batch := []*domain.Article{
		first,
		mk("b2", "الدورة", "Suicide bomb"), // refused
		mk("b3", "الشعلة", "Remote explosive/landmine/IED"),
		first, // the same content again
	}
	res, err := d.SaveArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		saved  bool
		failed bool
	}{{true, false}, {false, true}, {true, false}, {false, false}}
	for i, w := range want {
		if res[i].Saved != w.saved || (res[i].Err != nil) != w.failed {
			t.Errorf("article %d: saved=%v err=%v, want saved=%v failed=%v", i, res[i].Saved, res[i].Err, w.saved, w.failed)
		}
	}
	if res[1].Err != nil && !strings.Contains(res[1].Err.Error(), "b2") {
		t.Errorf("error %q does not name the article", res[1].Err)
	}
	for q, n := range map[string]int{
		`SELECT COUNT(*) FROM articles`:                                                                2,
		`SELECT COUNT(*) FROM articles WHERE doc_id = 'b2'`:                                            0,
		`SELECT COUNT(*) FROM entities e JOIN articles a ON a.id = e.article_id WHERE a.doc_id = 'b2'`: 0,
		`SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'الدورة'`:                          0,
		`SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'الشعلة'`:                          1,
	} {
		if got := count(t, d, q); got != n {
			t.Errorf("%s = %d, want %d", q, got, n)
		}
	}
	checkConsistent(t, d)
}

// TestSaveArticlesEmpty stores nothing without error.
func TestSaveArticlesEmpty(t *testing.T) {
	d := openTest(t)
	res, err := d.SaveArticles(context.Background(), nil)
	if err != nil || len(res) != 0 {
		t.Errorf("SaveArticles(nil) = %v, %v", res, err)
	}
}
