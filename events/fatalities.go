package events

import (
	"slices"
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
		if !kill.has(d.toks[k].Key) {
			continue
		}
		if v, sp, ok := d.countNear(k, s); ok {
			return v, sp, true
		}
	}
	return 0, domain.Span{}, false
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
	j := k + 1
	if j < last && afterKill[d.toks[j].Key] { // "قتل فيه أربعة", "قتل منهم ثلاثة"
		j++
	} else if j+2 < last && (d.toks[j].Key == "في" || d.toks[j].Key == "خلال" || d.toks[j].Key == "جراء") && d.isCount(j+2, last) {
		j += 2 // "قُتل في المعارك تسعة"
	}
	if j < last && (d.toks[j].Key == "نحو" || d.toks[j].Key == "حوالي" || d.toks[j].Key == "قرابه") {
		j++
	}
	if j+1 < last && d.toks[j].Key == "ما" && d.toks[j+1].Key == "بين" { // "مقتل ما بين 5 و7": the lower bound
		j += 2
	} else if j < last && d.toks[j].Key == "بين" {
		j++
	}
	if j < last && !d.inDate(s, j) && d.isCount(j, last) {
		n, _ := arabic.ParseNumber(d.toks[:last], j)
		v, end := d.sumCounts(n, j, last)
		return v, domain.Span{Start: d.toks[k].Start, End: end}, true
	}
	reach := 3
	if key := d.toks[k].Key; key == "قتلوا" || key == "لقوا" || key == "قضوا" || key == "قتل" {
		reach = 10 // "ستة عناصر على الأقل من قوات النظام قتلوا"
	} else if k > d.first[s] && strings.HasPrefix(d.toks[k-1].Key, "لق") && (strings.HasPrefix(key, "حتف") || strings.HasPrefix(key, "مصرع")) {
		reach = 11 // "خمسة أشخاص لقوا حتفهم": count back from the verb
	}
	for back := k - 1; back >= max(k-reach, d.first[s]); back-- {
		if d.inDate(s, back) {
			break // "في أكتوبر 2014 هجوماً قُتل فيه": a year is no count, and nothing before it is either
		}
		if n, ok := arabic.ParseNumber(d.toks[:last], back); ok && d.isCount(back, last) && (back+n.Tokens >= k-1 || reach > 3 && !n.Vague) {
			return n.Value, domain.Span{Start: n.Span.Start, End: d.toks[k].End}, true
		}
	}
	// "مقتل متظاهر", "قتلوا متظاهراً", "لقي شخص مصرعه": a singular noun means one
	key := d.toks[k].Key
	if killsOne[key] && j < last && d.toks[j].IsWord() && !d.c.lx.roles["neg"].has(d.toks[j].Key) && !plural(d.toks[j].Key) {
		if d.c.lx.roles["civilians"].has(d.toks[j].Key) || d.c.lx.roles["protesters"].has(d.toks[j].Key) || d.personIn(j, j+1) {
			return 1, domain.Span{Start: d.toks[k].Start, End: d.toks[j].End}, true
		}
	}
	if key == "مصرعه" || key == "مصرعها" {
		return 1, domain.Span{Start: d.toks[k].Start, End: d.toks[k].End}, true
	}
	return 0, domain.Span{}, false
}

// lateFatalities gives an event with no count the count of one of the two
// sentences after its last mention that reports deaths but no other event.
func (d *doc) lateFatalities(evs []*domain.Event, groups map[*domain.Event][]int) {
	owner := map[int]*domain.Event{}
	for _, ev := range evs {
		for _, s := range groups[ev] {
			owner[s] = ev
		}
	}
	for _, ev := range evs {
		if ev.Fatalities != nil {
			continue
		}
		s := slices.Max(groups[ev])
		for next := s + 1; next <= s+2 && next < len(d.a.Sentences); next++ {
			if o, ok := owner[next]; ok && o != ev {
				break
			}
			if n, sp, ok := d.sentenceDeaths(next); ok {
				ev.Fatalities, ev.FatalitiesSpan = &n, &sp
				break
			}
		}
	}
}

// isCount reports a number at token j that counts people: not "ثلاثة أيام"
// or "خمسة كيلومترات".
func (d *doc) isCount(j, last int) bool {
	n, ok := arabic.ParseNumber(d.toks[:last], j)
	if !ok {
		return false
	}
	after := j + n.Tokens
	return after >= last || !measureWords[d.toks[after].Key]
}

// sumCounts adds the counts joined to the one at j: "تسعة من مقاتلي
// العشائر وأربعة من عناصر قسد" is 13, as ACLED totals an event's deaths.
func (d *doc) sumCounts(n arabic.Number, j, last int) (int, int) {
	total, end := n.Value, n.Span.End
	k := j + n.Tokens
	for k < last {
		m := k
		if d.toks[m].Key == "من" { // "من مقاتلي العشائر"
			m += 2
			for m < last && strings.HasPrefix(d.toks[m].Key, "ال") && d.toks[m].Prefix == "" {
				m++
			}
		} else if m < last && d.toks[m].IsWord() && d.toks[m].Prefix == "" { // "ثلاثة جنود وخمسة مسلحين"
			m++
		}
		if m >= last || !strings.HasPrefix(d.toks[m].Prefix, "و") {
			break
		}
		next, ok := arabic.ParseNumber(d.toks[:last], m)
		if !ok || next.Vague || !d.isCount(m, last) || d.injured(m+next.Tokens, last) {
			break // "مقتل خمسة وإصابة عشرة", "مقتل خمسة و10 جرحى"
		}
		total += next.Value
		end = next.Span.End
		k = m + next.Tokens
	}
	return total, end
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
			n, _ := arabic.ParseNumber(d.toks[:last], k)
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
