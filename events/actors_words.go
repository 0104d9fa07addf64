package events

import (
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// Kinds of common-noun actors, kept in the synthetic entity's ActorID
// (never written out: eventActor resolves them).
const (
	wordFighter = "word:fighter" // "مقاتلي الجماعة", "مسلحين"
	wordSoldier = "word:soldier" // "جنديان عراقيان", "عسكريين سوريين"
	wordPerson  = "word:person"  // "تسعة أشخاص", "شخصا من أسرة واحدة"
	wordSite    = "word:site"    // "حاجز تفتيش", "رتل عسكري"
)

// candidates returns the actors of sentence s that may take part in the
// event of trigger m, in text order: the entity stage's mentions (less a
// person "found" in the trigger's own words, a tagger's slip, and a group
// named only as what something belongs to, "التابعة لجماعة …"), groups
// referred back to, and common-noun actors on words no mention covers. A
// member noun before a group's name takes the group and spans both
// ("عناصر المقاومة الشعبية", "مسلحي التنظيم").
func (d *doc) candidates(m match, s int) []*actorMention {
	var out []*actorMention
	covered := map[int]bool{}
	ends := map[*actorMention]int{} // the token after each mention's words
	for i := range d.actors[s] {
		am := &d.actors[s][i]
		if am.ent.Type == domain.PER && am.ent.ActorID == "" && am.tok >= m.i && am.tok < m.j {
			continue
		}
		if d.affiliated(am.tok) {
			if am = d.ownedPlatform(am); am == nil {
				continue
			}
		}
		end := am.tok
		for end < d.first[s+1] && d.toks[end].Start < am.men.End {
			covered[end] = true
			end++
		}
		if ref := d.demonstrativeRef(am); ref != nil {
			am = ref
		}
		ends[am] = end
		out = append(out, am)
	}
	for _, am := range d.referredBack(s, covered) {
		covered[am.tok] = true
		ends[am] = am.tok + 1
		out = append(out, am)
	}
	out = d.memberOf(out, ends, s, covered)
	out = append(out, d.wordActors(m, s, covered)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return out
}

// memberOf joins a member noun in construct ("مسلحي", "عناصر", "جنود") to
// the group named right after it: the phrase is one actor, the group.
func (d *doc) memberOf(cands []*actorMention, ends map[*actorMention]int, s int, covered map[int]bool) []*actorMention {
	for i, am := range cands {
		k := am.tok - 1
		for k > d.first[s] && (!d.toks[k].IsWord() || headStem(d.toks[k].Key) != "" && !covered[k]) {
			k-- // "مسلحي تنظيم «داعش»"
		}
		key := d.toks[k].Key
		if k < d.first[s] || covered[k] || !construct(key) || !d.c.lx.roles["fighters"].has(key) && !d.c.lx.roles["soldiers"].has(key) {
			continue
		}
		t := d.toks[k]
		sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: d.toks[ends[am]-1].End}
		cands[i] = &actorMention{ent: am.ent, men: domain.Mention{Text: d.a.Slice(sp), Span: sp}, tok: k}
		covered[k] = true
	}
	return cands
}

// ownedPlatform returns an affiliated group as the weapon or force it owns
// ("الطائرات المقاتلة التابعة للتحالف": the coalition, at the aircraft), or
// nil when what it owns is anything else.
func (d *doc) ownedPlatform(am *actorMention) *actorMention {
	s := d.toks[am.tok].Sentence
	j := am.tok - 2
	for j > d.first[s] && definiteAdjective(d.toks[j].Key) && !d.platform(j) {
		j--
	}
	if j < d.first[s] || !d.platform(j) {
		return nil
	}
	t := d.toks[j]
	sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: am.men.End}
	return &actorMention{ent: am.ent, men: domain.Mention{Text: d.a.Slice(sp), Span: sp}, tok: j}
}

// affiliated reports a mention right after "التابعة ل", "الموالية ل": it
// says whom something belongs to, it is no party to the event.
func (d *doc) affiliated(k int) bool {
	return k > 0 && d.c.lx.roles["affiliation"].has(d.toks[k-1].Key)
}

