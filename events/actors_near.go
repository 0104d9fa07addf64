package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// neighbourInitiator returns, for an act of political violence whose own
// sentence names no initiator, the initiator the sentence before or after
// gives for an act of the same type and sub-type (or any act of the type
// named by a definite noun, «القصف»), or by a nationality on its weapon, when the later of the
// two goes on with the same account ("وأفاد شهود بأن …", "وأضاف أن …"),, a group or force, not a
// person (a spokesman), and not one the event's own sentence names in
// another part: "قُتل شاب بإطلاق نار استهدف تجمعاً.
// وأفاد شهود بأن مسلحاً أطلق النار …". Nil when neither names one.
func (d *doc) neighbourInitiator(m match, s int, cands []*actorMention) *domain.EventActor {
	if domain.DisorderType(m.t.typ) != "Political violence" {
		return nil
	}
	for _, t := range []int{s - 1, s + 1} {
		if t < 1 || t >= len(d.a.Sentences) || !d.goesOn(max(s, t)) {
			continue
		}
		for k := d.first[t]; k < d.first[t+1]; k++ {
			for _, m2 := range d.c.lx.matchAt(d.toks, k) {
				if m2.t.typ != m.t.typ || m2.t.sub != m.t.sub && !d.refersTo(m2) || m2.j > d.first[t+1] ||
					d.offSense(m2) || d.foundWeapon(m2) {
					continue // not an act, as pick would not code it: a weapon found, a plan
				}
				init, _ := d.roles(m2, t, d.candidates(m2, t))
				if init != nil && init.ent.Type == domain.ORG && !d.victim(init, m) && !d.namedIn(init, cands) {
					return d.eventActor(init)
				}
				if init == nil {
					if ea := d.nationalForce(m2); ea != nil {
						return ea // "وأكدت مصادر أن القصف نفذته طائرة مسيرة أمريكية"
					}
				}
			}
		}
	}
	return nil
}

// refersTo reports a definite noun trigger («القصف», «الهجوم»): it names
// an act already told, whatever its sub-type.
func (d *doc) refersTo(m match) bool {
	return m.t.noun && strings.HasPrefix(d.toks[m.i].Key, "ال")
}

// namedIn reports an actor among cands, by entity or by the actor it
// names ("عناصر وحدات الحماية" and "وحدات حماية الشعب"): named in the
// event's own sentence but not as its initiator, it plays another part
// there.
func (d *doc) namedIn(am *actorMention, cands []*actorMention) bool {
	name := d.eventActor(am).Name
	for _, c := range cands {
		if sameActor(am, c) || d.eventActor(c).Name == name {
			return true
		}
	}
	return false
}

// goesOn reports a sentence that carries on the account before it: a
// reporting verb among its first three words ("وأضاف أن", "وأفاد شهود").
func (d *doc) goesOn(s int) bool {
	set := d.c.lx.roles["report"]
	for k := d.first[s]; k < min(d.first[s]+3, d.first[s+1]); k++ {
		if key := d.toks[k].Key; set.has(key) || set.has(strings.TrimPrefix(key, "و")) { // "وأفاد" is one token
			return true
		}
	}
	return false
}
