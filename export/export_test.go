package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/export"
	"github.com/rasid-osint/rasid/store"
	"github.com/rasid-osint/rasid/store/sqlite"
)

// Hand-written test articles.
const (
	textA = "قصف جوي\nقُتِلَ أربعة مدنيين في غارة جوية على قرية النخيل قرب الموصل. ونفى الجيش مسؤوليته."
	textB = "تظاهرات\nتظاهر مئات الطلاب أمام مبنى المحافظة في البصرة للمطالبة بفرص عمل."
)

func rs(t *testing.T, text, sub string) domain.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	s := utf8.RuneCountInString(text[:i])
	return domain.Span{Start: s, End: s + utf8.RuneCountInString(sub)}
}

func date(s string) *domain.Date {
	tm, _ := time.Parse("2006-01-02", s)
	d := domain.DayDate(tm)
	return &d
}

func f64(f float64) *float64 { return &f }

func articles(t *testing.T) []*domain.Article {
	four := 4
	a := &domain.Article{DocID: "a", Outlet: "منفذ <أ>", Title: "قصف جوي", Text: textA, Raw: textA,
		Published: date("2021-04-02"), StoryID: "s1"}
	a.Entities = []*domain.Entity{{Type: domain.LOC, Name: "Mosul", Mentions: []domain.Mention{{Span: rs(t, textA, "الموصل"), Text: "الموصل"}}}}
	a.Events = []*domain.Event{{EventType: domain.Explosions, SubEventType: "Air/drone strike", Date: date("2021-04-01"),
		Location:   &domain.Location{Text: "النخيل", Name: "Al-Nakheel", Admin1: "Nineveh", Country: "IQ", Lat: f64(36.3), Lon: f64(43.1), GeoPrecision: 2},
		Actor1:     &domain.EventActor{Text: "الجيش", Name: `Military Forces of "Iraq" & co`, Inter: 1},
		Actor2:     &domain.EventActor{Text: "مدنيين", Name: "Civilians (Iraq)", Inter: 7},
		Fatalities: &four, Evidence: rs(t, textA, "قُتِلَ أربعة مدنيين في غارة جوية على قرية النخيل قرب الموصل."),
		Trigger: rs(t, textA, "غارة"), Primary: true, Disputed: true}}
	b := &domain.Article{DocID: "b", Outlet: "منفذ ب", Title: "تظاهرات", Text: textB, Raw: textB, Published: date("2021-04-03")}
	b.Events = []*domain.Event{{EventType: domain.Protests, SubEventType: "Peaceful protest", Date: date("2021-04-03"),
		Location: &domain.Location{Text: "البصرة", Name: "Basra", Admin1: "Basra", Country: "IQ"},
		Actor1:   &domain.EventActor{Text: "الطلاب", Name: "Protesters (Iraq)", Inter: 6},
		Evidence: rs(t, textB, "تظاهر مئات الطلاب أمام مبنى المحافظة في البصرة للمطالبة بفرص عمل."), Primary: true}}
	return []*domain.Article{a, b}
}

