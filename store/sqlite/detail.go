package sqlite

import (
	"context"
	"fmt"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// Event returns a merged event with its evidence in each source article.
func (d *DB) Event(ctx context.Context, id string) (*store.EventDetail, error) {
	n, ok := eventID(id)
	if !ok {
		return nil, notFound("event", id)
	}
	e, err := scanEvent(d.db.QueryRowContext(ctx, `SELECT `+eventCols+` FROM events e WHERE e.id = ?`, n))
	if isNoRows(err) {
		return nil, notFound("event", id)
	}
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	if e.Sources, err = d.eventSources(ctx, id); err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	det := &store.EventDetail{Event: e, Sources: []store.EventEvidence{}}
	rows, err := d.db.QueryContext(ctx, `SELECT es.coding, a.text, `+summaryCols+` FROM event_sources es
		JOIN articles a ON a.id = es.article_id WHERE es.event_id = ? ORDER BY es.id`, n)
	if err != nil {
		return nil, fmt.Errorf("event %s: sources: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var coding string
		var ev store.EventEvidence
		dest := append([]any{&coding, &ev.Text}, summaryDest(&ev.Article)...)
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("event %s: sources: %w", id, err)
		}
		c, err := decodeEvent(coding)
		if err != nil {
			return nil, fmt.Errorf("event %s: coding of %s: %w", id, ev.Article.DocID, err)
		}
		ev.Coding, ev.Evidence, ev.Highlights = c, c.Evidence, highlights(c)
		det.Sources = append(det.Sources, ev)
	}
	return det, rows.Err()
}

// highlights lists the spans of a coding worth marking in its article.
func highlights(e *domain.Event) []domain.Span {
	hs := []domain.Span{}
	add := func(s *domain.Span) {
		if s != nil && s.End > s.Start {
			hs = append(hs, *s)
		}
	}
	add(&e.Trigger)
	if e.Actor1 != nil {
		add(e.Actor1.Span)
	}
	if e.Actor2 != nil {
		add(e.Actor2.Span)
	}
	if e.Location != nil {
		add(e.Location.Span)
	}
	add(e.DateSpan)
	add(e.FatalitiesSpan)
	return hs
}

// summaryCols are the columns summaryDest scans, over articles aliased a.
const summaryCols = `a.doc_id, a.title, a.outlet, a.url, COALESCE(a.published, ''), COALESCE(a.story_id, ''),
	(SELECT COUNT(*) FROM event_sources WHERE article_id = a.id)`

func summaryDest(s *store.ArticleSummary) []any {
	return []any{&s.DocID, &s.Title, &s.Outlet, &s.URL, &s.Published, &s.StoryID, &s.Events}
}

func (d *DB) summaries(ctx context.Context, q string, args ...any) ([]store.ArticleSummary, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.ArticleSummary{}
	for rows.Next() {
		var s store.ArticleSummary
		if err := rows.Scan(summaryDest(&s)...); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Article returns an article page.
func (d *DB) Article(ctx context.Context, docID string) (*store.ArticleDetail, error) {
	var id int64
	err := d.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE doc_id = ?`, docID).Scan(&id)
	if isNoRows(err) {
		return nil, notFound("article", docID)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", docID, err)
	}
	a, ids, err := d.loadArticle(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", docID, err)
	}
	det := &store.ArticleDetail{Article: a, EventIDs: ids, Siblings: []store.ArticleSummary{}}
	if a.StoryID != "" {
		det.Siblings, err = d.summaries(ctx, `SELECT `+summaryCols+` FROM articles a
			WHERE a.story_id = ? AND a.id != ? ORDER BY a.published, a.id`, a.StoryID, id)
		if err != nil {
			return nil, fmt.Errorf("article %s: siblings: %w", docID, err)
		}
	}
	return det, nil
}

// Story returns a story with its articles and events.
func (d *DB) Story(ctx context.Context, id string) (*store.StoryDetail, error) {
	s, err := scanStory(d.db.QueryRowContext(ctx, `SELECT `+storyCols+` FROM stories s WHERE s.id = ?`, id))
	if isNoRows(err) {
		return nil, notFound("story", id)
	}
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	det := &store.StoryDetail{Story: *s, Articles: []store.StoryArticle{}, Events: []*store.Event{}}
	rows, err := d.db.QueryContext(ctx, `SELECT a.text, `+summaryCols+` FROM articles a
		WHERE a.story_id = ? ORDER BY a.published, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	for rows.Next() {
		var sa store.StoryArticle
		if err := rows.Scan(append([]any{&sa.Text}, summaryDest(&sa.ArticleSummary)...)...); err != nil {
			rows.Close()
			return nil, fmt.Errorf("story %s: %w", id, err)
		}
		det.Articles = append(det.Articles, sa)
	}
	rows.Close()
	page, err := d.Events(ctx, store.EventFilter{StoryID: id}, store.Page{Limit: 1000})
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	det.Events = page.Events
	return det, nil
}

const storyCols = `s.id, s.title, s.articles, s.outlets, COALESCE(s.first_pub, ''), COALESCE(s.last_pub, '')`

func scanStory(s scanner) (*store.StorySummary, error) {
	var st store.StorySummary
	var outlets string
	if err := s.Scan(&st.ID, &st.Title, &st.Articles, &outlets, &st.First, &st.Last); err != nil {
		return nil, err
	}
	st.Outlets = splitTabs(outlets)
	return &st, nil
}
