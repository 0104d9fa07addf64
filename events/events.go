package events

import (
	"context"
	"fmt"
	"sort"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/dates"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/kb"
)

// Coder is the event stage. It is read-only after New and safe for
// concurrent use.
type Coder struct {
	lx *lexicon
	kb *kb.KB
}

// New loads the trigger and role lexicons.
func New(k *kb.KB) (*Coder, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return &Coder{lx: lx, kb: k}, nil
}

// Name names the stage.
func (c *Coder) Name() string { return "events" }

// match is a trigger found over tokens [i, j).
type match struct {
	t    trigger
	i, j int
}

// Process codes a.Events from a.Tokens, a.Entities and a.Descriptors.
func (c *Coder) Process(_ context.Context, a *domain.Article) error {
	d := newDoc(a, c)
	var evs []*domain.Event
	past := false                           // the text recalled history before any event
	for s := 1; s < len(a.Sentences); s++ { // sentence 0 is the headline
		for _, m := range c.pick(d, s) {
			ev := d.build(m, s)
			if ev != nil && d.historical(ev, m, s) {
				past = true
				continue
			}
			if ev == nil || len(evs) == 0 && !past && s > leadSentences && !d.datedNear(s) {
				// deep in a text that reported nothing in its lead, an
				// undated event word is comment, not news
				continue
			}
			d.refineSub(ev, m, s)
			ev.Actor1, ev.Actor2 = protestSides(ev.EventType, ev.SubEventType, ev.Actor1, ev.Actor2)
			d.crowdActors(ev, m, s)
			if m.t.noun && !d.onset(m) && d.refersBack(ev, evs, s) || !m.t.noun && d.restates(ev, evs, s) {
				continue
			}
			evs = append(evs, ev)
			evs = append(evs, d.coordinated(ev, m, s)...)
			evs = append(evs, d.listedBefore(ev, m, s)...)
		}
	}
	d.claims(evs)
	evs, groups := mergeSame(evs, d)
	d.lateFatalities(evs, groups)
	for i, ev := range evs {
		ev.ID = fmt.Sprintf("%s-e%d", a.DocID, i+1)
		ev.Sources = []domain.EventSource{{DocID: a.DocID, Outlet: a.Outlet}}
	}
	a.Events = evs
	return nil
}

// pick returns the triggers of sentence s that report events: the best by
// priority, and a second of another type when both are verbs or a clause
// link («فيما», «بينما») stands between them.
func (c *Coder) pick(d *doc, s int) []match {
	var cands, ms []match
	for i := d.first[s]; i < d.first[s+1]; i++ {
		cands = append(cands, c.lx.matchAt(d.toks, i)...)
	}
	// the sentence-wide checks scan every word: only for sentences with a
	// trigger (most have none)
	if len(cands) > 0 && d.crime(s) {
		cands = mobOnly(cands) // a crowd beating a thief is mob violence, not a police case
	}
	if len(cands) == 0 || d.offTopic(s) {
		return nil
	}
	for _, m := range cands {
		if d.negated(m) || d.denied(m) || !d.condition(m) || d.tally(m, s) || d.offSense(m) || m.t.typ == domain.Protests && d.hasRole("culture", d.first[s], d.first[s+1]) {
			continue
		}
		ms = append(ms, m)
	}
	ms = dropGoverned(ms)
	if len(ms) == 0 {
		return nil
	}
	sort.SliceStable(ms, func(x, y int) bool {
		if ms[x].t.prio != ms[y].t.prio {
			return ms[x].t.prio > ms[y].t.prio
		}
		return ms[x].j-ms[x].i > ms[y].j-ms[y].i
	})
	out := []match{ms[0]}
	for _, m := range ms[1:] {
		if d.causedKilling(m, ms[0]) {
			continue
		}
		if m.t.typ != ms[0].t.typ && (m.j <= ms[0].i || m.i >= ms[0].j) && (!m.t.noun && !ms[0].t.noun && !demonstrations(m, ms[0]) || d.otherClause(ms[0], m) || agreement(m) || agreement(ms[0])) {
			out = append(out, m)
			break
		}
	}
	return out
}

