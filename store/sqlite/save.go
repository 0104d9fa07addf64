package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// now is the clock used for ingested_at; tests may replace it.
var now = time.Now

// SaveArticle stores a in one transaction; see store.Store.
func (d *DB) SaveArticle(ctx context.Context, a *domain.Article) (bool, error) {
	hash := store.ContentHash(a)
	tx, err := d.begin(ctx)
	if err != nil {
		return false, fmt.Errorf("save %s: %w", a.DocID, err)
	}
	defer tx.Rollback()
	var one int
	switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE hash = ?`, hash).Scan(&one); {
	case err == nil:
		return false, nil
	case !isNoRows(err):
		return false, fmt.Errorf("save %s: %w", a.DocID, err)
	}
	if err := saveArticleTx(ctx, tx, a, hash); err != nil {
		return false, fmt.Errorf("save %s: %w", a.DocID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("save %s: commit: %w", a.DocID, err)
	}
	return true, nil
}

func saveArticleTx(ctx context.Context, tx *txn, a *domain.Article, hash string) error {
	docID, err := uniqueDocID(ctx, tx, a.DocID, hash)
	if err != nil {
		return err
	}
	if a.StoryID != "" {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO stories(id, title) VALUES (?, ?)`, a.StoryID, a.Title); err != nil {
			return fmt.Errorf("story: %w", err)
		}
	}
	artID, err := insertArticle(ctx, tx, a, docID, hash)
	if err != nil {
		return err
	}
	if err := withTokens(a.Text, a.Tokens, func() error {
		_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`, artID, a.Title, a.Text)
		return err
	}); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	for i, e := range a.Entities {
		if err := insertEntity(ctx, tx, artID, i, e); err != nil {
			return fmt.Errorf("entity %d: %w", i, err)
		}
	}
	for i, e := range a.Events {
		if err := saveEvent(ctx, tx, a, artID, i, e); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	if a.StoryID != "" {
		return refreshStory(ctx, tx, a.StoryID)
	}
	return nil
}

// uniqueDocID returns id, or id with a hash suffix when another article
// already holds it.
func uniqueDocID(ctx context.Context, tx *txn, id, hash string) (string, error) {
	if id == "" {
		id = hash[:16]
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE doc_id = ?`, id).Scan(&n); err != nil {
		return "", err
	}
	if n == 0 {
		return id, nil
	}
	return id + "~" + hash[:8], nil
}

func insertArticle(ctx context.Context, tx *txn, a *domain.Article, docID, hash string) (int64, error) {
	dc := toDateCols(a.Published)
	sents, _ := json.Marshal(a.Sentences)
	warns := ""
	if len(a.Warnings) > 0 {
		b, _ := json.Marshal(a.Warnings)
		warns = string(b)
	}
	var story sql.NullString
	if a.StoryID != "" {
		story = nullStr(a.StoryID)
	}
	raw, rawZ := rawCols(a.Raw)
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(doc_id, hash, source, outlet, url, published,
		pub_precision, pub_min, pub_max, title, raw, raw_z, raw_html, text, sentences, warnings, story_id, ingested_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		docID, hash, a.Source, a.Outlet, a.URL, dc.Day, dc.Precision, dc.Min, dc.Max, a.Title, raw, rawZ,
		boolInt(a.RawHTML), a.Text, string(sents), warns, story, now().Unix())
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	return res.LastInsertId()
}

func insertEntity(ctx context.Context, tx *txn, artID int64, idx int, e *domain.Entity) error {
	var placeID sql.NullString
	if e.Place != nil {
		id, err := upsertPlace(ctx, tx, e.Place)
		if err != nil {
			return err
		}
		placeID = nullStr(id)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO entities(article_id, idx, type, subtype, name, actor_id, place_id)
		VALUES (?,?,?,?,?,?,?)`, artID, idx, string(e.Type), e.Subtype, e.Name, e.ActorID, placeID)
	if err != nil {
		return err
	}
	entID, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, m := range e.Mentions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mentions(entity_id, start, end, text, source) VALUES (?,?,?,?,?)`,
			entID, m.Start, m.End, m.Text, m.Source); err != nil {
			return err
		}
	}
	return nil
}

// placeID returns a gazetteer id, or one made of the name and country.
func placeID(p *domain.Place) string {
	if p.ID != "" {
		return p.ID
	}
	name := p.Name
	if name == "" {
		name = p.NameAR
	}
	return "p:" + p.Country + ":" + arabic.NormalizePhrase(name)
}

func upsertPlace(ctx context.Context, tx *txn, p *domain.Place) (string, error) {
	id := placeID(p)
	_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO places(id, name, name_ar, kind, admin1, admin2, country, lat, lon)
		VALUES (?,?,?,?,?,?,?,?,?)`, id, p.Name, p.NameAR, p.Kind, p.Admin1, p.Admin2, p.Country, p.Lat, p.Lon)
	return id, err
}

// refreshStory recomputes a story's counts, outlets and dates.
func refreshStory(ctx context.Context, tx *txn, id string) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT outlet FROM articles WHERE story_id = ? AND outlet != ''`, id)
	if err != nil {
		return err
	}
	var outlets []string
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			rows.Close()
			return err
		}
		outlets = append(outlets, o)
	}
	rows.Close()
	sort.Strings(outlets)
	_, err = tx.ExecContext(ctx, `UPDATE stories SET
		articles = (SELECT COUNT(*) FROM articles WHERE story_id = ?1),
		first_pub = (SELECT MIN(published) FROM articles WHERE story_id = ?1),
		last_pub = (SELECT MAX(published) FROM articles WHERE story_id = ?1),
		outlets = ?2 WHERE id = ?1`, id, strings.Join(outlets, "\t"))
	return err
}

// HasArticle reports whether an article with this content hash is stored.
func (d *DB) HasArticle(ctx context.Context, hash string) (bool, error) {
	var n int
	err := d.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE hash = ?`, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("has article %s: %w", hash, err)
	}
	return n > 0, nil
}

// SaveActors stores or replaces knowledge-base actors.
func (d *DB) SaveActors(ctx context.Context, actors []domain.Actor) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save actors: %w", err)
	}
	defer tx.Rollback()
	for _, a := range actors {
		al, _ := json.Marshal(a.Aliases)
		af, _ := json.Marshal(a.Affiliations)
		_, err := tx.ExecContext(ctx, `INSERT INTO actors(id, name, kind, inter, country, wikidata, aliases, affiliations, in_kb)
			VALUES (?,?,?,?,?,?,?,?,1) ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind,
			inter=excluded.inter, country=excluded.country, wikidata=excluded.wikidata, aliases=excluded.aliases,
			affiliations=excluded.affiliations, in_kb=1`,
			a.ID, a.Name, a.Kind, a.Inter, a.Country, a.Wikidata, string(al), string(af))
		if err != nil {
			return fmt.Errorf("save actor %s: %w", a.ID, err)
		}
	}
	return tx.Commit()
}
