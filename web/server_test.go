package web

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// newTestServer serves the fake store.
func newTestServer(t *testing.T, token string) (*httptest.Server, *fakeStore) {
	t.Helper()
	fs := newFakeStore()
	s, err := New(fs, Options{Token: token})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, fs
}

// get fetches path and returns the status and body.
func get(t *testing.T, ts *httptest.Server, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header
}

func TestPages(t *testing.T) {
	ts, _ := newTestServer(t, "")
	tests := []struct {
		name, path string
		code       int
		want       []string
	}{
		{"overview", "/", 200, []string{`dir="rtl"`, "نظرة عامة", "Overview", "/stories/s-1"}},
		{"events", "/events", 200, []string{`class="event" data-type="Battles"`, "/export?format=acled", `href="/events/7"`}},
		{"events filtered out", "/events?type=Riots", 200, []string{`<b id="total">0</b>`, "no events"}},
		{"events bad date", "/events?from=yesterday", 400, []string{"YYYY-MM-DD"}},
		{"events bad sort", "/events?sort=colour", 400, []string{"sort"}},
		{"event", "/events/7", 200, []string{`<mark class="evidence"`, `<span class="hl">اندلعت</span>`, "Military Forces of Iraq"}},
		{"event unknown", "/events/999", 404, []string{"not found"}},
		{"article", "/articles/doc-1", 200, []string{`<mark class="ent ent-loc" title="LOC: Mosul">الموصل</mark>`, `href="/events/7"`}},
		{"article unknown", "/articles/nope", 404, nil},
		{"articles", "/articles", 200, []string{"/articles/doc-1"}},
		{"story", "/stories/s-1", 200, []string{"side-by-side", "/articles/doc-1"}},
		{"actor", "/actors/iq-army", 200, []string{"الجيش العراقي", "2021-05"}},
		{"actor with colon", "/actors/n%3A%D9%85%D8%B3%D9%84%D8%AD%D9%8A%D9%86", 200, nil},
		{"actors", "/actors?q=Iraq", 200, []string{"/actors/iq-army"}},
		{"map", "/map?type=Battles", 200, []string{`data-api="/api/map?type=Battles"`, "leaflet.js"}},
		{"timeline", "/timeline", 200, []string{"echarts.min.js", `id="tl-table"`}},
		{"network", "/network?min_weight=2", 200, []string{"cytoscape-fcose.js", "min_weight=2"}},
		{"search", "/search?q=" + "قتل", 200, []string{"<mark>قتل</mark>", "&lt;i&gt;x&lt;/i&gt;"}},
		{"static css", "/static/app.css", 200, []string{"Noto Sans Arabic"}},
		{"vendored leaflet", "/static/vendor/leaflet/leaflet.js", 200, nil},
		{"outlines", "/static/vendor/world-atlas/middle-east-50m.json", 200, []string{`"Topology"`}},
		{"unknown page", "/nowhere", 404, nil},
		{"no folder listing", "/static/vendor/", 404, nil},
		{"no static root listing", "/static/", 404, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body, _ := get(t, ts, tc.path)
			if code != tc.code {
				t.Fatalf("GET %s: status %d, want %d; body %.300s", tc.path, code, tc.code, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: body lacks %q", tc.path, w)
				}
			}
		})
	}
}

// TestEscaping checks that markup in article text and outlet names is
// shown as text on every page that shows them.
func TestEscaping(t *testing.T) {
	ts, _ := newTestServer(t, "")
	for _, path := range []string{"/events/7", "/articles/doc-1", "/stories/s-1", "/events", "/"} {
		_, body, _ := get(t, ts, path)
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>One</b>") {
			t.Errorf("GET %s: markup from the data reached the page unescaped", path)
		}
		if path != "/events" && path != "/" && !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("GET %s: the article text is not shown escaped", path)
		}
	}
}

