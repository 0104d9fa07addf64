package web

import (
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// Options configure a Server.
type Options struct {
	// Token, when not empty, must be carried by every request (header
	// "Authorization: Bearer T", the cookie set by "?token=T", or the query).
	Token string
	// Logger receives request errors; nil means slog.Default().
	Logger *slog.Logger
}

// Server serves the web application over a store.
type Server struct {
	st    store.Store
	opt   Options
	pages map[string]*page
	log   *slog.Logger
	mux   *http.ServeMux
}

// New builds a server over st. It parses every template and fails when one
// does not parse or lacks its content block.
func New(st store.Store, o Options) (*Server, error) {
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{st: st, opt: o, pages: pages, log: o.Logger, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.Default()
	}
	if err := s.routes(); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler returns the application's handler, with the security headers and,
// when a token is set, the token check.
func (s *Server) Handler() http.Handler {
	return secureHeaders(requireToken(s.opt.Token, s.mux))
}

// routes registers every page, API endpoint and the static files.
func (s *Server) routes() error {
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return fmt.Errorf("web: static files: %w", err)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	s.mux.HandleFunc("GET /{$}", s.overviewPage)
	s.mux.HandleFunc("GET /events", s.eventsPage)
	s.mux.HandleFunc("GET /events/{id}", s.eventPage)
	s.mux.HandleFunc("GET /articles", s.articlesPage)
	s.mux.HandleFunc("GET /articles/{id}", s.articlePage)
	s.mux.HandleFunc("GET /stories/{id}", s.storyPage)
	s.mux.HandleFunc("GET /actors", s.actorsPage)
	s.mux.HandleFunc("GET /actors/{id...}", s.actorPage)
	s.mux.HandleFunc("GET /map", s.mapPage)
	s.mux.HandleFunc("GET /timeline", s.timelinePage)
	s.mux.HandleFunc("GET /network", s.networkPage)
	s.mux.HandleFunc("GET /search", s.searchPage)
	s.mux.HandleFunc("GET /export", s.exportHandler)
	s.apiRoutes()
	return nil
}

// cacheStatic lets browsers keep static files for an hour; it lists no
// folders.
func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
