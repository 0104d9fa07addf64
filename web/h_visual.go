package web

import (
	"net/http"

	"github.com/rasid-osint/rasid/store"
)

// visualView is the data of the map, timeline and network pages: the
// filter form and the API address the page's script loads.
type visualView struct {
	Filter store.EventFilter
	Facets *store.Facets
	// API is the JSON endpoint with the filter's query.
	API string
	// FilterQuery holds only the filter's parameters.
	FilterQuery string
}

// visual renders a page whose data a script loads from api.
func (s *Server) visual(w http.ResponseWriter, r *http.Request, name, title, api string) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fac, err := s.st.Facets(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fq := filterQuery(f)
	for _, k := range []string{"min_weight", "max_nodes"} {
		if v := r.URL.Query().Get(k); v != "" {
			fq.Set(k, v)
		}
	}
	v := visualView{Filter: f, Facets: fac, API: api + "?" + fq.Encode(), FilterQuery: filterQuery(f).Encode()}
	s.render(w, r, name, view{Title: title, Nav: name, Data: v})
}

// mapPage shows events as markers on embedded country outlines.
func (s *Server) mapPage(w http.ResponseWriter, r *http.Request) {
	s.visual(w, r, "map", "Map · الخريطة", "/api/map")
}

// timelinePage shows events per day by type, with a brush over the table.
func (s *Server) timelinePage(w http.ResponseWriter, r *http.Request) {
	s.visual(w, r, "timeline", "Timeline · الخط الزمني", "/api/timeline")
}

// networkPage shows the actor network.
func (s *Server) networkPage(w http.ResponseWriter, r *http.Request) {
	s.visual(w, r, "network", "Network · شبكة الفاعلين", "/api/network")
}
