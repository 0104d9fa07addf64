package sqlite

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/store"
)

// where builds the SQL condition (over events aliased e) and its arguments
// for a filter. It always returns a valid condition ("1" for none).
func where(f store.EventFilter) (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) {
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.Type != "" {
		add(`e.event_type = ?`, f.Type)
	}
	if f.SubType != "" {
		add(`e.sub_event_type = ?`, f.SubType)
	}
	if !f.From.IsZero() {
		add(`e.date >= ?`, f.From.Format(isoDay))
	}
	if !f.To.IsZero() {
		add(`e.date <= ?`, f.To.Format(isoDay))
	}
	if f.Country != "" {
		add(`e.country = ? COLLATE NOCASE`, f.Country)
	}
	if f.Admin1 != "" {
		add(`e.admin1 = ? COLLATE NOCASE`, f.Admin1)
	}
	if f.Actor != "" {
		frag := "%" + escapeLike(f.Actor) + "%"
		norm := "n:%" + escapeLike(arabic.NormalizePhrase(f.Actor)) + "%"
		add(`e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN (SELECT a.id FROM actors a
			WHERE a.id = ? OR a.id LIKE ? ESCAPE '\' OR a.name LIKE ? ESCAPE '\' OR a.aliases LIKE ? ESCAPE '\'))`,
			f.Actor, norm, frag, frag)
	}
	if f.MinOutlets > 0 {
		add(`e.n_outlets >= ?`, f.MinOutlets)
	}
	if m := MatchExpr(f.Query); m != "" {
		add(`e.id IN (SELECT es.event_id FROM event_sources es WHERE es.article_id IN
			(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, m)
	} else if strings.TrimSpace(f.Query) != "" {
		add(`0`)
	}
	if f.PrimaryOnly {
		add(`e.is_primary = 1`)
	}
	if f.StoryID != "" {
		add(`e.id IN (SELECT es.event_id FROM event_sources es JOIN articles a ON a.id = es.article_id WHERE a.story_id = ?)`, f.StoryID)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// orderBy returns the ORDER BY clause for a page of events.
func orderBy(p store.Page) string {
	dir := "ASC"
	if p.Desc || p.Sort == "" {
		dir = "DESC"
	}
	switch p.Sort {
	case store.SortType:
		return "e.event_type " + dir + ", e.sub_event_type " + dir + ", e.id " + dir
	case store.SortCountry:
		return "e.country " + dir + ", e.admin1 " + dir + ", e.id " + dir
	case store.SortOutlets:
		return "e.n_outlets " + dir + ", e.id " + dir
	case store.SortFatalities:
		return "COALESCE(e.fatalities, -1) " + dir + ", e.id " + dir
	}
	return "e.date IS NULL, e.date " + dir + ", e.id " + dir
}
