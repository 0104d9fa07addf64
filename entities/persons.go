// Person names: the words of a name after a given name or a title.

package entities

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

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
		case r.verbLike(t) || r.cliticWord(t) || strings.HasPrefix(t.Key, "ال") && strings.HasSuffix(t.Text, "ية"):
			return j, words
		case words == 1 && !titled && !r.familyWord(t):
			return j, words
		case words >= 2 && !(prevGiven && r.surname(t) || r.isGiven(t) || r.familyArticle(t) && r.rare(toks[j-1].Key) || titled && words == 2 && r.foreignChain(toks, i, j)):
			return j, words
		}
		prevGiven = r.isGiven(t) || prevGiven && t.Key == "الدين" // "نور الدين" is one given name
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
	if r.placeHead(t) {
		return false // "بن شارع …" reads a street, not a nasab
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
// conjunction or preposition with a word ("وناهي", "ببرقيات"), a noun
// with a pronoun ("وتهنئتهما") or an accusative written without its
// tanween ("محذرا"): it ends a name.
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
	if r.accusative(t) || r.withPronoun(t) {
		return true
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

// withPronoun reports a noun with the pronoun ه ("حديثه", "تعامله"): the
// word without it is a common noun, with and without the article.
func (r *Recognizer) withPronoun(t domain.Token) bool {
	stem, ok := strings.CutSuffix(t.Text, "ه")
	if !ok || strings.HasPrefix(t.Key, "ال") || len([]rune(stem)) < 3 || r.isGiven(t) {
		return false
	}
	k := arabic.Normalize(stem)
	return r.vocab.Count(k) >= 50 && r.vocab.Count("ال"+k) >= 50
}

// accusative reports a word in the accusative written without its tanween
// after a name: a common noun ("وليا") or an active participle ("محذرا",
// "مؤكدا"), not a foreign name ending in alef ("ميستورا", "فيلا").
func (r *Recognizer) accusative(t domain.Token) bool {
	k := t.Key
	stem, ok := strings.CutSuffix(k, "ا")
	if !ok || strings.HasPrefix(k, "ال") || r.isGiven(t) {
		return false
	}
	rs := []rune(t.Text)
	participle := len(rs) >= 5 && len(rs) <= 6 && rs[0] == 'م' && rs[1] != 'ا' && rs[1] != 'ي' // "محذرا", not "ماريا", "ميشرا"
	return r.vocab.Count(stem) >= 1000 || participle && r.vocab.Count(k) >= 50
}

// foreignChain reports a third word that ends a foreign name after a
// title ("جان إيف لودريان"): the first two words are no Arabic given name
// and family name, and the third is a rare word that reads as a name.
func (r *Recognizer) foreignChain(toks []domain.Token, i, j int) bool {
	if kind := r.given[toks[i].Key]; kind == "male" || kind == "female" || strings.HasPrefix(toks[i+1].Key, "ال") {
		return false
	}
	return r.foreignWord(toks[j])
}

// foreignWord reports a rare word without the article that can end a
// three-word name after a title ("جان إيف لودريان").
func (r *Recognizer) foreignWord(t domain.Token) bool {
	if strings.HasPrefix(t.Key, "ال") || !r.rare(t.Key) || r.noun(t.Key) || strings.HasSuffix(t.Text, "ه") {
		return false
	}
	return !r.cliticWord(t) && !r.accusative(t) && !r.futureVerb(t)
}

// futureVerb reports a verb with the future prefix ("سيصدر", "ستنفجر"):
// the word without it is a verb the corpus knows.
func (r *Recognizer) futureVerb(t domain.Token) bool {
	k := strings.TrimPrefix(t.Key, "و")
	rest, ok := strings.CutPrefix(k, "س")
	return ok && r.vocab.Count(rest) >= 10 && r.verbLike(domain.Token{Text: rest, Key: rest})
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
	n := len([]rune(k))
	if r.isGiven(t) || n < 3 || r.noun(k) {
		return false
	}
	plural := n <= 7 && (strings.HasSuffix(k, "ون") || strings.HasSuffix(k, "ان"))
	if n > 5 && !(n == 6 && strings.Contains(k, "ست")) && !plural {
		return false // "تسيبراس" is longer than a verb; "يستقبل", "يبحثون" are verbs
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
