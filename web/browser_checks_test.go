package web_test

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/rasid-osint/rasid/store"
)

// checkFilter filters the events table by a type through the form (an
// htmx request) and checks that only that type's rows remain. It returns
// the type chosen.
func checkFilter(t *testing.T, b *browser, base string, _ store.Store, shots string) string {
	t.Helper()
	var ov store.Overview
	apiJSON(t, base+"/api/overview", &ov)
	typ, want := "", 0
	for _, c := range ov.ByType {
		if c.N < ov.Events && c.N > want {
			typ, want = c.Key, c.N
		}
	}
	if typ == "" {
		t.Fatalf("the sample needs events of at least two types; overview by type: %v", ov.ByType)
	}
	b.do(t, "filter events by "+typ,
		chromedp.Navigate(base+"/events"), chromedp.WaitVisible(chromedp.CSS("#f-type")),
		chromedp.SetValue(chromedp.CSS("#f-type"), typ),
		chromedp.Click(chromedp.CSS(`#filters button[type="submit"]`)),
		poll(`document.getElementById("total").textContent.trim() === "`+strconv.Itoa(want)+`"`))
	types := eval[[]string](t, b, `Array.from(document.querySelectorAll("tr.event")).map(r => r.dataset.type)`)
	loc := eval[string](t, b, `location.href`)
	if len(types) != want {
		t.Errorf("events filtered by %q: %d rows, want %d", typ, len(types), want)
	}
	for _, got := range types {
		if got != typ {
			t.Errorf("events filtered by %q: a row of type %q", typ, got)
		}
	}
	if u, err := url.Parse(loc); err != nil || u.Query().Get("type") != typ {
		t.Errorf("after filtering, the address is %q; want type=%s in it", loc, typ)
	}
	b.shot(t, shots, "events-filtered")
	return typ
}

// checkMap checks that the map draws one marker per located event and that
// clicking a marker opens an event page.
func checkMap(t *testing.T, b *browser, base, shots string) {
	t.Helper()
	var points []store.MapPoint
	apiJSON(t, base+"/api/map", &points)
	if len(points) == 0 {
		t.Fatal("the sample has no located events: /api/map is empty")
	}
	b.do(t, "open the map", chromedp.Navigate(base+"/map"),
		poll(`document.getElementById("map").dataset.markers !== undefined`))
	markers := eval[string](t, b, `document.getElementById("map").dataset.markers`)
	paths := eval[int](t, b, `document.querySelectorAll("path.event-marker").length`)
	outlines := eval[int](t, b, `document.querySelectorAll(".leaflet-land-pane path").length`)
	if markers != strconv.Itoa(len(points)) || paths != len(points) {
		t.Errorf("map: %s markers reported, %d drawn; want %d", markers, paths, len(points))
	}
	if outlines == 0 {
		t.Error("map: no country outlines drawn")
	}
	b.shot(t, shots, "map")
	b.do(t, "click a marker", chromedp.Click(chromedp.CSS("path.event-marker")),
		chromedp.WaitVisible(chromedp.CSS("#event-fields")))
	t.Logf("a marker opened %s", eval[string](t, b, `location.pathname`))
}

// checkEvidence opens an event of type typ and checks that its evidence
// sentence is highlighted in a <mark>.
func checkEvidence(t *testing.T, b *browser, base string, _ store.Store, typ, shots string) {
	t.Helper()
	// domain.Date has no JSON decoder: read only the fields needed.
	var page struct {
		Events []*struct {
			ID           string `json:"id"`
			EvidenceText string `json:"evidence_text"`
		} `json:"events"`
	}
	apiJSON(t, base+"/api/events?type="+url.QueryEscape(typ), &page)
	var ev *struct {
		ID           string `json:"id"`
		EvidenceText string `json:"evidence_text"`
	}
	for _, e := range page.Events {
		if strings.TrimSpace(e.EvidenceText) != "" {
			ev = e
			break
		}
	}
	if ev == nil {
		t.Fatalf("no %s event with evidence text", typ)
	}
	b.do(t, "open event "+ev.ID, chromedp.Navigate(base+"/events/"+url.PathEscape(ev.ID)),
		chromedp.WaitVisible(chromedp.CSS("mark.evidence")))
	marks := eval[[]string](t, b, `Array.from(document.querySelectorAll("mark.evidence")).map(m => m.textContent)`)
	found := false
	for _, m := range marks {
		if strings.TrimSpace(m) == strings.TrimSpace(ev.EvidenceText) {
			found = true
		}
	}
	if !found {
		t.Errorf("event %s: no <mark> holds the evidence %q; marks: %q", ev.ID, ev.EvidenceText, marks)
	}
	b.shot(t, shots, "event")
}

