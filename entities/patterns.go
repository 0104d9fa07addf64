package entities

import (
	"slices"
	"strings"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/kb"
)

// patterns finds unknown names after titles and quoted names after
// organisation or media head words, over tokens not yet covered.
func (r *Recognizer) patterns(toks []domain.Token, covered []bool) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		kinds, n := r.cues.longest(toks, i)
		if n == 0 && !covered[i] && (i == 0 || !r.placeHead(toks[i-1])) { // "شارع خالد بن الوليد" is a street
			if m, ok := r.givenNameAt(toks, i, covered); ok {
				for k := m.i; k < m.j; k++ {
					covered[k] = true
				}
				out = append(out, m)
				i = m.j - 1
				continue
			}
		}
		if n == 0 {
			if m, ok := r.headingPlace(toks, i, covered); ok {
				covered[i] = true
				out = append(out, m)
				continue
			}
			if m, ok := r.quotedAfterLam(toks, i, covered); ok || quotedInDateline(toks, i, covered, &m) {
				for k := m.i; k < m.j; k++ {
					covered[k] = true
				}
				out = append(out, m)
				i = m.j
			}
			continue
		}
		if m, ok := r.unitAt(toks, i, n, kinds, covered); ok {
			for k := m.i; k < m.j; k++ {
				covered[k] = true
			}
			out = append(out, m)
			i = m.j - 1
			continue
		}
		var m mention
		var ok bool
		switch kinds[0] {
		case "title", "title_given":
			if covered[i] || i > 0 && r.placeHead(toks[i-1]) {
				continue // part of a known name; "حي الشيخ مقصود" names a place after a person
			}
			j := i + n
			if slices.Contains(kinds, "title_place") {
				j = r.pastKnownPlace(toks, j, covered) // "محافظ البصرة" + the name
			}
			m, ok = r.personAfter(toks, j, covered, toks[i].Key == "المدعو")
			if ok && kinds[0] == "title_given" && !r.isGiven(toks[m.i]) && !compound(toks[m.i].Key) {
				ok = false // "الشاب الموهوب …" describes; "الشاب علي حسن" names
			}
		case "org_head", "media_head":
			m, ok = quoted(toks, i+n, covered)
		}
		if ok {
			for k := m.i; k < m.j; k++ {
				covered[k] = true
			}
			out = append(out, m)
			i = m.j - 1
		}
	}
	return out
}

// unitAt reads a military unit named by its number after a unit head at
// toks[i]: "اللواء 47", "الفرقة الرابعة", "الفوج الثالث عشر".
func (r *Recognizer) unitAt(toks []domain.Token, i, n int, kinds []string, covered []bool) (mention, bool) {
	j := i + n
	if !slices.Contains(kinds, "unit_head") || j >= len(toks) || covered[j] || toks[j].Sentence != toks[i].Sentence || toks[j].Prefix != "" {
		return mention{}, false
	}
	switch k := toks[j].Key; {
	case isNumber(k):
		j++
	case r.cueIs(k, "ordinal"):
		j++
		if j < len(toks) && r.cueIs(toks[j].Key, "ordinal") && toks[j].Sentence == toks[i].Sentence {
			j++ // "الخامس عشر"
		}
	default:
		return mention{}, false
	}
	return mention{i: i, j: j, typ: domain.ORG, source: "pattern"}, true
}

// isNumber reports a token of digits (Western or Arabic-Indic).
func isNumber(k string) bool {
	for _, c := range k {
		if !(c >= '0' && c <= '9' || c >= '٠' && c <= '٩') {
			return false
		}
	}
	return k != ""
}

// pastKnownPlace returns the end of the known place or group a title
// names at toks[j] ("محافظ البصرة", "المتحدث باسم الحوثيين"), or j.
func (r *Recognizer) pastKnownPlace(toks []domain.Token, j int, covered []bool) int {
	k := j
	for k < len(toks) && k-j < 4 && covered[k] && toks[k].Sentence == toks[j].Sentence {
		k++
	}
	if k == j {
		return j
	}
	form := key(toks, j, k)
	if _, ok := r.kb.LinkPlace(form, kb.Context{}); ok {
		return k
	}
	if l, ok := r.kb.LinkActor(form, kb.Context{}); ok && l.Actor.Kind != "person" {
		return k
	}
	return j // a person, not the body the title belongs to
}

// personAfter reads a person's name after a title at toks[j]: nationality
// adjectives, "السابق" and a comma may come first; the name is 2-6 name
// words (one is enough after المدعو), "أبو"/"عبد"/"بن" joined to the next.
func (r *Recognizer) personAfter(toks []domain.Token, j int, covered []bool, one bool) (mention, bool) {
	for skips := 0; j < len(toks) && skips < 3; skips++ {
		k := toks[j].Key
		if r.not.is(k, "nisba") || r.isSkip(k) || k == "،" || k == "," {
			j++
			continue
		}
		break
	}
	start := j
	if start >= len(toks) || !(r.isGiven(toks[start]) || r.rare(toks[start].Key) && !r.verbLike(toks[start]) || toks[start].Key == "ابو") || !r.nameWord(toks, start, covered) {
		return mention{}, false
	}
	end, words := r.nameChain(toks, start, covered, true)
	if words < 2 && !(one && words == 1) {
		return mention{}, false
	}
	return mention{i: start, j: end, typ: domain.PER, source: "pattern"}, true
}

