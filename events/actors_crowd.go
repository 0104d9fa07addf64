package events

import (
	"cmp"

	"github.com/rasid-osint/rasid/domain"
)

// protestCrowd names the crowd of a protest that found no first actor:
// the crowd phrase in the words before the trigger ("نظم العشرات من أهالي
// سنجار وقفة احتجاجية", "نفذ العشرات اعتصاماً"), as ACLED's protesters of
// the article's country.
func (d *doc) protestCrowd(m match, s int) *domain.EventActor {
	if ea := d.crowdBefore(m, s); ea != nil {
		return ea
	}
	if ea := d.crowdAfter(m, s); ea != nil {
		return ea
	}
	return d.protestersNamed(m, s)
}

// crowdAfter names the crowd right after a verb trigger, its subject
// ("تظاهر المئات من أهالي البصرة", "خرج الآلاف في مسيرة").
func (d *doc) crowdAfter(m match, s int) *domain.EventActor {
	if m.t.noun {
		return nil
	}
	for k := m.j; k < d.first[s+1] && k <= m.j+1; k++ {
		if !d.crowdWord(k) {
			continue
		}
		end := k + 1
		for end < d.first[s+1] && end-k < 7 && d.toks[end].IsWord() && !crowdStop[d.toks[end].Key] {
			end++
		}
		return d.protesters(k, end)
	}
	return nil
}

// crowdBefore names the crowd phrase in the eight words before the trigger.
func (d *doc) crowdBefore(m match, s int) *domain.EventActor {
	for k := max(d.first[s], m.i-8); k < m.i; k++ {
		if !d.crowdWord(k) {
			continue
		}
		end := k + 1
		for end < m.i && end-k < 7 && d.toks[end].IsWord() && !crowdStop[d.toks[end].Key] {
			end++ // "من أهالي سنجار", "من الخريجين العاطلين عن العمل"
		}
		return d.protesters(k, end)
	}
	return nil
}

// protestersNamed names the protesters of a protest whose crowd stands
// elsewhere: a protester word anywhere in its sentence («أطلق مسلح النار
// باتجاه المحتجين، فيما ردت قوى الأمن بقنابل الغاز»), else in one of the
// two sentences before it, else in one of the three after it (a lead that
// names the protest before telling who marched).
func (d *doc) protestersNamed(m match, s int) *domain.EventActor {
	set := d.c.lx.roles["protesters"]
	order := []int{s, s - 1, s - 2, s + 1, s + 2, s + 3}
	for _, t := range order {
		if t < 1 || t >= len(d.a.Sentences) {
			continue
		}
		for k := d.first[t]; k < d.first[t+1]; k++ {
			if set.has(d.toks[k].Key) && (k < m.i || k >= m.j) && !d.placeAt(t, k) { // not «ناحية المعتصم»
				return d.protesters(k, k+1)
			}
		}
	}
	return nil
}

// protesters names tokens [k, end) as ACLED's protesters of the article's
// country.
func (d *doc) protesters(k, end int) *domain.EventActor {
	sp, text := d.phrase(k, end)
	return &domain.EventActor{Text: text, Span: &sp, Name: d.ofCountry("Protesters"), Inter: 6}
}

// crowdStop ends a crowd phrase: where, when, and what they did next.
var crowdStop = map[string]bool{"في": true, "امام": true, "عند": true, "قرب": true, "وسط": true,
	"ظهر": true, "صباح": true, "مساء": true, "امس": true, "اليوم": true, "يوم": true, "ليل": true,
	"فجر": true, "بعد": true, "قبل": true, "الي": true, "علي": true}

// crowdWord reports a word for a crowd or for people who march ("العشرات",
// "عمال", "الخريجين").
func (d *doc) crowdWord(k int) bool {
	key := d.toks[k].Key
	return d.c.lx.roles["crowd"].has(key) || d.c.lx.roles["crowdwho"].has(key)
}

// mobCrowd names the crowd of mob violence that found no first actor: a
// crowd word inside the trigger or right after it («انهال عليه حشد من
// الأهالي بالضرب», «ضربه شبان حتى الموت»), else before it, as ACLED's
// rioters of the article's country.
func (d *doc) mobCrowd(m match, s int) *domain.EventActor {
	stop := min(d.first[s+1], m.j+2)
	if ea := d.crowdIn(m.i+1, stop, min(stop, m.j-1)); ea != nil {
		return ea
	}
	return d.crowdIn(max(d.first[s], m.i-8), m.i, m.i) // «شبان مناصرون لحركة أمل», not what they did next
}

// crowdIn names as rioters the first crowd phrase that starts in tokens
// [lo, hi): the crowd word and up to three words after it, before limit.
func (d *doc) crowdIn(lo, hi, limit int) *domain.EventActor {
	for k := lo; k < hi; k++ {
		if !d.crowdWord(k) && !d.hasRole("crowd", k, k+1) { // «حشد من»
			continue
		}
		end := k + 1
		for end < limit && end-k < 4 && d.toks[end].IsWord() && !crowdStop[d.toks[end].Key] {
			end++
		}
		return d.rioters(d.protesters(k, end))
	}
	return nil
}

// rioters renames a crowd as ACLED's rioters.
func (d *doc) rioters(ea *domain.EventActor) *domain.EventActor {
	ea.Name, ea.Inter = d.ofCountry("Rioters"), 5
	return ea
}

// ofCountry names a generic actor of the article's country, as ACLED
// does: "Protesters (Iraq)"; the bare name when the country is unknown.
func (d *doc) ofCountry(name string) string {
	if c, ok := d.c.kb.Country(d.country); ok {
		return name + " (" + c.Name + ")"
	}
	return name
}

// crowdActors names the crowd of a demonstration or riot that found no
// initiator: protesters for a protest, rioters for a violent
// demonstration, and for mob violence the crowd first and the person it
// hit second.
func (d *doc) crowdActors(ev *domain.Event, m match, s int) {
	switch {
	case ev.EventType == domain.Protests && ev.Actor1 == nil:
		ev.Actor1 = d.protestCrowd(m, s)
	case ev.SubEventType == "Violent demonstration" && ev.Actor1 == nil:
		if crowd := d.protestCrowd(m, s); crowd != nil {
			ev.Actor1 = d.rioters(crowd) // «أحرق متظاهرون غاضبون مقر …»
		}
	case ev.SubEventType == "Mob violence" && (ev.Actor1 == nil || ev.Actor1.Inter == 7):
		crowd := d.mobCrowd(m, s)
		if crowd == nil {
			return
		}
		ev.Actor1, ev.Actor2 = crowd, cmp.Or(ev.Actor2, ev.Actor1)
		if ev.Actor2 != nil && ev.Actor2.Span != nil && within(*ev.Actor2.Span, *crowd.Span) {
			ev.Actor2 = nil // «شبان مناصرون لحركة أمل»: the movement they back is not their victim
		}
	}
}

// within reports whether span a lies inside span b.
func within(a, b domain.Span) bool { return a.Start >= b.Start && a.End <= b.End }
