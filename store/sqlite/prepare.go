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
	fts          *ftsWords // the text's words with their search keys; nil: tokenize at insert
}

// ftsWords are the words of an article's text as the FTS5 tokenizer emits
// them: word i has the keys keys[at[i]:at[i+1]] at bytes [start[i], end[i]).
// Flat slices: an article has hundreds of words.
type ftsWords struct {
	keys       []string
	at         []int32
	start, end []int32
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
	p := &prepared{hash: store.ContentHash(a)}
	p.raw, p.rawZ = rawCols(a.Raw)
	sents, _ := json.Marshal(a.Sentences)
	p.sents = string(sents)
	if len(a.Warnings) > 0 {
		b, _ := json.Marshal(a.Warnings)
		p.warns = string(b)
	}
	if len(a.Tokens) > 0 {
		p.fts = wordsOf(a.Text, a.Tokens)
	}
	return p
}

// wordsOf lists the words of text (tokenized as toks) with their search
// keys and byte offsets, as the tokenizer emits them for a document; nil
// when toks are not this text's tokens.
func wordsOf(text string, toks []domain.Token) *ftsWords {
	if last := toks[len(toks)-1]; last.End > len([]rune(text)) {
		return nil
	}
	offs := &byteCursor{text: text}
	w := &ftsWords{keys: make([]string, 0, 2*len(toks)), at: make([]int32, 1, len(toks)+1),
		start: make([]int32, 0, len(toks)), end: make([]int32, 0, len(toks))}
	for _, t := range toks {
		if !t.IsWord() {
			continue
		}
		w.keys = SearchKeys(w.keys, t)
		w.at = append(w.at, int32(len(w.keys)))
		w.start = append(w.start, int32(offs.at(t.Start)))
		w.end = append(w.end, int32(offs.at(t.End)))
	}
	return w
}
