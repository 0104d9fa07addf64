package ner

import (
	"unicode"

	"github.com/rasid-osint/rasid/arabic"
)

// overlapWindow is the length in letters of the windows compared by
// DropOverlap: long enough to be a shared sentence, not a shared phrase.
const overlapWindow = 30

// letters returns the normalised letters and digits of a sentence with
// spaces removed, so that clitic-split and surface tokenisations of the
// same text compare equal.
func letters(s Sentence) []rune {
	var out []rune
	for _, t := range s.Tokens {
		for _, r := range arabic.Normalize(t) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, r)
			}
		}
	}
	return out
}

func windows(rs []rune, fn func(uint64) bool) {
	for i := 0; i+overlapWindow <= len(rs); i++ {
		if !fn(hashString(string(rs[i : i+overlapWindow]))) {
			return
		}
	}
}

// DropOverlap returns the sentences of sents that share no 30-letter
// window with any sentence of held, and how many it dropped. Corpora
// that re-annotate the same newswire (NewsFANE reuses ANERcorp text)
// would otherwise leak the held-out split into training.
func DropOverlap(sents, held []Sentence) ([]Sentence, int) {
	seen := map[uint64]bool{}
	for _, h := range held {
		windows(letters(h), func(k uint64) bool { seen[k] = true; return true })
	}
	var out []Sentence
	for _, s := range sents {
		hit := false
		windows(letters(s), func(k uint64) bool { hit = seen[k]; return !hit })
		if !hit {
			out = append(out, s)
		}
	}
	return out, len(sents) - len(out)
}
