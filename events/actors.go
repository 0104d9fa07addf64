package events

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// actorsFor finds the initiator and the target of trigger m in sentence s:
// the actor after a passive marker ("على يد", "من قبل") or the nearest one
// before the trigger initiates; the nearest one after it is the target,
// unless the target came first ("تعرض X لمحاولة اغتيال").
func (d *doc) actorsFor(m match, s int) (a1, a2 *domain.EventActor) {
	before, after := d.nearestActors(s, m)
	if p, ok := d.passiveActor(s, m); ok {
		return d.eventActor(p), d.eventActorOrWord(after, m)
	}
	if before != nil && d.undergoes(max(before.tok-3, d.first[s]), m.i) {
		return nil, d.eventActor(before)
	}
	a1 = d.eventActor(before)
	a2 = d.eventActorOrWord(after, m)
	if a1 != nil && a2 != nil && a1.Name == a2.Name {
		a2 = nil
	}
	return a1, a2
}

func (d *doc) nearestActors(s int, m match) (before, after *actorMention) {
	var targetBefore *actorMention // "معسكرا للقوات الحكومية": a target named before the trigger
	defer func() {
		if after == nil && targetBefore != nil && targetBefore != before {
			after = targetBefore
		}
	}()
	var inside *actorMention // the subject inside a gapped trigger ("أطلقت قوات الأمن النار")
	defer func() {
		if inside != nil {
			before = inside
		}
	}()
	for i := range d.actors[s] {
		am := &d.actors[s][i]
		switch {
		case am.tok > m.i && am.tok < m.j:
			inside = am
		case am.tok < m.i && d.targetMarked(am.tok):
			if targetBefore == nil || am.tok > targetBefore.tok {
				targetBefore = am
			}
		case am.tok < m.i && (before == nil || am.tok > before.tok):
			before = am
		case am.tok >= m.j && (after == nil || am.tok < after.tok):
			after = am
		}
	}
	return before, after
}

// passiveActor returns the actor after "على يد"/"من قبل" following the trigger.
func (d *doc) passiveActor(s int, m match) (*actorMention, bool) {
	set := d.c.lx.roles["passive"]
	lo, hi := d.window(m.j, m.j, m.j+8)
	for k := lo; k < hi; k++ {
		if n, ok := set.phraseAt(d.toks, k); ok {
			for i := range d.actors[s] {
				if am := &d.actors[s][i]; am.tok >= k+n && am.tok <= k+n+2 {
					return am, true
				}
			}
		}
	}
	return nil, false
}

// undergoes reports "تعرض"/"نجا" between the actor and the trigger: the
// actor is the target.
func (d *doc) undergoes(from, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].Key {
		case "تعرض", "تعرضت", "نجا", "نجت", "استهدف", "استهدفت", "استهداف":
			return true
		}
	}
	return false
}

func (d *doc) eventActor(am *actorMention) *domain.EventActor {
	if am == nil {
		return nil
	}
	sp := am.men.Span
	ea := &domain.EventActor{Text: am.men.Text, Span: &sp, Name: am.ent.Name, ActorID: am.ent.ActorID}
	if a, ok := d.c.kb.Actor(am.ent.ActorID); ok {
		ea.Inter = a.Inter
	} else if g, ok := d.c.kb.Generic(am.men.Text, d.country); ok {
		ea.Inter, ea.Name = g.Inter, g.Name
	}
	return ea
}

// eventActorOrWord returns the target actor, or a civilian or protester
// word right after the trigger ("اغتيل ناشط", "اختطفت ألمانية").
func (d *doc) eventActorOrWord(am *actorMention, m match) *domain.EventActor {
	if am != nil && am.tok <= m.j+6 {
		return d.eventActor(am)
	}
	lo, hi := d.window(m.j, m.j, m.j+3)
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if !t.IsWord() {
			break
		}
		if d.c.lx.roles["civilians"].has(t.Key) || d.c.lx.roles["protesters"].has(t.Key) || d.nisbaNoun(k, m) {
			sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: t.End}
			text := arabic.Surface(t.Text, t.Prefix)
			ea := &domain.EventActor{Text: text, Span: &sp, Name: text, Inter: 7}
			if g, ok := d.c.kb.Generic(text, d.country); ok {
				ea.Name, ea.Inter, ea.ActorID = g.Name, g.Inter, g.ID
			}
			return ea
		}
	}
	if am != nil {
		return d.eventActor(am)
	}
	return nil
}

// nisbaNoun accepts a nationality word used as a noun right after a
// passive trigger ("اختطفت ألمانية": a German woman was abducted).
func (d *doc) nisbaNoun(k int, m match) bool {
	if k != m.j || m.t.typ != domain.ViolenceCivilian {
		return false
	}
	key := d.toks[k].Key
	n := len([]rune(key))
	return n > 4 && !d.toks[k].IsWord() == false && (hasSuffix(key, "يه") || hasSuffix(key, "ي"))
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// targetMarked reports an actor introduced as a target: with the
// preposition ل, or after على، ضد، استهدف.
func (d *doc) targetMarked(tok int) bool {
	if p := d.toks[tok].Prefix; p == "ل" || p == "ول" || p == "لل" {
		return true
	}
	if tok == 0 {
		return false
	}
	switch k := d.toks[tok-1].Key; {
	case k == "علي", k == "ضد", strings.HasPrefix(k, "استهدف"), k == "مواقع", k == "معسكر", k == "تجمعات", k == "مقر":
		return true
	}
	return false
}