// wordActors finds actors named by a common noun on uncovered words:
// fighters and soldiers anywhere, people counted after a harm word (and
// inside a trigger: "أوقف تسعة أشخاص"), and posts or convoys after a
// targeting word ("استهدف حاجز تفتيش").
func (d *doc) wordActors(m match, s int, covered map[int]bool) []*actorMention {
	var out []*actorMention
	rl := d.c.lx.roles
	for k := d.first[s]; k < d.first[s+1]; k++ {
		if covered[k] {
			continue
		}
		key := d.toks[k].Key
		var kind string
		switch {
		case rl["fighters"].has(key) && (!strings.HasSuffix(key, "ا") || d.numberBefore(k)):
			kind = wordFighter // "15 مسلحا", but "هجوما مسلحا" is an armed attack
		case rl["soldiers"].has(key):
			kind = wordSoldier
		case d.counted(k, d.vaguePerson(k)) && (rl["civilians"].has(key) || rl["protesters"].has(key) || d.vaguePerson(k)):
			kind = wordPerson
		case d.siteAt(k):
			kind = wordSite
		default:
			continue
		}
		end := d.phraseEnd(k, s, covered)
		if end == k+1 && bareless(key) || k == m.j-1 && k > m.i && m.t.noun {
			// "عناصر" alone names no one; "هجوم مسلح" is an armed attack
			k = end - 1
			continue
		}
		if end+1 < d.first[s+1] && d.toks[end].Key == "من" && covered[end+1] {
			k = end // "5 مسلحين من كتائب حزب الله": the group named is the actor
			continue
		}
		sp := domain.Span{Start: d.toks[k].Start + arabic.PrefixLen(d.toks[k].Text, d.toks[k].Prefix), End: d.toks[end-1].End}
		text := d.a.Slice(sp)
		ent := &domain.Entity{Type: domain.ORG, Subtype: "generic", Name: text, ActorID: kind}
		out = append(out, &actorMention{ent: ent, men: domain.Mention{Text: text, Span: sp}, tok: k})
		k = end - 1
	}
	return out
}

// counted reports a people noun introduced by a number or a harm word:
// "ثلاثة أشخاص", "مقتل مدنيين". A vague one ("شخص") needs a number or
// the dual: one person killed is no actor.
func (d *doc) counted(k int, vague bool) bool {
	s := d.toks[k].Sentence
	if k > d.first[s] {
		if _, ok := arabic.ParseNumber(d.toks, k-1); ok || vague && dual(d.toks[k].Key) {
			return true
		}
		if vague {
			return false
		}
		prev := d.toks[k-1].Key
		return d.c.lx.roles["hurtnoun"].has(prev) || d.c.lx.roles["hurt"].has(prev)
	}
	return false
}

// numberBefore reports a count right before token k.
func (d *doc) numberBefore(k int) bool {
	if k == 0 || d.toks[k-1].Sentence != d.toks[k].Sentence {
		return false
	}
	_, ok := arabic.ParseNumber(d.toks, k-1)
	return ok
}

// siteAt reports a post or convoy word right after a targeting word.
func (d *doc) siteAt(k int) bool {
	s := d.toks[k].Sentence
	if k == d.first[s] || !d.c.lx.roles["site"].has(d.toks[k].Key) && !d.inflectedRole("site", k) {
		return false
	}
	return d.c.lx.roles["sitemark"].has(d.toks[k-1].Key) || d.toks[k].Prefix == "علي"
}

// inflectedRole reports token k as a word of role kind with a possessive
// ending ("دوريتهما", "مقراتها").
func (d *doc) inflectedRole(kind string, k int) bool {
	for _, u := range uninflected(d.toks[k].Key) {
		if d.c.lx.roles[kind].has(u) {
			return true
		}
	}
	return false
}

// phraseEnd returns the end of the noun phrase headed at k: a nationality
// or other adjective ("جنديان عراقيان", "رتل عسكري"), a definite genitive
// after a noun in construct ("مقاتلي الجماعة"), a partitive group ("شخصا
// من أسرة واحدة").
func (d *doc) phraseEnd(k, s int, covered map[int]bool) int {
	end, lim := k+1, min(k+4, d.first[s+1])
	for end < lim && !covered[end] && d.toks[end].IsWord() && d.toks[end].Prefix == "" {
		key := d.toks[end].Key
		switch {
		case adjective(key):
		case end == k+1 && strings.HasPrefix(key, "ال") && construct(d.toks[k].Key):
		case end == k+1 && key == "من" && end+1 < lim && d.c.lx.roles["group"].has(d.toks[end+1].Key):
			end++
		case end > k+1 && d.toks[end-1].Key != "من" && strings.HasPrefix(key, "ال") && d.c.lx.roles["group"].has(d.toks[end-1].Key):
		case end > k+1 && d.toks[end-1].Key != "من" && key == "واحده":
		default:
			return end
		}
		end++
	}
	return end
}

// adjective reports a relative adjective ("عسكري", "عراقيان", "سوريين",
// "تفتيش" is not one): long words ending in the nisba endings.
func adjective(key string) bool {
	if len([]rune(key)) < 4 || strings.HasPrefix(key, "ال") {
		return false
	}
	for _, e := range []string{"يين", "يون", "يان", "يه", "يا"} {
		if strings.HasSuffix(key, e) {
			return true
		}
	}
	return strings.HasSuffix(key, "ي")
}

