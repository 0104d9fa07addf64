package web

import (
	"net/http"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

// searchView is the search page's data.
type searchView struct {
	Q      string
	Result *store.SearchResult
}

// searchPage runs an Arabic full-text search over the articles.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	v := searchView{Q: q}
	if q != "" {
		p, err := parsePage(r.URL.Query())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		p.Sort = store.SortRelevance
		if v.Result, err = s.st.Search(r.Context(), q, p); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.render(w, r, "search", view{Title: "Search · بحث", Nav: "search", Data: v})
}
