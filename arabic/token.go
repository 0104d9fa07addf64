package arabic

import (
	"unicode"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
)

// runeClass sorts runes for the tokenizer.
type runeClass int

const (
	classSpace runeClass = iota
	classWord
	classMark // diacritics and tatweel: part of the word they sit on
	classPunct
)

func classify(r rune) runeClass {
	if r >= 0 && r < rune(len(classTable)) {
		return classTable[r]
	}
	return classifySlow(r)
}

// classTable holds classify for the runes below U+0700 (ASCII, Latin and
// Arabic).
var classTable = func() (t [0x0700]runeClass) {
	for r := range t {
		t[r] = classifySlow(rune(r))
	}
	return t
}()

func classifySlow(r rune) runeClass {
	switch {
	case r == 0x0640 || r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED:
		return classMark
	case r >= 0x200B && r <= 0x200F || r == 0xFEFF || r >= 0x202A && r <= 0x202E || r == 0x061C:
		return classMark
	case unicode.IsSpace(r):
		return classSpace
	case r == 0x060C || r == 0x061B || r == 0x061F || r == 0x066A || r == 0x066B || r == 0x066C || r == 0x06D4:
		return classPunct
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
		return classWord
	}
	if unicode.IsControl(r) {
		return classSpace
	}
	return classPunct
}

// Tokenize splits text into word and punctuation tokens with rune offsets,
// assigns each to its sentence and fills the matching keys using the
// default vocabulary. Decimal numbers (3.5, ٣٫٥) stay one token.
func Tokenize(text string) []domain.Token {
	return DefaultVocab().Tokenize(text)
}

// Tokenize is Tokenize with this vocabulary deciding clitic splits.
func (v *Vocab) Tokenize(text string) []domain.Token {
	_, toks := v.Analyze(text)
	return toks
}

// Analyze returns text's sentences (as Sentences does) and its tokens (as
// Tokenize does) from one pass over the text.
func Analyze(text string) ([]domain.Span, []domain.Token) {
	return DefaultVocab().Analyze(text)
}

// Analyze is Analyze with this vocabulary deciding clitic splits.
func (v *Vocab) Analyze(text string) ([]domain.Span, []domain.Token) {
	runes := []rune(text)
	// Token texts are cut from text itself, without copying: b follows i
	// as its byte offset. Invalid UTF-8 is re-encoded from the runes
	// instead, so that a token's text is always its runes.
	valid := utf8.ValidString(text)
	cut := func(i, j, b, bj int) string {
		if !valid {
			return string(runes[i:j])
		}
		return text[b:bj]
	}
	toks := make([]domain.Token, 0, len(runes)/5+1)
	for i, b := 0, 0; i < len(runes); {
		c := classify(runes[i])
		switch c {
		case classSpace:
			b += utf8.RuneLen(runes[i])
			i++
			continue
		case classPunct:
			bj := b + utf8.RuneLen(runes[i])
			p := cut(i, i+1, b, bj)
			toks = append(toks, domain.Token{Span: domain.Span{Start: i, End: i + 1}, Text: p, Norm: p, Key: p})
			i, b = i+1, bj
			continue
		}
		j, bj := i, b
		for j < len(runes) {
			cj := classify(runes[j])
			if cj == classWord && j > i && isDigit(runes[j-1]) && isArabicLetter(runes[j]) {
				break // "2021م", "1443هـ": the number and the letter are two words
			}
			if cj == classWord || cj == classMark || isDecimalPoint(runes, j) {
				bj += utf8.RuneLen(runes[j])
				j++
				continue
			}
			break
		}
		toks = append(toks, v.makeToken(cut(i, j, b, bj), i, j))
		i, b = j, bj
	}
	spans := sentenceSpans(runes)
	assignSentences(spans, toks)
	return spans, toks
}

func isDecimalPoint(runes []rune, j int) bool {
	r := runes[j]
	if r != '.' && r != ',' && r != 0x066B {
		return false
	}
	return j > 0 && j+1 < len(runes) && isDigit(runes[j-1]) && isDigit(runes[j+1])
}

// isArabicLetter reports a letter of the Arabic block (hamza to yeh, and
// the extended letters used in Arabic script).
func isArabicLetter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3
}

// IsDigit reports a Western, Arabic-Indic or Eastern Arabic-Indic digit.
func IsDigit(r rune) bool { return isDigit(r) }

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

func (v *Vocab) makeToken(word string, start, end int) domain.Token {
	norm := Normalize(word)
	key, prefix := v.SplitClitics(norm)
	return domain.Token{Span: domain.Span{Start: start, End: end}, Text: word, Norm: norm, Key: key, Prefix: prefix}
}

// assignSentences sets each token's sentence index from the spans.
func assignSentences(spans []domain.Span, toks []domain.Token) {
	s := 0
	for i := range toks {
		for s < len(spans)-1 && toks[i].Start >= spans[s].End {
			s++
		}
		toks[i].Sentence = s
	}
}
