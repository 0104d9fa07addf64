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
	wordForce   = "word:force"   // "قوات العشائر", "قوات الأمن الخاصة"
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
		if d.affiliated(am.tok) && !d.ownedSite(am) {
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
	out = d.withoutTitles(withoutShadowed(out), ends)
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
		case rl["fighters"].has(key) && (!strings.HasSuffix(key, "ا") || d.numberBefore(k) || d.afterThat(k)) && !d.attackAdjective(k):
			kind = wordFighter // "15 مسلحا", "بأن مسلحاً أطلق", but "هجوما مسلحا" is an armed attack
		case rl["soldiers"].has(key) && (!strings.HasSuffix(key, "ا") || d.numberBefore(k)):
			kind = wordSoldier // "5 جنديا", but "موقعا عسكريا" is a military post
		case (d.counted(k, d.vaguePerson(k)) || d.harmedNext(k)) && (d.civilian(key) || rl["protesters"].has(key) || d.vaguePerson(k)):
			kind = wordPerson
		case d.siteAt(k):
			kind = wordSite
		case key == "قوات":
			kind = wordForce // named forces the entity stage left: "«قوات الأمن الخاصة»"
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
		sp, text := d.phrase(k, end)
		ent := &domain.Entity{Type: domain.ORG, Subtype: "generic", Name: text, ActorID: kind}
		out = append(out, &actorMention{ent: ent, men: domain.Mention{Text: text, Span: sp}, tok: k})
		k = end - 1
	}
	return out
}

// afterThat reports a word right after «أن»/«إن»/«بأن»: the subject of the
// reported clause, in the accusative ("أفاد شهود بأن مسلحاً أطلق النار").
func (d *doc) afterThat(k int) bool {
	return k > d.first[d.toks[k].Sentence] && complementizer(d.toks[k-1])
}

// attackAdjective reports «انتحاري» qualifying an attack noun before it
// ("هجوم انتحاري", "تفجير انتحاري مزدوج"): an adjective, no bomber.
func (d *doc) attackAdjective(k int) bool {
	s := d.toks[k].Sentence
	return d.toks[k].Key == "انتحاري" && k > d.first[s] && d.c.lx.roles["attacknoun"].has(strings.TrimPrefix(d.toks[k-1].Key, "ال"))
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

// phrase returns the span and text of tokens [k, end) without the first
// word's proclitics; the text writes "للمقاتلين" as "المقاتلين", as the
// entity stage writes its mentions.
func (d *doc) phrase(k, end int) (domain.Span, string) {
	t := d.toks[k]
	sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: d.toks[end-1].End}
	text := arabic.Surface(t.Text, t.Prefix)
	if end > k+1 {
		text += d.a.Slice(domain.Span{Start: t.End, End: sp.End})
	}
	return sp, text
}

// numberBefore reports a count right before token k.
func (d *doc) numberBefore(k int) bool {
	if k == 0 || d.toks[k-1].Sentence != d.toks[k].Sentence {
		return false
	}
	_, ok := arabic.ParseNumber(d.toks, k-1)
	return ok
}

// harmedNext reports a harm verb right after token k ("مدنيين أصيبوا").
func (d *doc) harmedNext(k int) bool {
	return k+1 < len(d.toks) && d.toks[k+1].Sentence == d.toks[k].Sentence && d.c.lx.roles["hurtafter"].has(d.toks[k+1].Key)
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
func bareless(key string) bool {
	return key == "عناصر" || key == "منتسبي" || key == "قوات"
}

// definiteAdjective reports an adjective with or without the article
// ("الحربي" in "الطيران الحربي السوري").
func definiteAdjective(key string) bool { return adjective(strings.TrimPrefix(key, "ال")) }

// construct reports a head noun in construct state, followed by its
// genitive: sound plurals losing their ن ("مقاتلي", "مسلحي") and broken
// plurals of members ("عناصر", "جنود", "أفراد").
func construct(key string) bool {
	switch key {
	case "عناصر", "جنود", "افراد", "منتسبي", "قوات", "حراس", "فصايل":
		return true
	}
	return (strings.HasSuffix(key, "ي") || strings.HasSuffix(key, "و")) && len([]rune(key)) >= 5
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

// isSite reports a post or convoy: a word actor, or a descriptor the
// entity stage found on one ("نقطة تفتيش").
func (d *doc) isSite(am *actorMention) bool {
	return am.ent.ActorID == wordSite || am.ent.Subtype == "generic" && d.c.lx.roles["site"].has(d.toks[am.tok].Key)
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
	switch am.ent.ActorID {
	case wordSoldier, wordSite:
		if st := d.c.kb.StateForces(d.wordCountry(am, ea)); st != nil {
			ea.Name, ea.ActorID, ea.Inter = st.Name, st.ID, st.Inter
		}
	case wordFighter:
		d.nameFighters(am, ea)
	case wordForce:
		if d.stateForce(am) {
			if st := d.c.kb.StateForces(d.country); st != nil {
				ea.Name, ea.ActorID, ea.Inter = st.Name, st.ID, st.Inter
			}
		} else {
			d.nameFighters(am, ea)
		}
	default:
		d.asCivilian(ea)
	}
	return ea
}

// wordCountry returns the country of soldiers or a post: the nationality
// word in or right after the phrase, else the article's. A post of another
// country's forces is named as the article names those forces ("ثكنة …
// الإسرائيلية": "الجيش الإسرائيلي").
func (d *doc) wordCountry(am *actorMention, ea *domain.EventActor) string {
	end := d.tokenAt(max(am.men.End-1, am.men.Start))
	lim := end + 1
	if am.ent.ActorID == wordSite {
		lim = min(end+3, d.first[d.toks[am.tok].Sentence+1])
	}
	for k := am.tok + 1; k < lim; k++ {
		c := d.nisbaOf(k)
		if c == "" {
			continue
		}
		if c != d.country && am.ent.ActorID == wordSite {
			if text, fs, ok := d.forcesMention(c, match{i: am.tok, j: am.tok + 1}); ok {
				ea.Text, ea.Span = text, &fs
			}
		}
		return c
	}
	return d.country
}

// stateForce reports forces named by a word of the state's security
// ("قوات الأمن الخاصة", "قوات الجيش").
func (d *doc) stateForce(am *actorMention) bool {
	end := d.tokenAt(max(am.men.End-1, am.men.Start))
	for k := am.tok + 1; k <= end; k++ {
		switch strings.TrimPrefix(d.toks[k].Key, "ال") {
		case "امن", "جيش", "شرطه", "حكوميه", "نظام":
			return true
		}
	}
	return false
}

// nameFighters names fighters as the group their genitive refers back to
// ("مقاتلي الجماعة"), else as an unidentified armed group.
func (d *doc) nameFighters(am *actorMention, ea *domain.EventActor) {
	end := d.tokenAt(max(am.men.End-1, am.men.Start))
	for k := am.tok + 1; k <= end; k++ {
		if ante := d.antecedent(k, d.toks[k].Key); ante != nil {
			ea.Name, ea.ActorID = ante.ent.Name, ante.ent.ActorID
			if a, ok := d.c.kb.Actor(ante.ent.ActorID); ok {
				ea.Inter = a.Inter
			}
			return
		}
	}
	if g, ok := d.c.kb.Generic("مسلحين", d.country); ok {
		ea.Name, ea.Inter, ea.ActorID = g.Name, g.Inter, g.ID
	}
}
