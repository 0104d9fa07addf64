package web

import (
	"net/http"

	"github.com/rasid-osint/rasid/store"
)

// eventsView is the events page's data.
type eventsView struct {
	Filter store.EventFilter
	Page   store.Page
	Result *store.EventPage
	Facets *store.Facets
	// FilterQuery holds only the filter's parameters (for exports).
	FilterQuery string
	Prev, Next  int
}

// eventsPage shows the filterable, sortable, paged table of events. An
// htmx request gets only the results block.
func (s *Server) eventsPage(w http.ResponseWriter, r *http.Request) {
	f, p, err := filterAndPage(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.st.Events(r.Context(), f, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fac, err := s.st.Facets(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := eventsView{Filter: f, Page: p, Result: res, Facets: fac, FilterQuery: filterQuery(f).Encode(),
		Prev: max(p.Offset-p.Limit, 0), Next: p.Offset + p.Limit}
	s.render(w, r, "events", view{Title: "Events · الأحداث", Nav: "events", Data: v})
}

// filterAndPage reads the event filter and page of a request.
func filterAndPage(r *http.Request) (store.EventFilter, store.Page, error) {
	q := r.URL.Query()
	f, err := parseFilter(q)
	if err != nil {
		return f, store.Page{}, err
	}
	p, err := parsePage(q)
	return f, p, err
}
