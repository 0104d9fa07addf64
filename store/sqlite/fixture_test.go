package sqlite

import (
	"context"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// Hand-written test articles (not taken from any corpus).
const (
	bodyA = "قُتِلَ ثلاثة مدنيين في انفجار عبوة ناسفة في بغداد يوم السبت. وأعلن الجيش اعتقال مشتبه به في البصرة."
	bodyB = "أفادت مصادر بمقتل ثلاثة مدنيين بانفجار عبوة ناسفة في بغداد."
	bodyC = "اشتبكت فصائل مسلحة مع الجيش في ريف حلب صباح الاثنين."
)

// fixture stores three articles: two outlets reporting one explosion in
// Baghdad (story s1, one also reporting an arrest in Basra) and a battle
// near Aleppo (story s2). It returns the articles as saved.
func fixture(t *testing.T) (*DB, []*domain.Article) {
	t.Helper()
	d := openTest(t)
	boom := evOpts{typ: domain.Explosions, sub: "Remote explosive/landmine/IED", date: "2021-05-01",
		place: "بغداد", placeID: "geo:98182", cc: "IQ", lat: 33.34, lon: 44.40, actor2: "مدنيين", fatalities: iptr(3)}

	a := art("A", "منفذ أ", "2021-05-02", "انفجار في بغداد", bodyA)
	a.StoryID = "s1"
	o := boom
	o.evidence, o.trigger = "قُتِلَ ثلاثة مدنيين في انفجار عبوة ناسفة في بغداد يوم السبت.", "انفجار"
	addEvent(t, a, o)
	addEvent(t, a, evOpts{typ: domain.Strategic, sub: "Arrests", date: "2021-05-01", place: "البصرة", placeID: "geo:99532",
		cc: "IQ", lat: 30.51, lon: 47.78, actor1: "الجيش", a1ID: "iq-army", actor2: "مشتبه به",
		evidence: "وأعلن الجيش اعتقال مشتبه به في البصرة.", trigger: "اعتقال"})
	a.Entities = []*domain.Entity{
		{Type: domain.LOC, Name: "Baghdad", Mentions: []domain.Mention{{Span: span(t, a.Text, "بغداد"), Text: "بغداد", Source: "lexicon"}},
			Place: &domain.Place{ID: "geo:98182", Name: "Baghdad", NameAR: "بغداد", Kind: "city", Admin1: "Baghdad", Country: "IQ", Lat: 33.34, Lon: 44.40}},
		{Type: domain.ORG, Name: "Iraqi Army", ActorID: "iq-army", Mentions: []domain.Mention{{Span: span(t, a.Text, "الجيش"), Text: "الجيش"}}},
	}

	b := art("B", "منفذ ب", "2021-05-02", "مقتل ثلاثة بانفجار", bodyB)
	b.StoryID = "s1"
	o = boom
	o.evidence, o.trigger = bodyB, "بانفجار"
	addEvent(t, b, o)

	c := art("C", "منفذ ج", "2021-05-11", "اشتباكات في ريف حلب", bodyC)
	c.StoryID = "s2"
	e := addEvent(t, c, evOpts{typ: domain.Battles, sub: "Armed clash", date: "2021-05-10", place: "حلب", placeID: "geo:170063",
		cc: "SY", lat: 36.2, lon: 37.15, actor1: "فصائل مسلحة", actor2: "الجيش", evidence: bodyC, trigger: "اشتبكت"})
	e.Actor2.ActorID = "sy-army"
	e.Location.Admin1 = "Aleppo"

	arts := []*domain.Article{a, b, c}
	for _, x := range arts {
		if saved, err := d.SaveArticle(context.Background(), x); err != nil || !saved {
			t.Fatalf("save %s: %v %v", x.DocID, saved, err)
		}
	}
	return d, arts
}
