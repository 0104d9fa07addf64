package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// MergeRadiusKm is how close two geolocated events of the same type,
// actors and day must be to count as one event.
const MergeRadiusKm = 5.0

// ActorKey returns the id an event actor is stored under: its knowledge-base
// id, or "n:" + its normalised name (or text) for candidates; "" for none.
func ActorKey(a *domain.EventActor) string {
	if a == nil {
		return ""
	}
	if a.ActorID != "" {
		return a.ActorID
	}
	name := a.Name
	if name == "" {
		name = a.Text
	}
	if n := arabic.NormalizePhrase(name); n != "" {
		return "n:" + n
	}
	return ""
}

// place is what the merge rule compares about an event's location.
type place struct {
	id, text, country string
	lat, lon          sql.NullFloat64
}

func eventPlace(e *domain.Event) place {
	var p place
	if l := e.Location; l != nil {
		p = place{id: l.PlaceID, text: arabic.NormalizePhrase(l.Text), country: l.Country}
		if l.Lat != nil && l.Lon != nil {
			p.lat = sql.NullFloat64{Float64: *l.Lat, Valid: true}
			p.lon = sql.NullFloat64{Float64: *l.Lon, Valid: true}
		}
	}
	return p
}

// samePlace is the merge rule's place test: the same gazetteer id, or
// coordinates within MergeRadiusKm, or (without either) the same written
// place in the same country.
func samePlace(a, b place) bool {
	if a.id != "" && a.id == b.id {
		return true
	}
	if a.lat.Valid && b.lat.Valid {
		return distanceKm(a.lat.Float64, a.lon.Float64, b.lat.Float64, b.lon.Float64) <= MergeRadiusKm
	}
	if a.id != "" && b.id != "" {
		return false
	}
	return a.country == b.country && a.text == b.text
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// findMerge returns the id of a stored event that e is the same event as,
// or 0. Dateless events are never merged. Battles match with their actors
// in either order.
func findMerge(ctx context.Context, tx *txn, e *domain.Event, k1, k2 string) (int64, error) {
	if e.Date == nil || e.Date.Time.IsZero() {
		return 0, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, place_id, location, country, lat, lon FROM events
		WHERE event_type = ?1 AND date = ?2 AND ((actor1_id = ?3 AND actor2_id = ?4)
		OR (event_type = 'Battles' AND actor1_id = ?4 AND actor2_id = ?3)) ORDER BY id`,
		e.EventType, e.Date.ISO(), k1, k2)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	want := eventPlace(e)
	for rows.Next() {
		var id int64
		var p place
		if err := rows.Scan(&id, &p.id, &p.text, &p.country, &p.lat, &p.lon); err != nil {
			return 0, err
		}
		p.text = arabic.NormalizePhrase(p.text)
		if samePlace(want, p) {
			return id, nil
		}
	}
	return 0, rows.Err()
}

// saveEvent merges one article's event into the events table and records
// the article as its source.
func saveEvent(ctx context.Context, tx *txn, a *domain.Article, artID int64, idx int, e *domain.Event) error {
	k1, k2 := ActorKey(e.Actor1), ActorKey(e.Actor2)
	for _, x := range []struct {
		key string
		ea  *domain.EventActor
	}{{k1, e.Actor1}, {k2, e.Actor2}} {
		if err := touchActor(ctx, tx, x.key, x.ea); err != nil {
			return err
		}
	}
	id, err := findMerge(ctx, tx, e, k1, k2)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	if id == 0 {
		if id, err = insertEvent(ctx, tx, a, e, k1, k2); err != nil {
			return fmt.Errorf("insert: %w", err)
		}
	} else if err := fillEvent(ctx, tx, id, e); err != nil {
		return fmt.Errorf("update %d: %w", id, err)
	}
	coding, err := encodeEvent(e)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO event_sources(event_id, article_id, idx, outlet, coding, ev_start, ev_end)
		VALUES (?,?,?,?,?,?,?)`, id, artID, idx, a.Outlet, coding, e.Evidence.Start, e.Evidence.End); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	return refreshEvent(ctx, tx, id)
}

// touchActor makes sure an actor row exists and counts the form it was
// written in.
func touchActor(ctx context.Context, tx *txn, key string, ea *domain.EventActor) error {
	if key == "" {
		return nil
	}
	name := ea.Name
	if name == "" {
		name = ea.Text
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO actors(id, name, inter) VALUES (?,?,?)`, key, name, ea.Inter); err != nil {
		return fmt.Errorf("actor %s: %w", key, err)
	}
	form := strings.TrimSpace(ea.Text)
	if form == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO actor_forms(actor_id, form, n) VALUES (?,?,1)
		ON CONFLICT(actor_id, form) DO UPDATE SET n = n + 1`, key, form)
	return err
}

func insertEvent(ctx context.Context, tx *txn, a *domain.Article, e *domain.Event, k1, k2 string) (int64, error) {
	dc := toDateCols(e.Date)
	l := e.Location
	if l == nil {
		l = &domain.Location{}
	}
	a1, a2 := e.Actor1, e.Actor2
	if a1 == nil {
		a1 = &domain.EventActor{}
	}
	if a2 == nil {
		a2 = &domain.EventActor{}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO events(event_type, sub_event_type, date, date_precision, date_min, date_max,
		country, admin1, admin2, location, location_name, place_id, lat, lon, geo_precision,
		actor1_id, actor1_name, actor1_text, actor1_inter, actor2_id, actor2_name, actor2_text, actor2_inter,
		fatalities, is_primary, disputed, evidence_text, ingested_at)
		VALUES (?,?,?,?,?,?, ?,?,COALESCE((SELECT admin2 FROM places WHERE id = ?), ''),?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?)`,
		e.EventType, e.SubEventType, dc.Day, dc.Precision, dc.Min, dc.Max,
		l.Country, l.Admin1, l.PlaceID, l.Text, l.Name, l.PlaceID, l.Lat, l.Lon, l.GeoPrecision,
		k1, a1.Name, a1.Text, a1.Inter, k2, a2.Name, a2.Text, a2.Inter,
		e.Fatalities, boolInt(e.Primary), boolInt(e.Disputed), a.Slice(e.Evidence), now().Unix())
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	for role, k := range []string{k1, k2} {
		if k == "" {
			continue
		}
		r, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_actors(event_id, actor_id, role) VALUES (?,?,?)`, id, k, role+1)
		if err != nil {
			return 0, err
		}
		if n, _ := r.RowsAffected(); n > 0 && !(role == 1 && k == k1) {
			if _, err := tx.ExecContext(ctx, `UPDATE actors SET events = events + 1 WHERE id = ?`, k); err != nil {
				return 0, err
			}
		}
	}
	return id, nil
}

