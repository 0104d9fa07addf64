package arabic

import "github.com/rasid-osint/rasid/domain"

// Sentences returns the spans of text's sentences. A sentence ends at a
// line break, or at . ! ? ؟ … followed by a space or a closing quote; a
// full stop between digits (3.5) or after a single letter (initials) does
// not end one. Leading and trailing spaces are not part of a span.
func Sentences(text string) []domain.Span {
	return sentenceSpans([]rune(text))
}

func sentenceSpans(runes []rune) []domain.Span {
	var out []domain.Span
	start := 0
	flush := func(end int) {
		s, e := trimSpan(runes, start, end)
		if e > s {
			out = append(out, domain.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r == '\n' || r == '\r' || r == 0x2029 {
			flush(i)
			continue
		}
		if !isTerminal(r) || !endsSentence(runes, i) {
			continue
		}
		end := i + 1
		for end < len(runes) && isCloser(runes[end]) {
			end++
		}
		flush(end)
		i = end - 1
	}
	flush(len(runes))
	return out
}

func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…' || r == 0x06D4
}

func isCloser(r rune) bool {
	return r == '"' || r == '»' || r == '”' || r == ')' || r == '\'' || r == '’' || isTerminal(r)
}

// endsSentence reports whether the terminal at i closes a sentence.
func endsSentence(runes []rune, i int) bool {
	if runes[i] == '.' {
		if i > 0 && i+1 < len(runes) && isDigit(runes[i-1]) && isDigit(runes[i+1]) {
			return false
		}
		// an initial such as "م." or "J." : one letter preceded by a space
		if i >= 2 && runes[i-2] == ' ' && classify(runes[i-1]) == classWord && !isDigit(runes[i-1]) {
			return false
		}
	}
	j := i + 1
	for j < len(runes) && (isCloser(runes[j])) {
		j++
	}
	return j >= len(runes) || runes[j] == ' ' || runes[j] == '\n' || runes[j] == '\t' || runes[j] == 0xA0
}

func trimSpan(runes []rune, s, e int) (int, int) {
	for s < e && classify(runes[s]) == classSpace {
		s++
	}
	for e > s && classify(runes[e-1]) == classSpace {
		e--
	}
	return s, e
}
