package events

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// actorsFor finds the initiator and the target of trigger m in sentence s.
// Actors that report the event (after "وفق", "قال", media outlets) take no
// part; victims (civilians, protesters, people counted after "قتل" or
// "مقتل"), posts and convoys after "استهدف", and actors introduced as
// targets ("للقوات", "على") are targets. The initiator follows a passive
// marker ("على يد"), or is the genitive of a noun trigger ("غارة
// للتحالف"), or is the nearest other actor before the trigger, or, in
// verb-first sentences, right after it. Besides the entity stage's
// mentions, the candidates include common-noun actors ("مقاتلي الجماعة",
// "جنديان عراقيان") and groups referred back to ("الحزب", "مقاتليه").
func (d *doc) actorsFor(m match, s int) (a1, a2 *domain.EventActor) {
	cands := d.candidates(m, s)
	if x, y, ok := d.between(m, s, cands); ok { // "اشتباكات بين X وY"
		if d.assaults(y) && !d.assaults(x) { // "بين القوات ومسلحين حاولوا اقتحام المقر"
			x, y = y, x
		}
		return d.eventActor(x), d.eventActor(y)
	}
	init, target := d.roles(m, s, cands)
	a1 = d.eventActor(init)
	if a1 == nil {
		a1 = d.nationalForce(m)
	}
	if a1 == nil {
		a1 = d.neighbourInitiator(m, s, cands)
	}
	if a1 != nil && a1.Inter == 7 && crowdActs(m) { // civilians who protest are protesters
		if g, ok := d.c.kb.Generic("متظاهرين", d.country); ok {
			a1.Name, a1.Inter, a1.ActorID = g.Name, g.Inter, g.ID
		}
	}
	if target != nil && target.tok < m.i {
		a2 = d.eventActor(target)
	} else {
		a2 = d.eventActorOrWord(target, m)
	}
	if a1 != nil && a2 != nil && a1.Name == a2.Name && a1.Text == a2.Text {
		a2 = nil
	}
	hit := m.t.typ == domain.ViolenceCivilian || m.t.typ == domain.Explosions
	if hit && target != nil && target.ent.Type == domain.PER && target.ent.ActorID == "" && a2 != nil {
		d.asCivilian(a2) // a person the actor base does not list, hit: ACLED's civilians
	}
	return a1, a2
}

// sameActor reports two mentions of one actor: one entity or one actor id.
func sameActor(a, b *actorMention) bool {
	return a.ent == b.ent || a.ent.ActorID != "" && a.ent.ActorID == b.ent.ActorID
}

// afterReach is how many words after the trigger an unmarked actor may
// still be its object.
const afterReach = 12

// roles sorts the candidates into agents and ranked targets and picks the
// initiator and the target.
func (d *doc) roles(m match, s int, cands []*actorMention) (init, target *actorMention) {
	agents, targets, rank := d.sides(m, s, cands)
	init = d.initiator(m, s, agents, cands)
	if init == nil {
		init = d.previousSubject(m, s)
	}
	target = pickTarget(m, init, targets, rank)
	if init == nil && m.t.typ == domain.Battles { // a battle has two sides: the other one, named before, hit
		if o := pickTarget(m, target, targets, rank); o != nil && o.tok < m.i && target != nil {
			init = o
		}
	}
	if target == nil || rank[target] >= 2 { // "… ونعى حزب الله اثنين من عناصره"
		if later := d.laterVictims(m, s, init); later != nil && (target == nil || !d.victim(later, m)) {
			return init, later
		}
	}
	if target == nil { // verb first: "قصفت المدفعية القرية", the next actor after the initiator
		for _, a := range agents {
			if a != init && a.tok >= m.j && a.tok <= m.j+afterReach && (target == nil || a.tok < target.tok) && !d.placedAt(a) {
				target = a
			}
		}
	}
	return init, target
}

