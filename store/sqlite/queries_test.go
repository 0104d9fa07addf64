package sqlite

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

func TestEventsFilter(t *testing.T) {
	d, _ := fixture(t)
	may5, _ := time.Parse("2006-01-02", "2021-05-05")
	cases := []struct {
		name string
		f    store.EventFilter
		want []string // event types, date order
	}{
		{"all", store.EventFilter{}, []string{domain.Explosions, domain.Strategic, domain.Battles}},
		{"type", store.EventFilter{Type: domain.Explosions}, []string{domain.Explosions}},
		{"sub-type", store.EventFilter{SubType: "Arrests"}, []string{domain.Strategic}},
		{"country", store.EventFilter{Country: "sy"}, []string{domain.Battles}},
		{"admin1", store.EventFilter{Admin1: "Aleppo"}, []string{domain.Battles}},
		{"from", store.EventFilter{From: may5}, []string{domain.Battles}},
		{"to", store.EventFilter{To: may5}, []string{domain.Explosions, domain.Strategic}},
		{"min outlets", store.EventFilter{MinOutlets: 2}, []string{domain.Explosions}},
		{"actor id", store.EventFilter{Actor: "iq-army"}, []string{domain.Strategic}},
		{"actor name", store.EventFilter{Actor: "الجيش"}, []string{domain.Strategic, domain.Battles}},
		{"actor candidate", store.EventFilter{Actor: "فصائل"}, []string{domain.Battles}},
		{"text", store.EventFilter{Query: "حلب"}, []string{domain.Battles}},
		{"text with clitic", store.EventFilter{Query: "بغداد"}, []string{domain.Explosions, domain.Strategic}},
		{"text no hit", store.EventFilter{Query: "صنعاء"}, nil},
		{"story", store.EventFilter{StoryID: "s2"}, []string{domain.Battles}},
		{"combined", store.EventFilter{Country: "IQ", Type: domain.Battles}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := d.Events(context.Background(), c.f, store.Page{Sort: store.SortDate})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range page.Events {
				got = append(got, e.EventType)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") || page.Total != len(c.want) {
				t.Errorf("got %v (total %d), want %v", got, page.Total, c.want)
			}
		})
	}
}

