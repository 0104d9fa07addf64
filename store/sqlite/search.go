package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

// Snippet markers passed to FTS5's snippet(); control characters that
// cleaned article text does not hold.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// Search runs an Arabic full-text query over titles and texts.
func (d *DB) Search(ctx context.Context, q string, p store.Page) (*store.SearchResult, error) {
	p = p.Normalize()
	res := &store.SearchResult{Hits: []store.SearchHit{}}
	m := MatchExpr(q)
	if m == "" {
		return res, nil
	}
	if err := d.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?`, m).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	order := "f.rank"
	if p.Sort == store.SortDate {
		order = "a.published IS NULL, a.published DESC, a.id DESC"
	}
	rows, err := d.db.QueryContext(ctx, `SELECT snippet(articles_fts, -1, ?, ?, '…', 24), f.rank, `+summaryCols+`
		FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?
		ORDER BY `+order+` LIMIT ? OFFSET ?`, markOpen, markClose, m, p.Limit, p.Offset)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.SearchHit
		var snip string
		if err := rows.Scan(append([]any{&snip, &h.Score}, summaryDest(&h.Article)...)...); err != nil {
			return nil, fmt.Errorf("search %q: %w", q, err)
		}
		h.Score = -h.Score // bm25 rank: lower is better
		h.Snippet = splitSnippet(snip)
		res.Hits = append(res.Hits, h)
	}
	return res, rows.Err()
}

// splitSnippet cuts a marked snippet into plain and match parts.
func splitSnippet(s string) []store.SnippetPart {
	parts := []store.SnippetPart{}
	for s != "" {
		i := strings.Index(s, markOpen)
		if i < 0 {
			parts = append(parts, store.SnippetPart{Text: s})
			break
		}
		if i > 0 {
			parts = append(parts, store.SnippetPart{Text: s[:i]})
		}
		s = s[i+len(markOpen):]
		j := strings.Index(s, markClose)
		if j < 0 {
			j = len(s)
		}
		parts = append(parts, store.SnippetPart{Text: s[:j], Match: true})
		s = strings.TrimPrefix(s[j:], markClose)
	}
	return parts
}