// sides sorts the candidates into agents and ranked targets, leaving out
// those who report the event.
func (d *doc) sides(m match, s int, cands []*actorMention) (agents, targets []*actorMention, rank map[*actorMention]int) {
	victims := d.victimHeads(m, s)
	rank = map[*actorMention]int{}
	for _, am := range cands {
		if d.isSource(am) && !d.speaksOfItself(am, m) && !d.announcesArrest(am, m) {
			continue
		}
		if d.wireCredit(am.tok) {
			continue // «عدن (سبأ) - استُهدف …»: the agency that filed the report
		}
		if d.ledBy(am, cands) {
			continue // «طيران تحالف دعم الشرعية بقيادة السعودية»: the coalition acts
		}
		if m.t.typ == domain.Strategic && d.inEarlierClause(m, am) {
			continue // «اعتقل … بعدما أطلقوا النار على محتجين»: the protesters are the earlier act's
		}
		if d.arrestedGroup(am, m) {
			targets = append(targets, am)
			rank[am] = 0
			continue
		}
		if m.t.sub == "Disrupted weapons use" && d.launcher(am) {
			targets = append(targets, am) // «أسقطت الدفاعات طائرة مسيرة أطلقها الحوثيون»
			rank[am] = 1
			continue
		}
		if d.charged(am) { // those arrested belong to it, at most: never the initiator
			targets = append(targets, am)
			rank[am] = 3
			continue
		}
		if r, ok := d.targetRank(am, m, victims); ok {
			targets = append(targets, am)
			rank[am] = r
		} else if am.ent.ActorID != wordPerson && am.ent.ActorID != wordSite || am.ent.ActorID == wordPerson && crowdActs(m) {
			// people counted act only in crowds, posts never
			agents = append(agents, am)
		}
	}
	return agents, targets, rank
}

// asCivilian names a targeted private person as ACLED does: "Civilians
// (Iraq)", inter 7; the text keeps the person's name.
func (d *doc) asCivilian(ea *domain.EventActor) {
	if c, ok := d.c.kb.Country(d.country); ok {
		ea.Name = "Civilians (" + c.Name + ")"
	} else {
		ea.Name = "Civilians"
	}
	ea.Inter, ea.ActorID = 7, ""
}

// initiator picks the initiator among the sentence's agents.
func (d *doc) initiator(m match, s int, agents, cands []*actorMention) *actorMention {
	if p, ok := d.passiveActor(m, cands); ok {
		return p
	}
	var before, after *actorMention
	for _, a := range agents {
		switch {
		case a.tok > m.i && a.tok < m.j: // inside a gapped trigger: "أطلقت قوات الأمن النار"
			return a
		case m.t.noun && a.tok >= m.j && !d.withMarker(m.j, a.tok) && (a.tok <= m.j+1 || a.tok <= m.j+3 && d.toks[a.tok].Prefix == "ل"):
			return a // the genitive of a noun trigger: "غارة للتحالف", "قصف الحوثيين"
		case a.tok < m.i && (before == nil || a.tok > before.tok):
			before = a
		case a.tok >= m.j && (after == nil || a.tok < after.tok) && !d.newClause(m.j, a.tok) && !d.prepositional(a):
			after = a // not past a new «أن» ("أطلقت الصواريخ …، وإن القوات عثرت"), nor after a preposition
		}
	}
	if subj := d.clauseSubject(m, agents); subj != nil {
		return subj
	}
	if before != nil {
		return before
	}
	if !m.t.noun && after != nil {
		return after // verb first: "قصفت المدفعية الإسرائيلية"
	}
	return nil
}

// clauseSubject returns the subject of a verb trigger's clause when
// words stand between them: the agent right after the nearest «أن»/«إن»
// before the trigger («أن طائرات التحالف، التي تقوده …، شنت غارات»).
func (d *doc) clauseSubject(m match, agents []*actorMention) *actorMention {
	if m.t.noun {
		return nil
	}
	s := d.toks[m.i].Sentence
	k := m.i - 1
	for k >= d.first[s] && !complementizer(d.toks[k]) {
		k--
	}
	if k < d.first[s] {
		return nil
	}
	for _, a := range agents {
		if a.tok > k && a.tok <= k+2 && a.tok < m.i {
			return a
		}
	}
	return nil
}

// complementizer reports «أن», «إن» and «بأن» opening a reported clause.
func complementizer(t domain.Token) bool {
	switch strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ب") {
	case "ان":
		return true
	}
	return false
}

// causedBy reports a trigger right after a word of cause ("قتل 5 أشخاص
// جراء القصف", "انسحب المقاتلون بسبب الغارات"): those named before it
// suffered the event.
func (d *doc) causedBy(m match) bool {
	lo, hi := d.window(m.i, m.i-2, m.i)
	return d.hasRole("cause", lo, hi)
}