// bareless reports a member noun that names an actor only with its
// genitive or adjective ("عناصر الشرطة", not "تجنيد عناصر").
func bareless(key string) bool { return key == "عناصر" || key == "منتسبي" }

// definiteAdjective reports an adjective with or without the article
// ("الحربي" in "الطيران الحربي السوري").
func definiteAdjective(key string) bool { return adjective(strings.TrimPrefix(key, "ال")) }

// construct reports a head noun in construct state, followed by its
// genitive: sound plurals losing their ن ("مقاتلي", "مسلحي") and broken
// plurals of members ("عناصر", "جنود", "أفراد").
func construct(key string) bool {
	switch key {
	case "عناصر", "جنود", "افراد", "منتسبي", "قوات":
		return true
	}
	return (strings.HasSuffix(key, "ي") || strings.HasSuffix(key, "و")) && len([]rune(key)) >= 5
}

// victimHeads returns the tokens naming the people harmed, arrested or
// abducted: the noun after a harm word and an optional count ("قتل ثلاثة
// جنود", "مقتل جنديين", "إصابة 4 من عناصر الشرطة"). Protests, riots and
// strategic developments other than arrests have none.
func (d *doc) victimHeads(m match, s int) map[int]bool {
	switch {
	case m.t.typ == domain.Protests, m.t.typ == domain.Riots, m.t.typ == domain.Strategic && m.t.sub != "Arrests":
		return nil
	}
	out := map[int]bool{}
	rl := d.c.lx.roles
	for k := d.first[s]; k < d.first[s+1]; k++ {
		if rl["hurtafter"].has(d.toks[k].Key) {
			d.harmedBefore(k, out)
		}
		noun := rl["hurtnoun"].has(d.toks[k].Key)
		if !noun && !rl["hurt"].has(d.toks[k].Key) {
			continue
		}
		h := d.countAfter(k)
		n, counted := arabic.ParseNumber(d.toks, min(h, len(d.toks)-1))
		if counted && h < d.first[s+1] && !d.peopleNoun(h) { // "جنديين" counts itself
			h += n.Tokens
		}
		if h < d.first[s+1] && d.toks[h].Key == "من" {
			h++
			if h < d.first[s+1] && rl["group"].has(d.toks[h].Key) {
				h++
			}
		}
		if h < d.first[s+1] && (counted || noun || dual(d.toks[h].Key)) {
			out[h] = true
			if h+2 < d.first[s+1] && d.toks[h+1].Key == "من" { // "3 مسلحين من كتائب حزب الله"
				out[h+2] = true
			}
		}
	}
	return out
}

// countAfter returns where the victims' count starts after the harm word
// at k: past a hedge ("نحو"), or past up to two words when a number
// follows them ("قتل آنذاك خمسة جنود"); else the next word.
func (d *doc) countAfter(k int) int {
	s := d.toks[k].Sentence
	for j := k + 1; j <= k+3 && j < d.first[s+1]; j++ {
		if _, ok := arabic.ParseNumber(d.toks, j); ok {
			return j
		}
		if d.peopleNoun(j) || !d.toks[j].IsWord() {
			break
		}
	}
	if h := k + 1; h < d.first[s+1] && (d.toks[h].Key == "نحو" || d.toks[h].Key == "حوالي") {
		return h + 1
	}
	return k + 1
}

// harmedBefore marks the people named right before a harm verb that
// follows them ("19 من عناصر التنظيم قتلوا", "جنديان أصيبا"): the word
// before the verb and the head of its phrase.
func (d *doc) harmedBefore(k int, out map[int]bool) {
	s := d.toks[k].Sentence
	for j := k - 1; j >= max(k-4, d.first[s]); j-- {
		if !d.toks[j].IsWord() {
			break
		}
		if d.peopleNoun(j) || headStem(d.toks[j].Key) != "" || d.c.lx.roles["group"].has(d.toks[j].Key) || d.c.lx.roles["state"].has(d.toks[j].Key) {
			out[j] = true
		}
	}
}

// peopleNoun reports a word for soldiers, fighters, civilians or protesters.
func (d *doc) peopleNoun(k int) bool {
	key := d.toks[k].Key
	for _, kind := range []string{"soldiers", "fighters", "civilians", "protesters"} {
		if d.c.lx.roles[kind].has(key) {
			return true
		}
	}
	return false
}

// dual reports a dual noun, which carries its own count ("جنديان", "شخصين").
func dual(key string) bool {
	return len([]rune(key)) >= 5 && (strings.HasSuffix(key, "ان") || strings.HasSuffix(key, "ين"))
}