func (r *Recognizer) isSkip(k string) bool {
	kinds, n := r.cues.root.next[k], 0
	if kinds != nil {
		n = len(kinds.vals)
	}
	return n > 0 && kinds.vals[0] == "skip"
}

// nameWord reports whether toks[j] can be part of a person's name.
func (r *Recognizer) nameWord(toks []domain.Token, j int, covered []bool) bool {
	t := toks[j]
	if covered[j] || !t.IsWord() || t.Sentence != toks[max(j-1, 0)].Sentence {
		return false
	}
	if _, ok := r.fw[t.Key]; ok && !r.isGiven(t) { // "علي" is a name, "على" a preposition
		return false
	}
	if kind, ok := r.not[t.Key]; ok && kind != "descriptive" { // "منصور العسكري" is a name
		return false
	}
	if _, ok := r.cues.root.next[t.Key]; ok {
		return false
	}
	if hasDigit(t.Key) || strings.ContainsRune(t.Text, '\u064B') {
		return false // a word with tanween is no name ("وليًا", "مساعدًا")
	}
	return t.Prefix == "" || j == 0
}

func isOpenQuote(k string) bool {
	return k == "«" || k == "\"" || k == "“" || k == "”" || k == "'"
}
func isCloseQuote(k string) bool {
	return k == "»" || k == "\"" || k == "”" || k == "“" || k == "'"
}

// quoted reads a short quoted name starting at toks[j] («ثأر الله»).
func quoted(toks []domain.Token, j int, covered []bool) (mention, bool) {
	if j >= len(toks) || !isOpenQuote(toks[j].Key) {
		return mention{}, false
	}
	start := j + 1
	for k := start; k < len(toks) && k-start <= 4; k++ {
		if isCloseQuote(toks[k].Key) {
			if k == start {
				return mention{}, false
			}
			for c := start; c < k; c++ {
				if covered[c] || !toks[c].IsWord() {
					return mention{}, false
				}
			}
			return mention{i: start, j: k, typ: domain.ORG, source: "pattern"}, true
		}
		if toks[k].Sentence != toks[start].Sentence {
			break
		}
	}
	return mention{}, false
}

// quotedInDateline reads the outlet named in quotes after a dateline's
// dash at the top of an article ("درعا – «حوران 24»"), into *m.
func quotedInDateline(toks []domain.Token, i int, covered []bool, m *mention) bool {
	switch toks[i].Key {
	case "–", "-", "—":
	default:
		return false
	}
	if i == 0 || toks[i].Sentence > 2 || !toks[i-1].IsWord() {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].Sentence == toks[i].Sentence; k-- {
		if i-k > 3 {
			return false // a dateline opens its line: "المكلا – «…»"
		}
	}
	q, ok := quoted(toks, i+1, covered)
	if !ok {
		return false
	}
	*m = q
	return true
}

// quotedAfterLam reads an outlet cited as "لـ«عربي بوست»" / "لـ”الحرة”".
func (r *Recognizer) quotedAfterLam(toks []domain.Token, i int, covered []bool) (mention, bool) {
	if toks[i].Key != "ل" || i+1 >= len(toks) {
		return mention{}, false
	}
	m, ok := quoted(toks, i+1, covered)
	if !ok || m.j-m.i > 3 {
		return mention{}, false
	}
	return m, true
}

// isGiven reports a given name ("علي" only as written with ي, never the
// preposition على).
func (r *Recognizer) isGiven(t domain.Token) bool {
	if _, ok := r.given[t.Key]; !ok || t.Prefix != "" && t.Prefix != "و" {
		return false
	}
	if r.givenT[t.Key] && strings.HasSuffix(t.Text, "ه") {
		return false // "ناديه" is "his club", the name is "نادية"
	}
	return !strings.HasSuffix(t.Text, "ى") || strings.HasSuffix(t.Key, "ي") && !strings.HasSuffix(t.Key, "لي")
}

// rare reports a word seen fewer than 300 times in the news corpus: most
// such words next to a given name are names.
func (r *Recognizer) rare(key string) bool { return r.vocab.Count(key) < 300 }

// familyWord reports a word that can follow a given name: another given
// name, a rare word, or an ال-word that is not a common noun.
func (r *Recognizer) familyWord(t domain.Token) bool {
	if r.isGiven(t) || r.rare(t.Key) || t.Key == "ابو" || t.Key == "بن" {
		return true
	}
	return strings.HasPrefix(t.Key, "ال") && r.vocab.Count(t.Key) < 3000
}

// headingPlace reads a place named as a section heading at the start of a
// sentence, "البيضاء: هاجم مسلحون…", as round-ups from several provinces
// are written. It takes names the phrase matcher leaves to the model
// because they are also common words (البيضاء, صور), when the gazetteer
// knows them as places.
func (r *Recognizer) headingPlace(toks []domain.Token, i int, covered []bool) (mention, bool) {
	if covered[i] || !toks[i].IsWord() || i+1 >= len(toks) || i > 0 && toks[i-1].Sentence == toks[i].Sentence {
		return mention{}, false
	}
	if k := toks[i+1].Key; k != ":" && k != "-" && k != "–" {
		return mention{}, false
	}
	if _, ok := r.kb.LinkPlace(toks[i].Text, kb.Context{}); !ok {
		return mention{}, false
	}
	return mention{i: i, j: i + 1, typ: domain.LOC, source: "heading"}, true
}
