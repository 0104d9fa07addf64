package events

import "github.com/rasid-osint/rasid/domain"

// neighbourInitiator returns, for an act of political violence whose own
// sentence names no initiator, the initiator the sentence before or after
// gives for an act of the same type and sub-type, a group or force, not a
// person (a spokesman): "قُتل شاب بإطلاق نار استهدف تجمعاً.
// وأفاد شهود بأن مسلحاً أطلق النار …". Nil when neither names one.
func (d *doc) neighbourInitiator(m match, s int, target *actorMention) *actorMention {
	if domain.DisorderType(m.t.typ) != "Political violence" {
		return nil
	}
	for _, t := range []int{s - 1, s + 1} {
		if t < 1 || t >= len(d.a.Sentences) {
			continue
		}
		for k := d.first[t]; k < d.first[t+1]; k++ {
			for _, m2 := range d.c.lx.matchAt(d.toks, k) {
				if m2.t.typ != m.t.typ || m2.t.sub != m.t.sub || m2.j > d.first[t+1] {
					continue
				}
				init, _ := d.roles(m2, t, d.candidates(m2, t))
				if init != nil && init.ent.Type == domain.ORG && (target == nil || !sameActor(init, target)) && !d.victim(init, m) {
					return init
				}
			}
		}
	}
	return nil
}
