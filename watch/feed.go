package watch

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// feedItem is one entry of a feed, reduced to what the watcher needs.
type feedItem struct {
	guid, link, title string
	published         time.Time
}

// pollFeed fetches an outlet's feed (conditionally) and fetches each new
// item's page once. It returns the feed's consecutive failures.
func (w *Watcher) pollFeed(ctx context.Context, o Outlet) int {
	fs := w.state.Feed(o.Feed)
	r, err := w.fetch.Get(ctx, o.Feed, fs.Validators)
	if err != nil {
		if ctx.Err() != nil {
			return 0
		}
		return w.failed(o, o.Feed, fs, err)
	}
	if !r.NotModified {
		items, err := parseFeed(r.URL, r.Body)
		if err != nil {
			return w.failed(o, o.Feed, fs, fmt.Errorf("%s: %w", o.Feed, err))
		}
		for _, it := range items {
			if ctx.Err() != nil {
				return 0
			}
			w.pollItem(ctx, o, it)
		}
		fs.Validators = r.Validators
	}
	fs.Failures, fs.LastError, fs.LastOK = 0, "", r.Fetched
	w.state.SetFeed(o.Feed, fs)
	return 0
}

// parseFeed reads RSS or Atom and returns the items oldest first, with
// links resolved against the feed's address.
func parseFeed(feedURL string, body []byte) ([]feedItem, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("unreadable feed: %w", err)
	}
	base, _ := url.Parse(feedURL)
	var items []feedItem
	for _, it := range f.Items {
		fi := feedItem{guid: strings.TrimSpace(it.GUID), title: strings.TrimSpace(it.Title)}
		if l, err := url.Parse(strings.TrimSpace(it.Link)); err == nil && it.Link != "" && base != nil {
			fi.link = base.ResolveReference(l).String()
		}
		if it.PublishedParsed != nil {
			fi.published = it.PublishedParsed.UTC()
		} else if it.UpdatedParsed != nil {
			fi.published = it.UpdatedParsed.UTC()
		}
		items = append(items, fi)
	}
	slices.Reverse(items) // feeds list the newest first
	slices.SortStableFunc(items, func(a, b feedItem) int {
		if a.published.IsZero() || b.published.IsZero() {
			return 0
		}
		return a.published.Compare(b.published)
	})
	return items, nil
}

// pollItem fetches a feed item's page unless it was handled, given up, or
// has used up its attempts.
func (w *Watcher) pollItem(ctx context.Context, o Outlet, it feedItem) {
	if it.link == "" {
		w.opt.Report(fmt.Errorf("outlet %s: feed item %q has no link", o.Name, it.title))
		return
	}
	if !w.state.Claim(it.link) {
		return // another outlet lists the same article and is fetching it
	}
	defer w.state.Release(it.link)
	st, _ := w.state.Item(it.guid, it.link)
	if st.Done || st.Failed {
		return
	}
	st.Attempts++
	r, err := w.fetch.Get(ctx, it.link, Validators{})
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		st.LastError = err.Error()
		st.Failed = !Temporary(err) || st.Attempts >= w.cfg.MaxItemAttempts
		w.state.SetItem(it.guid, it.link, st)
		w.opt.Report(fmt.Errorf("outlet %s: article (attempt %d, given up: %v): %w", o.Name, st.Attempts, st.Failed, err))
		return
	}
	h := contentHash(r.Body)
	p := &Page{DocID: urlID(it.link), URL: r.URL, Outlet: o.Name, Country: o.Country,
		Title: it.title, Published: it.published, Body: toUTF8(r.Body, r.ContentType), Fetched: r.Fetched}
	owner, _, err := w.handleNew(ctx, h, p)
	if err != nil && ctx.Err() != nil {
		return
	}
	st.DocID, st.Done, st.Failed = owner, err == nil, err != nil
	if err != nil {
		st.LastError = err.Error()
	}
	w.state.SetItem(it.guid, it.link, st)
}