// genitiveAgent reports an actor with ل right after a noun trigger: the
// one who carried it out ("غارة جوية لتحالف دعم الشرعية").
func (d *doc) genitiveAgent(am *actorMention, m match) bool {
	if !m.t.noun || am.tok < m.j || am.tok > m.j+2 {
		return false
	}
	if p := d.toks[am.tok].Prefix; p != "ل" && p != "لل" {
		return false
	}
	for k := m.j; k < am.tok; k++ {
		if !adjective(d.toks[k].Key) {
			return false
		}
	}
	return true
}

// isSite reports a post or convoy word actor.
func (d *doc) isSite(am *actorMention) bool { return am.ent.ActorID == wordSite }

// pickTarget chooses the target of lowest rank, among equals the nearest
// to the trigger.
func pickTarget(m match, init *actorMention, targets []*actorMention, rank map[*actorMention]int) *actorMention {
	var best *actorMention
	for _, t := range targets {
		if t == init || init != nil && t.ent == init.ent && t.men == init.men {
			continue
		}
		if best == nil || rank[t] < rank[best] || rank[t] == rank[best] && abs(t.tok-m.j) < abs(best.tok-m.j) {
			best = t
		}
	}
	return best
}

// targetRank reports whether an actor is a target of the event, and how
// good a target: 0 for one marked as such ("للقوات", "على", "استهدف",
// "تعرض", the other side after "مع" in a battle), 1 for the people harmed
// ("قتل ثلاثة جنود"), 2 for a post or convoy or those named before a word
// of cause ("جراء"), 3 for civilians named anywhere, 4 for people only
// counted ("أشخاص"). The genitive of a noun trigger carries it out.
func (d *doc) targetRank(am *actorMention, m match, victims map[int]bool) (int, bool) {
	s := d.toks[m.i].Sentence
	vague := d.vaguePerson(am.tok)
	switch {
	case d.genitiveAgent(am, m):
		return 0, false
	case victims[am.tok] && vague:
		return 4, true
	case victims[am.tok]:
		return 1, true
	case d.isSite(am):
		return 2, m.t.typ != domain.Protests && m.t.typ != domain.Riots && m.t.typ != domain.Strategic
	case d.targetMarked(am.tok) || m.t.typ == domain.Battles && d.withMarker(m.j, am.tok) ||
		am.tok < m.i && d.undergoes(max(am.tok-3, d.first[s]), m.i):
		return 0, true
	case am.tok < m.i && d.causedBy(m):
		return 2, true
	case d.victim(am, m):
		return 3, true
	}
	return 0, false
}

// vaguePerson reports "شخص" and its forms: people counted, no more.
func (d *doc) vaguePerson(k int) bool {
	return strings.HasPrefix(d.toks[k].Key, "شخص") || d.toks[k].Key == "اشخاص"
}

// wordEventActor names a common-noun actor: soldiers as their country's
// state forces (by the nationality word, else the article's country),
// fighters as the group their genitive refers back to or an unidentified
// armed group, people as civilians, a post or convoy as the forces holding
// it.
func (d *doc) wordEventActor(am *actorMention) *domain.EventActor {
	sp := am.men.Span
	ea := &domain.EventActor{Text: am.men.Text, Span: &sp, Name: am.men.Text}
	if g, ok := d.c.kb.Generic(am.men.Text, d.country); ok {
		ea.Name, ea.Inter, ea.ActorID = g.Name, g.Inter, g.ID
		return ea
	}
	cc := d.country
	end := d.tokenAt(max(sp.End-1, sp.Start))
	lim := end + 1
	if am.ent.ActorID == wordSite {
		lim = min(end+3, d.first[d.toks[am.tok].Sentence+1])
	}
	for k := am.tok + 1; k < lim; k++ {
		if c := d.nisbaOf(k); c != "" {
			cc = c
			if c != d.country && am.ent.ActorID == wordSite {
				if text, fs, ok := d.forcesMention(c, match{i: am.tok, j: am.tok + 1}); ok {
					ea.Text, ea.Span = text, &fs
				}
			}
		}
	}
	switch am.ent.ActorID {
	case wordSoldier, wordSite:
		if st := d.c.kb.StateForces(cc); st != nil {
			ea.Name, ea.ActorID, ea.Inter = st.Name, st.ID, st.Inter
		}
	case wordFighter:
		for k := am.tok + 1; k <= end; k++ {
			if ante := d.antecedent(k, d.toks[k].Key); ante != nil {
				ea.Name, ea.ActorID = ante.ent.Name, ante.ent.ActorID
				if a, ok := d.c.kb.Actor(ante.ent.ActorID); ok {
					ea.Inter = a.Inter
				}
				return ea
			}
		}
		if g, ok := d.c.kb.Generic("مسلحين", d.country); ok {
			ea.Name, ea.Inter, ea.ActorID = g.Name, g.Inter, g.ID
		}
	default:
		d.asCivilian(ea)
	}
	return ea
}
