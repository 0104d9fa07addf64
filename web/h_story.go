package web

import "net/http"

// storyPage shows all outlets' versions of a story side by side.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "story", view{Title: st.Story.Title, Nav: "overview", Data: st})
}
