package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/pipeline"
	"github.com/rasid-osint/rasid/store"
	"github.com/rasid-osint/rasid/store/sqlite"
	"github.com/rasid-osint/rasid/web"
)

// chromium is the browser the test drives (Debian package chromium).
const chromium = "/usr/bin/chromium"

// stepTimeout bounds each browser step; generous, because CI runs the
// other packages' tests on the same two cores at the same time.
const stepTimeout = 60 * time.Second

// TestBrowser ingests the bundled sample articles through the real
// pipeline into a SQLite file, serves them, and drives headless Chromium
// through the pages: overview, events filtered by type, the map's markers,
// an event's highlighted evidence, and the other pages. It saves a
// screenshot of each page into $RASID_SCREENSHOTS or testdata/out/web.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", chromium)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	base, db := startServer(t)
	b := newBrowser(t)
	shots := screenshotDir(t)

	b.visit(t, base+"/", shots, "overview", `#by-type`)
	typ := checkFilter(t, b, base, db, shots)
	checkMap(t, b, base, shots)
	checkEvidence(t, b, base, db, typ, shots)
	checkOtherPages(t, b, base, db, shots)
	b.checkConsole(t)
}

// startServer ingests testdata/sample into a new database and serves it on
// a free loopback port; it returns the base address and the store.
func startServer(t *testing.T) (string, store.Store) {
	t.Helper()
	ctx := t.Context()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "rasid.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ingestSample(t, db)
	srv, err := web.New(db, web.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return "http://" + ln.Addr().String(), db
}

// ingestSample runs the real pipeline over testdata/sample into db.
func ingestSample(t *testing.T, db store.Store) {
	t.Helper()
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	if p.KB != nil {
		var actors []domain.Actor
		for _, a := range p.KB.Actors() {
			actors = append(actors, *a)
		}
		if err := db.SaveActors(t.Context(), actors); err != nil {
			t.Fatal(err)
		}
	}
	opts := pipeline.Options{Workers: 2, Report: func(err error) { t.Logf("pipeline: %v", err) }}
	st, err := p.Run(t.Context(), []string{filepath.Join("..", "testdata", "sample")}, opts, func(a *domain.Article) error {
		_, err := db.SaveArticle(t.Context(), a)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read == 0 || st.Events == 0 {
		t.Fatalf("ingest of testdata/sample: %d articles, %d events; want some of each", st.Read, st.Events)
	}
	t.Logf("ingested %d articles, %d events", st.Read, st.Events)
}

// screenshotDir returns where screenshots go, creating it.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("RASID_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("..", "testdata", "out", "web")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

// browser is a headless Chromium tab and what its console said.
type browser struct {
	ctx  context.Context
	mu   sync.Mutex
	logs []string
}

// newBrowser starts Chromium with a fresh profile and records its console.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-default-browser-check", true),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			b.record(m)
		}
	}()
	return b
}

// record keeps console errors, warnings, exceptions and security reports.
func (b *browser) record(m chromedp.ConsoleMessage) {
	if m.Type != chromedp.ConsoleError && m.Type != chromedp.ConsoleWarning && !m.IsException() && m.Source != "security" {
		return
	}
	b.mu.Lock()
	b.logs = append(b.logs, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line))
	b.mu.Unlock()
}

// checkConsole fails on any script error or Content-Security-Policy report.
func (b *browser) checkConsole(t *testing.T) {
	time.Sleep(200 * time.Millisecond)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, l := range b.logs {
		t.Errorf("browser console: %s", l)
	}
}

// do runs actions with a time limit, failing the test with what was being
// done.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// poll waits until a JavaScript expression is true.
func poll(expr string) chromedp.Action[chromedp.Void] {
	p := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(stepTimeout), chromedp.WithPollingInterval(50*time.Millisecond))
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := p(ctx, t)
		return chromedp.Void{}, err
	}
}

// visit opens url, waits for the selector and saves a screenshot.
func (b *browser) visit(t *testing.T, url, dir, name, ready string) {
	t.Helper()
	b.do(t, "open "+name, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(ready)))
	b.shot(t, dir, name)
}

// shot saves a full-page screenshot as dir/name.png.
func (b *browser) shot(t *testing.T, dir, name string) {
	t.Helper()
	b.do(t, "settle "+name, chromedp.Sleep(300*time.Millisecond))
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s: %s", name, path)
}

// apiJSON reads a JSON API answer from the server.
func apiJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, errors.Join(err, fmt.Errorf("decode")))
	}
}
