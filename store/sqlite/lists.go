package sqlite

import (
	"context"
	"fmt"

	"github.com/rasid-osint/rasid/store"
)

// Facets lists the filter values with their event counts.
func (d *DB) Facets(ctx context.Context) (*store.Facets, error) {
	f := &store.Facets{}
	for _, q := range []struct {
		dst *[]store.Count
		sql string
	}{
		{&f.Types, `SELECT event_type, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&f.SubTypes, `SELECT sub_event_type, COUNT(*) FROM events WHERE sub_event_type != '' GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&f.Countries, `SELECT country, COUNT(*) FROM events WHERE country != '' GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&f.Admin1, `SELECT country || '/' || admin1, COUNT(*) FROM events WHERE admin1 != '' GROUP BY 1 ORDER BY 2 DESC, 1`},
		{&f.Outlets, `SELECT outlet, COUNT(DISTINCT event_id) FROM event_sources WHERE outlet != '' GROUP BY 1 ORDER BY 2 DESC, 1`},
	} {
		c, err := d.counts(ctx, q.sql)
		if err != nil {
			return nil, fmt.Errorf("facets: %w", err)
		}
		*q.dst = c
	}
	err := d.db.QueryRowContext(ctx, `SELECT COALESCE(MIN(date), ''), COALESCE(MAX(date), '') FROM events`).Scan(&f.First, &f.Last)
	if err != nil {
		return nil, fmt.Errorf("facets: dates: %w", err)
	}
	return f, nil
}

// Articles returns one page of articles, newest first by default.
func (d *DB) Articles(ctx context.Context, p store.Page) (*store.ArticlePage, error) {
	p = p.Normalize()
	page := &store.ArticlePage{}
	if err := d.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&page.Total); err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	// Ordered by the published index; NULL dates sort last when descending.
	dir := "DESC"
	if p.Sort == store.SortDate && !p.Desc {
		dir = "ASC"
	}
	list, err := d.summaries(ctx, `SELECT `+summaryCols+` FROM articles a
		ORDER BY a.published `+dir+`, a.id `+dir+` LIMIT ? OFFSET ?`, p.Limit, p.Offset)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	page.Articles = list
	return page, nil
}

// Stories returns one page of stories, latest first.
func (d *DB) Stories(ctx context.Context, p store.Page) ([]store.StorySummary, error) {
	p = p.Normalize()
	rows, err := d.db.QueryContext(ctx, `SELECT `+storyCols+` FROM stories s
		ORDER BY s.last_pub DESC, s.id DESC LIMIT ? OFFSET ?`, p.Limit, p.Offset)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	out := []store.StorySummary{}
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		out = append(out, *s)
	}
	return out, rows.Err()
}
