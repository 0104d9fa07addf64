package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
)

// headPatterns finds places named after a place head word ("ساحة
// التحرير", "بلدتي كفركلا والخيام", "مطار تلعفر") and organisations named
// by the noun phrase after an organisation head word ("وزارة الدفاع
// السورية", "مصرف لبنان"). A known name inside such a phrase is absorbed:
// its lexicon mention (in lex) is dropped or widened.
func (r *Recognizer) headPatterns(toks []domain.Token, covered []bool, lex []mention) []mention {
	owner := make([]int, len(toks))
	for k := range owner {
		owner[k] = -1
	}
	for x, m := range lex {
		for k := m.i; k < m.j; k++ {
			owner[k] = x
		}
	}
	var out []mention
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		kinds, n := r.cues.longest(toks, i)
		kind := headKind(kinds)
		if n != 1 && kind != "org_phrase" || n == 0 {
			continue // a two-word head names an organisation ("قيادة شرطة")
		}
		var ms []mention
		switch kind {
		case "place_head", "place_head_dual", "facility_head":
			if x := ownerAt(owner, i+1); x >= 0 && lex[x].i == i+1 && lex[x].typ == domain.LOC {
				ms = r.headOnKnown(toks, i, &lex[x], kind)
			} else {
				ms = r.placesAfter(toks, i, covered, kind == "place_head_dual")
			}
			if kind == "facility_head" && len(ms) == 1 && (ms[0].source == "site" || r.rare(toks[i+1].Key) || r.given.is(strings.TrimPrefix(toks[i+1].Key, "ال"), "male")) {
				// a site named after a town or a name, not "ساحة الاحتجاجات"
				ms[0].j = r.adjectivesAfter(toks, ms[0].j, covered) // "مستشفى صعدة الجمهوري"
			}
		case "org_phrase_indef": // "قوات دفاع شبوة", not "قوات الأمن"
			if i+1 >= len(toks) || toks[i+1].Prefix != "" || strings.HasPrefix(toks[i+1].Key, "ال") || adjectival(toks[i+1].Key) {
				break
			}
			fallthrough
		case "org_phrase":
			m, absorbed, ok := r.orgPhrase(toks, i, n, covered, owner, lex)
			if ok && kind == "org_phrase_indef" && len(absorbed) == 0 {
				ok = false // "قوات مكافحة الشغب" is a kind of force; "قوات دفاع شبوة" names one
			}
			if ok && !coveredBesides(covered, owner, absorbed, m) {
				for _, x := range absorbed {
					lex[x].typ = "" // the known name is part of the organisation's
				}
				out = append(out, m)
				for k := m.i; k < m.j; k++ {
					covered[k] = true
				}
				i = m.j - 1
			}
		}
		for _, m := range ms {
			if m.source == "pattern" && anyCovered(covered, m.i, m.j) {
				continue
			}
			for k := m.i; k < m.j; k++ {
				covered[k] = true
			}
			out = append(out, m)
			i = max(i, m.j-1)
		}
	}
	return out
}

// headKind picks the head kind of a cue, sites and places before
// organisations.
func headKind(kinds []string) string {
	for _, want := range []string{"facility_head", "place_head_dual", "place_head", "org_phrase", "org_phrase_indef"} {
		if slices.Contains(kinds, want) {
			return want
		}
	}
	return ""
}

func ownerAt(owner []int, k int) int {
	if k < len(owner) {
		return owner[k]
	}
	return -1
}

// headOnKnown handles a head before a known place: a site head makes a site
// of that place ("مطار تلعفر"), any other head widens the place's mention
// ("قطاع غزة"; the bare name is kept as a nested mention).
func (r *Recognizer) headOnKnown(toks []domain.Token, i int, known *mention, kind string) []mention {
	switch kind {
	case "place_head_dual": // "بلدتي كفركلا والخيام": the names, without the head
		return r.moreJoined(toks, known.j, nil)
	case "place_head":
		known.i = i
		return nil
	}
	m := mention{i: i, j: known.j, typ: domain.LOC, refs: known.refs, source: "site"}
	known.typ = "" // absorbed
	return []mention{m}
}

