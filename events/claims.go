package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// claims gives an event without an initiator, or with an anonymous one
// («انتحاري», «مسلحون مجهولون»), the group that claims it in one of the
// three sentences after it ("وتبنى تنظيم داعش الهجوم", "أعلنت …
// مسؤوليتها"); failing a claim, an event without an initiator gets the one
// accused of it ("واتهمت الوزارة حرس الحدود بتنفيذ القصف") unless the
// accusation is denied.
func (d *doc) claims(evs []*domain.Event) {
	for s := 1; s < len(d.a.Sentences); s++ {
		var who *actorMention
		k, claimed := d.claimAt(s)
		if claimed {
			for i := range d.actors[s] {
				am := &d.actors[s][i]
				if am.ent.Subtype == "media" || d.namedOutlet(am) || abs(am.tok-k) > claimReach {
					continue // «في بيان نشرته وكالة أعماق»: the outlet that carried the claim
				}
				if lo, hi := min(am.tok, k), max(am.tok, k); d.hasWord("clause", lo, hi) {
					continue // «تبنى التنظيم الهجوم …، فيما أعلنت قوات …»: another clause's subject
				}
				if who == nil || abs(am.tok-k) < abs(who.tok-k) {
					who = am
				}
			}
		} else {
			who = d.accused(s)
		}
		if who == nil {
			continue
		}
		if ev := d.claimedEvent(evs, s, claimed); ev != nil {
			ev.Actor1 = d.eventActor(who)
		}
	}
}

// claimReach is how many words from the claim word its claimant may stand.
const claimReach = 6

// claimedEvent returns the event a claim or accusation in sentence s is
// about: the latest act of political violence within the three sentences
// before it with no initiator; for a claim, else the latest one whose
// initiator is anonymous («انتحاري», «مسلحون مجهولون»), and failing both,
// the same within claimBack sentences.
func (d *doc) claimedEvent(evs []*domain.Event, s int, claimed bool) *domain.Event {
	reach := []int{3}
	if claimed {
		reach = append(reach, claimBack) // «وفي وقت لاحق، تبنى التنظيم الهجوم» after the witnesses' accounts
	}
	for _, back := range reach {
		for pass := 0; pass < 2; pass++ {
			if pass == 1 && !claimed {
				break
			}
			for i := len(evs) - 1; i >= 0; i-- {
				es := d.a.SentenceOf(evs[i].Evidence.Start)
				if es > s || es < s-back || domain.DisorderType(evs[i].EventType) != "Political violence" {
					continue
				}
				if pass == 0 && evs[i].Actor1 == nil || pass == 1 && evs[i].Actor1 != nil && anonymous(evs[i].Actor1) {
					return evs[i]
				}
			}
		}
	}
	return nil
}

// claimBack is how many sentences back a claim finds its event when none
// is within three: a claim names the attack the report is about, which
// may lie before a paragraph of casualties and witnesses.
const claimBack = 8

// anonymous reports an initiator named only by what it did or is («انتحاري»,
// «مسلحون مجهولون»): no listed actor. A group that claims the act names it.
func anonymous(ea *domain.EventActor) bool {
	return ea.ActorID == "" || strings.HasPrefix(ea.ActorID, "generic:")
}

// claimAt finds a claim of responsibility in sentence s: "تبنى" or
// "مسؤوليته/مسؤوليتها/المسؤولية" with "أعلن".
func (d *doc) claimAt(s int) (int, bool) {
	announce := -1
	for k := d.first[s]; k < d.first[s+1]; k++ {
		key := d.toks[k].Key
		switch {
		case strings.HasPrefix(key, "تبني") || strings.HasPrefix(key, "تبنت") || key == "تبني":
			return k, true
		case strings.HasPrefix(key, "اعلن"):
			announce = k
		case announce >= 0 && strings.HasPrefix(key, "مسووليت") || announce >= 0 && key == "المسووليه":
			return announce, true
		}
	}
	return 0, false
}

// distinctDates counts the different days or periods sentence s names
// («صباح اليوم الأربعاء» is one day told twice, not a span).
func (d *doc) distinctDates(s int) int {
	var seen []domain.Date
	for _, e := range d.datesIn[s] {
		dup := false
		for _, o := range seen {
			if o.Min.Equal(e.Date.Min) && o.Max.Equal(e.Date.Max) {
				dup = true
				break
			}
		}
		if !dup {
			seen = append(seen, e.Date)
		}
	}
	return len(seen)
}

// dropGoverned drops a trigger that starts inside another one of another
// type: the object of the governing phrase («تفكيك عبوة ناسفة»: the bomb
// defused is no explosion; «ضبط أسلحة»).
func dropGoverned(ms []match) []match {
	out := ms[:0:0]
	for _, m := range ms {
		governed := false
		for _, o := range ms {
			if o.i < m.i && m.i < o.j && o.t.typ != m.t.typ {
				governed = true
				break
			}
		}
		if !governed {
			out = append(out, m)
		}
	}
	return out
}
