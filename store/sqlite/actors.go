package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/store"
)

// Actor returns an actor page.
func (d *DB) Actor(ctx context.Context, id string) (*store.ActorDetail, error) {
	det := &store.ActorDetail{}
	a := &det.Actor
	var aliases, affs string
	var inKB int
	err := d.db.QueryRowContext(ctx, `SELECT id, name, kind, inter, country, wikidata, aliases, affiliations, in_kb, events
		FROM actors WHERE id = ?`, id).Scan(&a.ID, &a.Name, &a.Kind, &a.Inter, &a.Country, &a.Wikidata,
		&aliases, &affs, &inKB, &det.Events)
	if isNoRows(err) {
		return nil, notFound("actor", id)
	}
	if err != nil {
		return nil, fmt.Errorf("actor %s: %w", id, err)
	}
	det.InKB = inKB == 1
	if aliases != "" {
		_ = json.Unmarshal([]byte(aliases), &a.Aliases)
	}
	if affs != "" {
		_ = json.Unmarshal([]byte(affs), &a.Affiliations)
	}
	if err := d.fillActor(ctx, det); err != nil {
		return nil, fmt.Errorf("actor %s: %w", id, err)
	}
	return det, nil
}

func (d *DB) fillActor(ctx context.Context, det *store.ActorDetail) error {
	id := det.Actor.ID
	var err error
	if det.Forms, err = d.counts(ctx, `SELECT form, n FROM actor_forms WHERE actor_id = ? ORDER BY n DESC, form LIMIT 50`, id); err != nil {
		return fmt.Errorf("forms: %w", err)
	}
	if det.ByMonth, err = d.counts(ctx, `SELECT substr(e.date, 1, 7), COUNT(DISTINCT e.id) FROM event_actors ea
		JOIN events e ON e.id = ea.event_id WHERE ea.actor_id = ? AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1`, id); err != nil {
		return fmt.Errorf("by month: %w", err)
	}
	if det.CoActors, err = d.actorList(ctx, `SELECT a.id, a.name, a.kind, a.inter, COUNT(DISTINCT x.event_id) FROM event_actors x
		JOIN event_actors y ON y.event_id = x.event_id AND y.actor_id != x.actor_id
		JOIN actors a ON a.id = y.actor_id WHERE x.actor_id = ? GROUP BY a.id ORDER BY 5 DESC, a.name LIMIT 20`, id); err != nil {
		return fmt.Errorf("co-actors: %w", err)
	}
	det.Affiliated = []store.ActorSummary{}
	for _, af := range det.Actor.Affiliations {
		list, err := d.actorList(ctx, `SELECT id, name, kind, inter, events FROM actors WHERE id = ?`, af.ActorID)
		if err != nil {
			return fmt.Errorf("affiliations: %w", err)
		}
		if len(list) == 0 {
			list = []store.ActorSummary{{ID: af.ActorID, Name: af.ActorID}}
		}
		det.Affiliated = append(det.Affiliated, list...)
	}
	det.Recent = []*store.Event{}
	return d.queryEvents(ctx, `SELECT `+eventCols+` FROM events e WHERE e.id IN
		(SELECT event_id FROM event_actors WHERE actor_id = ?) ORDER BY e.date IS NULL, e.date DESC, e.id DESC LIMIT 20`,
		[]any{id}, func(e *store.Event) error {
			det.Recent = append(det.Recent, e)
			return nil
		})
}

func (d *DB) actorList(ctx context.Context, q string, args ...any) ([]store.ActorSummary, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.ActorSummary{}
	for rows.Next() {
		var a store.ActorSummary
		if err := rows.Scan(&a.ID, &a.Name, &a.Kind, &a.Inter, &a.Events); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Actors lists actors whose id, name or alias contains q.
func (d *DB) Actors(ctx context.Context, q string, p store.Page) ([]store.ActorSummary, error) {
	p = p.Normalize()
	frag := "%" + escapeLike(q) + "%"
	norm := "%" + escapeLike(arabic.NormalizePhrase(q)) + "%"
	list, err := d.actorList(ctx, `SELECT id, name, kind, inter, events FROM actors
		WHERE (events > 0 OR in_kb = 1) AND (?1 = '' OR id LIKE ?3 ESCAPE '\' OR name LIKE ?2 ESCAPE '\' OR aliases LIKE ?2 ESCAPE '\')
		ORDER BY events DESC, name LIMIT ?4 OFFSET ?5`, q, frag, norm, p.Limit, p.Offset)
	if err != nil {
		return nil, fmt.Errorf("actors %q: %w", q, err)
	}
	return list, nil
}