// fillEvent completes a merged event with what a new source adds: a death
// toll or coordinates it lacked, primary and disputed flags.
func fillEvent(ctx context.Context, tx *txn, id int64, e *domain.Event) error {
	_, err := tx.ExecContext(ctx, `UPDATE events SET fatalities = COALESCE(fatalities, ?2),
		is_primary = MAX(is_primary, ?3), disputed = MAX(disputed, ?4) WHERE id = ?1`,
		id, e.Fatalities, boolInt(e.Primary), boolInt(e.Disputed))
	if err != nil || e.Location == nil || e.Location.Lat == nil || e.Location.Lon == nil {
		return err
	}
	l := e.Location
	_, err = tx.ExecContext(ctx, `UPDATE events SET lat = ?2, lon = ?3, geo_precision = ?4,
		place_id = CASE WHEN place_id = '' THEN ?5 ELSE place_id END,
		admin1 = CASE WHEN admin1 = '' THEN ?6 ELSE admin1 END
		WHERE id = ?1 AND lat IS NULL`, id, *l.Lat, *l.Lon, l.GeoPrecision, l.PlaceID, l.Admin1)
	return err
}

// refreshEvent recomputes a merged event's article and outlet counts.
// Articles without an outlet count as an outlet each.
func refreshEvent(ctx context.Context, tx *txn, id int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT article_id, outlet FROM event_sources WHERE event_id = ?`, id)
	if err != nil {
		return err
	}
	arts, outs, named := map[int64]bool{}, map[string]bool{}, map[string]bool{}
	for rows.Next() {
		var art int64
		var o string
		if err := rows.Scan(&art, &o); err != nil {
			rows.Close()
			return err
		}
		arts[art] = true
		if o == "" {
			outs[fmt.Sprint("#", art)] = true
			continue
		}
		outs[o], named[o] = true, true
	}
	rows.Close()
	list := make([]string, 0, len(named))
	for o := range named {
		list = append(list, o)
	}
	sort.Strings(list)
	_, err = tx.ExecContext(ctx, `UPDATE events SET n_articles = ?, n_outlets = ?, outlets = ? WHERE id = ?`,
		len(arts), len(outs), strings.Join(list, "\t"), id)
	return err
}
