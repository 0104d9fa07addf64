package arabic

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/internal/tsv"
)

// numWord is an entry of data/numbers.tsv.
type numWord struct {
	value int
	kind  string
	words []string // normalised words of the entry
}

var (
	numbers     map[string][]numWord // keyed by the first normalised word
	numbersOnce sync.Once
	numbersErr  error
)

func loadNumbers() {
	b, err := dataFS.ReadFile("data/numbers.tsv")
	if err != nil {
		numbersErr = err
		return
	}
	numbers = map[string][]numWord{}
	numbersErr = tsv.Read("numbers.tsv", b, 3, func(f []string) error {
		v, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("value %q: %w", f[1], err)
		}
		words := strings.Fields(Normalize(f[0]))
		numbers[words[0]] = append(numbers[words[0]], numWord{v, f[2], words})
		return nil
	})
}

// Number is a count read from the text.
type Number struct {
	Value int
	// Vague is true for imprecise counts ("عشرات" = 12, ACLED's rule).
	Vague bool
	// Span covers the tokens that give the number.
	Span domain.Span
	// Tokens is how many tokens the number spans.
	Tokens int
}

// ParseNumber reads a number starting at toks[i]: digits (Arabic-Indic or
// ASCII, with an optional following "ألف"), number words ("ثلاثة", "خمسة
// عشر", "ثلاثة وعشرين"), and vague counts ("عشرات", "عدة"). Hedges such as
// "نحو" or "حوالي" before the number are the caller's to skip.
func ParseNumber(toks []domain.Token, i int) (Number, bool) {
	numbersOnce.Do(loadNumbers)
	if numbersErr != nil || i >= len(toks) {
		return Number{}, false
	}
	t := toks[i]
	if t.Key == "" {
		return Number{}, false
	}
	if c := t.Key[0]; c >= '0' && c <= '9' { // words skip Atoi and the error it would build
		if v, err := strconv.Atoi(t.Key); err == nil {
			n := Number{Value: v, Span: t.Span, Tokens: 1}
			if i+1 < len(toks) && (toks[i+1].Key == "الف" || toks[i+1].Key == "الاف") {
				n.Value *= 1000
				n.Span.End, n.Tokens = toks[i+1].End, 2
			}
			return n, true
		}
	}
	n, ok := wordNumber(toks, i)
	if !ok {
		return Number{}, false
	}
	// compound: "ثلاثة وعشرين" (unit + و + ten)
	if n.Value < 10 && i+n.Tokens < len(toks) && toks[i+n.Tokens].Prefix == "و" {
		if m, ok := wordNumber(toks, i+n.Tokens); ok && m.Value >= 20 && m.Value < 100 && !m.Vague {
			n.Value += m.Value
			n.Span.End = m.Span.End
			n.Tokens += m.Tokens
		}
	}
	return n, true
}

func wordNumber(toks []domain.Token, i int) (Number, bool) {
	best := Number{}
	for _, e := range numbers[toks[i].Key] {
		if i+len(e.words) > len(toks) || len(e.words) < best.Tokens {
			continue
		}
		if !matchWords(toks[i:], e.words) {
			continue
		}
		best = Number{Value: e.value, Vague: e.kind == "vague" || e.kind == "thousands",
			Span: domain.Span{Start: toks[i].Start, End: toks[i+len(e.words)-1].End}, Tokens: len(e.words)}
	}
	return best, best.Tokens > 0
}

func matchWords(toks []domain.Token, words []string) bool {
	for k, w := range words {
		if toks[k].Key != w && toks[k].Norm != w {
			return false
		}
	}
	return true
}
