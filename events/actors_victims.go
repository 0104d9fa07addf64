package events

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

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
		key := d.toks[k].Key
		if rl["hurtafter"].has(key) {
			d.harmedBefore(k, out)
		}
		switch {
		case key == "صفوف" && k+1 < d.first[s+1] && d.hasRole("kill", d.first[s], d.first[s+1]):
			out[k+1] = true // "قتلى وجرحى في صفوف المسلحين"
		case rl["hurtnoun"].has(key):
			d.harmedAfter(k, true, out)
		case rl["hurt"].has(key):
			d.harmedAfter(k, false, out)
		}
	}
	if d.hasRole("kill", d.first[s], d.first[s+1]) { // «بينهم ضابط»: among the dead
		for k := d.first[s]; k+1 < d.first[s+1]; k++ {
			if among(d.toks[k].Key) {
				out[k+1] = true
			}
		}
	}
	return out
}

// harmedAfter marks the people named after the harm word at k, a noun
// («مقتل») or a verb («قتل»): past a count and «من» and a group word, the
// head noun and the word after it; after a verb, only a counted, dual or
// indefinite noun, or a person's name, is its passive subject.
func (d *doc) harmedAfter(k int, noun bool, out map[int]bool) {
	end := d.first[d.toks[k].Sentence+1]
	h := d.countAfter(k)
	n, counted := arabic.ParseNumber(d.toks, min(h, len(d.toks)-1))
	if counted && h < end && !d.peopleNoun(h) { // "جنديين" counts itself
		h += n.Tokens
	}
	if h < end && d.toks[h].Key == "من" {
		h++
		if h+1 < end && d.c.lx.roles["group"].has(d.toks[h].Key) {
			out[h] = true // "المصابين من رجال الأمن": the group's own mention
			h++
		}
	}
	if h >= end || !counted && d.nominativeFighters(h) {
		return // "خطف مسلحون مجهولون الشاب": the gunmen are the verb's subject
	}
	if !counted && !noun && d.personAt(h) || h+1 < end && d.peopleNoun(h) && d.personAt(h+1) {
		out[h], out[h+1] = true, true // "قتل فلان", "قتلت الجندي فلان"
	}
	if counted || noun || dual(d.toks[h].Key) || d.indefinitePerson(h) || passive(d.toks[k]) {
		out[h] = true
		switch {
		case h+2 < end && d.toks[h+1].Key == "من": // "3 مسلحين من كتائب حزب الله"
			out[h+2] = true
		case h+1 < end: // "15 من المتمردين الحوثيين"
			out[h+1] = true
		}
	}
}

// nominativeFighters reports fighters in the nominative plural
// ("مسلحون", "المهاجمون"): after a harm word they are its subject, never
// the genitive of a noun ("مقتل مسلحين").
func (d *doc) nominativeFighters(k int) bool {
	key := d.toks[k].Key
	return strings.HasSuffix(key, "ون") && d.c.lx.roles["fighters"].has(key)
}

