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
		return d.eventActor(x), d.eventActor(y)
	}
	init, target := d.roles(m, s, cands)
	a1 = d.eventActor(init)
	if a1 == nil {
		a1 = d.nationalForce(m)
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
	victims := d.victimHeads(m, s)
	var agents, targets []*actorMention
	rank := map[*actorMention]int{}
	for _, am := range cands {
		if d.isSource(am) && !d.speaksOfItself(am, m) {
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
	init = d.initiator(m, s, agents, cands)
	if init == nil {
		init = d.previousSubject(m, s)
	}
	target = pickTarget(m, init, targets, rank)
	if init != nil && target != nil && sameActor(init, target) { // "… مع القوات العراقية" told by the Iraqi army
		rest := targets[:0:0]
		for _, t := range targets {
			if !sameActor(init, t) {
				rest = append(rest, t)
			}
		}
		target = pickTarget(m, init, rest, rank)
	}
	if init == nil && m.t.typ == domain.Battles { // a battle has two sides: the other one, named before, hit
		if o := pickTarget(m, target, targets, rank); o != nil && o.tok < m.i && target != nil && o.ent != target.ent {
			init = o
		}
	}
	if target == nil || rank[target] >= 2 { // "… ونعى حزب الله اثنين من عناصره"
		if later := d.laterVictims(m, s, init); later != nil {
			return init, later
		}
	}
	if target == nil { // verb first: "قصفت المدفعية القرية", the next actor after the initiator
		for _, a := range agents {
			if a != init && a.tok >= m.j && a.tok <= m.j+afterReach && (target == nil || a.tok < target.tok) {
				target = a
			}
		}
	}
	return init, target
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
		case a.tok >= m.j && (after == nil || a.tok < after.tok):
			after = a
		}
	}
	if before != nil {
		return before
	}
	if !m.t.noun && after != nil {
		return after // verb first: "قصفت المدفعية الإسرائيلية"
	}
	return nil
}

// causedBy reports a trigger right after a word of cause ("قتل 5 أشخاص
// جراء القصف", "انسحب المقاتلون بسبب الغارات"): those named before it
// suffered the event.
func (d *doc) causedBy(m match) bool {
	lo, hi := d.window(m.i, m.i-2, m.i)
	return d.hasRole("cause", lo, hi)
}

// withMarker reports "مع" over tokens [from, to): the other side of a
// clash ("اشتباكات مع مسلحي التنظيم").
func (d *doc) withMarker(from, to int) bool {
	for k := max(from, 0); k < to && k < len(d.toks); k++ {
		if d.toks[k].Key == "مع" {
			return true
		}
	}
	return false
}

// isSource reports an actor that reports the event: a media outlet, or an
// actor right after a reporting word ("وفق المرصد", "قالت وزارة الصحة").
func (d *doc) isSource(am *actorMention) bool {
	if am.ent.Subtype == "media" || d.toldTo(am) || d.comments(am) || d.sourceWithin(am) {
		return true
	}
	lo, hi := d.window(am.tok, am.tok-2, am.tok)
	if d.hasRole("source", lo, hi) {
		return true
	}
	switch am.ent.Subtype {
	case "state_forces", "armed_group", "police", "security_unit", "person", "generic":
		return false // a combatant that speaks of its own action is in it
	}
	return d.hasRole("report", lo, hi)
}