func TestEventsPageAndSort(t *testing.T) {
	d, _ := fixture(t)
	ctx := context.Background()
	page, err := d.Events(ctx, store.EventFilter{}, store.Page{Limit: 1, Offset: 1, Sort: store.SortOutlets, Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || len(page.Events) != 1 {
		t.Fatalf("total %d, %d events", page.Total, len(page.Events))
	}
	page, _ = d.Events(ctx, store.EventFilter{}, store.Page{Sort: store.SortOutlets, Desc: true})
	top := page.Events[0]
	if top.EventType != domain.Explosions || len(top.Outlets) != 2 || top.Articles != 2 {
		t.Errorf("top by outlets: %s outlets %v articles %d", top.EventType, top.Outlets, top.Articles)
	}
	if top.Fatalities == nil || *top.Fatalities != 3 || top.Location.Lat == nil || top.Date.ISO() != "2021-05-01" {
		t.Errorf("top event fields: %+v", top.Event)
	}
	if !strings.Contains(top.EvidenceText, "انفجار") {
		t.Errorf("evidence text %q", top.EvidenceText)
	}
	page, _ = d.Events(ctx, store.EventFilter{}, store.Page{})
	if page.Events[0].EventType != domain.Battles {
		t.Errorf("default sort is not newest first: %s", page.Events[0].EventType)
	}
}

func TestEventDetail(t *testing.T) {
	d, arts := fixture(t)
	ctx := context.Background()
	page, _ := d.Events(ctx, store.EventFilter{Type: domain.Explosions}, store.Page{})
	det, err := d.Event(ctx, page.Events[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(det.Sources) != 2 || len(det.Event.Sources) != 2 {
		t.Fatalf("%d sources", len(det.Sources))
	}
	for i, s := range det.Sources {
		a := arts[i]
		if s.Article.DocID != a.DocID || s.Text != a.Text || s.Article.Outlet != a.Outlet {
			t.Errorf("source %d: %+v", i, s.Article)
		}
		if got := domain.SliceRunes(s.Text, s.Evidence); got != a.Slice(a.Events[0].Evidence) {
			t.Errorf("source %d evidence %q", i, got)
		}
		if len(s.Highlights) < 2 || domain.SliceRunes(s.Text, s.Highlights[0]) != a.Events[0].TriggerText {
			t.Errorf("source %d highlights %v", i, s.Highlights)
		}
	}
}

func TestArticleStoryActor(t *testing.T) {
	d, arts := fixture(t)
	ctx := context.Background()
	det, err := d.Article(ctx, "A")
	if err != nil {
		t.Fatal(err)
	}
	a := det.Article
	if a.Text != arts[0].Text || len(a.Entities) != 2 || len(a.Events) != 2 || len(det.EventIDs) != 2 {
		t.Fatalf("article A: %d entities %d events", len(a.Entities), len(a.Events))
	}
	if m := a.Entities[0].Mentions[0]; a.Slice(m.Span) != "بغداد" || a.Entities[0].Place == nil {
		t.Errorf("mention %+v place %+v", m, a.Entities[0].Place)
	}
	if len(det.Siblings) != 1 || det.Siblings[0].DocID != "B" {
		t.Errorf("siblings %+v", det.Siblings)
	}
	if a.Events[0].Date.Precision != domain.Day || len(a.Events[0].Sources) != 2 {
		t.Errorf("event 0: %+v", a.Events[0])
	}
	st, err := d.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if st.Story.Articles != 2 || len(st.Articles) != 2 || len(st.Events) != 2 || len(st.Story.Outlets) != 2 {
		t.Errorf("story s1: %+v, %d events", st.Story, len(st.Events))
	}
	if err := d.SaveActors(ctx, []domain.Actor{{ID: "sy-army", Name: "Military Forces of Syria", Kind: "state", Inter: 1,
		Aliases: []string{"الجيش السوري"}, Affiliations: []domain.Affiliation{{Relation: "part_of", ActorID: "sy-gov"}}}}); err != nil {
		t.Fatal(err)
	}
	ac, err := d.Actor(ctx, "sy-army")
	if err != nil {
		t.Fatal(err)
	}
	if !ac.InKB || ac.Actor.Name != "Military Forces of Syria" || ac.Events != 1 || len(ac.Recent) != 1 ||
		len(ac.CoActors) != 1 || len(ac.ByMonth) != 1 || ac.ByMonth[0].Key != "2021-05" || len(ac.Affiliated) != 1 {
		t.Errorf("actor: %+v", ac)
	}
	if len(ac.Forms) != 1 || ac.Forms[0].Key != "الجيش" {
		t.Errorf("forms %+v", ac.Forms)
	}
	list, err := d.Actors(ctx, "السوري", store.Page{})
	if err != nil || len(list) != 1 || list[0].ID != "sy-army" {
		t.Errorf("Actors: %+v %v", list, err)
	}
}

func TestAggregates(t *testing.T) {
	d, _ := fixture(t)
	ctx := context.Background()
	o, err := d.Overview(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if o.Articles != 3 || o.Events != 3 || o.Stories != 2 || o.Outlets != 3 || len(o.ByType) != 3 ||
		len(o.ByCountry) != 2 || o.ByCountry[0] != (store.Count{Key: "IQ", N: 2}) || len(o.LatestStories) != 2 ||
		o.LatestStories[0].ID != "s2" {
		t.Errorf("overview %+v", o)
	}
	pts, err := d.MapPoints(ctx, store.EventFilter{Country: "IQ"})
	if err != nil || len(pts) != 2 || pts[0].Lat == 0 {
		t.Errorf("map: %+v %v", pts, err)
	}
	tl, err := d.Timeline(ctx, store.EventFilter{})
	if err != nil || len(tl) != 3 || tl[0].Day != "2021-05-01" || tl[2].EventType != domain.Battles {
		t.Errorf("timeline: %+v %v", tl, err)
	}
	n, err := d.Network(ctx, store.NetworkFilter{})
	if err != nil || len(n.Nodes) != 5 || len(n.Edges) != 2 {
		t.Errorf("network: %+v %v", n, err)
	}
	n, _ = d.Network(ctx, store.NetworkFilter{MinWeight: 2})
	if len(n.Edges) != 0 {
		t.Errorf("network min weight 2: %d edges", len(n.Edges))
	}
}

func TestWalk(t *testing.T) {
	d, arts := fixture(t)
	ctx := context.Background()
	var got []*domain.Article
	if err := d.WalkArticles(ctx, store.EventFilter{}, func(a *domain.Article) error {
		got = append(got, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d articles", len(got))
	}
	for i, a := range got {
		w := arts[i]
		if a.DocID != w.DocID || a.Text != w.Text || a.Published.ISO() != w.Published.ISO() || len(a.Events) != len(w.Events) ||
			len(a.Sentences) != len(w.Sentences) || a.StoryID != w.StoryID {
			t.Errorf("article %d differs: %+v", i, a)
		}
	}
	n := 0
	d.WalkArticles(ctx, store.EventFilter{Country: "SY"}, func(*domain.Article) error { n++; return nil })
	if n != 1 {
		t.Errorf("walk SY: %d articles", n)
	}
	var evs []*store.Event
	if err := d.WalkEvents(ctx, store.EventFilter{}, func(e *store.Event) error {
		evs = append(evs, e)
		return nil
	}); err != nil || len(evs) != 3 || len(evs[0].Sources) != 2 {
		t.Errorf("walk events: %d %v", len(evs), err)
	}
}

func TestLists(t *testing.T) {
	d, _ := fixture(t)
	ctx := context.Background()
	f, err := d.Facets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Types) != 3 || len(f.Countries) != 2 || f.First != "2021-05-01" || f.Last != "2021-05-10" ||
		len(f.Outlets) != 3 || len(f.Admin1) != 2 || f.Admin1[0].Key != "IQ/Baghdad" {
		t.Errorf("facets %+v", f)
	}
	ap, err := d.Articles(ctx, store.Page{Limit: 2})
	if err != nil || ap.Total != 3 || len(ap.Articles) != 2 || ap.Articles[0].DocID != "C" || ap.Articles[0].Events != 1 {
		t.Errorf("articles %+v %v", ap, err)
	}
	ss, err := d.Stories(ctx, store.Page{})
	if err != nil || len(ss) != 2 || ss[0].ID != "s2" || ss[1].Articles != 2 {
		t.Errorf("stories %+v %v", ss, err)
	}
}
