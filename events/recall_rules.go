package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// This file holds the rules that let the event stage code events it used
// to miss without loosening its precision filters: a noun trigger that a
// verb of onset introduces is a new event, not a mention of one already
// coded («… تلاه اشتباك», «اندلعت اشتباكات»); a sentence of two clauses
// joined by «فيما» or «بينما» may report two events; a clause that an
// official denies reports none; and the sub-event type is refined from
// the sentence (who takes a town, aircraft that shell, live fire at a
// protest). The words are in data/precision.tsv.

// onsetReach is how many words from a noun trigger a verb of onset
// («اندلعت», «تلاه», «تطور إلى») still introduces it.
const onsetReach = 3

// onset reports a noun trigger introduced as a new happening: an onset
// word within onsetReach words before or after it, and the trigger not
// definite («اشتباكات اندلعت بعده» is new, «المواجهات اندلعت» is not).
func (d *doc) onset(m match) bool {
	if strings.HasPrefix(d.toks[m.i].Key, "ال") {
		return false
	}
	lo, hi := d.window(m.i, m.i-onsetReach, m.j+onsetReach)
	return d.hasWord("onset", lo, m.i) || d.hasWord("onset", m.j, hi)
}

// otherClause reports whether match b lies in another clause than match a
// of the same sentence: a clause link («فيما», «بينما», «في حين») stands
// between them. Such a sentence tells two events («نفذ العشرات اعتصاما …
// فيما اقتحم محتجون مبنى …»).
func (d *doc) otherClause(a, b match) bool {
	lo, hi := a.j, b.i
	if b.j <= a.i {
		lo, hi = b.j, a.i
	}
	return lo < hi && d.hasWord("clause", lo, hi)
}

// denyReach is how many words before a trigger a denial still governs it.
const denyReach = 12

// denied reports a trigger in a clause that an official denies («نفى … أن
// تكون القوات قد أطلقت الرصاص», with «أن»: «نفى سقوط قتلى في القصف»
// denies the dead, not the shelling) or that accuses someone of it
// («متهما مندسين بإطلاق النار»): the clause reports a claim, not an event.
func (d *doc) denied(m match) bool {
	s := d.toks[m.i].Sentence
	that := false // «أن» between the denial and the trigger
	for k := m.i - 1; k >= d.first[s] && k >= m.i-denyReach; k-- {
		key := d.toks[k].Key
		if isComma(key) {
			break
		}
		that = that || key == "ان"
		if d.hasWord("accuse", k, k+1) || that && d.hasWord("deny", k, k+1) {
			return true
		}
		if !that && d.hasWord("deny", k, k+1) && d.directObject(m) {
			return true // «نفى مصدر في السلطة المحلية إطلاق النار على المعتصمين»
		}
	}
	return false
}

func isComma(key string) bool { return key == "،" || key == "," || key == "." || key == "؛" }

// governorReach is how many words before the noun «السيطرة» a verb of
// achievement may stand («تمكنت قوات الجيش من السيطرة»); attemptReach is how many words before a control trigger an attempt or
// «منذ» governs it; territoryReach how many words after it «على» may
// come («سيطرت قوات النظام، فجر اليوم، على بلدة …»); objectReach how many
// words after «على» (or after «استعادت») the place taken may come.
const (
	governorReach  = 6
	attemptReach   = 8
	territoryReach = 10
	objectReach    = 4
)

