package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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
	res, err := d.SaveArticles(ctx, []*domain.Article{a})
	if err != nil {
		return false, err
	}
	return res[0].Saved, res[0].Err
}

// SaveArticles stores as in one transaction; see store.Store. One commit
// for many articles is what makes bulk ingest fast: a commit flushes the
// full-text index and writes the WAL, about half the cost of saving an
// article on its own. (Savepoints per article would flush the index just
// the same, so a failing article instead rolls the batch back, and the
// articles before it are stored again without it.)
func (d *DB) SaveArticles(ctx context.Context, as []*domain.Article) ([]store.SaveResult, error) {
	res := make([]store.SaveResult, len(as))
	for done := 0; done < len(as); {
		n, err := d.saveRun(ctx, as[done:], res[done:])
		if err != nil {
			return nil, err
		}
		done += n
		if done < len(as) && res[done].Err != nil {
			done++ // the failed article; the rest go on in a new transaction
		}
	}
	return res, nil
}

// saveRun stores as in one transaction up to the first article that fails.
// It returns how many articles it stored or found already stored; when one
// failed, its error is in res at that index and the ones before it are
// stored again without it.
func (d *DB) saveRun(ctx context.Context, as []*domain.Article, res []store.SaveResult) (int, error) {
	tx, err := d.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("save %s: %w", batchName(as), err)
	}
	defer tx.Rollback()
	fail := func(i int, err error) (int, error) {
		tx.Rollback()
		n, rerr := d.saveRun(ctx, as[:i], res[:i])
		if rerr != nil || n < i { // the articles before it fail alone: give up on the batch
			return 0, fmt.Errorf("save %s: %w", batchName(as), errors.Join(err, rerr))
		}
		res[i] = store.SaveResult{Err: err}
		return i, nil
	}
	var stories []string // touched, refreshed once before the commit
	ids := make([]int64, len(as))
	preps := make([]*prepared, len(as))
	for i, a := range as {
		preps[i] = d.preparedFor(a)
		id, err := saveOne(ctx, tx, a, preps[i])
		if cerr := ctx.Err(); cerr != nil {
			return 0, fmt.Errorf("save %s: %w", batchName(as), cerr)
		}
		if err != nil {
			return fail(i, err)
		}
		if id != 0 && a.StoryID != "" && !slices.Contains(stories, a.StoryID) {
			stories = append(stories, a.StoryID)
		}
		ids[i] = id
		res[i] = store.SaveResult{Saved: id != 0}
	}
	// The full-text rows go last: FTS5 writes its pending terms to disk at
	// every statement savepoint once it is part of the transaction, and the
	// multi-row inserts above open one each. Indexed last, the batch's terms
	// are written once, at the commit.
	for i, a := range as {
		if ids[i] == 0 {
			continue
		}
		if err := indexArticle(ctx, tx, ids[i], a, preps[i]); err != nil {
			return fail(i, fmt.Errorf("save %s: %w", a.DocID, err))
		}
	}
	for _, id := range stories {
		if err := refreshStory(ctx, tx, id); err != nil {
			return 0, fmt.Errorf("save %s: story %s: %w", batchName(as), id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("save %s: commit: %w", batchName(as), err)
	}
	return len(as), nil
}

// batchName names a batch in errors by its first article.
func batchName(as []*domain.Article) string {
	if len(as) == 1 {
		return as[0].DocID
	}
	return fmt.Sprintf("%d articles from %s", len(as), as[0].DocID)
}

// saveOne stores a inside tx, except its full-text row (indexArticle),
// unless an article with its content is already stored. It returns the
// new article's row id, or 0 when the article was already stored.
func saveOne(ctx context.Context, tx *txn, a *domain.Article, p *prepared) (int64, error) {
	hash := p.hash
	var one int
	switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE hash = ?`, hash).Scan(&one); {
	case err == nil:
		return 0, nil
	case !isNoRows(err):
		return 0, fmt.Errorf("save %s: %w", a.DocID, err)
	}
	id, err := saveArticleTx(ctx, tx, a, p)
	if err != nil {
		return 0, fmt.Errorf("save %s: %w", a.DocID, err)
	}
	return id, nil
}

func saveArticleTx(ctx context.Context, tx *txn, a *domain.Article, p *prepared) (int64, error) {
	docID, err := uniqueDocID(ctx, tx, a.DocID, p.hash)
	if err != nil {
		return 0, err
	}
	if a.StoryID != "" {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO stories(id, title) VALUES (?, ?)`, a.StoryID, a.Title); err != nil {
			return 0, fmt.Errorf("story: %w", err)
		}
	}
	artID, err := insertArticle(ctx, tx, a, docID, p)
	if err != nil {
		return 0, err
	}
	if err := insertEntities(ctx, tx, artID, a.Entities); err != nil {
		return 0, fmt.Errorf("entities: %w", err)
	}
	for i, e := range a.Events {
		if err := saveEvent(ctx, tx, a, artID, i, e); err != nil {
			return 0, fmt.Errorf("event %d: %w", i, err)
		}
	}
	return artID, nil
}

