package events

import (
	"math"
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// placeMention is a located place named in a sentence.
type placeMention struct {
	ent  *domain.Entity
	men  domain.Mention
	tok  int // index of the mention's first token
	near bool
}

// actorMention is a named or generic actor named in a sentence.
type actorMention struct {
	ent *domain.Entity
	men domain.Mention
	tok int
}

// collectMentions buckets place and actor mentions by sentence.
func (d *doc) collectMentions() {
	n := len(d.a.Sentences)
	d.places = make([][]placeMention, n)
	d.unplaced = make([][]placeMention, n)
	d.actors = make([][]actorMention, n)
	count := map[string]int{}
	add := func(e *domain.Entity) {
		for _, m := range e.Mentions {
			s := d.a.SentenceOf(m.Start)
			if s < 0 {
				continue
			}
			tok := d.tokenAt(m.Start)
			switch {
			case e.Type == domain.LOC && e.Place != nil:
				d.places[s] = append(d.places[s], placeMention{ent: e, men: m, tok: tok, near: d.nearWord(tok)})
				count[e.Place.Country]++
				if s <= 2 { // the headline and lead say where the story is
					count[e.Place.Country] += 2
				}
				if e.Place.Kind == "country" && d.actingCountry(tok) {
					d.actors[s] = append(d.actors[s], actorMention{ent: e, men: m, tok: tok})
				}
			case e.Type == domain.LOC:
				d.unplaced[s] = append(d.unplaced[s], placeMention{ent: e, men: m, tok: tok, near: d.nearWord(tok)})
			case e.Type == domain.ORG || e.Type == domain.PER:
				d.actors[s] = append(d.actors[s], actorMention{ent: e, men: m, tok: tok})
			}
		}
	}
	for _, e := range d.a.Entities {
		add(e)
	}
	for _, e := range d.a.Descriptors {
		add(e)
	}
	for s := range d.places { // in text order, for the lists of places
		sort.Slice(d.places[s], func(i, j int) bool { return d.places[s][i].tok < d.places[s][j].tok })
		sort.Slice(d.actors[s], func(i, j int) bool { return d.actors[s][i].tok < d.actors[s][j].tok })
	}
	for cc, k := range count {
		if cc != "" && (k > count[d.country] || k == count[d.country] && cc < d.country) {
			d.country = cc
		}
	}
}

// tokenAt returns the index of the token holding rune offset pos.
func (d *doc) tokenAt(pos int) int {
	lo, hi := 0, len(d.toks)-1
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nearWord reports "قرب", "جنوب", "محيط"... within two tokens before tok.
func (d *doc) nearWord(tok int) bool {
	for k := max(tok-2, 0); k < tok; k++ {
		switch d.toks[k].Key {
		case "قرب", "بالقرب", "القرب", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "محيط", "ضواحي", "اطراف", "مشارف", "حدود":
			return true
		}
	}
	return false
}

// kindRank orders places from most to least precise: sites (bases,
// airports, zones, neighbourhoods, villages) before towns and cities,
// districts, provinces, countries.
func kindRank(kind string) int {
	switch kind {
	case "country":
		return 4
	case "admin1", "region":
		return 3
	case "admin2", "admin3":
		return 2
	case "city", "town":
		return 1
	}
	return 0
}

// mentionRank is kindRank of the place as this mention names it: a
// province named with its head word ("محافظة صعدة", or "صعدة" right after
// "محافظة") is a province even where the entity links the name to the
// provincial capital.
func (d *doc) mentionRank(p placeMention) int {
	r := kindRank(p.ent.Place.Kind)
	if provinceHeads[d.toks[p.tok].Key] || p.tok > 0 && provinceHeads[d.toks[p.tok-1].Key] {
		r = max(r, kindRank("admin1"))
	}
	return r
}

// provinceHeads name a province (normalised).
var provinceHeads = map[string]bool{"محافظه": true, "ولايه": true, "اقليم": true}

// locationFor picks the event's place: the best place of the sentence (near
// the trigger, precise, in the article's country), else the most recent
// of the three sentences before, else the article's main place.
func (d *doc) locationFor(m match, s int) *domain.Location {
	if p, ok := d.bestIn(s, m.i); ok {
		if u, ok := d.unplacedIn(s, m); ok && d.mentionRank(p) >= 2 && headed(u) && abs(u.tok-m.i) <= abs(p.tok-m.i)+5 {
			// "منطقة آل ثابت في مديرية منبه بمحافظة صعدة": a named area the
			// gazetteer lacks is more precise than the province it is in
			return d.placedNear(u, m, s)
		}
		return d.location(p)
	}
	if p, ok := d.unplacedIn(s, m); ok {
		return d.placedNear(p, m, s)
	}
	for back := s - 1; back >= 0 && back >= s-3; back-- {
		if p, ok := d.bestIn(back, d.first[back+1]); ok {
			return d.location(p)
		}
	}
	return d.mainPlace()
}

func (d *doc) bestIn(s, at int) (placeMention, bool) {
	best, bestScore := placeMention{}, math.MaxInt
	for _, p := range d.places[s] {
		if d.country != "" && p.ent.Place.Kind == "country" && p.ent.Place.Country != d.country {
			continue // a foreign country in the sentence is nearly always an actor ("دربتها الولايات المتحدة")
		}
		score := abs(p.tok - at)
		if d.dateline(p.tok) {
			score += 20 // "دمشق - استهدفت غارات…": where the report was filed
		}
		if d.heading(p.tok) {
			score += 20 // "في طريقها إلى حقل العمر": where it was going, not where it happened
		}
		if p.tok < at {
			score += 3 // places after the trigger usually say where it happened
		}
		if d.attributed(s, p.tok) {
			score += 30 // "وفق مصادر طبية في مستشفى صعدة": where the source is
		}
		if p.tok > 0 && d.hasRole("affiliation", p.tok-1, p.tok) {
			score += 40 // "ميليشيا الدفاع الوطني الموالية لدمشق": a government, not a place
		}
		if d.reference(s, p) {
			score += 20 // "بلدة ذيبان شرقي دير الزور": the city only locates the town
		}
		score += 15 * (d.mentionRank(p) - 1)
		if d.country != "" && p.ent.Place.Country != d.country {
			score += 40
		}
		if score < bestScore {
			best, bestScore = p, score
		}
	}
	return best, bestScore < math.MaxInt
}

// mainPlace is the article's most named non-country place in its country,
// or the country itself.
func (d *doc) mainPlace() *domain.Location {
	count := map[*domain.Entity]int{}
	var best *placeMention
	for s := range d.places {
		for i := range d.places[s] {
			p := &d.places[s][i]
			if p.ent.Place.Country != d.country {
				continue
			}
			count[p.ent]++
			if best == nil || kindRank(p.ent.Place.Kind) < kindRank(best.ent.Place.Kind) ||
				kindRank(p.ent.Place.Kind) == kindRank(best.ent.Place.Kind) && count[p.ent] > count[best.ent] {
				best = p
			}
		}
	}
	if best == nil {
		return nil
	}
	l := d.location(*best)
	l.GeoPrecision = max(l.GeoPrecision, 2)
	return l
}

func (d *doc) location(p placeMention) *domain.Location {
	pl := p.ent.Place
	lat, lon := pl.Lat, pl.Lon
	sp := p.men.Span
	prec := 1
	switch {
	case kindRank(pl.Kind) >= 3:
		prec = 3
	case p.near || kindRank(pl.Kind) == 2:
		prec = 2
	}
	return &domain.Location{Text: p.men.Text, Span: &sp, Name: pl.Name, Admin1: pl.Admin1,
		Country: pl.Country, Lat: &lat, Lon: &lon, GeoPrecision: prec, PlaceID: pl.ID}
}

// near reports whether two locations lie within km kilometres.
func near(a, b *domain.Location, km float64) bool {
	if a == nil || b == nil || a.Lat == nil || b.Lat == nil {
		return false
	}
	return haversine(*a.Lat, *a.Lon, *b.Lat, *b.Lon) <= km
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(math.Min(1, h)))
}

// coordinated returns copies of ev for the places listed with its place
// ("قصفت المدفعية بلدتي كفركلا والخيام"): towns or sites of the article's
// country after the trigger, joined to the list by و or a comma. ACLED
// codes one event per place.
func (d *doc) coordinated(ev *domain.Event, m match, s int) []*domain.Event {
	if ev.Location == nil || ev.Location.Span == nil || d.a.SentenceOf(ev.Location.Span.Start) != s {
		return nil
	}
	var out []*domain.Event
	last := d.tokenAt(ev.Location.Span.Start)
	for _, p := range d.places[s] {
		if p.tok <= last || p.tok < m.j || p.near || kindRank(p.ent.Place.Kind) > 1 && !d.againIn(p.tok) ||
			p.ent.Place.Country != ev.Location.Country || p.ent.Place.ID == ev.Location.PlaceID {
			continue
		}
		if !d.joined(p.tok) || p.tok-last > 6 {
			break
		}
		out = append(out, d.atListedPlace(ev, p))
		last = p.tok
	}
	return out
}

// atListedPlace copies ev to another place of the same list ("قصف بلدتي
// X وY"): ACLED codes one event per place.
func (d *doc) atListedPlace(ev *domain.Event, p placeMention) *domain.Event {
	c := *ev
	c.Location = d.location(p)
	return &c
}

// joined reports a list link before token k: "و" on it, or a comma before.
func (d *doc) joined(k int) bool {
	if d.toks[k].Prefix == "و" || strings.HasPrefix(d.toks[k].Prefix, "و") || d.againIn(k) {
		return true
	}
	return k > 0 && (d.toks[k-1].Key == "،" || d.toks[k-1].Key == "," || d.toks[k-1].Key == "و")
}

// unplacedIn returns a place named in the sentence that the gazetteer
// lacks ("ثكنة برانيت"), the one nearest the trigger.
func (d *doc) unplacedIn(s int, m match) (placeMention, bool) {
	best, found := placeMention{}, false
	for _, p := range d.unplaced[s] {
		if !found || abs(p.tok-m.i) < abs(best.tok-m.i) {
			best, found = p, true
		}
	}
	return best, found
}

// placedNear locates an event at a place the gazetteer lacks: its name is
// kept, its point is the place the context gives (ACLED geo_precision 2).
func (d *doc) placedNear(p placeMention, m match, s int) *domain.Location {
	var ctx, broad *domain.Location
	// the sentence's own known place comes first ("البيضاء: هاجم مسلحون … في
	// مديرية الصومعة", "في قرية كذا بريف حمص"), then the sentences before;
	// a province or country only when no town is named ("جبل قره جوغ" after
	// "إقليم كردستان" and, before it, "قضاء مخمور")
	for back := s; back >= 0 && back >= s-3 && ctx == nil; back-- {
		at := d.first[back+1]
		if back == s {
			at = p.tok
		}
		if q, ok := d.bestIn(back, at); ok {
			if l := d.location(q); kindRank(q.ent.Place.Kind) >= 3 {
				if broad == nil {
					broad = l
				}
			} else {
				ctx = l
			}
		}
	}
	if ctx == nil {
		ctx = broad
	}
	if ctx == nil {
		ctx = d.mainPlace()
	}
	if ctx == nil {
		return nil
	}
	men := bareMention(p)
	sp := men.Span
	l := *ctx
	l.Text, l.Span, l.Name, l.PlaceID = men.Text, &sp, men.Text, ""
	l.GeoPrecision = max(l.GeoPrecision, 2)
	return &l
}

// headed reports an unlisted place named with a head word ("منطقة
// آل ثابت", "قرية كذا"): a place, not a word the model took for one.
func headed(p placeMention) bool { return bareMention(p) != p.men }

// bareMention is the name of an unlisted place without its head word
// ("الصومعة" for "مديرية الصومعة"): the entity's shorter mention inside
// this one, when it has one.
func bareMention(p placeMention) domain.Mention {
	best := p.men
	for _, m := range p.ent.Mentions {
		if m.Start > best.Start && m.End == p.men.End && m.Start >= p.men.Start {
			best = m
		}
	}
	return best
}

// actingCountry reports a country named as an actor ("شنت إسرائيل غارات"),
// not as a place: no preposition on it or before it.
func (d *doc) actingCountry(tok int) bool {
	if p := d.toks[tok].Prefix; p != "" && p != "و" {
		return false
	}
	if tok == 0 {
		return true
	}
	prev := strings.TrimLeft(d.toks[tok-1].Key, "وف")
	if prev == "" {
		prev = d.toks[tok-1].Key
	}
	switch prev {
	case "ي", "في", "داخل", "الي", "من", "عن", "مع", "بين", "الى", "نحو", "حدود", "جنوب", "شمال", "شرق", "غرب", "سماء", "اراضي":
		return false
	}
	return true
}

// heading reports a place named as a destination or origin (إلى، نحو، من).
func (d *doc) heading(tok int) bool {
	if tok == 0 {
		return false
	}
	switch d.toks[tok-1].Key {
	case "الي", "نحو", "باتجاه", "صوب", "من":
		return true
	}
	return false
}

// dateline reports a place that opens its sentence followed by a dash or
// colon: the city a report was filed from.
func (d *doc) dateline(tok int) bool {
	s := d.toks[tok].Sentence
	if tok != d.first[s] || tok+1 >= len(d.toks) {
		return false
	}
	switch d.toks[tok+1].Key {
	case "-", "–", "—", ":":
		return true
	}
	return false
}

// againIn reports "وفي" right before a place: a second place the event
// happened in, even a province ("…في محيط الكسوة وفي ريف حمص").
func (d *doc) againIn(tok int) bool {
	return tok > 0 && (d.toks[tok-1].Key == "وفي" || d.toks[tok-1].Norm == "وفي")
}

// reference reports a place that only locates the place named before it:
// "ذيبان شرقي دير الزور", "قرية كذا قرب حمص", "بلدة كذا بالقرب من حماة".
// A shorter mention inside it ("جنين" in "قرب مدينة جنين") is one too.
func (d *doc) reference(s int, p placeMention) bool {
	if d.referenceAt(s, p.tok) {
		return true
	}
	for _, q := range d.places[s] {
		if q.ent == p.ent && q.tok < p.tok && q.tok >= p.tok-2 && d.referenceAt(s, q.tok) {
			return true
		}
	}
	return false
}

// referenceAt reports a direction word right before token tok with a place
// just before it.
func (d *doc) referenceAt(s, tok int) bool {
	k := tok - 1
	if k > d.first[s] && d.toks[k].Key == "من" { // "بالقرب من"
		k--
	}
	if k <= d.first[s] || !directionWords[d.toks[k].Key] {
		return false
	}
	for _, ps := range [][]placeMention{d.places[s], d.unplaced[s]} {
		for _, q := range ps {
			if q.tok < k && q.tok >= k-3 {
				return true
			}
		}
	}
	return false
}

// directionWords place a location relative to another.
var directionWords = map[string]bool{
	"شرق": true, "شرقي": true, "غرب": true, "غربي": true, "شمال": true, "شمالي": true,
	"جنوب": true, "جنوبي": true, "قرب": true, "بالقرب": true,
	"ريف": true, "بريف": true, // "مدينة القامشلي بريف الحسكة": the province around the town
}

// attributed reports a place inside a clause that names the source of the
// report ("وفق ما أفادت مصادر طبية في مستشفى صعدة", "نقلاً عن مصدر في
// شرطة البصرة"): up to six words after an attribution word, within the
// clause.
func (d *doc) attributed(s, tok int) bool {
	for k := tok - 1; k >= d.first[s] && k >= tok-6; k-- {
		key := d.toks[k].Key
		switch key {
		case "،", ",", ".", "؛":
			return false
		}
		if attributionWords[strings.TrimPrefix(key, "و")] {
			return true
		}
	}
	return false
}

// attributionWords open a clause that names who reported an event.
var attributionWords = map[string]bool{
	"وفق": true, "وفقا": true, "بحسب": true, "حسب": true, "نقلا": true,
	"افادت": true, "افاد": true, "مصادر": true, "مصدر": true,
}