// territory checks a control trigger («سيطرت», «السيطرة على»,
// «استعادت»): a town, site or named place is its object (after «على»,
// or after the verb for «استعاد»), no fire or abstract object comes
// first («السيطرة على الحريق»), it is no relative clause recalling an
// earlier capture («المقر الذي سيطر عليه الأمن»), and an armed group or
// state force is named in the sentence.
func (d *doc) territory(m match) bool {
	s := d.toks[m.i].Sentence
	if m.i > d.first[s] && d.hasWord("relative", m.i-1, m.i) {
		return false
	}
	if lo, hi := d.window(m.i, m.i-attemptReach, m.i); d.hasWord("attempt", lo, hi) {
		return false // «يحاولون استعادة السيطرة», «منذ حزيران … سيطر خلاله»
	}
	if !controlVerb[d.toks[m.i].Key] {
		// the noun («السيطرة على», «استعادة عدن») is background («في ظل
		// سيطرة …», «بعد استعادة …») unless a verb of achievement governs it
		if lo, hi := d.window(m.i, m.i-governorReach, m.i); !d.hasWord("governor", lo, hi) || strings.Contains(d.toks[m.i].Prefix, "ل") {
			return false
		}
	}
	from := m.j
	if d.toks[m.j-1].Key != "علي" {
		from = -1
		lo, hi := d.window(m.j, m.j, m.j+territoryReach)
		for k := lo; k < hi; k++ {
			if d.toks[k].Key == "علي" {
				from = k + 1
				break
			}
		}
		if from < 0 && strings.HasPrefix(d.toks[m.i].Key, "استعاد") {
			from = m.j
		}
	}
	if from < 0 || !d.territoryObject(s, from) {
		return false
	}
	return d.forcesIn(s)
}

// territoryObject reports a town, site or place within objectReach words
// from token from, with no fire or abstract object before it.
func (d *doc) territoryObject(s, from int) bool {
	lo, hi := d.window(from, from, from+objectReach)
	for k := lo; k < hi; k++ {
		if d.hasWord("notterritory", k, k+1) {
			return false
		}
		if d.hasWord("territory", k, k+1) || d.placeAt(s, k) {
			return true
		}
	}
	return false
}

// controlVerb holds the finite verbs of control; other forms of a
// control trigger are nouns.
var controlVerb = map[string]bool{"سيطرت": true, "سيطر": true, "سيطروا": true, "سيطرا": true,
	"استعادت": true, "استعاد": true, "استعادوا": true, "استعادا": true}

// forcesIn reports an armed group or state force named in sentence s.
func (d *doc) forcesIn(s int) bool {
	if d.hasRole("state", d.first[s], d.first[s+1]) || d.hasRole("armed", d.first[s], d.first[s+1]) {
		return true
	}
	for _, am := range d.actors[s] {
		switch am.ent.Subtype {
		case "armed_group", "state_forces", "security_unit":
			return true
		}
	}
	return false
}

// placeAt reports a place mention, listed or not, starting at token k of
// sentence s.
func (d *doc) placeAt(s, k int) bool {
	for _, p := range d.places[s] {
		if p.tok == k {
			return true
		}
	}
	for _, p := range d.unplaced[s] {
		if p.tok == k {
			return true
		}
	}
	return false
}

// crowdPronoun reports a riot verb carrying its subject as a plural
// suffix («وأحرقوا», «اقتحموا») after a crowd named earlier in the
// sentence: the crowd acts, and state forces named after the verb are
// its target («رشقوا قوة أمنية بالحجارة»).
func (d *doc) crowdPronoun(m match) bool {
	if !strings.HasSuffix(d.toks[m.i].Key, "وا") {
		return false
	}
	s := d.toks[m.i].Sentence
	return d.hasRole("crowd", d.first[s], m.i) || d.hasRole("protesters", d.first[s], m.i)
}

// victimReach is how many words before «برصاص» its victim may stand.
const victimReach = 6

// victimBefore reports a civilian named within victimReach words before a
// kill-by-fire trigger («بمقتل ثلاثة مدنيين برصاص قناصة») in a sentence
// naming no battle: a civilian shot during clashes is one of the
// battle's dead.
func (d *doc) victimBefore(m match) bool {
	lo, hi := d.window(m.i, m.i-victimReach, m.i)
	_, end := d.window(m.i, m.i, m.j+victimReach)
	s := d.toks[m.i].Sentence
	return (d.hasRole("civilians", lo, hi) || d.hasWord("victim", lo, hi)) && !d.hasRole("protesters", lo, end) &&
		!d.hasWord("battle", d.first[s], d.first[s+1])
}