// victim reports a civilian or a protester where they are hit (excessive
// force, attacks); in protests and riots they act.
func (d *doc) victim(am *actorMention, m match) bool {
	if crowdActs(m) { // "خرج مئات المدنيين في مظاهرة": the civilians protest
		return false
	}
	k := d.toks[am.tok].Key
	return d.civilian(k) || d.c.lx.roles["protesters"].has(k)
}

// crowdActs reports an event a crowd carries out: a protest (not the force
// used against one) or a riot (mob violence has a victim).
func crowdActs(m match) bool {
	return m.t.typ == domain.Protests && m.t.sub != "Excessive force against protesters" || m.t.typ == domain.Riots && m.t.sub != "Mob violence"
}

// passiveActor returns the actor after "على يد"/"من قبل" following the
// trigger or just before it.
func (d *doc) passiveActor(m match, cands []*actorMention) (*actorMention, bool) {
	if d.c.lx.roles["passive"] == nil {
		return nil, false
	}
	set := d.c.lx.roles["passive"]
	lo, hi := d.window(m.j, m.i-6, m.j+8) // "قُتل على يد القوات الخاصة في غارة"
	for k := lo; k < hi; k++ {
		n, ok := set.phraseAt(d.toks, k)
		if !ok || k < m.i && k+n+3 < m.i-1 {
			continue
		}
		for _, am := range cands {
			if am.tok >= k+n && am.tok <= k+n+2 {
				return am, true
			}
		}
	}
	return nil, false
}

// undergoes reports "تعرض"/"نجا" between the actor (tokens first to
// last) and the trigger
// (from the three words before the actor): the actor is the target. A
// targeting verb marks it too ("وكان فلان قد استهدف بضربة"), and so does
// the verbal noun before it ("استهداف حزب الله") or farther on; right
// after it, the actor is the noun's subject ("تبنى حزب الله استهداف ثكنة").
func (d *doc) undergoes(from, first, last, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].Key {
		case "تعرض", "تعرضت", "نجا", "نجت", "استهدف", "استهدفت":
			return true
		case "استهداف":
			if k < first || k > last+2 {
				return true
			}
		}
	}
	return false
}

func (d *doc) eventActor(am *actorMention) *domain.EventActor {
	if am == nil {
		return nil
	}
	if strings.HasPrefix(am.ent.ActorID, "word:") {
		return d.wordEventActor(am)
	}
	sp := am.men.Span
	ea := &domain.EventActor{Text: am.men.Text, Span: &sp, Name: am.ent.Name, ActorID: am.ent.ActorID}
	if p := am.ent.Place; p != nil { // a country acting: its state forces
		if st := d.c.kb.StateForces(p.Country); st != nil {
			ea.Name, ea.ActorID, ea.Inter = st.Name, st.ID, st.Inter
		}
		return ea
	}
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
		if d.civilian(t.Key) || d.c.lx.roles["protesters"].has(t.Key) || d.nisbaNoun(k, m) {
			sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: t.End}
			text := arabic.Surface(t.Text, t.Prefix)
			ea := &domain.EventActor{Text: text, Span: &sp, Name: text, Inter: 7}
			if g, ok := d.c.kb.Generic(text, d.country); ok {
				ea.Name, ea.Inter, ea.ActorID = g.Name, g.Inter, g.ID
			} else {
				d.asCivilian(ea)
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
	return len([]rune(key)) > 4 && d.toks[k].IsWord() && (strings.HasSuffix(key, "يه") || strings.HasSuffix(key, "ي"))
}

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

// protestSides orders a protest's actors as the gold standard codes them:
// the protesters first and the force second when the state intervened
// ("فرقت قوى الأمن المحتجين"), the force first when it used excessive
// force, as in violence against civilians.
func protestSides(typ, sub string, a1, a2 *domain.EventActor) (*domain.EventActor, *domain.EventActor) {
	if typ != domain.Protests {
		return a1, a2
	}
	state := func(a *domain.EventActor) bool { return a != nil && a.Inter == 1 }
	crowd := func(a *domain.EventActor) bool { return a != nil && (a.Inter == 5 || a.Inter == 6) }
	if sub == "Excessive force against protesters" {
		if state(a2) && !state(a1) || crowd(a1) && a2 != nil && !crowd(a2) {
			return a2, a1
		}
		return a1, a2
	}
	if state(a1) && !state(a2) || crowd(a2) && !crowd(a1) {
		return a2, a1 // a militia that disperses protesters comes second too
	}
	return a1, a2
}
