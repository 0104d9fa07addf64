package sqlite

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/ncruces/go-sqlite3/ext/fts5"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// TokenizerName is the FTS5 tokenizer rasid registers on every connection.
const TokenizerName = "rasid"

// tokenizer is an FTS5 tokenizer built on arabic.Tokenize.
type tokenizer struct{}

func newTokenizer(args []string) (fts5.Tokenizer, error) { return tokenizer{}, nil }

// Tokenize emits, for each word of text, its search keys at the byte
// offsets of the word as written: the first key is the token's Key, the
// others are colocated alternatives (see SearchKeys). For queries only the
// Key and Norm are emitted, as alternatives.
func (tokenizer) Tokenize(flags fts5.TokenizeFlag, text, locale string, emit fts5.TokenCallback) error {
	query := flags&fts5.TOKENIZE_QUERY != 0
	h := hinted(text, flags)
	if h != nil && h.words != nil {
		return emitWords(h.words, emit)
	}
	var toks []domain.Token
	if h != nil {
		toks = h.toks
	}
	if toks == nil {
		toks = arabic.Tokenize(text)
	}
	if len(toks) == 0 {
		return nil
	}
	offs := &byteCursor{text: text}
	var keys []string
	for _, t := range toks {
		if !t.IsWord() {
			continue
		}
		if query {
			keys = queryKeys(keys[:0], t)
		} else {
			keys = SearchKeys(keys[:0], t)
		}
		start, end := offs.at(t.Start), offs.at(t.End)
		for i, k := range keys {
			var fl fts5.TokenFlag
			if i > 0 {
				fl = fts5.TOKEN_COLOCATED
			}
			if err := emit(fl, k, start, end); err != nil {
				return err
			}
		}
	}
	return nil
}

// tokenHint hands the tokens the pipeline already computed for an
// article's text (domain.Article.Tokens, from arabic.Tokenize), or the
// words with their keys that Prepare made of them, to the FTS5 tokenizer,
// which would otherwise tokenize the same text again.
type tokenHint struct {
	text  string
	toks  []domain.Token
	words *ftsWords
}

var hint atomic.Pointer[tokenHint]

// withWords runs fn with the tokens of text, and the words prepared from
// them if any, offered to the tokenizer.
func withWords(text string, toks []domain.Token, words *ftsWords, fn func() error) error {
	if len(toks) == 0 {
		return fn()
	}
	h := &tokenHint{text, toks, words}
	hint.Store(h)
	defer hint.CompareAndSwap(h, nil)
	return fn()
}

// hinted returns the offered hint when it is for this very document
// text, or nil.
func hinted(text string, flags fts5.TokenizeFlag) *tokenHint {
	if flags&fts5.TOKENIZE_DOCUMENT == 0 {
		return nil
	}
	h := hint.Load()
	if h == nil || len(h.text) != len(text) || h.text != text {
		return nil
	}
	if last := h.toks[len(h.toks)-1]; last.End > utf8.RuneCountInString(text) {
		return nil
	}
	return h
}

// emitWords emits prepared words: the first key of each, then the others
// colocated, at the word's byte offsets.
func emitWords(w *ftsWords, emit fts5.TokenCallback) error {
	for i := range w.start {
		for j, k := range w.keys[w.at[i]:w.at[i+1]] {
			var fl fts5.TokenFlag
			if j > 0 {
				fl = fts5.TOKEN_COLOCATED
			}
			if err := emit(fl, k, int(w.start[i]), int(w.end[i])); err != nil {
				return err
			}
		}
	}
	return nil
}

// byteCursor maps rune offsets of text to byte offsets, for offsets
// asked in increasing order (as tokens come), walking the text once.
type byteCursor struct {
	text string
	r, b int // rune offset r starts at byte b
}

func (c *byteCursor) at(r int) int {
	for c.r < r && c.b < len(c.text) {
		_, n := utf8.DecodeRuneInString(c.text[c.b:])
		c.b += n
		c.r++
	}
	return c.b
}

// SearchKeys appends to dst the distinct keys a document word is indexed
// under: its Key (normalised, proclitics split when the remainder is a
// known word), its Norm (normalised as written), and for words with the
// article ال, the form with the article and the bare stem, so that
// "البصرة", "بالبصرة" and "بصرة" find each other.
// Keys already in dst before the call do not count: a flat list of many
// words' keys can grow with it.
func SearchKeys(dst []string, t domain.Token) []string {
	from := len(dst)
	dst = addKey(dst, from, t.Key)
	dst = addKey(dst, from, t.Norm)
	if al, bare, ok := articleForms(t.Norm); ok {
		dst = addKey(dst, from, al)
		dst = addKey(dst, from, bare)
	}
	return dst
}

func queryKeys(dst []string, t domain.Token) []string {
	from := len(dst)
	dst = addKey(dst, from, t.Key)
	return addKey(dst, from, t.Norm)
}

// addKey appends k to dst unless it is empty or already in dst[from:].
func addKey(dst []string, from int, k string) []string {
	if k == "" {
		return dst
	}
	for _, d := range dst[from:] {
		if d == k {
			return dst
		}
	}
	return append(dst, k)
}

// alPrefixes are the proclitic clusters written before the article, with
// the article itself; longest first.
var alPrefixes = []string{"وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"}

// articleForms returns, for a normalised word carrying the article ال
// (possibly after proclitics), the word with the article alone and the
// bare stem. The stem must keep at least two letters.
func articleForms(norm string) (al, bare string, ok bool) {
	for _, p := range alPrefixes {
		rest, found := strings.CutPrefix(norm, p)
		if !found || runeCount(rest) < 2 {
			continue
		}
		if p == "ال" {
			return norm, rest, true // no need to build the same string again
		}
		return "ال" + rest, rest, true
	}
	return "", "", false
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
