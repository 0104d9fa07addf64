package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// intervened reports a word of intervention after the protest trigger, or
// just before it («لتفريق اعتصام»), that no negation governs («من دون أن
// تتدخل أي جهة لتفريقهم»).
func (d *doc) intervened(m match, s int) bool {
	for k := max(m.i-3, d.first[s]); k < d.first[s+1]; k++ {
		if k >= m.i && k < m.j || !d.hasWord("intervene", k, k+1) {
			continue
		}
		if lo, hi := d.window(k, k-6, k); !d.hasRole("neg", lo, hi) {
			return true
		}
	}
	return false
}

// lethalForce makes a protest with intervention excessive force when the
// sentence names live fire or deaths.
func (d *doc) lethalForce(ev *domain.Event, s int) {
	if d.hasWord("lethal", d.first[s], d.first[s+1]) {
		ev.SubEventType = "Excessive force against protesters"
	}
}

// deniedAfter reports a denial word after token k in sentence s («وهو ما
// نفاه», «لكن … نفت»).
func (d *doc) deniedAfter(k, s int) bool {
	return d.hasWord("deny", k, d.first[s+1])
}

// directObject reports a trigger with no preposition before it: the
// object of the verb before («نفى مصدر … إطلاق النار»), not a phrase
// inside it («نفى سقوط قتلى في القصف» denies the dead).
func (d *doc) directObject(m match) bool {
	if m.i == 0 || strings.ContainsAny(d.toks[m.i].Prefix, "بل") {
		return false
	}
	prev := d.toks[m.i-1]
	return prev.IsWord() && !d.c.lx.roles["prep"].has(prev.Key) && prev.Key != "الي" && prev.Key != "علي"
}

// armedBefore reports fighters or an armed group named over [lo, m.i),
// the subject of the trigger.
func (d *doc) armedBefore(m match, lo int) bool {
	if d.hasRole("fighters", lo, m.i) {
		return true
	}
	for _, am := range d.actors[d.toks[m.i].Sentence] {
		if am.tok >= lo && am.tok < m.i && am.ent.Subtype == "armed_group" {
			return true
		}
	}
	return false
}
