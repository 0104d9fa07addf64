package web

import (
	"net/http"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

// actorPage shows an actor: aliases, kind, affiliations, events over time,
// the actors it meets most and its latest events.
func (s *Server) actorPage(w http.ResponseWriter, r *http.Request) {
	a, err := s.st.Actor(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "actor", view{Title: a.Actor.Name, Nav: "actors", Data: actorView{a, maxCount(a.ByMonth)}})
}

// actorView is the actor page's data; Max scales the per-month bars.
type actorView struct {
	*store.ActorDetail
	Max int
}

// maxCount returns the largest count (at least 1).
func maxCount(cs []store.Count) int {
	m := 1
	for _, c := range cs {
		m = max(m, c.N)
	}
	return m
}

// actorsPage lists actors matching ?q=, most active first.
func (s *Server) actorsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p, err := parsePage(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, err := s.st.Actors(r.Context(), strings.TrimSpace(q.Get("q")), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "actors", view{Title: "Actors · الفاعلون", Nav: "actors",
		Data: pagedView{Page: p, Items: list, Prev: max(p.Offset-p.Limit, 0), Next: p.Offset + p.Limit}})
}
