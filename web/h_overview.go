package web

import "net/http"

// overviewPage shows counts by type and country and the latest stories.
func (s *Server) overviewPage(w http.ResponseWriter, r *http.Request) {
	ov, err := s.st.Overview(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "overview", view{Title: "Overview · نظرة عامة", Nav: "overview", Data: ov})
}
