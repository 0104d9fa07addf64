package web

import "net/http"

// eventPage shows one merged event, with its evidence highlighted in each
// source article.
func (s *Server) eventPage(w http.ResponseWriter, r *http.Request) {
	ev, err := s.st.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "event", view{Title: ev.Event.EventType + " · " + typeAR(ev.Event.EventType), Nav: "events", Data: ev})
}
