package watch

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/zeebo/xxh3"
)

// Page is one new article page, handed to the Handler once.
type Page struct {
	// DocID is "w-" and 16 hex digits of the URL's hash (and, for a new
	// version of a watched page, "-" and 8 of the content hash).
	DocID string
	// URL is the address the page was fetched from, after redirects.
	URL     string
	Outlet  string
	Country string
	// Title and Published come from the feed item, when there is one.
	Title     string
	Published time.Time
	// Body is the page, turned into UTF-8 when the HTTP header names
	// another charset.
	Body    []byte
	Fetched time.Time
	// RawPath is where the raw page was stored, if a RawDir is set.
	RawPath string
}

// Handler analyses and stores one page. An error marks the page as failed
// (it is not fetched again) unless the context was cancelled.
type Handler func(ctx context.Context, p *Page) error

// Options are the watcher's collaborators.
type Options struct {
	// Handle receives each new page; calls are serialised.
	Handle Handler
	// Report receives every problem: failing feeds, pages given up.
	Report func(error)
	// RawDir, if set, receives each new page as <DocID>.html.
	RawDir string
}

// Watcher polls the outlets of a config.
type Watcher struct {
	cfg   *Config
	fetch *Fetcher
	state *State
	opt   Options
	// handleMu serialises Handle calls (stories are assigned in order).
	handleMu sync.Mutex
}

// New returns a watcher over cfg remembering what it saw in st.
func New(cfg *Config, st *State, o Options) *Watcher {
	if o.Report == nil {
		o.Report = func(error) {}
	}
	return &Watcher{cfg: cfg, fetch: NewFetcher(cfg), state: st, opt: o}
}

// PollOnce polls every outlet once, concurrently, saves the state and
// returns. Failing outlets are reported, not returned; only a cancelled
// context or an unwritable state file is an error.
func (w *Watcher) PollOnce(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, o := range w.cfg.Outlets {
		wg.Go(func() { w.pollOutlet(ctx, o) })
	}
	wg.Wait()
	if err := w.save(); err != nil {
		return err
	}
	return ctx.Err()
}

// save forgets old articles and writes the state file.
func (w *Watcher) save() error {
	w.state.Prune(time.Now().Add(-w.cfg.ForgetAfter.Duration))
	return w.state.Save()
}

// Run polls each outlet at its interval until ctx is cancelled. A failing
// feed is polled again after a delay that doubles with each failure (up to
// MaxFailureDelay).
func (w *Watcher) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, o := range w.cfg.Outlets {
		wg.Go(func() { w.loop(ctx, o) })
	}
	wg.Wait()
	if err := w.save(); err != nil {
		return err
	}
	return ctx.Err()
}

func (w *Watcher) loop(ctx context.Context, o Outlet) {
	for {
		failures := w.pollOutlet(ctx, o)
		if err := w.save(); err != nil {
			w.opt.Report(err)
		}
		delay := o.Interval.Duration
		if failures > 0 {
			delay = min(delay<<min(failures, 10), max(MaxFailureDelay, delay))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(delay):
		}
	}
}

// pollOutlet polls an outlet's feed and pages; it returns the largest
// count of consecutive failures among them.
func (w *Watcher) pollOutlet(ctx context.Context, o Outlet) int {
	worst := 0
	if o.Feed != "" {
		worst = w.pollFeed(ctx, o)
	}
	for _, p := range o.Pages {
		worst = max(worst, w.pollPage(ctx, o, p))
	}
	return worst
}

// failed records a failed poll of feed or page u and reports it.
func (w *Watcher) failed(o Outlet, u string, fs FeedState, err error) int {
	fs.Failures++
	fs.LastError = err.Error()
	w.state.SetFeed(u, fs)
	w.opt.Report(fmt.Errorf("outlet %s: %w (failure %d in a row)", o.Name, err, fs.Failures))
	return fs.Failures
}

// pollPage fetches a watched page and hands it on when its content changed.
func (w *Watcher) pollPage(ctx context.Context, o Outlet, u string) int {
	fs := w.state.Feed(u)
	r, err := w.fetch.Get(ctx, u, fs.Validators)
	if err != nil {
		if ctx.Err() != nil {
			return 0
		}
		return w.failed(o, u, fs, err)
	}
	fs.Failures, fs.LastError, fs.LastOK = 0, "", r.Fetched
	if r.NotModified {
		w.state.SetFeed(u, fs)
		return 0
	}
	fs.Validators = r.Validators
	h := contentHash(r.Body)
	if h != fs.Hash {
		id := urlID(u)
		if fs.Hash != "" {
			id += "-" + h[:8]
		}
		p := &Page{DocID: id, URL: r.URL, Outlet: o.Name, Country: o.Country,
			Body: toUTF8(r.Body, r.ContentType), Fetched: r.Fetched}
		if _, _, err := w.handleNew(ctx, h, p); err == nil || ctx.Err() == nil {
			fs.Hash = h
		}
	}
	w.state.SetFeed(u, fs)
	return 0
}

// handleNew stores and hands on a page unless its content was seen before.
// It returns the id of the document holding this content, whether the page
// was new, and the handler's error.
func (w *Watcher) handleNew(ctx context.Context, hash string, p *Page) (string, bool, error) {
	if owner, fresh := w.state.ClaimHash(hash, p.DocID); !fresh {
		return owner, false, nil
	}
	if err := w.saveRaw(p); err != nil {
		w.opt.Report(err)
	}
	w.handleMu.Lock()
	err := w.opt.Handle(ctx, p)
	w.handleMu.Unlock()
	if err != nil {
		if ctx.Err() != nil {
			w.state.ReleaseHash(hash)
		}
		w.opt.Report(fmt.Errorf("outlet %s: %s: %w", p.Outlet, p.URL, err))
	}
	return p.DocID, true, err
}

func (w *Watcher) saveRaw(p *Page) error {
	if w.opt.RawDir == "" {
		return nil
	}
	if err := os.MkdirAll(w.opt.RawDir, 0o755); err != nil {
		return fmt.Errorf("raw page %s: %w", p.URL, err)
	}
	path := filepath.Join(w.opt.RawDir, p.DocID+".html")
	if err := os.WriteFile(path, p.Body, 0o644); err != nil {
		return fmt.Errorf("raw page %s: %w", p.URL, err)
	}
	p.RawPath = path
	return nil
}

func contentHash(b []byte) string {
	h := xxh3.Hash128(b).Bytes()
	return hex.EncodeToString(h[:])
}

func urlID(u string) string { return fmt.Sprintf("w-%016x", xxh3.HashString(u)) }
