package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// eventCols are the columns scanEvent reads, over events aliased e.
const eventCols = `e.id, e.event_type, e.sub_event_type, e.date, e.date_precision, e.date_min, e.date_max,
	e.country, e.admin1, e.admin2, e.location, e.location_name, e.place_id, e.lat, e.lon, e.geo_precision,
	e.actor1_id, e.actor1_name, e.actor1_text, e.actor1_inter, e.actor2_id, e.actor2_name, e.actor2_text, e.actor2_inter,
	e.fatalities, e.is_primary, e.disputed, e.n_articles, e.outlets, e.evidence_text, e.ingested_at,
	(SELECT ev_start FROM event_sources WHERE event_id = e.id ORDER BY id LIMIT 1),
	(SELECT ev_end FROM event_sources WHERE event_id = e.id ORDER BY id LIMIT 1)`

type scanner interface{ Scan(...any) error }

type actorCols struct {
	id, name, text string
	inter          int
}

func (c actorCols) actor() *domain.EventActor {
	if c.id == "" && c.name == "" && c.text == "" {
		return nil
	}
	a := &domain.EventActor{Text: c.text, Name: c.name, Inter: c.inter}
	if !strings.HasPrefix(c.id, "n:") {
		a.ActorID = c.id
	}
	return a
}

func scanEvent(s scanner) (*store.Event, error) {
	var (
		ev       store.Event
		id       int64
		dc       dateCols
		loc      domain.Location
		lat, lon sql.NullFloat64
		a1, a2   actorCols
		fat      sql.NullInt64
		pri, dis int
		outlets  string
		es, ee   sql.NullInt64
	)
	err := s.Scan(&id, &ev.EventType, &ev.SubEventType, &dc.Day, &dc.Precision, &dc.Min, &dc.Max,
		&loc.Country, &loc.Admin1, &ev.Admin2, &loc.Text, &loc.Name, &loc.PlaceID, &lat, &lon, &loc.GeoPrecision,
		&a1.id, &a1.name, &a1.text, &a1.inter, &a2.id, &a2.name, &a2.text, &a2.inter,
		&fat, &pri, &dis, &ev.Articles, &outlets, &ev.EvidenceText, &ev.IngestedAt, &es, &ee)
	if err != nil {
		return nil, err
	}
	ev.ID = strconv.FormatInt(id, 10)
	ev.Date = dc.date()
	if lat.Valid && lon.Valid {
		loc.Lat, loc.Lon = &lat.Float64, &lon.Float64
	}
	ev.Location = &loc
	ev.Actor1, ev.Actor2 = a1.actor(), a2.actor()
	if fat.Valid {
		n := int(fat.Int64)
		ev.Fatalities = &n
	}
	ev.Primary, ev.Disputed = pri == 1, dis == 1
	ev.Outlets = splitTabs(outlets)
	ev.Evidence = domain.Span{Start: int(es.Int64), End: int(ee.Int64)}
	return &ev, nil
}

// eventID parses a store event id.
func eventID(id string) (int64, bool) {
	n, err := strconv.ParseInt(id, 10, 64)
	return n, err == nil && n > 0
}

// Events returns one page of merged events.
func (d *DB) Events(ctx context.Context, f store.EventFilter, p store.Page) (*store.EventPage, error) {
	p = p.Normalize()
	w, args := where(f)
	page := &store.EventPage{Events: []*store.Event{}}
	if err := d.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM events e WHERE `+w, args...).Scan(&page.Total); err != nil {
		return nil, fmt.Errorf("events: count: %w", err)
	}
	q := `SELECT ` + eventCols + ` FROM events e WHERE ` + w + ` ORDER BY ` + orderBy(p) + ` LIMIT ? OFFSET ?`
	err := d.queryEvents(ctx, q, append(args, p.Limit, p.Offset), func(e *store.Event) error {
		page.Events = append(page.Events, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return page, nil
}

func (d *DB) queryEvents(ctx context.Context, q string, args []any, fn func(*store.Event) error) error {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// WalkEvents calls fn for every merged event matching f, in date order,
// with its Sources filled.
func (d *DB) WalkEvents(ctx context.Context, f store.EventFilter, fn func(*store.Event) error) error {
	w, args := where(f)
	q := `SELECT ` + eventCols + ` FROM events e WHERE ` + w + ` ORDER BY e.date IS NULL, e.date, e.id`
	var evs []*store.Event
	if err := d.queryEvents(ctx, q, args, func(e *store.Event) error {
		evs = append(evs, e)
		return nil
	}); err != nil {
		return fmt.Errorf("walk events: %w", err)
	}
	for _, e := range evs {
		src, err := d.eventSources(ctx, e.ID)
		if err != nil {
			return fmt.Errorf("walk events: event %s: %w", e.ID, err)
		}
		e.Sources = src
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// eventSources lists the articles reporting an event.
func (d *DB) eventSources(ctx context.Context, id string) ([]domain.EventSource, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT a.doc_id, a.outlet FROM event_sources es
		JOIN articles a ON a.id = es.article_id WHERE es.event_id = ? ORDER BY es.id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.EventSource
	for rows.Next() {
		var s domain.EventSource
		if err := rows.Scan(&s.DocID, &s.Outlet); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
