package entities

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/kb"
)

// Tagger is a statistical named-entity tagger: IOB2 tags (PERS, ORG, LOC,
// MISC) for the tokens of one sentence.
type Tagger interface {
	Tag(tokens []string) []string
}

// Recognizer is the entity stage. It is read-only after New and safe for
// concurrent use.
type Recognizer struct {
	kb     *kb.KB
	names  trie[kb.Name]
	cues   trie[string]
	not    phrases
	fw     phrases
	given  phrases
	givenT map[string]bool // given names written with ة
	vocab  *arabic.Vocab
	tagger Tagger
}

// New builds a Recognizer over the knowledge base; tagger may be nil.
func New(k *kb.KB, tagger Tagger) (*Recognizer, error) {
	r := &Recognizer{kb: k, tagger: tagger, vocab: arabic.DefaultVocab()}
	var err error
	if r.given, err = readPhrases("given_names.tsv"); err != nil {
		return nil, err
	}
	if r.givenT, err = endingInTa("given_names.tsv"); err != nil {
		return nil, err
	}
	if r.not, err = readPhrases("not_entities.tsv"); err != nil {
		return nil, err
	}
	if r.fw, err = readPhrases("function_words.tsv"); err != nil {
		return nil, err
	}
	cues, err := readPhrases("cues.tsv")
	if err != nil {
		return nil, err
	}
	for p, kinds := range cues {
		for _, kind := range strings.Split(kinds, "|") {
			r.cues.add(strings.Fields(p), kind)
		}
	}
	for p := range r.not {
		if r.not.is(p, "generic") {
			r.names.add(strings.Fields(p), kb.Name{Form: p, Key: p, Kind: "generic", Type: domain.ORG})
		}
	}
	for _, n := range k.Names() {
		// names are listed without proclitics: never split them ("كالي" is
		// a city, not "ك" + "الي")
		if keys := strings.Fields(arabic.NormalizePhrase(n.Form)); len(keys) > 0 {
			r.names.add(keys, n)
		}
	}
	return r, nil
}

// Name names the stage.
func (r *Recognizer) Name() string { return "entities" }

// mention is a candidate mention over tokens [i, j).
type mention struct {
	i, j   int
	typ    domain.EntityType
	refs   []kb.Name
	source string
}

// Process fills a.Entities and a.Descriptors. a.Tokens must be set.
func (r *Recognizer) Process(_ context.Context, a *domain.Article) error {
	if a.Tokens == nil {
		return fmt.Errorf("entities: article has no tokens")
	}
	covered := make([]bool, len(a.Tokens))
	ms := r.lexicon(a.Tokens, covered)
	ms = append(ms, r.patterns(a.Tokens, covered)...)
	ms = append(ms, r.headPatterns(a.Tokens, covered, ms)...)
	ms = dropAbsorbed(ms)
	ms = append(ms, r.model(a, covered)...)
	ms = append(ms, r.propagate(a.Tokens, covered, ms)...)
	country := r.articleCountry(ms)
	a.Entities, a.Descriptors = r.link(a, ms, country)
	return nil
}

// lexicon finds the names the knowledge base lists, longest match first.
func (r *Recognizer) lexicon(toks []domain.Token, covered []bool) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		refs, n := r.names.longest(toks, i)
		if n == 0 {
			refs, n = r.placeAfterClitic(toks, i)
		}
		if n == 0 || n == 1 && i > 0 && r.isGiven(toks[i-1]) && toks[i-1].Sentence == toks[i].Sentence && r.familyName(toks[i], refs[0]) {
			// a listed family name after another given name is someone
			// else ("تركي المالكي" is not "نوري المالكي"), and a town
			// named like a family after a given name is a family name
			// ("علي الأحمدي")
			i++
			continue
		}
		m := mention{i: i, j: i + n, typ: refs[0].Type, refs: refs, source: "lexicon"}
		if m.typ == domain.ORG {
			m.j = genitiveEnd(toks, m.j) // "المرصد السوري" + "لحقوق الإنسان"
			m.j = r.nisbaEnd(toks, m, refs)
			n = m.j - i
		}
		out = append(out, m)
		for k := i; k < i+n; k++ {
			covered[k] = true
		}
		i += n
	}
	return out
}

// placeAfterClitic matches a listed place written with a proclitic the
// tokenizer kept on it because the vocabulary does not know the bare name
// («ويارون», «وبلدة …» is split already): a rare word starting with و, ف,
// ب or ل whose remainder starts a listed place name. The token is split
// in place (Key and Prefix), so later stages see «و» + «يارون» as they
// see «و» + «بغداد».
func (r *Recognizer) placeAfterClitic(toks []domain.Token, i int) ([]kb.Name, int) {
	t := toks[i]
	if t.Prefix != "" || !t.IsWord() {
		return nil, 0
	}
	first, size := utf8.DecodeRuneInString(t.Key)
	switch first {
	case 'و', 'ف', 'ب', 'ل':
	default:
		return nil, 0
	}
	if utf8.RuneCountInString(t.Key) < 4 {
		return nil, 0 // a remainder of at least three letters
	}
	if _, starts := r.names.root.next[t.Key[size:]]; !starts || r.vocab.Known(t.Key) {
		return nil, 0 // most words: no listed name starts with the rest
	}
	split := t
	split.Key, split.Prefix = t.Key[size:], string(first)
	toks[i] = split
	refs, n := r.names.longest(toks, i)
	if n == 0 || refs[0].Type != domain.LOC {
		toks[i] = t
		return nil, 0
	}
	return refs, n
}

