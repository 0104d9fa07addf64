package events

import "github.com/rasid-osint/rasid/domain"

// listedBefore returns copies of ev for the places listed just before its
// own ("تعرضت أطراف بلدتي كفركلا والخيام لقصف مدفعي", "سقطت قذائف على
// بغداد والمنطقة الخضراء" placed at the zone): towns of the article's
// country joined to the event's place by و or a comma, on the same side
// of the trigger, also when the list is of outskirts («أطراف بلدتي …»).
// ACLED codes one event per place; coordinated covers the places listed
// after the event's own.
func (d *doc) listedBefore(ev *domain.Event, m match, s int) []*domain.Event {
	if ev.Location == nil || ev.Location.Span == nil || d.a.SentenceOf(ev.Location.Span.Start) != s {
		return nil
	}
	cur := d.tokenAt(ev.Location.Span.Start)
	var out []*domain.Event
	after := cur >= m.j
	for d.joined(cur) {
		p, ok := d.placeEndingBefore(s, cur)
		if !ok || after && p.tok < m.j || kindRank(p.ent.Place.Kind) > 1 || p.ent.Place.Country != ev.Location.Country ||
			p.ent.Place.ID == ev.Location.PlaceID {
			break
		}
		out = append(out, d.atListedPlace(ev, p))
		cur = p.tok
	}
	return out
}

// placeEndingBefore returns the listed place of sentence s whose name ends
// right before token k, or before a comma there.
func (d *doc) placeEndingBefore(s, k int) (placeMention, bool) {
	for _, p := range d.places[s] {
		end := d.tokenAt(p.men.End - 1)
		if end == k-1 || end == k-2 && isComma(d.toks[k-1].Key) {
			return p, true
		}
	}
	return placeMention{}, false
}

// listedApart reports two events told by one sentence at two different
// listed places: they are the one-event-per-place copies of a list
// ("قصفت المدفعية بلدتي كفركلا والخيام") and stay apart however near the
// places lie.
func listedApart(a, b *domain.Event) bool {
	return a.Evidence == b.Evidence && a.Location.PlaceID != "" && b.Location.PlaceID != "" &&
		a.Location.PlaceID != b.Location.PlaceID
}
