package events

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// trigger is one entry of triggers.tsv.
type trigger struct {
	typ, sub string
	noun     bool
	prio     int
	cond     string
	words    []string // token keys; a trailing * matches a prefix
}

// wordSet holds words and prefix words ("متظاهر*") of one kind.
type wordSet struct {
	exact    map[string]bool
	prefixes []string
	phrases  [][]string // multi-word entries
}

func (s *wordSet) has(k string) bool {
	if s.exact[k] {
		return true
	}
	// short function words keep their conjunction ("ولم", "فلا")
	if r, ok := strings.CutPrefix(k, "و"); ok && s.exact[r] {
		return true
	}
	if r, ok := strings.CutPrefix(k, "ف"); ok && s.exact[r] {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// lexicon is the parsed data of the events stage.
type lexicon struct {
	triggers map[string][]trigger // by first word key (exact)
	stems    []trigger            // triggers whose first word is a stem ("اعتقل*")
	// stemsBy indexes stems by the first two letters of their first word
	// (one for a one-letter stem): a word can only start a stem trigger
	// that starts as it does
	stemsBy map[string][]int
	roles   map[string]*wordSet
	// prec holds the contexts in which an event word reports no event
	// (precision.tsv): domains, figurative objects, plans, habits.
	prec  map[string]*wordSet
	nisba map[string]string // nationality adjective key -> ISO country
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{triggers: map[string][]trigger{}, nisba: map[string]string{}}
	if err := readTSV("nisba.tsv", 2, func(f []string) error { lx.nisba[keysOf(f[0])[0]] = f[1]; return nil }); err != nil {
		return nil, err
	}
	if err := readTSV("triggers.tsv", 6, func(f []string) error { return lx.addTrigger(f) }); err != nil {
		return nil, err
	}
	var err error
	if lx.roles, err = readWordSets("roles.tsv"); err != nil {
		return nil, err
	}
	if lx.prec, err = readWordSets("precision.tsv"); err != nil {
		return nil, err
	}
	return lx, nil
}

// readWordSets reads a two-column file of kind and word (or phrase, or
// prefix ending in *) into one word set per kind.
func readWordSets(name string) (map[string]*wordSet, error) {
	sets := map[string]*wordSet{}
	err := readTSV(name, 2, func(f []string) error {
		s := sets[f[0]]
		if s == nil {
			s = &wordSet{exact: map[string]bool{}}
			sets[f[0]] = s
		}
		keys := keysOf(f[1])
		switch {
		case len(keys) == 0:
			return fmt.Errorf("empty word for %q", f[0])
		case len(keys) > 1:
			s.phrases = append(s.phrases, keys)
		case strings.HasSuffix(keys[0], "*"):
			s.prefixes = append(s.prefixes, strings.TrimSuffix(keys[0], "*"))
		default:
			s.exact[keys[0]] = true
		}
		return nil
	})
	return sets, err
}

// triggerConds are the conditions a trigger may carry (doc.condition and
// doc.senseCondition); a misspelt one would silently always pass.
var triggerConds = map[string]bool{
	"none": true, "crowd": true, "protesters": true, "civilians": true, "victim_before": true,
	"territory": true, "offensive": true, "person": true, "nisba": true, "echo": true, "targeted": true,
	"armed": true, "not_state": true, "blast": true, "plot": true, "building": true,
	"drone": true, "detainee": true, "reached": true, "by_drone": true,
}

func (lx *lexicon) addTrigger(f []string) error {
	if !domain.ValidACLED(f[0], f[1]) {
		return fmt.Errorf("%q / %q is not an ACLED type and sub-type", f[0], f[1])
	}
	prio, err := strconv.Atoi(f[3])
	if err != nil {
		return fmt.Errorf("prio %q: %w", f[3], err)
	}
	if f[2] != "verb" && f[2] != "noun" {
		return fmt.Errorf("form %q is not verb or noun", f[2])
	}
	if !triggerConds[f[4]] {
		return fmt.Errorf("cond %q is not one of those doc.condition checks", f[4])
	}
	t := trigger{typ: f[0], sub: f[1], noun: f[2] == "noun", prio: prio, cond: f[4], words: keysOf(f[5])}
	if len(t.words) == 0 {
		return fmt.Errorf("empty phrase")
	}
	if strings.HasSuffix(t.words[0], "*") {
		if lx.stemsBy == nil {
			lx.stemsBy = map[string][]int{}
		}
		first := leadingLetters(strings.TrimSuffix(t.words[0], "*"), 2)
		lx.stemsBy[first] = append(lx.stemsBy[first], len(lx.stems))
		lx.stems = append(lx.stems, t)
		return nil
	}
	lx.triggers[t.words[0]] = append(lx.triggers[t.words[0]], t)
	return nil
}

// keysOf returns the matching keys of a data-file phrase; a * ending any
// of its words is kept on that word's key ("أضرم* … النار").
func keysOf(p string) []string {
	var keys []string
	for _, w := range strings.Fields(p) {
		star := strings.HasSuffix(w, "*")
		toks := arabic.Tokenize(strings.TrimSuffix(w, "*"))
		for n, t := range toks {
			switch {
			case t.Text == gap:
				keys = append(keys, gap)
			case star && n == len(toks)-1:
				keys = append(keys, t.Norm+"*")
			default:
				keys = append(keys, t.Key)
			}
		}
	}
	return keys
}

func readTSV(name string, cols int, add func([]string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	return tsv.Read(name, b, cols, add)
}

// matchAt returns the triggers whose words match toks from i, with their
// lengths. Words may also match by the token's Norm (before clitic split).
func (lx *lexicon) matchAt(toks []domain.Token, i int) []match {
	var out []match
	var buf [8]string
	keys := appendUninflected(append(buf[:0], toks[i].Key, toks[i].Norm), toks[i].Key)
	for n, k := range keys {
		if n == 1 && k == keys[0] {
			continue
		}
		for _, t := range lx.triggers[k] {
			if n, ok := matchWords(toks, i, t.words); ok {
				out = append(out, match{t: t, i: i, j: i + n})
			}
		}
	}
	for _, x := range lx.stemsAt(toks[i]) {
		t := lx.stems[x]
		if n, ok := matchWords(toks, i, t.words); ok {
			out = append(out, match{t: t, i: i, j: i + n})
		}
	}
	return out
}

// stemsAt returns, in lexicon order, the stem triggers that can start at
// token t: those whose first one or two letters begin its key or its
// normalised form.
func (lx *lexicon) stemsAt(t domain.Token) []int {
	var lists [4][]int
	n := 0
	for _, w := range [2]string{t.Key, t.Norm} {
		for _, k := range [2]string{leadingLetters(w, 1), leadingLetters(w, 2)} {
			if l := lx.stemsBy[k]; len(l) > 0 && !sameList(lists[:n], l) {
				lists[n] = l
				n++
			}
		}
	}
	switch n {
	case 0:
		return nil
	case 1:
		return lists[0]
	}
	var out []int
	for _, l := range lists[:n] {
		out = append(out, l...)
	}
	slices.Sort(out)
	return out
}

// sameList reports whether l is one of lists (the same backing array).
func sameList(lists [][]int, l []int) bool {
	for _, x := range lists {
		if &x[0] == &l[0] {
			return true
		}
	}
	return false
}

// leadingLetters returns the first n runes of s (all of s when shorter).
func leadingLetters(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// gap in a phrase stands for up to maxGap words of any kind ("أطلقت … النار
// على" matches "أطلقت قوات الأمن النار على").
const (
	gap    = "…"
	maxGap = 3
)

func matchWords(toks []domain.Token, i int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if w == gap {
			for skip := 0; skip <= maxGap; skip++ {
				if n, ok := matchWords(toks[:sentenceEnd(toks, i)], j+skip, words[k+1:]); ok {
					return j + skip + n - i, true
				}
			}
			return 0, false
		}
		if j >= len(toks) || toks[j].Sentence != toks[i].Sentence || !wordMatches(toks[j], w) {
			return 0, false
		}
		j++
	}
	return j - i, true
}

// sentenceEnd returns the index after the last token of toks[i]'s sentence.
func sentenceEnd(toks []domain.Token, i int) int {
	j := i
	for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
		j++
	}
	return j
}

func wordMatches(t domain.Token, w string) bool {
	if p, ok := strings.CutSuffix(w, "*"); ok {
		return strings.HasPrefix(t.Key, p) || strings.HasPrefix(t.Norm, p)
	}
	return t.Key == w || t.Norm == w || inflected(t.Key, w)
}

// nounEndings are the accusative alif and the possessive pronouns a noun
// may carry ("اعتصاما", "اعتصامهم"); a ta marbuta before a pronoun is
// written ت ("مظاهرتهم").
var nounEndings = []string{"هما", "هم", "هن", "ها", "ه", "ا", "نا", "كم"}

// uninflected returns the forms of key without a noun ending
// ("اعتصامهم" gives "اعتصام"; "مظاهرتهم" gives "مظاهره").
func uninflected(key string) []string { return appendUninflected(nil, key) }

// appendUninflected appends the forms of key without a noun ending to out.
func appendUninflected(out []string, key string) []string {
	for _, e := range nounEndings {
		stem, ok := strings.CutSuffix(key, e)
		if !ok || len(stem) < 6 || !endingFits(stem, e) {
			continue
		}
		out = append(out, stem)
		if t, ok := strings.CutSuffix(stem, "ت"); ok {
			out = append(out, t+"ه")
		}
	}
	return out
}

// endingFits reports whether ending e can follow stem: the accusative alif
// never follows a ta marbuta, so "مظاهرها" (its aspects) is not "مظاهرة"
// with an alif.
func endingFits(stem, e string) bool {
	return e != "ا" || !strings.HasSuffix(stem, "ه")
}

// inflected reports whether key is the word w with a noun ending.
func inflected(key, w string) bool {
	if len(w) < 6 || len(key) <= len(w) { // w has at least three letters
		return false
	}
	for _, e := range nounEndings {
		stem, ok := strings.CutSuffix(key, e)
		if !ok || !endingFits(stem, e) {
			continue
		}
		if stem == w || strings.HasSuffix(w, "ه") && stem == strings.TrimSuffix(w, "ه")+"ت" {
			return true
		}
	}
	return false
}

// phraseAt reports whether a multi-word role phrase of s starts at toks[i].
func (s *wordSet) phraseAt(toks []domain.Token, i int) (int, bool) {
	if s.has(toks[i].Key) || s.has(toks[i].Norm) {
		return 1, true
	}
	for _, p := range s.phrases {
		if n, ok := matchWords(toks, i, p); ok {
			return n, true
		}
	}
	return 0, false
}