// checkOtherPages opens the article, story, actor, timeline, network,
// articles and search pages, checks each drew its content, and saves
// screenshots.
func checkOtherPages(t *testing.T, b *browser, base string, _ store.Store, shots string) {
	t.Helper()
	var arts store.ArticlePage
	apiJSON(t, base+"/api/articles", &arts)
	if len(arts.Articles) == 0 {
		t.Fatal("no articles")
	}
	a := arts.Articles[0]
	b.visit(t, base+"/articles/"+url.PathEscape(a.DocID), shots, "article", "#article-text")
	if a.StoryID != "" {
		b.visit(t, base+"/stories/"+url.PathEscape(a.StoryID), shots, "story", ".side-by-side")
	}
	var actors []store.ActorSummary
	apiJSON(t, base+"/api/actors", &actors)
	if len(actors) > 0 {
		b.visit(t, base+"/actors/"+url.PathEscape(actors[0].ID), shots, "actor", "h1")
	}
	b.do(t, "open the timeline", chromedp.Navigate(base+"/timeline"),
		chromedp.WaitVisible(chromedp.CSS("#timeline canvas")), chromedp.WaitVisible(chromedp.CSS("#tl-table table")))
	b.shot(t, shots, "timeline")
	checkBrush(t, b, base)
	b.do(t, "open the network", chromedp.Navigate(base+"/network"),
		poll(`document.getElementById("network").dataset.nodes !== undefined`))
	nodes := eval[string](t, b, `document.getElementById("network").dataset.nodes`)
	if n, _ := strconv.Atoi(nodes); n == 0 {
		t.Errorf("network: %q nodes drawn; want some", nodes)
	}
	b.shot(t, shots, "network")
	b.visit(t, base+"/actors", shots, "actors", "table.list")
	b.visit(t, base+"/search?q="+url.QueryEscape("صواريخ"), shots, "search", "ol.hits")
}

// checkBrush narrows the timeline's slider to its first bar (a day, or a
// month over long spans) and checks that the table below then shows that
// bar's events only.
func checkBrush(t *testing.T, b *browser, base string) {
	t.Helper()
	var rows []store.TimelineCount
	apiJSON(t, base+"/api/timeline", &rows)
	b.do(t, "wait for the timeline", poll(`document.getElementById("timeline").dataset.unit !== undefined`))
	key := rows[0].Day
	if eval[string](t, b, `document.getElementById("timeline").dataset.unit`) == "month" {
		key = key[:7]
	}
	want := 0
	for _, r := range rows {
		if strings.HasPrefix(r.Day, key) {
			want += r.N
		}
	}
	b.do(t, "brush the timeline to "+key,
		chromedp.Evaluate[chromedp.Void](`echarts.getInstanceByDom(document.getElementById("timeline")).dispatchAction({type: "dataZoom", startValue: 0, endValue: 0}), undefined`),
		poll(`(document.querySelector("#tl-table #total") || {}).textContent === "`+strconv.Itoa(want)+`"`))
	dates := eval[[]string](t, b, `Array.from(document.querySelectorAll("#tl-table tr.event td:first-child")).map(td => td.textContent.trim())`)
	for _, d := range dates {
		if !strings.HasPrefix(d, key) {
			t.Errorf("after brushing to %s the table shows an event of %s", key, d)
		}
	}
	if len(dates) != want {
		t.Errorf("after brushing to %s: %d rows, want %d", key, len(dates), want)
	}
	t.Logf("brushed the timeline to %s: %d events", key, want)
}