// countAfter returns where the victims' count starts after the harm word
// at k: past a hedge ("نحو"), or past up to two words when a number
// follows them ("قتل آنذاك خمسة جنود"); else the next word.
func (d *doc) countAfter(k int) int {
	s := d.toks[k].Sentence
	if k+2 < d.first[s+1] && inIt(d.toks[k+1].Key) {
		k++ // "قتل فيه جندي"
	}
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

// among reports «بينهم», «بينهما», «منهم»: those named after it are among
// the dead or wounded.
func among(key string) bool {
	switch key {
	case "بينهم", "بينهما", "منهم", "بينهن":
		return true
	}
	return false
}

// inIt reports a preposition with a pronoun that may follow a harm verb
// before its subject ("قتل فيه", "أصيب خلالها").
func inIt(key string) bool {
	switch key {
	case "فيه", "فيها", "خلاله", "خلالها", "فيهما":
		return true
	}
	return false
}

// harmedBefore marks the people named right before a harm verb that
// follows them ("19 من عناصر التنظيم قتلوا", "جنديان أصيبا"): the word
// before the verb and the head of its phrase.
func (d *doc) harmedBefore(k int, out map[int]bool) {
	s := d.toks[k].Sentence
	if k+1 < d.first[s+1] && d.objectAt(k+1) {
		return // "مسلحون قتلوا ثلاثة مدنيين": the verb is active
	}
	for j := k - 1; j >= max(k-7, d.first[s]); j-- {
		if !d.toks[j].IsWord() || d.c.lx.roles["hurt"].has(d.toks[j].Key) {
			break
		}
		if d.peopleNoun(j) || headStem(d.toks[j].Key) != "" || d.c.lx.roles["group"].has(d.toks[j].Key) || d.c.lx.roles["state"].has(d.toks[j].Key) || d.personAt(j) || d.partitive(j) {
			out[j] = true
		}
	}
}

// partitive reports the group after «من» that follows people or a count
// ("ثلاثة مقاتلين من الحشد الشعبي", "خمسة من الحرس"): those counted are
// its members.
func (d *doc) partitive(j int) bool {
	s := d.toks[j].Sentence
	if j-2 < d.first[s] || d.toks[j-1].Key != "من" {
		return false
	}
	_, counted := arabic.ParseNumber(d.toks, j-2)
	return counted || d.peopleNoun(j-2)
}

// objectAt reports an object starting at token k: a count, people or a
// person.
func (d *doc) objectAt(k int) bool {
	_, n := arabic.ParseNumber(d.toks, k)
	return n || d.peopleNoun(k) || d.personAt(k)
}

// peopleNoun reports a word for soldiers, fighters, civilians or protesters.
func (d *doc) peopleNoun(k int) bool {
	key := d.toks[k].Key
	if d.civilian(key) {
		return true
	}
	for _, kind := range []string{"soldiers", "fighters", "protesters"} {
		if d.c.lx.roles[kind].has(key) {
			return true
		}
	}
	return false
}

// personAt reports a person's name starting at token k.
func (d *doc) personAt(k int) bool {
	return d.personIn(k, k+1)
}

// passive reports a verb vowelled as a passive, a damma on its first
// letter ("قُتل", "أُصيب", "وقُتل").
func passive(t domain.Token) bool {
	r := []rune(t.Text)[arabic.PrefixLen(t.Text, t.Prefix):]
	return len(r) > 2 && r[1] == '\u064F'
}

// indefinitePerson reports a soldier or civilian without the article
// right after a harm verb: the passive's subject ("قتل جندي تركي"). Gunmen
// there are the active verb's subject ("اختطف مسلحون ناشطا").
func (d *doc) indefinitePerson(k int) bool {
	key := d.toks[k].Key
	if strings.HasPrefix(key, "ال") {
		return false
	}
	rl := d.c.lx.roles
	return rl["soldiers"].has(key) || d.civilian(key) || rl["protesters"].has(key)
}

// dual reports a dual noun, which carries its own count ("جنديان", "شخصين").
func dual(key string) bool {
	return len([]rune(key)) >= 5 && (strings.HasSuffix(key, "ان") || strings.HasSuffix(key, "ين"))
}

// pickTarget chooses the target of lowest rank, among equals the nearest
// to the trigger.
func pickTarget(m match, init *actorMention, targets []*actorMention, rank map[*actorMention]int) *actorMention {
	var best *actorMention
	for _, t := range targets {
		if init != nil && sameActor(init, t) { // one actor is never both sides
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
	case victims[am.tok] && am.tok > 0 && among(d.toks[am.tok-1].Key):
		return 3, true // «بينهم ضابط»: one of the people harmed, named after them
	case victims[am.tok] || !m.t.noun && am.tok >= m.j && am.tok <= m.j+1 && passive(d.toks[m.i]):
		return 1, true // "اُستهدف موكب …"
	case (m.t.typ == domain.Riots || m.t.sub == "Looting/property destruction") && d.ownerAfterSite(am):
		return 0, true // «أحرق متظاهرون مقار الأحزاب، بينها مكاتب حزب الدعوة»: the owner is hit
	case d.isSite(am):
		return 2, m.t.typ != domain.Protests && m.t.typ != domain.Riots && m.t.typ != domain.Strategic
	case d.targetMarked(am.tok) || m.t.typ == domain.Battles && (d.withMarker(m.j, am.tok) || d.lost(am.tok)) || d.affiliated(am.tok) && d.ownedSite(am) ||
		am.tok < m.i && d.undergoes(max(am.tok-3, d.first[s]), am.tok, d.tokenAt(max(am.men.End-1, am.men.Start)), m.i):
		return 0, true
	case am.tok < m.i && am.tok >= m.i-6 && am.ent.Type != domain.PER && d.causedBy(m):
		return 2, true
	case d.victim(am, m):
		return 3, true
	}
	return 0, false
}

// lost reports a side named after a word of its defeat («بعد انسحاب
// «قوات العشائر» منها», «بعد طرد مسلحي التنظيم»): in a battle, the target.
func (d *doc) lost(tok int) bool {
	s := d.toks[tok].Sentence
	for k := tok - 1; k >= max(tok-2, d.first[s]); k-- {
		if d.c.lx.roles["lost"].has(d.toks[k].Key) {
			return true
		}
		if d.toks[k].IsWord() {
			return false
		}
	}
	return false
}

// vaguePerson reports "شخص" and its forms: people counted, no more.
func (d *doc) vaguePerson(k int) bool {
	return strings.HasPrefix(d.toks[k].Key, "شخص") || d.toks[k].Key == "اشخاص"
}

// laterVictims returns the group the next two sentences say the victims
// belonged to, for an event of political violence whose own sentence names
// no marked target: the group that mourns them («ونعى حزب الله اثنين من
// عناصره»), the group among the dead («بين القتلى ثلاثة من عناصر الشرطة»),
// or the group the vehicle hit carried («كانت تقل عناصر من …»).
func (d *doc) laterVictims(m match, s int, init *actorMention) *actorMention {
	if m.t.typ == domain.Protests || m.t.typ == domain.Riots || m.t.typ == domain.Strategic {
		return nil
	}
	set := d.c.lx.roles["victimsnext"]
	for t := s + 1; t <= s+2 && t < len(d.a.Sentences); t++ {
		for k := d.first[t]; k < d.first[t+1]; k++ {
			n, ok := set.phraseAt(d.toks, k)
			if !ok {
				continue
			}
			for i := range d.actors[t] {
				am := &d.actors[t][i]
				if am.tok >= k+n && am.tok <= k+n+4 && am.ent.Type == domain.ORG && am.ent.Subtype != "media" &&
					(init == nil || am.ent != init.ent) {
					return am
				}
			}
		}
	}
	return nil
}

// civilian reports a word for civilians: the civilians the trigger
// conditions know and the people only the actor rules read as such
// ("شاب", "نازحين", "مطلوبين").
func (d *doc) civilian(key string) bool {
	return d.c.lx.roles["civilians"].has(key) || d.c.lx.roles["people"].has(key)
}

// ownerAfterSite reports a name right after a building or post word, its
// owner («مقر حزب …», «مكاتب منظمة بدر», «مقار «عصائب أهل الحق»»).
func (d *doc) ownerAfterSite(am *actorMention) bool {
	k, ok := d.prevWord(am.tok)
	if !ok {
		return false
	}
	key := d.toks[k].Key
	if p := d.toks[am.tok].Prefix; p != "" && p != "ل" {
		return false // «مقر في بغداد»: a place word between
	}
	return d.c.lx.roles["ownedsite"].has(key)
}
