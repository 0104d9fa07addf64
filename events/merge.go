package events

import "github.com/rasid-osint/rasid/domain"

// mergeSame folds events of the same type and sub-type, within a day of each other, at
// the same or a nearby (10 km) place into the first: ACLED's one event per
// type, place and day. Missing fields are filled from the folded event; an
// explicit date and a more precise place win.
// It also returns, for each kept event, the sentences of the events folded
// into it.
func mergeSame(evs []*domain.Event, d *doc) ([]*domain.Event, map[*domain.Event][]int) {
	var out []*domain.Event
	groups := map[*domain.Event][]int{}
	for _, ev := range evs {
		s := d.a.SentenceOf(ev.Evidence.Start)
		if o := findSame(out, ev); o != nil {
			fold(o, ev)
			groups[o] = append(groups[o], s)
			continue
		}
		out = append(out, ev)
		groups[ev] = []int{s}
	}
	return out, groups
}

func findSame(out []*domain.Event, ev *domain.Event) *domain.Event {
	for _, o := range out {
		if o.EventType != ev.EventType || o.SubEventType != ev.SubEventType || listedApart(o, ev) ||
			o.Location.Country != "" && ev.Location.Country != "" && o.Location.Country != ev.Location.Country {
			continue // across a border: a strike and the reply to it, not one event
		}
		days := o.Date.Time.Sub(ev.Date.Time).Hours() / 24
		if days < -1 || days > 1 {
			continue
		}
		if o.Location.PlaceID == ev.Location.PlaceID || near(o.Location, ev.Location, 10) {
			return o
		}
	}
	return nil
}

func fold(o, ev *domain.Event) {
	if o.DateSpan == nil && ev.DateSpan != nil {
		o.Date, o.DateSpan = ev.Date, ev.DateSpan
	}
	if ev.Location.GeoPrecision < o.Location.GeoPrecision {
		o.Location = ev.Location
	}
	if o.Actor1 == nil {
		o.Actor1 = ev.Actor1
	}
	if o.Actor2 == nil {
		o.Actor2 = ev.Actor2
	}
	if o.Fatalities == nil {
		o.Fatalities, o.FatalitiesSpan = ev.Fatalities, ev.FatalitiesSpan
	}
	o.Primary = o.Primary || ev.Primary
}