// agreement reports an agreement trigger: never the same event as the
// violence told beside it («توصلوا إلى اتفاق … بعد ساعات من قصف عنيف»).
func agreement(m match) bool { return m.t.sub == "Agreement" }

// causedKilling reports a killing a told as caused by remote violence b
// after it («قُتلت امرأة … جراء سقوط قذائف هاون»): the deaths are b's,
// not a separate attack.
func (d *doc) causedKilling(a, b match) bool {
	if a.t.typ != domain.ViolenceCivilian || b.t.typ != domain.Explosions || a.i > b.i {
		return false
	}
	lo, hi := d.window(b.i, b.i-2, b.i)
	return d.hasRole("cause", lo, hi)
}

// mobOnly keeps the mob-violence triggers of cands.
func mobOnly(cands []match) []match {
	var out []match
	for _, m := range cands {
		if m.t.sub == "Mob violence" {
			out = append(out, m)
		}
	}
	return out
}

// build fills an event for trigger m in sentence s, or returns nil when it
// lacks the month-or-better date ACLED needs.
func (d *doc) build(m match, s int) *domain.Event {
	date, dateSpan, explicit := d.dateFor(m, s)
	if date == nil || date.Precision > domain.Month {
		return nil
	}
	ev := &domain.Event{
		EventType: m.t.typ, SubEventType: m.t.sub, Date: date,
		Evidence: d.a.Sentences[s],
		Trigger:  domain.Span{Start: d.toks[m.i].Start, End: d.toks[m.j-1].End},
	}
	ev.TriggerText = d.a.Slice(ev.Trigger)
	if explicit {
		ev.DateSpan = dateSpan
	}
	ev.Location = d.locationFor(m, s)
	if ev.Location == nil {
		return nil
	}
	ev.Actor1, ev.Actor2 = d.actorsFor(m, s)
	ev.Fatalities, ev.FatalitiesSpan = d.fatalities(m, s)
	ev.Primary = d.primary(date)
	ev.Disputed = d.disputed(s)
	return ev
}

// primary reports whether an event dated date is news rather than background.
func (d *doc) primary(date *domain.Date) bool {
	if d.ref == nil {
		return true
	}
	pub := d.ref.Time
	if d.anchor != nil && date.Precision == domain.Day && date.Time.Equal(d.anchor.Time) {
		return true // the date the headline or lead gives is the news
	}
	return !date.Max.Before(pub.AddDate(0, 0, -7)) && !date.Min.After(pub.AddDate(0, 0, 1))
}

// refersBack reports whether a noun trigger names an event already coded:
// it does unless its sentence gives its own date or a place far from every
// coded event. A later mention's evidence is not lost: it is noted on the
// event it refers to only through the article text.
func (d *doc) refersBack(ev *domain.Event, evs []*domain.Event, s int) bool {
	if len(evs) == 0 || firstDemonstration(ev, evs) {
		return false // tear gas after a shooting is a new event, not the shooting told again
	}
	if ev.DateSpan != nil && d.a.SentenceOf(ev.DateSpan.Start) == s {
		return false
	}
	if ev.Location.Span == nil || d.a.SentenceOf(ev.Location.Span.Start) != s || d.country != "" && ev.Location.Country != d.country && !d.acrossBorder(ev.Location) {
		return true // no place of its own, or one abroad named in passing
	}
	for _, o := range evs {
		sameKind := o.EventType == ev.EventType && o.SubEventType == ev.SubEventType
		if o.Location.PlaceID == ev.Location.PlaceID && o.Location.Text == ev.Location.Text || sameKind && near(o.Location, ev.Location, 10) && ev.Location.PlaceID != "" ||
			d.broad(ev.Location) && ev.Location.Country == o.Location.Country {
			return true // the same place, or only the province or country of one already coded
		}
	}
	return false
}

// dateFor resolves the event's date: an expression in the sentence (the
// one nearest the trigger), else the last one of the two sentences before,
// else the article's anchor date (the headline's or lead's date, or the
// publication date).
func (d *doc) dateFor(m match, s int) (*domain.Date, *domain.Span, bool) {
	if e, ok := d.nearestDate(m, s); ok {
		dt := e.Date
		sp := e.Span
		return &dt, &sp, true
	}
	for back := s - 1; back >= 1 && back >= s-2; back-- {
		if es := d.datesIn[back]; len(es) > 0 {
			dt := es[len(es)-1].Date
			return &dt, nil, false
		}
	}
	return d.anchor, nil, false
}

