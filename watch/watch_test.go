package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// testSite is a local news site with good and bad sources; it counts the
// requests made for each path.
type testSite struct {
	mu    sync.Mutex
	count map[string]int
	*httptest.Server
}

func (s *testSite) hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count[path]
}

func articleHTML(title, body string) string {
	return fmt.Sprintf(`<html lang="ar"><head><meta charset="utf-8"><title>%s</title></head><body><article><h1>%s</h1><p>%s</p></article></body></html>`, title, title, body)
}

func rss(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الاختبار</title>`)
	for _, it := range items { // newest first, as feeds list them
		fmt.Fprintf(&b, `<item><title>خبر %s</title><link>%s</link><guid>guid-%s</guid></item>`, it, it, it)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func newTestSite(t *testing.T) *testSite {
	s := &testSite{count: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/good.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, rss("/copy", "/a/2", "/a/1", "/loop", "/huge")) // oldest last
	})
	mux.HandleFunc("/changing.xml", func(w http.ResponseWriter, r *http.Request) {
		if s.hits("/changing.xml") == 1 {
			fmt.Fprint(w, rss("/c/2", "/c/1"))
		} else {
			fmt.Fprint(w, rss("/c/3", "/c/2"))
		}
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if s.hits("/flaky") == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "ok")
	})
	mux.HandleFunc("/err.xml", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 500) })
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss><channel><item><title>نص مقطوع</ti`)
	})
	mux.HandleFunc("/a/{n}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML("خبر رقم "+r.PathValue("n"), "نص الخبر رقم "+r.PathValue("n")))
	})
	mux.HandleFunc("/c/{n}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML("متابعة "+r.PathValue("n"), "تفاصيل المتابعة "+r.PathValue("n")))
	})
	mux.HandleFunc("/copy", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML("خبر رقم 1", "نص الخبر رقم 1")) // same bytes as /a/1
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		chunk := strings.Repeat("حشو ", 1024)
		for range 100 { // about 800 KB, no Content-Length
			fmt.Fprint(w, chunk)
		}
	})
	mux.HandleFunc("/watched", func(w http.ResponseWriter, r *http.Request) {
		const lm = "Mon, 03 May 2021 10:00:00 GMT"
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lm)
		fmt.Fprint(w, articleHTML("بيان", "نص البيان"))
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.count[r.URL.Path]++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func testConfig(t *testing.T, base string) *Config {
	js := fmt.Sprintf(`{"allow_private": true, "per_host_interval": "1ms", "retries": 1,
	 "retry_backoff": "1ms", "max_page_bytes": 65536, "max_redirects": 3, "timeout": "5s",
	 "outlets": [
	  {"name": "good", "feed": "%[1]s/good.xml", "country": "IQ"},
	  {"name": "changing", "feed": "%[1]s/changing.xml"},
	  {"name": "dead", "feed": "%[1]s/err.xml"},
	  {"name": "broken", "feed": "%[1]s/broken.xml"},
	  {"name": "pages", "pages": ["%[1]s/watched"]}]}`, base)
	c, err := Parse(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// recorder collects handled pages and reports.
type recorder struct {
	mu      sync.Mutex
	pages   map[string]int // URL path -> times handled
	reports []string
}

func (r *recorder) options() Options {
	return Options{
		Handle: func(_ context.Context, p *Page) error {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.pages[p.URL[strings.Index(p.URL[8:], "/")+8:]]++
			return nil
		},
		Report: func(err error) { r.mu.Lock(); r.reports = append(r.reports, err.Error()); r.mu.Unlock() },
	}
}

func TestWatcherTwoPolls(t *testing.T) {
	site := newTestSite(t)
	cfg := testConfig(t, site.URL)
	statePath := filepath.Join(t.TempDir(), "watch.json")
	rec := &recorder{pages: map[string]int{}}
	for poll := range 2 { // a new watcher each time: the state file carries over
		st, err := LoadState(statePath)
		if err != nil {
			t.Fatal(err)
		}
		if err := New(cfg, st, rec.options()).PollOnce(context.Background()); err != nil {
			t.Fatalf("poll %d: %v", poll+1, err)
		}
	}
	for _, p := range []string{"/a/1", "/a/2", "/c/1", "/c/2", "/c/3", "/watched"} {
		if rec.pages[p] != 1 {
			t.Errorf("%s handled %d times, want once", p, rec.pages[p])
		}
	}
	if len(rec.pages) != 6 {
		t.Errorf("handled %v, want 6 pages (the copy is a duplicate)", rec.pages)
	}
	wantHits := map[string]int{"/a/1": 1, "/a/2": 1, "/c/1": 1, "/c/2": 1, "/c/3": 1, "/copy": 1,
		"/huge": 1, "/good.xml": 2, "/changing.xml": 2, "/watched": 2, "/err.xml": 4, "/broken.xml": 2}
	for p, n := range wantHits {
		if got := site.hits(p); got != n {
			t.Errorf("%s requested %d times, want %d", p, got, n)
		}
	}
	if n := site.hits("/loop") + site.hits("/loop2"); n != 4 {
		t.Errorf("redirect loop requested %d times, want 4 (3 redirects, once)", n)
	}
	all := strings.Join(rec.reports, "\n")
	for _, want := range []string{"outlet dead", "HTTP 500", "outlet broken", "unreadable feed",
		"too many redirects", "over the size cap"} {
		if !strings.Contains(all, want) {
			t.Errorf("no report mentions %q; reports:\n%s", want, all)
		}
	}
}

func TestHandlerFailureIsNotRetried(t *testing.T) {
	site := newTestSite(t)
	cfg := testConfig(t, site.URL)
	cfg.Outlets = cfg.Outlets[:1]
	st, _ := LoadState("")
	var reports []error
	w := New(cfg, st, Options{
		Handle: func(context.Context, *Page) error { return errors.New("no article text") },
		Report: func(err error) { reports = append(reports, err) },
	})
	for range 2 {
		w.PollOnce(context.Background())
	}
	if site.hits("/a/1") != 1 || len(reports) == 0 {
		t.Errorf("/a/1 requested %d times with %d reports; want once, reported", site.hits("/a/1"), len(reports))
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	site := newTestSite(t)
	cases := []struct {
		name  string
		allow bool
		url   string
		want  error
	}{
		{"loopback refused", false, site.URL + "/a/1", ErrPrivateAddress},
		{"localhost name refused after resolving", false, strings.Replace(site.URL, "127.0.0.1", "localhost", 1) + "/a/1", ErrPrivateAddress},
		{"allowed when configured", true, site.URL + "/a/1", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(t, site.URL)
			cfg.AllowPrivate = tc.allow
			_, err := NewFetcher(cfg).Get(context.Background(), tc.url, Validators{})
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	before := site.hits("/a/1")
	if before != 1 {
		t.Errorf("server saw %d requests for /a/1, want only the allowed one", before)
	}
}

// TestRunPollsUntilCancelled runs the watcher with a one-second interval
// for a little over one interval: the feed is polled twice (the second time
// answered 304), each page fetched once, and Run returns on cancel.
func TestRunPollsUntilCancelled(t *testing.T) {
	site := newTestSite(t)
	cfg := testConfig(t, site.URL)
	cfg.Outlets = cfg.Outlets[:1]
	cfg.Outlets[0].Interval.Duration = time.Second
	st, _ := LoadState("")
	rec := &recorder{pages: map[string]int{}}
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	if err := New(cfg, st, rec.options()).Run(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Run returned %v, want the context's error", err)
	}
	if site.hits("/good.xml") != 2 || site.hits("/a/1") != 1 || rec.pages["/a/1"] != 1 {
		t.Errorf("feed polled %d times, /a/1 fetched %d and handled %d times; want 2, 1, 1",
			site.hits("/good.xml"), site.hits("/a/1"), rec.pages["/a/1"])
	}
}

func TestFetchRetries(t *testing.T) {
	site := newTestSite(t)
	cfg := testConfig(t, site.URL)
	cases := []struct {
		name, path string
		hits       int
		wantErr    bool
	}{
		{"temporary 503 retried once", "/flaky", 2, false},
		{"500 retried then given up", "/err.xml", 2, true},
		{"404 not retried", "/nothing-here", 1, true},
	}
	f := NewFetcher(cfg)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.Get(context.Background(), site.URL+tc.path, Validators{})
			if (err != nil) != tc.wantErr || site.hits(tc.path) != tc.hits {
				t.Errorf("err = %v after %d requests; want error %v after %d", err, site.hits(tc.path), tc.wantErr, tc.hits)
			}
		})
	}
}

func TestStatePrune(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	st, _ := LoadState(path)
	old := time.Now().Add(-48 * time.Hour)
	st.SetItem("g-old", "https://x.example/old", ItemState{Done: true, Seen: old})
	st.SetItem("g-new", "https://x.example/new", ItemState{Done: true})
	st.ClaimHash("h1", "w-1")
	st.Prune(time.Now().Add(-24 * time.Hour))
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
	st, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := st.Item("g-old", ""); ok {
		t.Error("old item still remembered by its GUID")
	}
	if it, ok := st.Item("", "https://x.example/new"); !ok || !it.Done {
		t.Error("recent item forgotten")
	}
	if _, fresh := st.ClaimHash("h1", "w-2"); fresh {
		t.Error("recent content hash forgotten")
	}
}