// crowdReach is how many words before a destruction trigger a crowd
// makes it a riot.
const crowdReach = 6

// aircraftReach is how many words after a bare shelling verb an aircraft
// word makes it an air strike (twice as many before it: «شاركت طائرات
// … في قصف»).
const aircraftReach = 6

// refineSub sets the sub-event type the sentence shows better than the
// trigger: who takes a place, aircraft doing the shelling, a protest met
// with live fire or a death.
func (d *doc) refineSub(ev *domain.Event, m match, s int) {
	if d.foundWeapon(m) {
		ev.EventType, ev.SubEventType = domain.Strategic, "Disrupted weapons use"
		ev.Fatalities = nil
		return
	}
	switch ev.SubEventType {
	case "Government regains territory", "Non-state actor overtakes territory":
		if m.t.cond != "territory" {
			return // the other control triggers name their actor («استعادت القوات», «سيطر مسلحو»)
		}
		ev.SubEventType = "Non-state actor overtakes territory"
		if d.stateTakes(ev, m) {
			ev.SubEventType = "Government regains territory"
		}
	case "Shelling/artillery/missile attack":
		lo, hi := d.window(m.i, m.i-2*aircraftReach, m.j+aircraftReach)
		if strings.HasPrefix(d.toks[m.i].Key, "قصف") && m.j-m.i == 1 && d.hasWord("aircraft", lo, hi) {
			ev.SubEventType = "Air/drone strike" // «قصفت طائرات …», «في قصف … بمروحيات»
		}
	case "Looting/property destruction":
		lo, hi := d.window(m.i, m.i-crowdReach, m.j+2)
		if d.armedBefore(m, lo) {
			break // «عناصر من فرقة الحمزة نهبوا …»: fighters loot, whoever reports it
		}
		if d.hasRole("protesters", lo, hi) || d.hasRole("crowd", lo, hi) && !d.stateActs(m) {
			ev.EventType, ev.SubEventType = domain.Riots, "Violent demonstration" // «أقدم محتجون على إحراق …»
		}
	case "Peaceful protest":
		if d.intervened(m, s) {
			ev.SubEventType = "Protest with intervention" // «… قبل أن يطلق عناصر النار في الهواء لتفريقهم», «… لتفريق اعتصام»
			d.lethalForce(ev, s)
		}
	case "Protest with intervention":
		d.lethalForce(ev, s)
	}
}

// stateTakes reports a place taken by state forces: no armed group is the
// subject right after the verb, and the event's first actor is a state force, or, with no first actor, a state force is named
// just before the trigger.
func (d *doc) stateTakes(ev *domain.Event, m match) bool {
	if lo, hi := d.window(m.j, m.j, m.j+3); d.hasRole("armed", lo, hi) {
		return false // «سيطر مقاتلون من المعارضة على …»
	}
	if ev.Actor1 != nil && ev.Actor1.Inter != 0 {
		return ev.Actor1.Inter == 1
	}
	lo, hi := d.window(m.i, m.i-8, m.j+3)
	return d.hasRole("state", lo, hi)
}

// hasUnquotedWord reports a precision word of kind over tokens [lo, hi)
// that is not a quoted name: weapons and operations are named after
// disasters («صواريخ «بركان»», «عملية «الإعصار»»), which does not make
// their sentence a disaster report.
func (d *doc) hasUnquotedWord(kind string, lo, hi int) bool {
	for k := max(lo, 0); k < min(hi, len(d.toks)); k++ {
		if d.hasWord(kind, k, k+1) && !d.quoted(k) {
			return true
		}
	}
	return false
}

// quoted reports token k opening a quotation («…» or "…").
func (d *doc) quoted(k int) bool {
	if k == 0 {
		return false
	}
	switch d.toks[k-1].Text {
	case "«", "\"", "“":
		return true
	}
	return false
}

// accusedDeeds are the verbal nouns that say what the accused did
// («اتهم … بتنفيذ القصف», «بشن الهجوم», «بالوقوف وراء»).
var accusedDeeds = map[string]bool{"تنفيذ": true, "شن": true, "الوقوف": true, "ارتكاب": true,
	"قصف": true, "استهداف": true, "اطلاق": true}