func TestAPI(t *testing.T) {
	ts, fs := newTestServer(t, "")
	tests := []struct {
		name, path string
		code       int
		want       string
	}{
		{"overview", "/api/overview", 200, `"by_type"`},
		{"facets", "/api/facets", 200, `"IQ/Nineveh"`},
		{"events", "/api/events?type=Battles&min_outlets=1", 200, `"total":1`},
		{"events bad number", "/api/events?min_outlets=many", 400, `"error"`},
		{"event", "/api/events/7", 200, `"evidence"`},
		{"event unknown", "/api/events/8", 404, `"error"`},
		{"articles", "/api/articles", 200, `"doc-1"`},
		{"article", "/api/articles/doc-1", 200, `"entities"`},
		{"stories", "/api/stories", 200, `"s-1"`},
		{"story", "/api/stories/s-1", 200, `"articles"`},
		{"actors", "/api/actors?q=zzz", 200, `[]`},
		{"actor", "/api/actors/iq-army", 200, `"aliases"`},
		{"map", "/api/map?country=iq", 200, `"lat"`},
		{"timeline", "/api/timeline", 200, `"day"`},
		{"network", "/api/network?max_nodes=10", 200, `"edges":[]`},
		{"network bad", "/api/network?max_nodes=-1", 400, `"error"`},
		{"search", "/api/search?q=x", 200, `"snippet"`},
		{"search empty", "/api/search", 400, `"error"`},
		{"openapi", "/api/openapi.json", 200, `"openapi"`},
		{"unknown", "/api/nothing", 400, `"error"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body, h := get(t, ts, tc.path)
			if code != tc.code {
				t.Fatalf("GET %s: status %d, want %d; body %.300s", tc.path, code, tc.code, body)
			}
			if !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
				t.Errorf("GET %s: content type %q", tc.path, h.Get("Content-Type"))
			}
			if !json.Valid([]byte(body)) {
				t.Errorf("GET %s: invalid JSON %.200s", tc.path, body)
			}
			if !strings.Contains(body, tc.want) {
				t.Errorf("GET %s: body lacks %s: %.300s", tc.path, tc.want, body)
			}
		})
	}
	get(t, ts, "/api/map?country=iq&from=2021-01-01")
	if fs.lastFilter.Country != "IQ" || fs.lastFilter.From.IsZero() {
		t.Errorf("map filter reached the store as %+v", fs.lastFilter)
	}
}

func TestExport(t *testing.T) {
	ts, fs := newTestServer(t, "")
	code, body, h := get(t, ts, "/export?format=acled&type=Battles&country=IQ")
	if code != 200 || !strings.HasPrefix(body, "event_id_cnty,event_date") {
		t.Fatalf("acled export: status %d, body %.200s", code, body)
	}
	if !strings.Contains(h.Get("Content-Disposition"), "rasid-events.csv") {
		t.Errorf("acled export: Content-Disposition %q", h.Get("Content-Disposition"))
	}
	if fs.lastFilter.Type != domain.Battles || fs.lastFilter.Country != "IQ" {
		t.Errorf("export filter reached the store as %+v", fs.lastFilter)
	}
	if code, _, _ := get(t, ts, "/export?format=xlsx"); code != 400 {
		t.Errorf("unknown export format: status %d, want 400", code)
	}
}

func TestTemplatesParse(t *testing.T) {
	pages, err := parsePages()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range pageNames {
		if pages[name] == nil || pages[name].t.Lookup("content") == nil {
			t.Errorf("page %s: not parsed or no content block", name)
		}
	}
}

// TestOpenAPI checks that the OpenAPI file is valid JSON and describes
// every API route the server registers.
func TestOpenAPI(t *testing.T) {
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	for _, p := range []string{"/api/overview", "/api/facets", "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}",
		"/api/stories", "/api/stories/{id}", "/api/actors", "/api/actors/{id}", "/api/map", "/api/timeline", "/api/network",
		"/api/search", "/api/openapi.json", "/export"} {
		if doc.Paths[p] == nil {
			t.Errorf("openapi.json does not describe %s", p)
		}
	}
}

// BenchmarkPages measures routing, filter parsing and template rendering
// of the main pages over the in-memory store (the store's own latency is
// measured in store/sqlite).
func BenchmarkPages(b *testing.B) {
	s, err := New(newFakeStore(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	for _, path := range []string{"/", "/events?type=Battles&sort=date", "/events/7", "/articles/doc-1", "/api/events"} {
		b.Run(path, func(b *testing.B) {
			req := httptest.NewRequest("GET", path, nil)
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != 200 {
					b.Fatalf("GET %s: %d", path, w.Code)
				}
			}
		})
	}
}
