package web

import (
	"net/http"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

// apiRoutes registers the JSON API; openapi.json describes it.
func (s *Server) apiRoutes() {
	m := s.mux
	m.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(openAPI)
	})
	m.HandleFunc("GET /api/overview", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.st.Overview(r.Context())
		s.writeJSON(w, r, v, err)
	})
	m.HandleFunc("GET /api/facets", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.st.Facets(r.Context())
		s.writeJSON(w, r, v, err)
	})
	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/events/{id}", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.st.Event(r.Context(), r.PathValue("id"))
		s.writeJSON(w, r, v, err)
	})
	m.HandleFunc("GET /api/articles", s.apiArticles)
	m.HandleFunc("GET /api/articles/{id}", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.st.Article(r.Context(), r.PathValue("id"))
		s.writeJSON(w, r, v, err)
	})
	m.HandleFunc("GET /api/stories", s.apiStories)
	m.HandleFunc("GET /api/stories/{id}", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.st.Story(r.Context(), r.PathValue("id"))
		s.writeJSON(w, r, v, err)
	})
	m.HandleFunc("GET /api/actors", s.apiActors)
	m.HandleFunc("GET /api/actors/{id...}", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.st.Actor(r.Context(), r.PathValue("id"))
		s.writeJSON(w, r, v, err)
	})
	m.HandleFunc("GET /api/map", s.apiMap)
	m.HandleFunc("GET /api/timeline", s.apiTimeline)
	m.HandleFunc("GET /api/network", s.apiNetwork)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.writeJSON(w, r, nil, badRequestf("no API endpoint %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
	})
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, p, err := filterAndPage(r)
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.Events(r.Context(), f, p)
	s.writeJSON(w, r, v, err)
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.Articles(r.Context(), p)
	s.writeJSON(w, r, v, err)
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.Stories(r.Context(), p)
	s.writeJSON(w, r, nonNil(v), err)
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.Actors(r.Context(), strings.TrimSpace(r.URL.Query().Get("q")), p)
	s.writeJSON(w, r, nonNil(v), err)
}

func (s *Server) apiMap(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.MapPoints(r.Context(), f)
	s.writeJSON(w, r, nonNil(v), err)
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.Timeline(r.Context(), f)
	s.writeJSON(w, r, nonNil(v), err)
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := parseFilter(q)
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	nf := store.NetworkFilter{EventFilter: f}
	if nf.MinWeight, err = parseInt(q, "min_weight", 0, 1<<20); err == nil {
		nf.MaxNodes, err = parseInt(q, "max_nodes", 0, 5000)
	}
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	v, err := s.st.Network(r.Context(), nf)
	if err == nil && v != nil {
		v.Nodes, v.Edges = nonNil(v.Nodes), nonNil(v.Edges)
	}
	s.writeJSON(w, r, v, err)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" {
		s.writeJSON(w, r, nil, badRequestf("q: a search query is required"))
		return
	}
	p, err := parsePage(q)
	if err != nil {
		s.writeJSON(w, r, nil, err)
		return
	}
	p.Sort = store.SortRelevance
	v, err := s.st.Search(r.Context(), text, p)
	s.writeJSON(w, r, v, err)
}

// nonNil turns a nil slice into an empty one, so JSON says [] not null.
func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}
