package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
)

// Lexicon is a set of names (one or more words) with a class each, such
// as a gazetteer or an actor list. The model marks tokens covered by the
// longest lexicon match as a feature; the lexicon is stored inside the
// model, so tagging sees the same lexicon that training saw.
type Lexicon struct {
	phrases map[uint64]uint8 // phrase hash -> class index
	frozen  *u64Table[uint8] // the same, for fast lookups; nil after a change
	starts  prefixSet        // the proper prefixes of the phrases
	classes []string
	maxLen  int
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon { return &Lexicon{phrases: map[uint64]uint8{}, starts: newPrefixSet()} }

// Len is the number of distinct phrases.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.phrases)
}

// class returns the class index of phrase hash h.
func (l *Lexicon) class(h uint64) (uint8, bool) {
	if l.frozen != nil {
		return l.frozen.get(h)
	}
	c, ok := l.phrases[h]
	return c, ok
}

// freeze builds the fast lookup table; Add undoes it.
func (l *Lexicon) freeze() {
	l.frozen = newU64Table(l.phrases)
	l.starts.freeze()
}

func phraseHash(h, tok uint64) uint64 { return mix(97, h, tok) }

// Add records a name with its class (for example "LOC" or "PERS").
// The name is normalised and its words stripped of proclitics the way
// the tagger strips tokens, so m must be the model that will use it.
func (l *Lexicon) Add(m *Model, name, class string) {
	words := strings.Fields(arabic.Normalize(name))
	if len(words) == 0 || len(words) > 8 {
		return
	}
	ci := -1
	for i, c := range l.classes {
		if c == class {
			ci = i
		}
	}
	if ci < 0 {
		if len(l.classes) >= 100 {
			return
		}
		l.classes = append(l.classes, class)
		ci = len(l.classes) - 1
	}
	h := uint64(fnvOffset)
	ws := make([]uint64, len(words))
	for i, w := range words {
		s, _ := m.stripClitics(w)
		ws[i] = hashString(s)
		h = phraseHash(h, ws[i])
	}
	l.starts.addPhrase(ws)
	if _, dup := l.phrases[h]; !dup {
		l.phrases[h] = uint8(ci)
		l.frozen = nil
	}
	l.maxLen = max(l.maxLen, len(words))
}

// ReadTSV adds "name<TAB>class" lines from r to l. Blank lines
// and lines starting with # are skipped.
func (l *Lexicon) ReadTSV(m *Model, r io.Reader) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, class, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("lexicon line %d: want name<TAB>class", n)
		}
		l.Add(m, name, strings.TrimSpace(class))
	}
	return sc.Err()
}

// mark sets the lex value of tokens covered by the longest lexicon
// matches, scanning left to right.
func (l *Lexicon) mark(toks []token) {
	if l.Len() == 0 {
		return
	}
	for i := 0; i < len(toks); {
		h, bestLen, bestClass := uint64(fnvOffset), 0, uint8(0)
		for j := i; j < len(toks) && j-i < l.maxLen; j++ {
			h = phraseHash(h, toks[j].strip)
			if c, ok := l.class(h); ok {
				bestLen, bestClass = j-i+1, c
			}
			if !l.starts.continues(h) {
				break
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		for j := i; j < i+bestLen; j++ {
			toks[j].lex = uint64(bestClass+1)*2 + uint64(min(j-i, 1))
		}
		i += bestLen
	}
}
