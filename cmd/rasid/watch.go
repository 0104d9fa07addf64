package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/pipeline"
	"github.com/rasid-osint/rasid/source"
	"github.com/rasid-osint/rasid/store"
	"github.com/rasid-osint/rasid/stories"
	"github.com/rasid-osint/rasid/watch"
)

// watchOptions are the flags of rasid watch.
type watchOptions struct {
	config, db, state, raw string
	once                   bool
}

func runWatch(ctx context.Context, args []string) error {
	var o watchOptions
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.StringVar(&o.config, "config", "", "read outlets and fetch settings from the JSON `FILE` (required)")
	fs.StringVar(&o.db, "db", "./rasid.db", "store articles in the SQLite database `FILE`")
	fs.StringVar(&o.state, "state", "", "remember seen items in `FILE` (default: the database path + .watch.json)")
	fs.StringVar(&o.raw, "raw", "", "keep raw pages in folder `DIR` (default: the database path + .pages)")
	fs.BoolVar(&o.once, "once", false, "poll every outlet once and exit (for tests and cron)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rasid watch --config FILE [flags]\n\nPolls the RSS/Atom feeds and pages listed in FILE, fetches each new article once,\nand analyses and stores it until interrupted. See docs/monitoring.md for the config.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if o.config == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if o.state == "" {
		o.state = o.db + ".watch.json"
	}
	if o.raw == "" {
		o.raw = o.db + ".pages"
	}
	return watchRun(ctx, o)
}

func watchRun(ctx context.Context, o watchOptions) error {
	f, err := os.Open(o.config)
	if err != nil {
		return err
	}
	cfg, err := watch.Parse(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", o.config, err)
	}
	st, err := watch.LoadState(o.state)
	if err != nil {
		return err
	}
	p, db, cl, err := openSession(ctx, o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	h := &watchHandler{p: p, db: db, stories: cl}
	w := watch.New(cfg, st, watch.Options{Handle: h.handle, RawDir: o.raw,
		Report: func(err error) { fmt.Fprintln(os.Stderr, "rasid watch:", err) }})
	if o.once {
		err = w.PollOnce(ctx)
	} else {
		err = w.Run(ctx)
	}
	fmt.Fprintf(os.Stderr, "rasid watch: %d new articles stored, %d already stored\n", h.saved, h.dup)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// watchHandler analyses and stores the watcher's new pages. Its calls are
// serialised by the watcher.
type watchHandler struct {
	p          *pipeline.Pipeline
	db         store.Store
	stories    *stories.Clusterer
	saved, dup int
}

func (h *watchHandler) handle(ctx context.Context, pg *watch.Page) error {
	a, err := source.ReadHTML(pg.DocID, pg.URL, pg.Body, pg.Fetched)
	if err != nil {
		return err
	}
	a.Source, a.Outlet = pg.URL, pg.Outlet
	if pg.RawPath != "" {
		a.Source = pg.RawPath
	}
	if strings.TrimSpace(a.Title) == "" {
		a.Title = pg.Title
	}
	if a.Published == nil && !pg.Published.IsZero() {
		d := domain.DayDate(pg.Published)
		a.Published = &d
	}
	if err := h.p.Process(ctx, a); err != nil {
		return err
	}
	h.stories.Assign(a)
	saved, err := h.db.SaveArticle(ctx, a)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if saved {
		h.saved++
	} else {
		h.dup++
	}
	return nil
}
