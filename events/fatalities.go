package events

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// fatalities reads the deaths a sentence reports for trigger m: "مقتل 3",
// "5 قتلى", "لقي شخص مصرعه", "ما أدى إلى مقتل متظاهر" (1), "لم يسفر عن
// سقوط قتلى" (0). An assassination verb with no count means one death; an
// attempt means none is known.
func (d *doc) fatalities(m match, s int) (*int, *domain.Span) {
	if n, sp, ok := d.sentenceDeaths(s); ok {
		if d.tollOfEarlier(m, sp) {
			return nil, nil
		}
		return &n, &sp
	}
	if m.t.typ == domain.ViolenceCivilian && m.t.sub == "Attack" && !d.attempt(m) {
		switch d.toks[m.i].Key {
		case "اغتيل", "اغتيلت", "اغتيال", "اعدم", "اعدمت", "اعدام", "اغتال", "اغتالت", "اغتالوا":
			if n, ok := d.victimCount(m); ok { // "أعدم التنظيم 44 شاباً"
				sp := domain.Span{Start: d.toks[m.i].Start, End: n.Span.End}
				return &n.Value, &sp
			}
			one := 1
			sp := domain.Span{Start: d.toks[m.i].Start, End: d.toks[m.j-1].End}
			return &one, &sp
		}
	}
	return nil, nil
}