// comments reports the subject of a verb that comments on an event
// («دان», «استنكر», «زار»): within six words after it, with no preposition
// between (those it visits or mourns are not its subject).
func (d *doc) comments(am *actorMention) bool {
	if p := d.toks[am.tok].Prefix; strings.Contains(p, "ل") || strings.Contains(p, "ب") {
		return false
	}
	lo, hi := d.window(am.tok, am.tok-6, am.tok)
	set := d.c.lx.roles["comment"]
	for k := hi - 1; k >= lo; k-- {
		switch d.toks[k].Key {
		case "من", "علي", "عن", "في", "الي":
			return false
		}
		if _, ok := set.phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

// toldTo reports an outlet a source spoke to: after "لـ" following a
// source or a reporting word ("قال مصدر أمني لـ«الصحيفة»").
func (d *doc) toldTo(am *actorMention) bool {
	k := am.tok
	if d.toks[k].Prefix != "ل" {
		for k--; k > 0 && !d.toks[k].IsWord(); k-- {
		}
		if k < 0 || d.toks[k].Norm != "ل" {
			return false
		}
	}
	lo, hi := d.window(k, k-5, k)
	if d.hasRole("report", lo, hi) {
		return true
	}
	return d.sourceNoun(lo, hi)
}

// sourceNoun reports a source noun over tokens [lo, hi).
func (d *doc) sourceNoun(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch d.toks[j].Key {
		case "مصدر", "مصادر", "مسوول", "مسوولون", "مسوولان":
			return true
		}
	}
	return false
}

// sourceWithin reports an actor a source belongs to ("مصادر في الجيش"):
// it reports the event.
func (d *doc) sourceWithin(am *actorMention) bool {
	k := am.tok - 1
	if k < 1 || d.toks[k].Key != "في" {
		return false
	}
	lo, hi := d.window(k, k-2, k)
	return d.sourceNoun(lo, hi)
}

// speaksOfItself reports an actor that says it did the event itself
// ("أعلنت وزارة الدفاع أنها قصفت …", "قال الجيش إنه استهدف …"): the
// pronoun after "أن" refers back to it, so it is the initiator.
func (d *doc) speaksOfItself(am *actorMention, m match) bool {
	if am.ent.Subtype == "media" || am.tok >= m.i {
		return false
	}
	end := d.tokenAt(max(am.men.End-1, am.men.Start))
	for k := end + 1; k < m.i && k <= end+4; k++ {
		switch strings.TrimPrefix(d.toks[k].Norm, "ب") {
		case "انه", "انها", "انهم":
			return k+3 >= m.i
		}
	}
	return false
}

// victim reports a civilian or a protester where they are hit (excessive
// force, attacks); in protests and riots they act.
func (d *doc) victim(am *actorMention, m match) bool {
	if crowdActs(m) { // "خرج مئات المدنيين في مظاهرة": the civilians protest
		return false
	}
	k := d.toks[am.tok].Key
	return d.c.lx.roles["civilians"].has(k) || d.c.lx.roles["protesters"].has(k)
}

// crowdActs reports an event a crowd carries out: a protest (not the force
// used against one) or a riot.
func crowdActs(m match) bool {
	return m.t.typ == domain.Protests && m.t.sub != "Excessive force against protesters" || m.t.typ == domain.Riots
}

// nationalForce names the initiator by a nationality word qualifying the
// trigger or a weapon or force near it ("مسيّرة إسرائيلية", "غارة تركية",
// "طائرات حربية روسية … شنت غارات"): that country's state forces. A
// nationality on the attack itself ("قصف مدفعي إسرائيلي") names no one in
// those words; the actor is then given as the article names the country's
// forces ("الجيش الإسرائيلي"). A nationality on a target ("استهدفوا ثكنة …
// الإسرائيلية") is not the initiator's.
func (d *doc) nationalForce(m match) *domain.EventActor {
	s := d.toks[m.i].Sentence
	lo := max(m.i-5, d.first[s])
	for k := lo; k < len(d.toks) && k <= m.j+3 && d.toks[k].Sentence == s; k++ { // "قصفت طائرات حربية تركية"
		cc, ok := d.c.lx.nisba[d.toks[k].Key]
		if !ok {
			continue
		}
		head, ok := d.nisbaHead(k, m)
		if !ok {
			continue
		}
		for head > d.first[s] && (head < m.i || head >= m.j) && d.platform(head-1) {
			head-- // "أجهزة الأمن المصرية"
		}
		from := m.i // the trigger qualified: "غارة تركية"
		if head < m.i || head >= m.j {
			from = head // the force itself: "الطيران الحربي السوري"
		}
		t := d.toks[from]
		sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: d.toks[k].End}
		ea := &domain.EventActor{Text: d.a.Slice(sp), Span: &sp, Name: cc}
		if st := d.c.kb.StateForces(cc); st != nil {
			ea.Name, ea.ActorID, ea.Inter = st.Name, st.ID, st.Inter
		}
		if !d.platform(head) {
			if text, fs, ok := d.forcesMention(cc, m); ok {
				ea.Text, ea.Span = text, &fs
			}
		}
		return ea
	}
	return nil
}

// nisbaHead returns the noun the nationality word at k qualifies when it is
// a trigger word or a weapon or force: the nearest word before k that is
// not an adjective, at most three words back.
func (d *doc) nisbaHead(k int, m match) (int, bool) {
	for j := k - 1; j >= max(k-3, d.first[d.toks[k].Sentence]); j-- {
		if j >= m.i && j < m.j || d.platform(j) {
			return j, true
		}
		if j > d.first[d.toks[k].Sentence] && strings.HasPrefix(d.toks[j].Key, "ال") && d.platform(j-1) {
			return j - 1, true // a genitive after the force: "سلاح الجو التركي"
		}
		if !definiteAdjective(d.toks[j].Key) {
			return 0, false
		}
	}
	return 0, false
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
		if d.c.lx.roles["civilians"].has(t.Key) || d.c.lx.roles["protesters"].has(t.Key) || d.nisbaNoun(k, m) {
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

// between reads "بين X وY" right after the trigger: X and Y are the two
// sides, in that order.
func (d *doc) between(m match, s int, cands []*actorMention) (x, y *actorMention, ok bool) {
	k := m.j
	for k < d.first[s+1] && k <= m.j+2 && d.toks[k].Key != "بين" {
		k++
	}
	if k >= d.first[s+1] || d.toks[k].Key != "بين" {
		return nil, nil, false
	}
	for _, am := range cands {
		if am.tok <= k || am.tok > k+12 || d.isSource(am) {
			continue
		}
		switch {
		case x == nil:
			x = am
		case y == nil && am.tok > x.tok && am.ent != x.ent:
			y = am
		}
	}
	return x, y, x != nil && y != nil
}