// indexArticle adds the full-text row of the stored article a.
func indexArticle(ctx context.Context, tx *txn, artID int64, a *domain.Article, p *prepared) error {
	err := withWords(a.Text, a.Tokens, p.fts, func() error {
		_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`, artID, a.Title, a.Text)
		return err
	})
	if err != nil {
		return fmt.Errorf("index: %w", err)
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

func insertArticle(ctx context.Context, tx *txn, a *domain.Article, docID string, p *prepared) (int64, error) {
	dc := toDateCols(a.Published)
	var story sql.NullString
	if a.StoryID != "" {
		story = nullStr(a.StoryID)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(doc_id, hash, source, outlet, url, published,
		pub_precision, pub_min, pub_max, title, raw, raw_z, raw_html, text, sentences, warnings, story_id, ingested_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		docID, p.hash, a.Source, a.Outlet, a.URL, dc.Day, dc.Precision, dc.Min, dc.Max, a.Title, p.raw, p.rawZ,
		boolInt(a.RawHTML), a.Text, p.sents, p.warns, story, now().Unix())
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	return res.LastInsertId()
}

// Entities and mentions are stored with multi-row statements of up to
// this many rows: an article has about ten entities and twenty mentions,
// and each statement costs several microseconds in the WebAssembly
// SQLite whatever its size.
const (
	entityChunk  = 32
	mentionChunk = 64
)

// insertEntities stores es, in order, with their places and mentions.
func insertEntities(ctx context.Context, tx *txn, artID int64, es []*domain.Entity) error {
	ids := make([]int64, len(es))
	for lo := 0; lo < len(es); lo += entityChunk {
		hi := min(lo+entityChunk, len(es))
		args := make([]any, 0, 7*(hi-lo))
		for i := lo; i < hi; i++ {
			e := es[i]
			var placeID sql.NullString
			if e.Place != nil {
				id, err := upsertPlace(ctx, tx, e.Place)
				if err != nil {
					return fmt.Errorf("entity %d: place: %w", i, err)
				}
				placeID = nullStr(id)
			}
			args = append(args, artID, i, string(e.Type), e.Subtype, e.Name, e.ActorID, placeID)
		}
		if err := insertReturning(ctx, tx, `INSERT INTO entities(article_id, idx, type, subtype, name, actor_id, place_id) VALUES `+
			valueRows(hi-lo, 7)+` RETURNING idx, id`, args, ids); err != nil {
			return err
		}
	}
	var args []any
	for i, e := range es {
		for _, m := range e.Mentions {
			args = append(args, ids[i], m.Start, m.End, m.Text, m.Source)
			if len(args) == 5*mentionChunk {
				if err := insertMentions(ctx, tx, args); err != nil {
					return err
				}
				args = args[:0]
			}
		}
	}
	return insertMentions(ctx, tx, args)
}

// insertReturning runs a multi-row INSERT whose rows return (idx, id)
// and records each id at its idx.
func insertReturning(ctx context.Context, tx *txn, q string, args []any, ids []int64) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var idx int
		var id int64
		if err := rows.Scan(&idx, &id); err != nil {
			return err
		}
		if idx < 0 || idx >= len(ids) {
			return fmt.Errorf("entity index %d out of range", idx)
		}
		ids[idx] = id
	}
	return rows.Err()
}

// insertMentions stores mention rows of five values each.
func insertMentions(ctx context.Context, tx *txn, args []any) error {
	if len(args) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO mentions(entity_id, start, end, text, source) VALUES `+valueRows(len(args)/5, 5), args...)
	if err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	return nil
}

// valueRows returns n rows of k placeholders: "(?,?),(?,?)".
func valueRows(n, k int) string {
	row := "(" + strings.Repeat("?,", k-1) + "?)"
	return strings.Repeat(row+",", n-1) + row
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
