package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

// pageNames lists every page template; each file templates/NAME.html must
// define "content" (and may define "title").
var pageNames = []string{"overview", "events", "event", "articles", "article", "story", "actors", "actor",
	"map", "timeline", "network", "search", "error"}

// page is a parsed page: the layout, the shared partials and its own file.
type page struct{ t *template.Template }

// parsePages parses every page with the layout; it is the start-up check
// that every template parses and defines its content.
func parsePages() (map[string]*page, error) {
	pages := make(map[string]*page, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS,
			"templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		if t.Lookup("content") == nil {
			return nil, fmt.Errorf("web: template %s: no content block", name)
		}
		pages[name] = &page{t: t}
	}
	return pages, nil
}

// view is what every page template receives.
type view struct {
	Title string
	Nav   string
	Data  any
	// Query is the request's query, for links that keep the filters.
	Query url.Values
}

// render writes a page; with fragment set (an htmx request) only the
// template named fragment is written.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, v view) {
	p, ok := s.pages[name]
	if !ok {
		s.fail(w, r, fmt.Errorf("web: no page %q", name))
		return
	}
	v.Query = r.URL.Query()
	var buf bytes.Buffer
	tmpl := "layout.html"
	if r.Header.Get("HX-Request") == "true" && p.t.Lookup("results") != nil {
		tmpl = "results"
	}
	if err := p.t.ExecuteTemplate(&buf, tmpl, v); err != nil {
		s.fail(w, r, fmt.Errorf("render %s: %w", name, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

// status maps an error to its HTTP status: 404 for store.ErrNotFound, 400
// for bad parameters, 500 otherwise.
func status(err error) int {
	var br *badRequest
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.As(err, &br):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// fail answers a page request with an error page; server errors are logged
// and not shown.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := status(err)
	msg := err.Error()
	if code == http.StatusInternalServerError {
		s.log.Error("web: request failed", "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	p := s.pages["error"]
	if p == nil || p.t.ExecuteTemplate(w, "layout.html", view{Title: http.StatusText(code), Data: errorView{code, msg}}) != nil {
		fmt.Fprintf(w, "%d %s", code, template.HTMLEscapeString(msg))
	}
}

// errorView is the error page's data.
type errorView struct {
	Code    int
	Message string
}

// writeJSON answers an API request.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, v any, err error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if err != nil {
		code := status(err)
		msg := err.Error()
		if code == http.StatusInternalServerError {
			s.log.Error("web: api request failed", "path", r.URL.Path, "err", err)
			msg = "internal error"
		}
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(map[string]string{"error": msg})
		return
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		s.log.Error("web: write json", "path", r.URL.Path, "err", err)
	}
}

// pathEscape escapes an id for a path segment (ids may hold ":" or Arabic).
func pathEscape(s string) string { return strings.ReplaceAll(url.PathEscape(s), ":", "%3A") }
