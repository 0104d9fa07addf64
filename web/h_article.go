package web

import (
	"net/http"

	"github.com/rasid-osint/rasid/store"
)

// articleView is the article page's data.
type articleView struct {
	*store.ArticleDetail
	// Events pairs each coded event with its merged event id.
	Events []articleEvent
}

// articleEvent is one event as coded from the article.
type articleEvent struct {
	ID    string
	Event any
}

// articlePage shows an article's cleaned text with its entities marked,
// its events and its story siblings.
func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	a, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := articleView{ArticleDetail: a}
	for i, e := range a.Article.Events {
		id := ""
		if i < len(a.EventIDs) {
			id = a.EventIDs[i]
		}
		v.Events = append(v.Events, articleEvent{ID: id, Event: e})
	}
	s.render(w, r, "article", view{Title: a.Article.Title, Nav: "articles", Data: v})
}

// articlesPage lists the articles, newest first.
func (s *Server) articlesPage(w http.ResponseWriter, r *http.Request) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Sort, p.Desc = store.SortDate, true
	res, err := s.st.Articles(r.Context(), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "articles", view{Title: "Articles · المقالات", Nav: "articles",
		Data: pagedView{Page: p, Total: res.Total, Items: res.Articles, Prev: max(p.Offset-p.Limit, 0), Next: p.Offset + p.Limit}})
}

// pagedView is a page of a simple list.
type pagedView struct {
	Page       store.Page
	Total      int
	Items      any
	Prev, Next int
}