// accused returns the actor sentence s accuses of an event («واتهمت
// الوزارة حرس الحدود بتنفيذ القصف»): the actor named nearest before the
// deed, after the verb of accusation.
func (d *doc) accused(s int) *actorMention {
	verb := -1
	for k := d.first[s]; k < d.first[s+1]; k++ {
		key := strings.TrimPrefix(d.toks[k].Key, "و")
		deed, marked := strings.CutPrefix(key, "ب")
		if !marked {
			deed, marked = key, strings.Contains(d.toks[k].Prefix, "ب")
		}
		switch {
		case verb < 0 && strings.HasPrefix(key, "اتهم"):
			verb = k
		case verb >= 0 && marked && accusedDeeds[deed]:
			if d.deniedAfter(k, s) {
				return nil // «… وهو ما نفاه مسؤول في …»: an accusation denied names no one
			}
			var who *actorMention
			for i := range d.actors[s] {
				if am := &d.actors[s][i]; am.tok > verb && am.tok < k && (who == nil || am.tok > who.tok) {
					who = am
				}
			}
			return who
		}
	}
	return nil
}

// clanFight reports a sentence about a gunfight between families, clans or
// tribes («تطور خلاف بين عائلتين إلى تبادل لإطلاق النار»): the dispute
// that caused it does not make it ordinary crime, as ACLED codes armed
// clashes between communal groups.
func (d *doc) clanFight(s int) bool {
	lo, hi := d.first[s], d.first[s+1]
	return d.hasWord("clan", lo, hi) && d.hasWord("gunfight", lo, hi)
}

// demonstrations reports two triggers that are both protest or riot words:
// in one clause they tell one demonstration (a gathering that turned
// violent), coded by the higher of the two.
func demonstrations(a, b match) bool {
	demo := func(t string) bool { return t == domain.Protests || t == domain.Riots }
	return demo(a.t.typ) && demo(b.t.typ)
}

// anyInside reports «أي» or «أية» inside a trigger with a gap («صد أي
// هجوم»): the phrase speaks of any event, not of one that happened.
func (d *doc) anyInside(m match) bool {
	for k := m.i + 1; k < m.j; k++ {
		if key := d.toks[k].Key; key == "اي" || key == "ايه" {
			return true
		}
	}
	return false
}

// firstDemonstration reports force used on a protest when evs holds no
// protest or riot: a noun of intervention told after a shooting or a raid
// («… وسط إطلاق الغاز المسيل للدموع») is a new event, not the violence
// told again. The other way round, clashes told after a riot are the
// riot's, and a bare «احتجاجات» later in a report is mostly background.
func firstDemonstration(ev *domain.Event, evs []*domain.Event) bool {
	demo := func(t string) bool { return domain.DisorderType(t) == "Demonstrations" }
	if ev.SubEventType != "Protest with intervention" && ev.SubEventType != "Excessive force against protesters" {
		return false // «احتجاجات», «مظاهرات» deep in a report often recall the background
	}
	for _, o := range evs {
		if demo(o.EventType) {
			return false
		}
	}
	return true
}

// offensiveReach is how many words before an offensive noun its launch
// verb, and after it its military target, may come.
const offensiveReach = 6

// offensive checks an offensive launched on military targets («شنت
// القوات هجوما واسعا على مواقع التنظيم»), by state forces or an armed
// group: a launch verb stands before the noun, a military target follows
// it and a force is named in the sentence.
// A speech «شن هجوما على الحكومة» names no target of that kind.
func (d *doc) offensive(m match) bool {
	lo, hi := d.window(m.j, m.j, m.j+offensiveReach)
	blo, bhi := d.window(m.i, m.i-offensiveReach, m.i)
	return d.hasWord("launch", blo, bhi) && d.hasWord("milobj", lo, hi) && d.forcesIn(d.toks[m.i].Sentence)
}
