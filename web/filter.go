package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/store"
)

// badRequest is an error in the request's parameters (HTTP 400).
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badRequestf(format string, args ...any) error {
	return &badRequest{msg: fmt.Sprintf(format, args...)}
}

// filterParams are the query parameters of an event filter, in the order
// links write them.
var filterParams = []string{"type", "sub_type", "from", "to", "country", "admin1", "actor", "min_outlets", "q", "primary", "story"}

// parseFilter reads an event filter from query parameters.
func parseFilter(q url.Values) (store.EventFilter, error) {
	f := store.EventFilter{
		Type: strings.TrimSpace(q.Get("type")), SubType: strings.TrimSpace(q.Get("sub_type")),
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))), Admin1: strings.TrimSpace(q.Get("admin1")),
		Actor: strings.TrimSpace(q.Get("actor")), Query: strings.TrimSpace(q.Get("q")),
		StoryID: strings.TrimSpace(q.Get("story")),
	}
	var err error
	if f.From, err = parseDay(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q, "to"); err != nil {
		return f, err
	}
	if f.MinOutlets, err = parseInt(q, "min_outlets", 0, 1000); err != nil {
		return f, err
	}
	switch q.Get("primary") {
	case "", "0", "false":
	default:
		f.PrimaryOnly = true
	}
	return f, nil
}

// parseDay reads an optional YYYY-MM-DD parameter.
func parseDay(q url.Values, name string) (time.Time, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, badRequestf("%s: %q is not a date (want YYYY-MM-DD)", name, s)
	}
	return t, nil
}

// parseInt reads an optional integer parameter within [lo, hi].
func parseInt(q url.Values, name string, lo, hi int) (int, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequestf("%s: %q is not a number between %d and %d", name, s, lo, hi)
	}
	return n, nil
}

// sortKeys are the accepted values of the sort parameter.
var sortKeys = map[string]bool{"": true, store.SortDate: true, store.SortType: true,
	store.SortCountry: true, store.SortOutlets: true, store.SortFatalities: true}

// parsePage reads limit, offset, sort and desc. With no sort given, the
// newest events come first.
func parsePage(q url.Values) (store.Page, error) {
	var p store.Page
	var err error
	if p.Limit, err = parseInt(q, "limit", 0, 1000); err != nil {
		return p, err
	}
	if p.Offset, err = parseInt(q, "offset", 0, 1<<30); err != nil {
		return p, err
	}
	p.Sort = q.Get("sort")
	if !sortKeys[p.Sort] {
		return p, badRequestf("sort: %q is not one of date, type, country, outlets, fatalities", p.Sort)
	}
	p.Desc = q.Get("desc") == "1" || q.Get("desc") == "true" || p.Sort == "" && q.Get("desc") == ""
	return p.Normalize(), nil
}

// filterQuery writes f back as query parameters (the inverse of parseFilter).
func filterQuery(f store.EventFilter) url.Values {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("type", f.Type)
	set("sub_type", f.SubType)
	if !f.From.IsZero() {
		q.Set("from", f.From.Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		q.Set("to", f.To.Format("2006-01-02"))
	}
	set("country", f.Country)
	set("admin1", f.Admin1)
	set("actor", f.Actor)
	if f.MinOutlets > 0 {
		q.Set("min_outlets", strconv.Itoa(f.MinOutlets))
	}
	set("q", f.Query)
	if f.PrimaryOnly {
		q.Set("primary", "1")
	}
	set("story", f.StoryID)
	return q
}

// with returns a copy of q with key set to v (deleted when v is empty).
func with(q url.Values, kv ...string) url.Values {
	out := url.Values{}
	for k, v := range q {
		out[k] = append([]string(nil), v...)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			out.Del(kv[i])
		} else {
			out.Set(kv[i], kv[i+1])
		}
	}
	return out
}
