package sqlite

import (
	"strings"
	"testing"

	"github.com/ncruces/go-sqlite3/ext/fts5"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

func tokensOf(s string) []domain.Token { return arabic.Tokenize(s) }

func TestSearchKeys(t *testing.T) {
	cases := []struct {
		name, word string
		want       []string // keys that must be among the word's keys
	}{
		{"harakat", "قُتِلَ", []string{"قتل"}},
		{"article with ba", "بالبصرة", []string{"البصره", "بصره"}},
		{"article alone", "البصرة", []string{"البصره", "بصره"}},
		{"li+article", "للحشد", []string{"الحشد", "حشد"}},
		{"waw before name", "وبغداد", []string{"وبغداد"}},
		{"alef forms", "إعلان", []string{"اعلان"}},
		{"tatweel", "قـتـل", []string{"قتل"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokensOf(c.word)
			if len(toks) != 1 {
				t.Fatalf("%d tokens", len(toks))
			}
			keys := SearchKeys(nil, toks[0])
			for _, w := range c.want {
				if !strings.Contains(" "+strings.Join(keys, " ")+" ", " "+w+" ") {
					t.Errorf("keys %v lack %q", keys, w)
				}
			}
		})
	}
}

func TestByteCursor(t *testing.T) {
	text := "aب c\xffد"
	c := &byteCursor{text: text}
	want := []int{0, 1, 3, 4, 5, 6, 8, 8} // rune 7 is past the end
	for r, w := range want {
		if got := c.at(r); got != w {
			t.Errorf("at(%d) = %d, want %d", r, got, w)
		}
	}
}

func TestHinted(t *testing.T) {
	text := "قُتِلَ رجل في بغداد"
	toks := tokensOf(text)
	cases := []struct {
		name  string
		text  string
		flags fts5.TokenizeFlag
		want  bool
	}{
		{"same document", text, fts5.TOKENIZE_DOCUMENT, true},
		{"other document", "نص آخر", fts5.TOKENIZE_DOCUMENT, false},
		{"query", text, fts5.TOKENIZE_QUERY, false},
		{"snippet", text, fts5.TOKENIZE_AUX, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *tokenHint
			withWords(text, toks, nil, func() error { got = hinted(c.text, c.flags); return nil })
			if (got != nil) != c.want {
				t.Errorf("hinted = %v, want tokens %v", got != nil, c.want)
			}
		})
	}
	if hinted(text, fts5.TOKENIZE_DOCUMENT) != nil {
		t.Error("hint outlived withWords")
	}
}

// TestPreparedWords checks that the words Prepare makes are emitted
// exactly as the tokenizer emits the article's tokens itself.
func TestPreparedWords(t *testing.T) {
	for _, text := range []string{
		"قُتِلَ رجل في بغداد",
		"بغداد وبغداد وبغداد: قتل قتل",
		"وبالبصرة، أعلنت «الشرطة» اعتقال 3 أشخاص (أمس) — والمستشفى للأطفال.",
		"",
		"x",
	} {
		toks := tokensOf(text)
		type tok struct {
			fl         fts5.TokenFlag
			key        string
			start, end int
		}
		collect := func(words *ftsWords) []tok {
			var out []tok
			withWords(text, toks, words, func() error {
				return tokenizer{}.Tokenize(fts5.TOKENIZE_DOCUMENT, text, "", func(fl fts5.TokenFlag, k string, s, e int) error {
					out = append(out, tok{fl, k, s, e})
					return nil
				})
			})
			return out
		}
		var words *ftsWords
		if len(toks) > 0 {
			words = wordsOf(text, toks)
		}
		plain, prep := collect(nil), collect(words)
		if len(plain) != len(prep) {
			t.Fatalf("%q: %d tokens emitted from the tokens, %d from prepared words", text, len(plain), len(prep))
		}
		for i := range plain {
			if plain[i] != prep[i] {
				t.Errorf("%q token %d: %v from the tokens, %v prepared", text, i, plain[i], prep[i])
			}
		}
	}
}