func (d *doc) nearestDate(m match, s int) (dates.Expr, bool) {
	best, bestDist := dates.Expr{}, -1
	for _, e := range d.datesIn[s] {
		if e.Date.Precision > domain.Month && len(d.datesIn[s]) > 1 {
			continue
		}
		dist := abs(e.Span.Start - d.toks[m.i].Start)
		if bestDist < 0 || dist < bestDist {
			best, bestDist = e, dist
		}
	}
	return best, bestDist >= 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// restates reports a verb trigger that tells again an event already coded
// ("وذكر المرصد أن العبوة انفجرت …"): same type and sub-type, no date of
// its own, and a place within 25 km or none of its own. A sentence that
// opens with «كما» or «وكذلك» and names its own place tells another act.
func (d *doc) restates(ev *domain.Event, evs []*domain.Event, s int) bool {
	if ev.DateSpan != nil && d.a.SentenceOf(ev.DateSpan.Start) == s {
		return false
	}
	if d.hasRole("additive", d.first[s], min(d.first[s]+2, d.first[s+1])) && ev.Location.Span != nil && d.a.SentenceOf(ev.Location.Span.Start) == s {
		return false // «كما قصفت المدفعية … بلدة …»: another act, at a place of its own
	}
	for _, o := range evs {
		if o.EventType != ev.EventType || o.SubEventType != ev.SubEventType {
			continue
		}
		if ev.Location.Span == nil || d.a.SentenceOf(ev.Location.Span.Start) != s || near(o.Location, ev.Location, 25) {
			return true
		}
	}
	return false
}

// tally reports a count of events over a period ("بين تشرين الأول ونهاية
// تموز، استهدف 39 هجوما صاروخيا…"): a noun trigger after a number, in a
// sentence spanning two dates or a period (منذ، خلال). It is a statistic,
// not an event.
func (d *doc) tally(m match, s int) bool {
	if !m.t.noun || m.i == d.first[s] {
		return false
	}
	n, ok := arabic.ParseNumber(d.toks[:m.i], m.i-1)
	if !ok || n.Value < 2 {
		return false
	}
	if d.distinctDates(s) >= 2 {
		return true
	}
	for k := d.first[s]; k < d.first[s+1]; k++ {
		if d.toks[k].Key == "منذ" || d.toks[k].Key == "خلال" && !d.hasWord("withinday", k+1, k+2) {
			return true // not «خلال ساعات الليل»: hours of one day
		}
	}
	return false
}

// leadSentences is how many sentences after the headline make a report's lead.
const leadSentences = 4

// datedNear reports a date expression in sentence s or the two before it.
func (d *doc) datedNear(s int) bool {
	for k := max(s-2, 0); k <= s; k++ {
		if len(d.datesIn[k]) > 0 {
			return true
		}
	}
	return false
}

// broad reports a location that is a whole country or province.
// acrossBorder reports a town or site abroad within borderKm of a place in
// the article's country that the article names: the other side of a
// front line (a border post hit from south Lebanon, a Saudi town shelled
// from Saada), not a capital named in passing.
func (d *doc) acrossBorder(l *domain.Location) bool {
	if d.broad(l) || l.Lat == nil {
		return false
	}
	for _, ps := range d.places {
		for _, p := range ps {
			pl := p.ent.Place
			if pl.Country == d.country && pl.Kind != "country" && pl.Kind != "admin1" &&
				haversine(*l.Lat, *l.Lon, pl.Lat, pl.Lon) <= borderKm {
				return true
			}
		}
	}
	return false
}

// borderKm is how close to a named home place a place abroad must be to
// be the other side of a front line.
const borderKm = 40

func (d *doc) broad(l *domain.Location) bool {
	p, ok := d.c.kb.Place(l.PlaceID)
	return ok && (p.Kind == "country" || p.Kind == "admin1")
}
