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
			if m, ok := r.quotedAfterLam(toks, i, covered); ok {
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

// givenNameAt reads "given name + 1-5 name words" at toks[i]: "هشام
// الهاشمي", "أحمد الملا طلال", "أبو مهدي المهندس", "عبد الله فهد عبد
// الله الرشيد".
func (r *Recognizer) givenNameAt(toks []domain.Token, i int, covered []bool) (mention, bool) {
	t := toks[i]
	if !r.isGiven(t) && t.Key != "ابو" {
		return mention{}, false
	}
	j, words := r.nameChain(toks, i, covered, false)
	kunya := (t.Key == "ابو" || t.Key == "ام") && j-i == 2 && r.familyWord(toks[i+1]) // "أبو سامر"
	if words < 2 && !kunya {
		return mention{}, false
	}
	return mention{i: i, j: j, typ: domain.PER, source: "pattern"}, true
}

// nameChain reads the words of a person's name from toks[i] (already
// checked as its first word) and returns its end and its number of words;
// a compound particle and the word after it ("عبد الله", "بن سلمان") count
// as one word. The second word is a family word (after a title, any name
// word that is not a verb); a later word follows a given name or is one
// itself ("علي حسن بزي", "عبد الرحيم أحمد سالم عتيق") and looks like a
// name, not a common noun ("حيدر كاظم الهدف").
func (r *Recognizer) nameChain(toks []domain.Token, i int, covered []bool, titled bool) (int, int) {
	j, words, prevGiven := i, 0, false
	for j < len(toks) && j-i < 7 && (j == i || r.nameWord(toks, j, covered)) {
		t := toks[j]
		if compound(t.Key) {
			if j+1 >= len(toks) || !r.compoundTail(toks, j+1, covered) || words >= 2 && !prevGiven {
				break
			}
			j, words, prevGiven = j+2, words+1, true
			if compound(toks[j-1].Key) && j < len(toks) && r.compoundTail(toks, j, covered) {
				j++ // "بن عبد العزيز"
			}
			continue
		}
		switch {
		case words == 0:
		case r.verbLike(t) || r.cliticWord(t):
			return j, words
		case words == 1 && !titled && !r.familyWord(t):
			return j, words
		case words >= 2 && !(prevGiven && r.surname(t) || r.isGiven(t) || r.familyArticle(t)):
			return j, words
		}
		prevGiven = r.isGiven(t)
		j, words = j+1, words+1
		if r.titleInName(toks, j, covered) {
			j, words, prevGiven = j+2, words+2, false // "عوض الوزير العولقي"
		}
	}
	return j, words
}

// titleInName reports a title word at toks[j] that is a family name in the
// middle of a name: a rare definite family name follows it ("عوض الوزير
// العولقي").
func (r *Recognizer) titleInName(toks []domain.Token, j int, covered []bool) bool {
	if j+1 >= len(toks) || covered[j] || toks[j].Prefix != "" || !strings.HasPrefix(toks[j].Key, "ال") || !r.isTitle(toks, j) {
		return false
	}
	if kinds, n := r.cues.longest(toks, j); n != 1 || len(kinds) == 0 {
		return false
	}
	return toks[j+1].Sentence == toks[j].Sentence && r.nameWord(toks, j+1, covered) && r.familyArticle(toks[j+1])
}

// compoundTail reports a word that completes a compound particle: "الله"
// after عبد, "بكر" after أبو.
func (r *Recognizer) compoundTail(toks []domain.Token, j int, covered []bool) bool {
	t := toks[j]
	if covered[j] || !t.IsWord() || t.Prefix != "" || t.Sentence != toks[j-1].Sentence {
		return false
	}
	_, function := r.fw[t.Key]
	return (!function || r.isGiven(t)) && !hasDigit(t.Key) && !strings.ContainsRune(t.Text, '\u064B')
}

// surname reports a word that can end a name of three words or more: a
// given name, a rare word, or a definite family name (rare, or a nisba
// such as "المالكي"), not a verb or a common noun.
func (r *Recognizer) surname(t domain.Token) bool {
	switch k := t.Key; {
	case r.isGiven(t):
		return true
	case strings.HasPrefix(k, "ال"):
		return r.rare(k) || adjectival(k) && r.vocab.Count(k) < 3000
	default:
		return r.rare(k) && !r.verbLike(t)
	}
}

// cliticWord reports a word the tokenizer left whole that reads as a
// conjunction or preposition with a word ("وناهي", "ببرقيات") or a noun
// with a pronoun ("وتهنئتهما"): it ends a name.
func (r *Recognizer) cliticWord(t domain.Token) bool {
	k := t.Key
	if r.isGiven(t) || len([]rune(k)) < 4 {
		return false
	}
	for _, suf := range []string{"هما", "هم", "ها", "كم"} {
		if strings.HasSuffix(k, suf) && len([]rune(k)) > 5 {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(k, "و"); ok || strings.HasPrefix(k, "ب") {
		if !ok {
			rest = strings.TrimPrefix(k, "ب")
		}
		_, given := r.given[rest]
		return given || r.vocab.Count(rest) >= 5 && r.vocab.Count(rest) > r.vocab.Count(k)
	}
	return false
}

// familyArticle reports a rare definite word that ends a full name after
// any two names ("أحمد جليل الرميمة"): a family name, not a noun.
func (r *Recognizer) familyArticle(t domain.Token) bool {
	return t.Prefix == "" && strings.HasPrefix(t.Key, "ال") && r.vocab.Count(t.Key) < 100
}

// verbLike reports a word that reads as an imperfect verb ("يطالب",
// "تعلن"), never the definite noun the corpus has: it ends a name.
func (r *Recognizer) verbLike(t domain.Token) bool {
	k := t.Key
	if r.isGiven(t) || len([]rune(k)) < 3 || r.noun(k) {
		return false
	}
	return strings.HasPrefix(k, "ي") || strings.HasPrefix(k, "ت") || strings.HasPrefix(k, "ن")
}

func hasDigit(k string) bool {
	for _, c := range k {
		if c >= '0' && c <= '9' || c >= '٠' && c <= '٩' {
			return true
		}
	}
	return false
}

// compound reports the particles that join a name to the next word.
func compound(k string) bool {
	return k == "عبد" || k == "ابو" || k == "ابي" || k == "بن" || k == "ابن" || k == "ام"
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
