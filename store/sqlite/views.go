package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/rasid-osint/rasid/store"
)

// Overview returns the landing page's counts.
func (d *DB) Overview(ctx context.Context) (*store.Overview, error) {
	o := &store.Overview{}
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM actors WHERE events > 0),
		(SELECT COUNT(DISTINCT outlet) FROM articles WHERE outlet != '')`).Scan(
		&o.Articles, &o.Events, &o.Stories, &o.Actors, &o.Outlets)
	if err != nil {
		return nil, fmt.Errorf("overview: %w", err)
	}
	if o.ByType, err = d.counts(ctx, `SELECT event_type, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1`); err != nil {
		return nil, fmt.Errorf("overview: by type: %w", err)
	}
	if o.ByCountry, err = d.counts(ctx, `SELECT country, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1`); err != nil {
		return nil, fmt.Errorf("overview: by country: %w", err)
	}
	rows, err := d.db.QueryContext(ctx, `SELECT `+storyCols+` FROM stories s
		ORDER BY s.last_pub DESC, s.id DESC LIMIT 20`)
	if err != nil {
		return nil, fmt.Errorf("overview: stories: %w", err)
	}
	defer rows.Close()
	o.LatestStories = []store.StorySummary{}
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("overview: stories: %w", err)
		}
		o.LatestStories = append(o.LatestStories, *s)
	}
	return o, rows.Err()
}

func (d *DB) counts(ctx context.Context, q string, args ...any) ([]store.Count, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Count{}
	for rows.Next() {
		var c store.Count
		var key sql.NullString
		if err := rows.Scan(&key, &c.N); err != nil {
			return nil, err
		}
		c.Key = key.String
		out = append(out, c)
	}
	return out, rows.Err()
}

// MapPoints returns the matching events that have coordinates.
func (d *DB) MapPoints(ctx context.Context, f store.EventFilter) ([]store.MapPoint, error) {
	w, args := where(f)
	rows, err := d.db.QueryContext(ctx, `SELECT e.id, e.event_type, e.sub_event_type, COALESCE(e.date, ''), e.lat, e.lon,
		CASE WHEN e.location_name != '' THEN e.location_name ELSE e.location END, e.n_outlets, e.fatalities
		FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND `+w+` ORDER BY e.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("map points: %w", err)
	}
	defer rows.Close()
	out := []store.MapPoint{}
	for rows.Next() {
		var p store.MapPoint
		var fat sql.NullInt64
		if err := rows.Scan(&p.ID, &p.EventType, &p.SubEventType, &p.Date, &p.Lat, &p.Lon, &p.Location, &p.Outlets, &fat); err != nil {
			return nil, fmt.Errorf("map points: %w", err)
		}
		if fat.Valid {
			n := int(fat.Int64)
			p.Fatalities = &n
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Timeline counts matching events per day and type.
func (d *DB) Timeline(ctx context.Context, f store.EventFilter) ([]store.TimelineCount, error) {
	w, args := where(f)
	rows, err := d.db.QueryContext(ctx, `SELECT e.date, e.event_type, COUNT(*) FROM events e
		WHERE e.date IS NOT NULL AND `+w+` GROUP BY 1, 2 ORDER BY 1, 2`, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	out := []store.TimelineCount{}
	for rows.Next() {
		var c store.TimelineCount
		if err := rows.Scan(&c.Day, &c.EventType, &c.N); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