// tollOfEarlier reports a toll told after the trigger inside a clause of
// an earlier act («اعتقلت القوات خمسة مسلحين بعدما أطلقوا النار على
// محتجين، ما أدى إلى مقتل متظاهر»): those deaths are that act's, which is
// coded on its own, not the arrest's.
func (d *doc) tollOfEarlier(m match, toll domain.Span) bool {
	for k := m.j; k < len(d.toks) && d.toks[k].Start < toll.Start && d.sameSentence(m.i, k); k++ {
		if _, ok := d.c.lx.roles["earlier"].phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

func (d *doc) attempt(m match) bool {
	for k := max(m.i-2, d.first[d.toks[m.i].Sentence]); k <= m.i; k++ {
		if d.toks[k].Key == "محاوله" || d.toks[k].Key == "محاولات" {
			return true
		}
	}
	return false
}

// sentenceDeaths finds a death count in sentence s.
func (d *doc) sentenceDeaths(s int) (int, domain.Span, bool) {
	none, kill := d.c.lx.roles["none"], d.c.lx.roles["kill"]
	for k := d.first[s]; k < d.first[s+1]; k++ {
		if n, ok := none.phraseAt(d.toks, k); ok && len(none.phrases) > 0 && n > 1 {
			end := min(k+n+2, d.first[s+1]) - 1
			if d.hasRole("kill", k, end+1) || d.mentionsCasualties(k, end+1) {
				return 0, domain.Span{Start: d.toks[k].Start, End: d.toks[end].End}, true
			}
		}
		if d.c.lx.roles["neg"].has(d.toks[k].Key) && !d.atLeast(k) {
			end := min(k+9, d.first[s+1])
			if d.hasRole("kill", k+1, end) || d.mentionsCasualties(k+1, end) {
				return 0, domain.Span{Start: d.toks[k].Start, End: d.toks[end-1].End}, true
			}
		}
		if v, sp, ok := d.toll(k, s); ok {
			return v, sp, true // "ارتفعت حصيلة القتلى إلى 12"
		}
		if !kill.has(d.toks[k].Key) || d.sinceOutbreak(k, s) {
			continue
		}
		if v, sp, ok := d.countNear(k, s); ok {
			return d.joinedDeaths(v, sp, k, s)
		}
	}
	return 0, domain.Span{}, false
}

// joinedDeaths adds to the v deaths read at the kill word k those of
// another kill word joined to them by «و» further in the sentence
// («ما أدى إلى استشهاد عسكري وإصابة ثلاثة آخرين، ومقتل أربعة من
// المسلحين»: 5): ACLED totals both sides' dead.
func (d *doc) joinedDeaths(v int, sp domain.Span, k, s int) (int, domain.Span, bool) {
	kill := d.c.lx.roles["kill"]
	for k2 := k + 1; k2 < d.first[s+1]; k2++ {
		t := d.toks[k2]
		if t.Start < sp.End || t.Prefix != "و" || !kill.has(t.Key) {
			continue
		}
		if v2, sp2, ok := d.countNear(k2, s); ok && v2 > 0 && v2 != v { // the same toll told again is not a second one
			v += v2
			sp.End = max(sp.End, sp2.End)
		}
	}
	return v, sp, true
}

func (d *doc) mentionsCasualties(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.toks[k].Key {
		case "اصابات", "ضحايا", "خسائر", "قتلي", "اضرار":
			return true
		}
	}
	return false
}

// countNear reads the number next to the kill word at k.
func (d *doc) countNear(k, s int) (int, domain.Span, bool) {
	last := d.first[s+1]
	j, hedged, rng := d.countStart(k, s)
	if j == k+1 && j < last && d.toks[j].Prefix == "و" && !strings.HasPrefix(d.toks[j].Norm, "واحد") {
		j = last // «أربعة قتلى وعدد من الجرحى»: after «و» a new phrase counts others
	}
	if j < last && !d.inDate(s, j) && d.isCount(j, last) {
		n, _ := d.number(j, last)
		if cumulative(n, hedged) {
			return 0, domain.Span{}, false
		}
		if rng {
			return n.Value, domain.Span{Start: d.toks[k].Start, End: n.Span.End}, true
		}
		v, end := d.sumCounts(n.Value, n.Span.End, j+n.Tokens, last)
		return v, domain.Span{Start: d.toks[k].Start, End: end}, true
	}
	if v, ok := d.peopleCount(j); ok && j < last && kill2(d.toks[k].Key) { // "قتل ضابطان وجندي"
		v, end := d.sumCounts(v, d.toks[j].End, j+1, last)
		return v, domain.Span{Start: d.toks[k].Start, End: end}, true
	}
	if v, sp, ok := d.countBefore(k, s); ok {
		return v, sp, true
	}
	if deadDual(d.toks[k].Key) { // "سقوط قتيلين"
		return 2, domain.Span{Start: d.toks[k].Start, End: d.toks[k].End}, true
	}
	return d.oneKilled(k, j, last)
}

// countStart returns where the count after the kill word at k starts:
// past "فيه"/"منهم", "في المعارك", a hedge ("نحو", "ما لا يقل عن"), "ما
// بين" (a range: its lower bound) and a people noun the count follows
// ("مقتل مدنيين اثنين").
func (d *doc) countStart(k, s int) (j int, hedged, rng bool) {
	last := d.first[s+1]
	j = k + 1
	if j < last && afterKill[d.toks[j].Key] { // "قتل فيه أربعة", "قتل منهم ثلاثة"
		j++
	} else if j+2 < last && (d.toks[j].Key == "في" || d.toks[j].Key == "خلال" || d.toks[j].Key == "جراء") && d.isCount(j+2, last) {
		j += 2 // "قُتل في المعارك تسعة"
	}
	h := d.hedge(j, last)
	j += h
	if j+1 < last && d.toks[j].Key == "ما" && d.toks[j+1].Key == "بين" {
		j, rng = j+2, true
	} else if j < last && d.toks[j].Key == "بين" {
		j, rng = j+1, true
	}
	if j+1 < last && d.peopleNoun(j) && d.isCount(j+1, last) && !d.inDate(s, j+1) {
		j++
	}
	return j, h > 0, rng
}

// kill2 reports a kill word a self-counting people noun may follow as its
// victims: the verbs and nouns of killing, not «قتلى» or «ضحايا».
func kill2(key string) bool {
	return killsOne[key] || key == "استشهد" || key == "استشهدت"
}

// countBefore reads a count before the kill word at k: "ستة عناصر على
// الأقل من قوات النظام قتلوا", "خمسة أشخاص لقوا حتفهم", and past a list
// of those killed to «لقي» ("لقي تسعة مدنيين، بينهم أربعة أطفال،
// مصرعهم").
func (d *doc) countBefore(k, s int) (int, domain.Span, bool) {
	last := d.first[s+1]
	reach := 3
	key := d.toks[k].Key
	if key == "قتلوا" || key == "لقوا" || key == "قضوا" || key == "قتل" {
		reach = 10 // "ستة عناصر على الأقل من قوات النظام قتلوا"
	} else if strings.HasPrefix(key, "حتف") || strings.HasPrefix(key, "مصرع") {
		if k > d.first[s] && strings.HasPrefix(d.toks[k-1].Key, "لق") {
			reach = 11 // "خمسة أشخاص لقوا حتفهم": count back from the verb
		} else if v, sp, ok := d.countAfterMet(k, s); ok {
			return v, sp, true
		}
	}
	for back := k - 1; back >= max(k-reach, d.first[s]); back-- {
		if d.inDate(s, back) {
			break // "في أكتوبر 2014 هجوماً قُتل فيه": a year is no count, and nothing before it is either
		}
		if n, ok := d.number(back, last); ok && d.isCount(back, last) && (back+n.Tokens >= k-1 || reach > 3 && !n.Vague) {
			return n.Value, domain.Span{Start: n.Span.Start, End: d.toks[k].End}, true
		}
	}
	return 0, domain.Span{}, false
}

// countAfterMet reads the count right after «لقي» when «مصرعهم» or
// «حتفهم» closes the clause up to ten words later.
func (d *doc) countAfterMet(k, s int) (int, domain.Span, bool) {
	last := d.first[s+1]
	for v := k - 1; v >= max(k-10, d.first[s]); v-- {
		switch d.toks[v].Key {
		case "لقي", "لقيت", "لقوا":
		default:
			continue
		}
		j := v + 1 + d.hedge(v+1, last)
		if j < k && d.isCount(j, last) && !d.inDate(s, j) {
			n, _ := d.number(j, last)
			return n.Value, domain.Span{Start: d.toks[v].Start, End: d.toks[k].End}, true
		}
		if n, ok := d.peopleCount(j); ok && j < k {
			return n, domain.Span{Start: d.toks[v].Start, End: d.toks[k].End}, true
		}
		return 0, domain.Span{}, false
	}
	return 0, domain.Span{}, false
}

// oneKilled reads one death from a singular noun after the kill word at k
// ("مقتل متظاهر", "قتلوا متظاهراً", "لقي شخص مصرعه"); j is the word after
// it.
func (d *doc) oneKilled(k, j, last int) (int, domain.Span, bool) {
	key := d.toks[k].Key
	if killsOne[key] && j < last && d.toks[j].IsWord() && !d.c.lx.roles["neg"].has(d.toks[j].Key) && !plural(d.toks[j].Key) {
		if d.civilian(d.toks[j].Key) || d.c.lx.roles["protesters"].has(d.toks[j].Key) || d.personIn(j, j+1) ||
			d.c.lx.roles["soldiers"].has(d.toks[j].Key) || d.toks[j].Key == "عسكري" { // «استشهاد عسكري»
			return 1, domain.Span{Start: d.toks[k].Start, End: d.toks[j].End}, true
		}
	}
	if key == "مصرعه" || key == "مصرعها" || key == "حتفه" || key == "حتفها" {
		return 1, domain.Span{Start: d.toks[k].Start, End: d.toks[k].End}, true
	}
	return 0, domain.Span{}, false
}

// isCount reports a number at token j that counts people: not "ثلاثة أيام"
// or "خمسة كيلومترات".
func (d *doc) isCount(j, last int) bool {
	n, ok := d.number(j, last)
	if !ok {
		return false
	}
	after := j + n.Tokens
	return after >= last || !measureWords[d.toks[after].Key]
}

// sumCounts adds to total, the count read up to rune end, the counts
// joined to it from token k: "تسعة من مقاتلي العشائر وأربعة من عناصر قسد"
// is 13, "14 مقاتلاً حوثياً و5 من القوات الحكومية" 19, "ضابطان وجندي" 3, as
// ACLED totals an event's deaths.
func (d *doc) sumCounts(total, end, k, last int) (int, int) {
	for k < last {
		if rest, ok := strings.CutPrefix(d.toks[k].Norm, "و"); ok && d.toks[k].Prefix == "" && d.possessedDual(rest) {
			total, end, k = total+2, d.toks[k].End, k+1 // «امرأة وطفلاها»: a rare word keeps its «و» unsplit
			continue
		}
		m := d.pastCounted(k, last)
		if m >= last {
			break
		}
		v, n := 0, 0
		if digits, ok := joinedDigits(d.toks[m]); ok && (m+1 >= last || !measureWords[d.toks[m+1].Key]) { // "و5": one token
			v, n = digits, 1
		} else if !strings.HasPrefix(d.toks[m].Prefix, "و") {
			break
		} else if next, ok := d.number(m, last); ok && !next.Vague && d.isCount(m, last) {
			v, n = next.Value, next.Tokens
		} else if c, ok := d.peopleCount(m); ok {
			v, n = c, 1
		} else {
			break
		}
		if d.injured(m+n, last) {
			break // "مقتل خمسة وإصابة عشرة", "مقتل خمسة و10 جرحى"
		}
		total += v
		end = d.toks[m+n-1].End
		k = m + n
	}
	return total, end
}

// pastCounted skips the words that tell who a count counts: a partitive
// ("من مقاتلي العشائر") or a noun and its adjectives ("مقاتلاً حوثياً").
func (d *doc) pastCounted(k, last int) int {
	if d.toks[k].Key == "من" { // "من مقاتلي العشائر"
		m := k + 2
		for m < last && strings.HasPrefix(d.toks[m].Key, "ال") && d.toks[m].Prefix == "" {
			m++
		}
		return m
	}
	m := k
	for m < last && m < k+3 && d.toks[m].IsWord() && d.toks[m].Prefix == "" && (m == k || adjective(d.toks[m].Key)) {
		if _, ok := joinedDigits(d.toks[m]); ok {
			break
		}
		m++
	}
	return m
}

// injured reports an injury word at k or k+1 ("10 جرحى", "عشرة آخرين بجروح").
func (d *doc) injured(k, last int) bool {
	for x := k; x < last && x <= k+2; x++ {
		switch d.toks[x].Key {
		case "جرحي", "جريحا", "جريح", "مصابين", "مصابا", "مصاب", "جروح", "جراح", "اصابات", "اصيبوا":
			return true
		}
	}
	return false
}

// measureWords follow a number that measures time or distance.
var measureWords = map[string]bool{
	"ايام": true, "يوما": true, "يوم": true, "ساعات": true, "ساعه": true, "اسابيع": true, "اسبوع": true,
	"اشهر": true, "شهور": true, "شهرا": true, "سنوات": true, "اعوام": true, "سنه": true, "عاما": true,
	"دقائق": true, "دقيقه": true, "كيلومترات": true, "كيلومترا": true, "كيلومتر": true, "كم": true,
	"امتار": true, "مترا": true, "متر": true, "مرات": true, "مره": true,
}

// atLeast reports the hedge "لا يقل عن" ("at least") at k: no negation.
func (d *doc) atLeast(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	next := d.toks[k+1].Key
	return next == "يقل" || next == "تقل"
}

// victimCount reads a count of victims within six words after trigger m,
// past a verb-first subject ("أعدم تنظيم داعش 44 شاباً"), in its clause.
func (d *doc) victimCount(m match) (arabic.Number, bool) {
	last := d.first[d.toks[m.i].Sentence+1]
	for k := m.j; k < last && k <= m.j+6; k++ {
		switch d.toks[k].Key {
		case "،", ",", ".", "؛", ":", "في", "يوم", "منذ", "خلال":
			return arabic.Number{}, false // the clause or the victim phrase is over
		}
		if d.isCount(k, last) && !d.inDate(d.toks[m.i].Sentence, k) {
			n, _ := d.number(k, last)
			return n, !n.Vague
		}
	}
	return arabic.Number{}, false
}

// afterKill are the words that may stand between a kill word and its count.
var afterKill = map[string]bool{"فيه": true, "فيها": true, "منهم": true, "منها": true, "خلاله": true, "خلالها": true}

// inDate reports whether token k of sentence s is part of a date ("أكتوبر
// 2014", "عام 2019"): a number there counts no one.
func (d *doc) inDate(s, k int) bool {
	t := d.toks[k]
	for _, e := range d.datesIn[s] {
		if t.Start >= e.Span.Start && t.End <= e.Span.End {
			return true
		}
	}
	return false
}

// killsOne are the kill words that, before a singular noun, report one death.
var killsOne = map[string]bool{"مقتل": true, "مصرع": true, "قتل": true, "قتلوا": true, "قتلت": true, "استشهاد": true}

// plural reports a sound plural or oblique dual ending (ـين، ـون، ـات).
func plural(key string) bool {
	return strings.HasSuffix(key, "ين") || strings.HasSuffix(key, "ون") || strings.HasSuffix(key, "ات")
}
