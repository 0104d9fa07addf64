package sqlite

import (
	"encoding/json"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// prepared is the part of saving an article that needs no database: its
// content hash, compressed raw text, encoded columns and full-text keys.
// Prepare computes it on the analysis workers, so that the one writer
// goroutine only runs statements.
type prepared struct {
	hash         string
	raw          string
	rawZ         any
	sents, warns string
	fts          []ftsWord // the text's words with their search keys; nil: tokenize at insert
	text         string    // the text fts was made from
}

// ftsWord is one word of an article's text as the FTS5 tokenizer emits it.
type ftsWord struct {
	keys       []string
	start, end int // byte offsets in the text
}

var _ store.Preparer = (*DB)(nil)

// Prepare does ahead, on the caller's goroutine, the work of saving a that
// needs no database; SaveArticle and SaveArticles use it and forget it.
// An article not prepared is saved the same way, doing that work itself.
func (d *DB) Prepare(a *domain.Article) {
	d.prep.Store(a, prepare(a))
}

// preparedFor returns what Prepare made for a, or makes it now.
func (d *DB) preparedFor(a *domain.Article) *prepared {
	if p, ok := d.prep.LoadAndDelete(a); ok {
		return p.(*prepared)
	}
	return prepare(a)
}

func prepare(a *domain.Article) *prepared {
	p := &prepared{hash: store.ContentHash(a), text: a.Text}
	p.raw, p.rawZ = rawCols(a.Raw)
	sents, _ := json.Marshal(a.Sentences)
	p.sents = string(sents)
	if len(a.Warnings) > 0 {
		b, _ := json.Marshal(a.Warnings)
		p.warns = string(b)
	}
	if len(a.Tokens) > 0 {
		p.fts = ftsWords(a.Text, a.Tokens)
	}
	return p
}

// ftsWords lists the words of text (tokenized as toks) with their search
// keys and byte offsets, as the tokenizer emits them for a document.
func ftsWords(text string, toks []domain.Token) []ftsWord {
	if last := toks[len(toks)-1]; last.End > len([]rune(text)) {
		return nil // not this text's tokens
	}
	offs := &byteCursor{text: text}
	ws := make([]ftsWord, 0, len(toks))
	for _, t := range toks {
		if !t.IsWord() {
			continue
		}
		ws = append(ws, ftsWord{keys: SearchKeys(nil, t), start: offs.at(t.Start), end: offs.at(t.End)})
	}
	return ws
}
