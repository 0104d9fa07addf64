package events

import (
	"strconv"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// This file holds the filters that keep event words used outside political
// violence from becoming events: whole sentences about sport, fiction,
// drills, disasters, trials, markets or scripture; figurative objects and
// adjectives right after a trigger; plans, warnings and habits around it;
// history paragraphs; and the sense checks some triggers need (a foiling
// must foil an attack, a demolition must destroy a building, a detention
// must hold a person, a bare «عبوة» must explode). The words are in
// data/precision.tsv.

// hasWord reports whether a precision word of kind occurs in tokens [lo, hi).
func (d *doc) hasWord(kind string, lo, hi int) bool {
	set := d.c.lx.prec[kind]
	if set == nil {
		return false
	}
	lo, hi = max(lo, 0), min(hi, len(d.toks))
	for k := lo; k < hi; k++ {
		if _, ok := set.phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

// offTopic reports a sentence about something other than political
// violence: a drill, a disaster or scripture always; sport or fiction
// unless it names an armed group.
func (d *doc) offTopic(s int) bool {
	lo, hi := d.first[s], d.first[s+1]
	for _, kind := range []string{"drill", "disaster", "religion"} {
		if d.hasUnquotedWord(kind, lo, hi) {
			return true
		}
	}
	for _, kind := range []string{"sport", "fiction"} {
		if d.hasWord(kind, lo, hi) {
			return !d.armedGroupIn(s)
		}
	}
	return false
}

// marketReach is how many words around a trigger a market or health word
// makes it a figure of speech («انفجار الأسعار», «حرق السعرات»); a shelled
// pharmacy or a war's prices further off stay events.
const marketReach = 6

// marketOrHealth reports a market or health word near the trigger in a
// sentence that names no armed group.
func (d *doc) marketOrHealth(m match) bool {
	lo, hi := d.window(m.i, m.i-marketReach, m.j+marketReach)
	return (d.hasWord("economy", lo, hi) || d.hasWord("health", lo, hi)) && !d.armedGroupIn(d.toks[m.i].Sentence)
}

// ordinaryCrime reports a non-protest trigger in a sentence about ordinary
// crime (a police case, alcohol, corruption) that names no armed group,
// party or security force. Protests against corruption stay events, and
// so does a crowd beating a suspect («… إثر اتهامه بسرقة»): mob violence.
func (d *doc) ordinaryCrime(m match) bool {
	s := d.toks[m.i].Sentence
	lo, hi := d.first[s], d.first[s+1]
	crowd := m.t.typ == domain.Riots || d.hasRole("crowd", lo, hi) || d.hasRole("protesters", lo, hi)
	if m.t.typ == domain.Protests || m.t.sub == "Mob violence" || !d.hasWord("crime", lo, hi) && !(d.hasWord("graft", lo, hi) && !crowd) {
		return false // protesters who denounce corruption are no crime
	}
	return !d.politicalActorIn(s)
}

// armsTalk reports a weapon word in talk of arms: a programme, test or
// trade word next to it («برنامج الصواريخ»), or a deal a few words away
// («صفقة تضمنت مروحيات ودبابات وصواريخ»).
func (d *doc) armsTalk(m match) bool {
	if lo, hi := d.window(m.i, m.i-3, m.j+3); d.hasWord("arms", lo, hi) {
		return true
	}
	lo, hi := d.window(m.i, m.i-dealReach, m.j+dealReach)
	return d.hasWord("deal", lo, hi)
}

// dealReach is how many words from a weapon word an arms deal still names it.
const dealReach = 12

// hundreds reports an air strike counted in hundreds or more ("12000
// غارة") in a sentence without a day: a tally over a long period.
func (d *doc) hundreds(m match) bool {
	if !m.t.noun || m.t.sub != "Air/drone strike" || m.i == 0 || d.toks[m.i-1].Sentence != d.toks[m.i].Sentence {
		return false // shells fall in hundreds on one day; air strikes do not
	}
	n, ok := arabic.ParseNumber(d.toks[:m.i], m.i-1)
	return ok && n.Value >= 100 && !d.dayDated(d.toks[m.i].Sentence)
}

// dayDated reports a day-precision date in sentence s: hundreds of shells
// on one day are one event.
func (d *doc) dayDated(s int) bool {
	for _, e := range d.datesIn[s] {
		if e.Date.Precision == domain.Day {
			return true
		}
	}
	return false
}

// praiseReach is how many words before an arrest or foiling praise for the
// security forces makes it recalled rather than reported.
const praiseReach = 12

// praised reports an arrest or foiling named in praise of the security
// forces («أشاد … بما تحقق من إنجاز في القبض على …»).
func (d *doc) praised(m match) bool {
	lo, hi := d.window(m.i, m.i-praiseReach, m.i)
	return m.t.typ == domain.Strategic && d.hasWord("praise", lo, hi)
}

// planReach is how many words before a trigger a plan verb («تعتزم») makes
// it intended rather than done.
const planReach = 8

// courtReach is how many words around a trigger a trial or verdict word
// makes it the charge heard in court rather than news of the event.
const courtReach = 10

// armedGroupIn reports an armed group named in sentence s.
func (d *doc) armedGroupIn(s int) bool {
	for _, am := range d.actors[s] {
		if am.ent.Subtype == "armed_group" {
			return true
		}
	}
	return false
}

// offSense reports a trigger used in another sense: ordinary crime in its
// sentence, a trial or verdict near it, a dismissal from a civilian post,
// «كل» or a figurative object or adjective right after it, a plan, warning or capability just before it,
// habitual or future wording around it, talk of arms,
// or a civilian drone.
func (d *doc) offSense(m match) bool {
	next := m.j
	if next < len(d.toks) && d.toks[next].Key == "كل" {
		if m.t.sub == "Disrupted weapons use" {
			return true // «إحباط كل المخططات»: a boast, not a foiling
		}
		next++
	}
	if next < len(d.toks) && strings.HasPrefix(strings.TrimPrefix(d.toks[next].Key, "ال"), "متبادل") {
		next++ // «قصف متبادل بالاتهامات»: the object follows «mutual»
	}
	if d.sameSentence(m.i, next) && (d.hasWord("figobj", next, next+1) || d.hasWord("figadj", m.j, m.j+1)) {
		return true // «خطف الأضواء», «هدم كل ما», «هجوم إعلامي»
	}
	if d.anyInside(m) {
		return true // «صد أي هجوم»: any attack, not one
	}
	if d.wave(m) {
		return true // «موجة احتجاجات منذ مطلع الشهر»
	}
	if d.causedExplosion(m) {
		return true // «تسببت الغارات بانفجارات ضخمة»: what the strikes caused
	}
	if m.t.sub == "Suicide bomb" && m.i > 0 && d.sameSentence(m.i-1, m.i) && d.hasWord("dronenoun", m.i-1, m.i) {
		return true // «طائرة مسيرة انتحارية»: a kamikaze drone, the drone's event
	}
	if lo, hi := d.window(m.i, m.i-planReach, m.i); d.hasWord("plan", lo, hi) {
		return true
	}
	if lo, hi := d.window(m.i, m.i-courtReach, m.j+courtReach); m.t.sub == "Change to group/activity" && d.hasWord("civilpost", lo, hi) {
		return true // a minister or a coach dismissed
	}
	if d.ordinaryCrime(m) || d.marketOrHealth(m) || d.praised(m) {
		return true
	}
	if lo, hi := d.window(m.i, m.i-courtReach, m.j+courtReach); d.hasWord("court", lo, hi) {
		return true
	}
	if lo, hi := d.window(m.i, m.i-4, m.i); d.hasWord("intent", lo, hi) {
		return true
	}
	if lo, hi := d.window(m.i, m.i-5, m.j+5); d.hasWord("habit", lo, hi) || d.hasWord("future", m.j, hi) {
		return true
	}
	if m.t.typ == domain.Explosions && d.armsTalk(m) {
		return true
	}
	if d.hundreds(m) {
		return true
	}
	lo, hi := d.window(m.i, m.i-techReach, m.j+techReach)
	return m.t.sub == "Air/drone strike" && d.hasWord("tech", lo, hi)
}

// techReach is how many words around a drone word a civilian use (delivery,
// filming) makes it a civilian drone.
const techReach = 8

func (d *doc) sameSentence(i, j int) bool {
	return j < len(d.toks) && d.toks[i].Sentence == d.toks[j].Sentence
}

// senseCondition checks the conditions of triggers with two senses; ok is
// false when cond is not one of them.
func (d *doc) senseCondition(m match) (pass, ok bool) {
	s := d.toks[m.i].Sentence
	switch m.t.cond {
	case "blast": // «عبوة» is also a bottle or a pack
		return d.hasWord("blast", d.first[s], d.first[s+1]), true
	case "plot": // «أحبط» is also to disappoint, «اعترض» to object
		return d.foilsWeapons(m), true
	case "building": // «هدم» is also to undermine
		lo, hi := d.window(m.j, m.j, m.j+buildingReach)
		return d.hasWord("building", lo, hi) && !d.hasWord("municipal", d.first[s], d.first[s+1]), true
	case "drone": // «المسيرات» are also marches
		return !d.hasWord("march", d.first[s], d.first[s+1]), true
	case "detainee": // «أوقف» is also to halt, «احتجز» to trap
		lo, hi := d.window(m.i, m.i-4, m.j+senseReach)
		if d.hasWord("rescue", d.first[s], d.first[s+1]) {
			return false, true
		}
		return d.hasWord("person", lo, hi) || d.hasRole("civilians", lo, hi) || d.hasRole("armed", lo, hi) ||
			d.personIn(lo, hi) || d.countIn(lo, hi) || heldPronoun(d.toks[m.j-1].Key), true
	}
	return false, false
}

// buildingReach is how many words after a demolition trigger the building
// may come (the subject often stands between: «هدمت الجرافات … 18 منشأة»).
const buildingReach = 8

// senseReach is how many words after a foiling or detention trigger its
// object may come (a long subject often stands between).
const senseReach = 20

// heldPronoun reports a trigger word carrying its object as a pronoun
// («احتجازه»، «أوقفتهم»): a person is held.
func heldPronoun(key string) bool {
	for _, p := range []string{"ه", "ها", "هم", "هما", "هن"} {
		if strings.HasSuffix(key, p) {
			return true
		}
	}
	return false
}

// countIn reports a number over tokens [lo, hi).
func (d *doc) countIn(lo, hi int) bool {
	for k := lo; k < hi && k < len(d.toks); k++ {
		if _, err := strconv.Atoi(d.toks[k].Key); err == nil {
			return true
		}
	}
	return false
}

// historical reports an event told out of its time: dated more than a year
// before publication or on a day after it (a month alone may be misread), in a chronology line opening with an old
// year, or nearest to a date or marked year more than a year old.
func (d *doc) historical(ev *domain.Event, m match, s int) bool {
	if d.ref == nil {
		return false
	}
	yearAgo := d.ref.Time.AddDate(-1, 0, 0)
	if ev.Date.Max.Before(yearAgo) {
		return true
	}
	if ev.Date.Precision == domain.Day && ev.Date.Min.After(d.ref.Time.AddDate(0, 0, 1)) && !d.countedOn(ev, s) {
		return true // ahead of the report: announced, not happened
	}
	if y, ok := d.markedYear(d.first[s], s); ok && y < yearAgo.Year() {
		return true // a chronology line: "1999 - ..."
	}
	if ev.DateSpan != nil {
		if y, ok := d.yearAfter(ev.DateSpan.End, d.a.SentenceOf(ev.DateSpan.Start)); ok && y < yearAgo.Year() {
			return true // its own date carries an old year the finder left off
		}
	}
	return d.oldYearNear(m, s, yearAgo)
}

// countedOn reports an event dated by a count of days from an earlier date
// ("بعد أربعة أيام على …"): such a date may run past the report when the
// count is measured from the event, so it does not make the event future.
func (d *doc) countedOn(ev *domain.Event, s int) bool {
	for k := max(s-2, 0); k <= s; k++ {
		for _, e := range d.datesIn[k] {
			if e.Kind == "after" && e.Date.Time.Equal(ev.Date.Time) {
				return true
			}
		}
	}
	return false
}

// yearReach is how many words from a trigger a year still dates it.
const yearReach = 15

// oldYearNear reports whether the time written nearest the trigger, within
// yearReach words, ended before cutoff: a date expression, or a year
// number the date finder leaves out (a Hijri year marked «هـ», a year
// after «عام», a year opening a chronology line).
func (d *doc) oldYearNear(m match, s int, cutoff time.Time) bool {
	old, dist := false, -1
	consider := func(k int, isOld bool) {
		if dd := min(abs(k-m.i), abs(k-(m.j-1))); dd <= yearReach && (dist < 0 || dd < dist) {
			old, dist = isOld, dd
		}
	}
	for _, e := range d.datesIn[s] {
		isOld := e.Date.Max.Before(cutoff)
		if y, ok := d.yearAfter(e.Span.End, s); ok {
			isOld = y < cutoff.Year() // "12 مايو 2003م" read without its year
		}
		consider(d.tokenAt(e.Span.Start), isOld)
	}
	for k := max(d.first[s], m.i-yearReach); k < min(d.first[s+1], m.j+yearReach); k++ {
		if y, ok := d.markedYear(k, s); ok {
			consider(k, y < cutoff.Year() || y == cutoff.Year() && d.since(k))
		}
	}
	return old
}

// markedYear reads token k as a Gregorian year when it is a four-digit
// number from 1300 to 2100 marked as a year: by «م» or «هـ» after it or
// joined to it ("2003م"), by «عام» before it, or by opening a sentence.
func (d *doc) markedYear(k, s int) (int, bool) {
	key, next := d.toks[k].Key, ""
	if k+1 < len(d.toks) {
		next = d.toks[k+1].Key
	}
	for _, mark := range []string{"م", "هـ", "ه"} {
		if digits, ok := strings.CutSuffix(key, mark); ok && len(digits) == 4 {
			key, next = digits, mark
		}
	}
	v, err := strconv.Atoi(key)
	if err != nil || len(key) != 4 || v < 1300 || v > 2100 {
		return 0, false
	}
	switch {
	case hijriMark[next] || v < 1600 && (k == d.first[s] || yearWord[d.prevKey(k)]):
		return int(float64(v)*0.970229 + 622.07), true // 621.57, rounded
	case next == "م" || next == "ميلادي" || k == d.first[s] || yearWord[d.prevKey(k)]:
		return v, v >= 1600
	}
	return 0, false
}

// since reports «منذ» within two words before token k: an event running
// since a year before the last one is a state of affairs, not news.
func (d *doc) since(k int) bool {
	for n := max(k-2, 0); n < k; n++ {
		if d.toks[n].Key == "منذ" {
			return true
		}
	}
	return false
}

// yearAfter returns a marked year written within four words after rune
// offset end in sentence s ("السبت 11 ربيع الآخر 1428هـ").
func (d *doc) yearAfter(end, s int) (int, bool) {
	k := d.tokenAt(end - 1)
	for n := k + 1; n <= k+4 && n < d.first[s+1]; n++ {
		if y, ok := d.markedYear(n, s); ok {
			return y, true
		}
	}
	return 0, false
}

func (d *doc) prevKey(k int) string {
	if k == 0 {
		return ""
	}
	return d.toks[k-1].Key
}

var yearWord = map[string]bool{"عام": true, "العام": true, "لعام": true, "سنه": true, "منذ": true, "عامي": true,
	"مطلع": true, "اوايل": true, "اواخر": true, "منتصف": true, "بدايه": true, "نهايه": true}

var hijriMark = map[string]bool{"ه": true, "هـ": true, "هجري": true, "هجريه": true}