// adjectivesAfter extends a facility's name over up to two definite
// adjectives after it ("مستشفى الحسين التعليمي", "ملعب البصرة الدولي"), not
// a nationality.
func (r *Recognizer) adjectivesAfter(toks []domain.Token, j int, covered []bool) int {
	for n := 0; n < 2 && j < len(toks) && !covered[j] && toks[j].Sentence == toks[j-1].Sentence; n++ {
		t := toks[j]
		k := t.Key
		_, function := r.fw[k]
		adjective := t.Prefix == "" && strings.HasPrefix(k, "ال") && adjectival(k) && !function
		if !adjective || r.not.is(k, "nisba") || r.not.is(strings.TrimSuffix(k, "ه"), "nisba") || r.not.is(k, "plain_adjective") {
			break
		}
		j++
	}
	return j
}

// adjectival reports a relative adjective's ending (-ي, -ية).
func adjectival(k string) bool { return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه") }

// placeName reports whether toks[j] can name a place after a head: a
// definite noun that is not generic, a given name, or a rare word.
func (r *Recognizer) placeName(toks []domain.Token, j int, covered []bool) bool {
	if j >= len(toks) || covered[j] || !toks[j].IsWord() || toks[j].Prefix != "" || toks[j].Sentence != toks[j-1].Sentence {
		return false // "قاعدة لتدريب الطيارين" is a kind of base
	}
	k := toks[j].Key
	if hasDigit(k) {
		return false
	}
	if _, ok := r.fw[k]; ok {
		return false
	}
	if _, ok := r.not[k]; ok {
		return false
	}
	if _, ok := r.cues.root.next[k]; ok {
		return false
	}
	if bare, ok := strings.CutPrefix(k, "ال"); ok && strings.HasSuffix(bare, "ات") && r.vocab.Count(bare) >= 50 {
		return false // a plural noun: "ساحة الاحتجاجات", "منطقة العمليات"
	}
	return strings.HasPrefix(k, "ال") && len([]rune(k)) > 3 || r.isGiven(toks[j]) || r.rare(k) && !r.commonNoun(k)
}

// commonNoun reports a word whose definite form the news corpus uses: an
// ordinary noun or adjective ("زراعية" → "الزراعية"), not a proper name.
func (r *Recognizer) commonNoun(k string) bool { return r.vocab.Count("ال"+k) >= 20 }

// noun reports a word seen with the article: a noun, not a verb ("نقلت").
func (r *Recognizer) noun(k string) bool { return r.vocab.Count("ال"+k) >= 3 }

// placesAfter reads the place (or, after a dual or plural head, the places
// joined by و) named after the head at toks[i]. The first mention keeps
// the head ("ساحة النور"); the others are bare names.
func (r *Recognizer) placesAfter(toks []domain.Token, i int, covered []bool, many bool) []mention {
	j := i + 1
	if diplomatic(toks[i].Key) && j < len(toks) && !covered[j] && r.not.is(toks[j].Key, "nisba") {
		return []mention{{i: i, j: j + 1, typ: domain.LOC, source: "pattern"}} // "القنصلية الإيرانية"
	}
	if !many && r.isTitle(toks, j) && toks[j].Prefix == "" && j+1 < len(toks) && (r.placeName(toks, j+1, covered) || r.nameWord(toks, j+1, covered) && r.rare(toks[j+1].Key)) {
		end := j + 2
		if compound(toks[j+1].Key) || r.isGiven(toks[j+1]) {
			if e, words := r.nameChain(toks, j+1, covered, false); words > 0 && words <= 3 {
				end = e // "مدينة الملك عبد الله", "مسجد الإمام علي بن أبي طالب"
			}
		}
		return []mention{{i: i, j: r.placeNameEnd(toks, end, covered), typ: domain.LOC, source: "pattern"}} // "حي الشيخ مقصود"
	}
	if !r.placeName(toks, j, covered) {
		return nil
	}
	start := i
	if many {
		start = j
	}
	end := j + 1
	if compound(toks[j].Key) {
		if end >= len(toks) || !r.compoundTail(toks, end, covered) {
			return nil
		}
		end++ // "سجن أبو زعبل", "شارع عبد الناصر"
	}
	out := []mention{{i: start, j: r.placeNameEnd(toks, end, covered), typ: domain.LOC, source: "pattern"}}
	if many {
		out = r.moreJoined(toks, j+1, out)
	}
	return out
}

// placeNameEnd extends a place's name from toks[j] over a second rare
// definite word ("الخندق الغميق") or a nasab ("مسجد بلال بن رباح").
func (r *Recognizer) placeNameEnd(toks []domain.Token, j int, covered []bool) int {
	if j >= len(toks) || covered[j] || toks[j].Prefix != "" || toks[j].Sentence != toks[j-1].Sentence {
		return j
	}
	k := toks[j].Key
	if (k == "بن" || k == "ابن") && j+1 < len(toks) && r.placeName(toks, j+1, covered) && toks[j+1].Prefix == "" {
		return j + 2
	}
	if _, function := r.fw[k]; function || r.not[k] != "" || r.isTitle(toks, j) {
		return j
	}
	if strings.HasPrefix(k, "ال") && r.vocab.Count(k) < 20 && !adjectival(k) && !r.placeHead(toks[j]) {
		return j + 1
	}
	if !strings.HasPrefix(k, "ال") && r.vocab.Count(k) < unseenName && nameLike(k) && !adjectival(k) && !r.placeHead(toks[j]) {
		return j + 1 // a word the news never uses: the name goes on ("جبل قره جوغ", "مستشفى صلاح غندور")
	}
	return j
}

// nameLike reports a word that may go on a foreign or local name: Arabic
// letters only, three or more, with no «و» before it and no pronoun after
// it ("وماحولها", "عوضتهم" are words of the sentence, "1.59" a figure).
func nameLike(k string) bool {
	if utf8.RuneCountInString(k) < 3 || strings.HasPrefix(k, "و") || strings.HasSuffix(k, "هم") || strings.HasSuffix(k, "ها") {
		return false
	}
	for _, c := range k {
		if c < 'ء' || c > 'ي' {
			return false
		}
	}
	return true
}

// unseenName is the corpus count under which an indefinite word after a
// place's name is taken as more of the name.
const unseenName = 3

// placeHead reports a word that names a kind of place ("حي", "مسجد").
func (r *Recognizer) placeHead(t domain.Token) bool {
	n, ok := r.cues.root.next[t.Key]
	if !ok {
		return false
	}
	for _, kind := range n.vals {
		if kind == "place_head" || kind == "facility_head" || kind == "place_head_dual" {
			return true
		}
	}
	return false
}

// moreJoined adds the places joined by و from toks[k] on ("…والخيام").
func (r *Recognizer) moreJoined(toks []domain.Token, k int, out []mention) []mention {
	for ; k < len(toks) && toks[k].Prefix == "و" && toks[k].Sentence == toks[k-1].Sentence; k++ {
		if !strings.HasPrefix(toks[k].Key, "ال") && !r.rare(toks[k].Key) {
			break
		}
		out = append(out, mention{i: k, j: k + 1, typ: domain.LOC, source: "pattern"})
	}
	return out
}

// orgPhrase reads the organisation named by the noun phrase after the head
// at toks[i]: definite nouns and adjectives, genitives with ل ("لحقوق
// الإنسان", "للأنباء"), construct nouns followed by one of those, and
// known names ("مصرف لبنان", "وحدات مقاومة سنجار"). A nationality
// adjective ends the phrase.
func (r *Recognizer) orgPhrase(toks []domain.Token, i, n int, covered []bool, owner []int, lex []mention) (mention, []int, bool) {
	j := i + n
	var absorbed []int
	for j < len(toks) && j-i <= 6 && toks[j].Sentence == toks[i].Sentence && toks[j].IsWord() {
		if x := owner[j]; x >= 0 && covered[j] {
			if lex[x].i != j || lex[x].typ != domain.LOC {
				break // a place names the organisation ("مجلس محافظة البصرة"); a group or a person is another name
			}
			absorbed = append(absorbed, x)
			j = lex[x].j
			break
		}
		if covered[j] || !r.phraseWord(toks, j) || j > i+n && r.isTitle(toks, j) {
			break
		}
		j++
		if r.not.is(toks[j-1].Key, "nisba") {
			break
		}
	}
	if r.isTitle(toks, i+n) {
		return r.namedAfterPerson(toks, i, n, covered, owner, lex)
	}
	if j == i+n || r.not.is(toks[i+n].Key, "generic") {
		return mention{}, nil, false
	}
	if r.cueIs(toks[i].Key, "front_head") && (len(absorbed) > 0 && lex[absorbed[0]].i == i+n || r.placeHead(toks[i+n])) {
		return mention{}, nil, false // "جبهة لحج", "جبهة مدينة الزبداني": a battle front
	}
	if first := toks[i+n]; owner[i+n] < 0 && first.Prefix == "" && !strings.HasPrefix(first.Key, "ال") && adjectival(first.Key) && len([]rune(first.Key)) > 3 {
		return mention{}, nil, false // "قناة تلفزيونية رئيسية" is a kind of channel
	}
	if last := toks[j-1]; len(absorbed) == 0 && last.Prefix == "" && !strings.HasPrefix(last.Key, "ال") {
		if j < len(toks) && covered[j] {
			return mention{}, nil, false // a construct noun without its genitive: "مجلس قيادة" + another name
		}
		if _, function := r.fw[last.Key]; function || adjectival(last.Key) || r.not.is(last.Key, "nisba") {
			return mention{}, nil, false // a kind, not a name: "شركة عراقية", "مؤسسة خيرية"
		}
	}
	return mention{i: i, j: j, typ: domain.ORG, source: "pattern"}, absorbed, true
}

// namedAfterPerson reads a body named after a person with a title
// ("جامعة الملك فهد", "مستشفى الإمام علي"); a title without a name after
// the head names none ("قناة الرئيس السابق").
func (r *Recognizer) namedAfterPerson(toks []domain.Token, i, n int, covered []bool, owner []int, lex []mention) (mention, []int, bool) {
	k := i + n + 1
	if k >= len(toks) || toks[k].Sentence != toks[i].Sentence {
		return mention{}, nil, false
	}
	if x := owner[k]; x >= 0 && covered[k] && lex[x].i == k && lex[x].typ == domain.PER {
		return mention{i: i, j: lex[x].j, typ: domain.ORG, source: "pattern"}, []int{x}, true // "جامعة الملك سعود"
	}
	if !r.nameWord(toks, k, covered) || !(r.isGiven(toks[k]) || compound(toks[k].Key) || r.rare(toks[k].Key)) {
		return mention{}, nil, false
	}
	end, words := r.nameChain(toks, k, covered, false)
	if words == 0 || words > 3 {
		return mention{}, nil, false
	}
	return mention{i: i, j: end, typ: domain.ORG, source: "pattern"}, nil, true
}

// isTitle reports a title at toks[j] ("العقيد", "الأمير"): the name of a
// person, not of the organisation, follows.
func (r *Recognizer) isTitle(toks []domain.Token, j int) bool {
	kinds, n := r.cues.longest(toks, j)
	return n > 0 && (slices.Contains(kinds, "title") || slices.Contains(kinds, "title_given"))
}

// coveredBesides reports a token of m taken by another mention than the
// known names m absorbs.
func coveredBesides(covered []bool, owner, absorbed []int, m mention) bool {
	for k := m.i; k < m.j; k++ {
		if covered[k] && (owner[k] < 0 || !slices.Contains(absorbed, owner[k])) {
			return true
		}
	}
	return false
}

// phraseWord reports a word that continues an organisation's name.
func (r *Recognizer) phraseWord(toks []domain.Token, j int) bool {
	t := toks[j]
	if _, ok := r.fw[t.Key]; ok {
		return false
	}
	nextDefinite := j+1 < len(toks) && strings.HasPrefix(toks[j+1].Key, "ال") && toks[j+1].Sentence == t.Sentence
	switch {
	case strings.HasPrefix(t.Key, "ال"):
		return t.Prefix == "" || t.Prefix == "ل"
	case t.Prefix == "ل":
		return nextDefinite
	case t.Prefix == "":
		return r.noun(t.Key) && (nextDefinite || j+1 < len(toks) && r.rare(toks[j+1].Key) && toks[j+1].IsWord())
	}
	return false
}

// diplomatic reports the heads a nationality names: "السفارة الأميركية".
func diplomatic(k string) bool {
	return k == "السفاره" || k == "القنصليه" || k == "سفاره" || k == "قنصليه"
}