func openStore(t *testing.T) store.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, a := range articles(t) {
		if _, err := s.SaveArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func export1(t *testing.T, s store.Store, format string, f store.EventFilter) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), s, format, f, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestACLED(t *testing.T) {
	s := openStore(t)
	recs, err := csv.NewReader(bytes.NewReader(export1(t, s, "acled", store.EventFilter{}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != strings.Join(export.ACLEDColumns, ",") || len(recs[0]) != 31 {
		t.Fatalf("header %v", recs[0])
	}
	if len(recs) != 3 {
		t.Fatalf("%d rows, want 2 events", len(recs)-1)
	}
	row := map[string]string{}
	for i, c := range recs[0] {
		row[c] = recs[1][i]
	}
	want := map[string]string{"event_id_cnty": "IRQ1", "event_date": "2021-04-01", "year": "2021", "time_precision": "1",
		"disorder_type": "Political violence", "event_type": domain.Explosions, "inter1": "1", "inter2": "7",
		"interaction": "17", "civilian_targeting": "Civilian targeting", "iso": "368", "region": "Middle East",
		"country": "Iraq", "admin1": "Nineveh", "location": "Al-Nakheel", "latitude": "36.3000", "longitude": "43.1000",
		"geo_precision": "2", "source": "منفذ <أ>", "fatalities": "4", "tags": "disputed",
		"actor1": `Military Forces of "Iraq" & co`, "actor2": "Civilians (Iraq)",
		"notes": "قُتِلَ أربعة مدنيين في غارة جوية على قرية النخيل قرب الموصل."}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("%s = %q, want %q", k, row[k], v)
		}
	}
	second := recs[2]
	if second[13] != "60" || second[14] != "" || second[28] != "0" || second[22] != "" {
		t.Errorf("protest row %v", second)
	}
	empty := export1(t, s, "acled", store.EventFilter{Country: "YE"})
	if recs, _ := csv.NewReader(bytes.NewReader(empty)).ReadAll(); len(recs) != 1 {
		t.Errorf("empty export: %d records, want the header only", len(recs))
	}
}

func TestInteraction(t *testing.T) {
	cases := []struct {
		name           string
		in1, in2, want int
	}{
		{"state vs civilians", 1, 7, 17},
		{"civilians first", 7, 1, 17},
		{"protesters alone", 6, 0, 60},
		{"rebels vs militia", 2, 3, 23},
		{"none", 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := export.Interaction(c.in1, c.in2); got != c.want {
				t.Errorf("Interaction(%d, %d) = %d, want %d", c.in1, c.in2, got, c.want)
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	s := openStore(t)
	lines := strings.Split(strings.TrimSpace(string(export1(t, s, "jsonl", store.EventFilter{}))), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	var got []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	a := got[0]
	if a["doc_id"] != "a" || a["published"] != "2021-04-02" || a["story_id"] != "s1" || a["text"] != textA {
		t.Errorf("article a: %v", a)
	}
	if got[1]["story_id"] != nil {
		t.Errorf("empty story_id must be null, got %v", got[1]["story_id"])
	}
	ent := a["entities"].([]any)[0].(map[string]any)
	m := ent["mentions"].([]any)[0].(map[string]any)
	if ent["type"] != "LOC" || m["text"] != "الموصل" || int(m["end"].(float64)-m["start"].(float64)) != 6 {
		t.Errorf("entity %v", ent)
	}
	ev := a["events"].([]any)[0].(map[string]any)
	loc := ev["location"].(map[string]any)
	if ev["event_type"] != domain.Explosions || ev["date"] != "2021-04-01" || loc["lat"] != 36.3 ||
		loc["country"] != "IQ" || ev["fatalities"] != 4.0 || ev["actor1"].(map[string]any)["text"] != "الجيش" {
		t.Errorf("event %v", ev)
	}
	evid := ev["evidence"].(map[string]any)
	if sl := domain.SliceRunes(textA, domain.Span{Start: int(evid["start"].(float64)), End: int(evid["end"].(float64))}); sl != ev["evidence_text"] {
		t.Errorf("evidence %q vs %q", sl, ev["evidence_text"])
	}
	if srcs := ev["sources"].([]any); len(srcs) != 1 {
		t.Errorf("sources %v", srcs)
	}
	only := export1(t, s, "jsonl", store.EventFilter{Type: domain.Protests})
	if n := strings.Count(string(only), "\n"); n != 1 || !strings.Contains(string(only), `"doc_id":"b"`) {
		t.Errorf("filtered jsonl: %s", only)
	}
}

func TestGeoJSON(t *testing.T) {
	s := openStore(t)
	var fc struct {
		Type     string
		Features []struct {
			ID       string
			Geometry struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(export1(t, s, "geojson", store.EventFilter{}), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
		t.Fatalf("%s with %d features, want 1 (one event lacks coordinates)", fc.Type, len(fc.Features))
	}
	f := fc.Features[0]
	if f.Geometry.Type != "Point" || f.Geometry.Coordinates[0] != 43.1 || f.Geometry.Coordinates[1] != 36.3 ||
		f.Properties["event_type"] != domain.Explosions || f.Properties["date"] != "2021-04-01" {
		t.Errorf("feature %+v", f)
	}
	var empty map[string]any
	if err := json.Unmarshal(export1(t, s, "geojson", store.EventFilter{Country: "YE"}), &empty); err != nil {
		t.Errorf("empty geojson: %v", err)
	}
}

func TestGraphML(t *testing.T) {
	s := openStore(t)
	var g struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	out := export1(t, s, "graphml", store.EventFilter{})
	if err := xml.Unmarshal(out, &g); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(g.Graph.Nodes) != 3 || len(g.Graph.Edges) != 1 {
		t.Errorf("%d nodes, %d edges; want 3, 1", len(g.Graph.Nodes), len(g.Graph.Edges))
	}
	found := false
	for _, n := range g.Graph.Nodes {
		for _, d := range n.Data {
			found = found || d.Key == "name" && d.Value == `Military Forces of "Iraq" & co`
		}
	}
	if !found {
		t.Errorf("escaped actor name not round-tripped:\n%s", out)
	}
}

func TestUnknownFormat(t *testing.T) {
	s := openStore(t)
	if err := export.Write(context.Background(), s, "xlsx", store.EventFilter{}, &bytes.Buffer{}); err == nil {
		t.Error("no error for an unknown format")
	}
}

func TestCountries(t *testing.T) {
	for _, cc := range []string{"IQ", "SY", "LB", "YE", "sa"} {
		c, ok := export.LookupCountry(cc)
		if !ok || c.Numeric == 0 || len(c.Alpha3) != 3 || c.Region == "" {
			t.Errorf("%s: %+v %v", cc, c, ok)
		}
	}
	if _, ok := export.LookupCountry("ZZ"); ok {
		t.Error("ZZ found")
	}
}

func BenchmarkACLEDRow(b *testing.B) {
	four := 4
	e := &store.Event{Event: domain.Event{ID: "1", EventType: domain.Battles, SubEventType: "Armed clash", Date: date("2021-04-01"),
		Location: &domain.Location{Name: "X", Country: "IQ", Lat: f64(1), Lon: f64(2)},
		Actor1:   &domain.EventActor{Name: "A", Inter: 1}, Actor2: &domain.EventActor{Name: "B", Inter: 2}, Fatalities: &four},
		Outlets: []string{"o1", "o2"}, EvidenceText: "نص"}
	for b.Loop() {
		export.ACLEDRow(e)
	}
}
