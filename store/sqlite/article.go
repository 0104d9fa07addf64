package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// loadArticle rebuilds a stored article with its entities and its events
// as coded from it (each with the merged event's id and sources), and
// returns the merged event ids in the order of a.Events.
func (d *DB) loadArticle(ctx context.Context, id int64) (*domain.Article, []string, error) {
	var (
		a            domain.Article
		dc           dateCols
		rawHTML      int
		sents, warns string
		story        sql.NullString
		rawZ         []byte
	)
	err := d.db.QueryRowContext(ctx, `SELECT doc_id, source, outlet, url, published, pub_precision, pub_min, pub_max,
		title, raw, raw_z, raw_html, text, sentences, warnings, story_id FROM articles WHERE id = ?`, id).Scan(
		&a.DocID, &a.Source, &a.Outlet, &a.URL, &dc.Day, &dc.Precision, &dc.Min, &dc.Max,
		&a.Title, &a.Raw, &rawZ, &rawHTML, &a.Text, &sents, &warns, &story)
	if err != nil {
		return nil, nil, err
	}
	if len(rawZ) > 0 {
		if a.Raw, err = inflate(rawZ); err != nil {
			return nil, nil, fmt.Errorf("raw text: %w", err)
		}
	}
	a.Published, a.RawHTML, a.StoryID = dc.date(), rawHTML == 1, story.String
	if sents != "" {
		_ = json.Unmarshal([]byte(sents), &a.Sentences)
	}
	if warns != "" {
		_ = json.Unmarshal([]byte(warns), &a.Warnings)
	}
	if a.Entities, err = d.loadEntities(ctx, id); err != nil {
		return nil, nil, fmt.Errorf("entities: %w", err)
	}
	ids, err := d.loadCodings(ctx, id, &a)
	if err != nil {
		return nil, nil, fmt.Errorf("events: %w", err)
	}
	return &a, ids, nil
}

func (d *DB) loadEntities(ctx context.Context, artID int64) ([]*domain.Entity, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT e.id, e.type, e.subtype, e.name, e.actor_id,
		p.id, p.name, p.name_ar, p.kind, p.admin1, p.admin2, p.country, p.lat, p.lon
		FROM entities e LEFT JOIN places p ON p.id = e.place_id WHERE e.article_id = ? ORDER BY e.idx`, artID)
	if err != nil {
		return nil, err
	}
	ents := []*domain.Entity{}
	byID := map[int64]*domain.Entity{}
	for rows.Next() {
		var (
			eid  int64
			e    domain.Entity
			typ  string
			pid  sql.NullString
			pcol [7]sql.NullString
			lat  sql.NullFloat64
			lon  sql.NullFloat64
		)
		if err := rows.Scan(&eid, &typ, &e.Subtype, &e.Name, &e.ActorID, &pid, &pcol[0], &pcol[1], &pcol[2],
			&pcol[3], &pcol[4], &pcol[5], &lat, &lon); err != nil {
			rows.Close()
			return nil, err
		}
		e.Type, e.Mentions = domain.EntityType(typ), []domain.Mention{}
		if pid.Valid {
			e.Place = &domain.Place{ID: pid.String, Name: pcol[0].String, NameAR: pcol[1].String, Kind: pcol[2].String,
				Admin1: pcol[3].String, Admin2: pcol[4].String, Country: pcol[5].String, Lat: lat.Float64, Lon: lon.Float64}
		}
		ents = append(ents, &e)
		byID[eid] = &e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return ents, d.loadMentions(ctx, artID, byID)
}

func (d *DB) loadMentions(ctx context.Context, artID int64, byID map[int64]*domain.Entity) error {
	rows, err := d.db.QueryContext(ctx, `SELECT m.entity_id, m.start, m.end, m.text, m.source FROM mentions m
		JOIN entities e ON e.id = m.entity_id WHERE e.article_id = ? ORDER BY m.rowid`, artID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var eid int64
		var m domain.Mention
		if err := rows.Scan(&eid, &m.Start, &m.End, &m.Text, &m.Source); err != nil {
			return err
		}
		if e := byID[eid]; e != nil {
			e.Mentions = append(e.Mentions, m)
		}
	}
	return rows.Err()
}

// loadCodings fills a.Events with the article's codings, each carrying its
// merged event's id and every source of the merged event.
func (d *DB) loadCodings(ctx context.Context, artID int64, a *domain.Article) ([]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT event_id, coding FROM event_sources WHERE article_id = ? ORDER BY idx`, artID)
	if err != nil {
		return nil, err
	}
	var ids []string
	a.Events = []*domain.Event{}
	for rows.Next() {
		var eid int64
		var coding string
		if err := rows.Scan(&eid, &coding); err != nil {
			rows.Close()
			return nil, err
		}
		e, err := decodeEvent(coding)
		if err != nil {
			rows.Close()
			return nil, err
		}
		e.ID = strconv.FormatInt(eid, 10)
		a.Events = append(a.Events, e)
		ids = append(ids, e.ID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, e := range a.Events {
		if e.Sources, err = d.eventSources(ctx, e.ID); err != nil {
			return nil, err
		}
	}
	if ids == nil {
		ids = []string{}
	}
	return ids, nil
}

// WalkArticles calls fn for every stored article in ingest order; with a
// non-empty filter, only for articles reporting a matching event.
func (d *DB) WalkArticles(ctx context.Context, f store.EventFilter, fn func(*domain.Article) error) error {
	q := `SELECT id FROM articles ORDER BY id`
	var args []any
	if !f.IsZero() {
		w, wargs := where(f)
		q = `SELECT DISTINCT es.article_id FROM event_sources es JOIN events e ON e.id = es.event_id
			WHERE ` + w + ` ORDER BY es.article_id`
		args = wargs
	}
	ids, err := d.int64s(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("walk articles: %w", err)
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, _, err := d.loadArticle(ctx, id)
		if err != nil {
			return fmt.Errorf("walk articles: article %d: %w", id, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) int64s(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
