package entities

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// model runs the statistical tagger sentence by sentence and keeps its
// PER, ORG and LOC spans over tokens no other source covered.
func (r *Recognizer) model(a *domain.Article, covered []bool) []mention {
	if r.tagger == nil {
		return nil
	}
	var out []mention
	toks := a.Tokens
	for s := 0; s < len(toks); {
		e := s
		for e < len(toks) && toks[e].Sentence == toks[s].Sentence {
			e++
		}
		words := make([]string, e-s)
		for k := s; k < e; k++ {
			words[k-s] = toks[k].Text
		}
		out = append(out, r.spans(toks, s, r.tagger.Tag(words), covered)...)
		s = e
	}
	return out
}

// spans turns IOB2 tags of the sentence starting at token off into mentions.
func (r *Recognizer) spans(toks []domain.Token, off int, tags []string, covered []bool) []mention {
	var out []mention
	for i := 0; i < len(tags); {
		typ, ok := tagType(tags[i])
		if !ok || !strings.HasPrefix(tags[i], "B-") {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+tags[i][2:] {
			j++
		}
		if m, ok := r.keepModelSpan(toks, off+i, off+j, typ, covered); ok {
			out = append(out, m)
		}
		i = j
	}
	return out
}

func tagType(tag string) (domain.EntityType, bool) {
	switch strings.TrimLeft(tag, "BI-") {
	case "PERS", "PER":
		return domain.PER, true
	case "ORG":
		return domain.ORG, true
	case "LOC", "GPE":
		return domain.LOC, true
	}
	return "", false
}

// keepModelSpan drops spans that overlap known names or are generic words.
func (r *Recognizer) keepModelSpan(toks []domain.Token, i, j int, typ domain.EntityType, covered []bool) (mention, bool) {
	for typ == domain.PER && j-i > 1 && r.notNameEnd(toks[j-1]) {
		j-- // "سامر الخالدي غداً", "… لـ«الصحيفة»", "… التسجيل"
	}
	for k := i; k < j; k++ {
		if covered[k] || !toks[k].IsWord() {
			return mention{}, false
		}
	}
	if _, bad := r.not[key(toks, i, j)]; bad {
		return mention{}, false
	}
	if _, bad := r.fw[toks[i].Key]; bad {
		return mention{}, false
	}
	if j-i == 1 && (r.commonWord(toks[i]) || r.inflectedWord(toks[i]) || r.adverbialNisba(toks[i]) || accusativeTanween(toks[i].Text)) || plural(toks[j-1].Key) {
		return mention{}, false
	}
	if typ == domain.ORG && j < len(toks) && !covered[j] && toks[j].Prefix == "" && toks[j].Sentence == toks[i].Sentence && r.not.is(toks[j].Key, "nisba") {
		j++ // "البنك المركزي" + "اليمني", as the tagger leaves it
	}
	for k := i; k < j; k++ {
		covered[k] = true
	}
	return mention{i: i, j: j, typ: typ, source: "model"}, true
}

// accusativeTanween reports a word written with the indefinite accusative
// ending «ـاً» («فلتاناً», «ميدانياً»): a common noun or adverb, never a
// name.
func accusativeTanween(text string) bool {
	return strings.HasSuffix(text, "اً") || strings.HasSuffix(text, "ًا")
}

// adverbialNisba reports a nationality adjective in the indefinite
// accusative ("إيرانياً", "عسكرياً" from "إيراني"): an adverb or a
// predicate, never a name.
func (r *Recognizer) adverbialNisba(t domain.Token) bool {
	stem, ok := strings.CutSuffix(t.Key, "يا")
	return ok && r.not.is(stem+"ي", "nisba")
}

// commonWord reports a single word the model should not call a name: very
// frequent in the news corpus, or an indefinite noun whose definite form is
// common ("شخصان", "المدينة"), unless it is a given name.
func (r *Recognizer) commonWord(t domain.Token) bool {
	if r.isGiven(t) {
		return false
	}
	if r.vocab.Count(t.Key) > 3000 || r.vocab.Count(t.Norm) > 3000 {
		return true
	}
	bare := strings.TrimPrefix(t.Key, "ال")
	if stem, ok := strings.CutSuffix(bare, "ان"); ok && r.commonNoun(stem) {
		return true // a dual noun ("شخصان", "جنديان"), never a name unless a given one
	}
	return r.commonNoun(bare) && r.vocab.Count(t.Key) > 300
}

// plural reports a dual or plural adjective ending ("عراقيان",
// "أميركيون"), which ends a description, not a name.
func plural(k string) bool {
	for _, suf := range []string{"يان", "يون", "يين", "يات"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// notNameEnd reports a word the tagger ran a person's name over: a bare
// proclitic, a word with tanween ("وليًا") or written without it ("وليا",
// "محذرا"), a feminine adjective, a noun with a pronoun, a function word.
// A common word is kept: many family names are also words ("إمام").
func (r *Recognizer) notNameEnd(t domain.Token) bool {
	k := t.Key
	if !t.IsWord() || len([]rune(t.Norm)) <= 1 || strings.ContainsRune(t.Text, '\u064B') {
		return true
	}
	if r.isGiven(t) || t.Prefix != "" { // "علي", not the preposition; "فولي" is no ف + "ولي"
		return false
	}
	if strings.HasPrefix(k, "ال") && strings.HasSuffix(t.Text, "ية") {
		return true // a feminine adjective: "صالح الانقلابية"
	}
	_, function := r.fw[k]
	return function || r.accusative(t) || r.withPronoun(t) // "… وليا", "… محذرا", "… حديثه"
}

// inflectedWord reports a single word that reads as a noun with a pronoun
// ("مكاتبه": his offices) or a future verb ("ستنفجر", whose "تنفجر" the
// corpus knows; not "سيدني", "سيناء").
func (r *Recognizer) inflectedWord(t domain.Token) bool {
	if r.isGiven(t) {
		return false
	}
	if stem, ok := strings.CutSuffix(t.Text, "ه"); ok && len([]rune(stem)) >= 3 && r.commonNoun(arabic.Normalize(stem)) {
		return true
	}
	return r.futureVerb(t) // "ستنفجر": "تنفجر" is a verb of its own
}