// nisbaEnd extends a listed organisation over the nationality adjective
// that follows it ("البنك المركزي" + "اليمني"): the name as written. A
// generic word stays a descriptor ("الحكومة السورية").
func (r *Recognizer) nisbaEnd(toks []domain.Token, m mention, refs []kb.Name) int {
	j := m.j
	if j >= len(toks) || toks[j].Prefix != "" || toks[j].Sentence != toks[j-1].Sentence || isGeneric(refs) {
		return j
	}
	if _, listed := r.not[key(toks, m.i, j)]; listed || !r.not.is(toks[j].Key, "nisba") || r.not.is(toks[j-1].Key, "nisba") {
		return j // a name that ends in one ("الاتحاد الأوروبي") takes no second
	}
	return j + 1
}

// familyName reports a one-word listed name that, after a given name, is
// a family name: a person's, or a place's written as a nisba ("الأحمدي").
func (r *Recognizer) familyName(t domain.Token, ref kb.Name) bool {
	switch ref.Type {
	case domain.PER:
		return true
	case domain.LOC:
		return t.Prefix == "" && strings.HasPrefix(t.Key, "ال") && strings.HasSuffix(t.Key, "ي")
	}
	return false
}

// articleCountry is the country most named by the article's places.
func (r *Recognizer) articleCountry(ms []mention) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range ms {
		for _, ref := range m.refs {
			if ref.Kind != "place" {
				continue
			}
			if p, ok := r.kb.Place(ref.ID); ok && p.Country != "" {
				count[p.Country]++
				if count[p.Country] > bestN {
					best, bestN = p.Country, count[p.Country]
				}
				break
			}
		}
	}
	return best
}

// surface is the text of tokens [i, j) without the first token's
// proclitics; off maps a.Text's rune offsets to byte offsets.
func surface(a *domain.Article, off []int32, i, j int) (string, domain.Span) {
	t := a.Tokens[i]
	start := t.Start + arabic.PrefixLen(t.Text, t.Prefix)
	end := a.Tokens[j-1].End
	first := arabic.Surface(t.Text, t.Prefix)
	rest := ""
	if t.End < end && end < len(off) {
		rest = a.Text[off[t.End]:off[end]]
	}
	return first + rest, domain.Span{Start: start, End: end}
}

// runeOffsets maps each rune offset of text to its byte offset; the last
// entry is len(text). Slicing by rune offsets from the start of the text
// for every mention cost a twentieth of the whole pipeline.
func runeOffsets(text string) []int32 {
	off := make([]int32, 0, len(text)/2+1)
	for b := range text {
		off = append(off, int32(b))
	}
	return append(off, int32(len(text)))
}

// key is the comparison key of tokens [i, j).
func key(toks []domain.Token, i, j int) string {
	return strings.Join(keysOf(toks, i, j), " ")
}

// propagate finds further mentions of names the patterns and the model
// found (an organisation named once in quotes, then bare; a person's
// family name alone after the full name) over tokens not yet covered.
func (r *Recognizer) propagate(toks []domain.Token, covered []bool, ms []mention) []mention {
	var t trie[mention]
	n := 0
	for _, m := range ms {
		if m.source == "lexicon" {
			continue
		}
		t.add(keysOf(toks, m.i, m.j), m)
		n++
		if bare, ok := r.bareName(toks, m); ok {
			t.add(bare, mention{typ: m.typ, source: "link"}) // "بلدة كفرنبل" … "كفرنبل"
		}
		if m.typ == domain.PER && m.j-m.i >= 2 && len([]rune(toks[m.j-1].Key)) > 3 {
			t.add([]string{toks[m.j-1].Key}, mention{typ: domain.PER, source: "link"})
		}
	}
	if n == 0 {
		return nil
	}
	var out []mention
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		vals, l := t.longest(toks, i)
		if l == 0 || anyCovered(covered, i, i+l) {
			continue
		}
		out = append(out, mention{i: i, j: i + l, typ: vals[0].typ, source: "link"})
		for k := i; k < i+l; k++ {
			covered[k] = true
		}
		i += l - 1
	}
	return out
}

// bareName returns the keys of a found name without its head word
// ("بلدة كفرنبل", "قوات النخبة الشبوانية"), when the rest is a name on its
// own: two words or more, or one rare word.
func (r *Recognizer) bareName(toks []domain.Token, m mention) ([]string, bool) {
	if m.j-m.i < 2 || m.typ == domain.PER {
		return nil, false
	}
	if k := toks[m.i].Key; !r.not.is(k, "place_prefix") && !r.not.is(k, "org_prefix") {
		return nil, false
	}
	keys := keysOf(toks, m.i+1, m.j)
	if len(keys) == 1 && !r.rare(keys[0]) {
		return nil, false
	}
	return keys, true
}

func keysOf(toks []domain.Token, i, j int) []string {
	keys := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		keys = append(keys, toks[k].Key)
	}
	return keys
}

func anyCovered(covered []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if covered[k] {
			return true
		}
	}
	return false
}

// dropAbsorbed removes mentions that a longer name absorbed (type cleared).
func dropAbsorbed(ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.typ != "" {
			out = append(out, m)
		}
	}
	return out
}

// genitiveEnd extends an organisation's name over a genitive with ل that
// completes it ("لحقوق الإنسان", "للهجرة"), returning the new end.
func genitiveEnd(toks []domain.Token, j int) int {
	if j >= len(toks) || toks[j].Prefix != "ل" || toks[j].Sentence != toks[j-1].Sentence {
		return j
	}
	switch {
	case strings.HasPrefix(toks[j].Key, "ال"):
		return j + 1
	case j+1 < len(toks) && strings.HasPrefix(toks[j+1].Key, "ال") && toks[j+1].Prefix == "" && toks[j+1].Sentence == toks[j].Sentence:
		return j + 2
	}
	return j
}
