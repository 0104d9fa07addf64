package source

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/rasid-osint/rasid/domain"
)

func readHTMLFile(ctx context.Context, path string, emit Emit, report Report) error {
	text, ok := readDecoded(path, report)
	if !ok {
		return nil
	}
	a, err := ReadHTML(docID(path), "", []byte(text), time.Time{})
	if err != nil {
		report(itemErr(path, err.Error(), err))
		return nil
	}
	a.Source = path
	if m, ok := indexFor(filepath.Dir(path))[filepath.Base(path)]; ok {
		if m.outlet != "" {
			a.Outlet = m.outlet
		}
		if d := ParseMetaDate(m.date); d != nil {
			a.Published = d
		}
	}
	return emit(a)
}

// ReadHTML builds an article from a web page: the main text (site chrome
// removed by trafilatura), headline, date and site name. fetched is the
// crawl time; it is deliberately not used as the publication date (a crawl
// time is not a publication date) and is accepted so callers keep it at hand.
func ReadHTML(docID, pageURL string, page []byte, fetched time.Time) (a *domain.Article, err error) {
	defer func() { // the extractor must never take a batch down
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("page extraction failed: %v", r)
		}
	}()
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, Config: trafilatura.DefaultConfig()}
	if u, perr := url.Parse(pageURL); pageURL != "" && perr == nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return nil, fmt.Errorf("no article text found in the page: %w", err)
	}
	body := strings.TrimSpace(res.ContentText)
	if body == "" {
		return nil, fmt.Errorf("no article text found in the page")
	}
	a = &domain.Article{DocID: docID, URL: pageURL, Title: strings.TrimSpace(res.Metadata.Title),
		Outlet: res.Metadata.Sitename, Raw: body}
	if !res.Metadata.Date.IsZero() {
		d := domain.DayDate(res.Metadata.Date)
		a.Published = &d
	}
	if a.URL == "" {
		a.URL = res.Metadata.URL
	}
	return a, nil
}
