package events

import (
	"slices"
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// lateFatalities gives an event with no count the count of one of the two
// sentences after its last mention that reports deaths but no other event;
// failing that, an event whose own sentences report only wounded people
// («أصيب ثلاثة مدنيين») killed no one: 0.
func (d *doc) lateFatalities(evs []*domain.Event, groups map[*domain.Event][]int) {
	owner := map[int]*domain.Event{}
	for _, ev := range evs {
		for _, s := range groups[ev] {
			owner[s] = ev
		}
	}
	for _, ev := range evs {
		if ev.Fatalities != nil {
			continue
		}
		s := slices.Max(groups[ev])
		told := slices.Clone(groups[ev]) // its own sentences and those that go on with it
		for next := s + 1; next <= s+2 && next < len(d.a.Sentences); next++ {
			if o, ok := owner[next]; ok && o != ev || d.recallsOther(next, ev) {
				break
			}
			if n, sp, ok := d.sentenceDeaths(next); ok {
				ev.Fatalities, ev.FatalitiesSpan = &n, &sp
				break
			}
			if next == s+1 {
				told = append(told, next) // «… مشيراً إلى إصابة محتج واحد بحالة اختناق»
			}
		}
		if ev.Fatalities == nil {
			d.woundedOnly(ev, told)
		}
		if ev.Fatalities == nil && ev.SubEventType == "Disrupted weapons use" {
			zero := 0 // a weapon shot down or defused killed no one the text does not name
			ev.Fatalities = &zero
		}
	}
	for _, ev := range evs {
		d.risenToll(ev, groups[ev], owner)
	}
}

// recallsOther reports a sentence dated outside the event's interval ("وكانت
// القاعدة تعرضت في يناير 2019 لهجوم قتل فيه ستة جنود"): its toll is
// another event's.
func (d *doc) recallsOther(s int, ev *domain.Event) bool {
	for _, e := range d.datesIn[s] {
		if e.Kind == "after" || e.Kind == "relative" || e.Date.Time.IsZero() {
			continue
		}
		if e.Date.Max.Before(ev.Date.Min) || e.Date.Min.After(ev.Date.Max) {
			return true
		}
	}
	return false
}

// woundedOnly sets 0 deaths on an event (not a strategic development) whose
// sentences name people wounded and none killed.
func (d *doc) woundedOnly(ev *domain.Event, sents []int) {
	if ev.EventType == domain.Strategic {
		return
	}
	var at *domain.Token
	for _, s := range sents {
		for k := d.first[s]; k < d.first[s+1]; k++ {
			switch {
			case d.c.lx.roles["kill"].has(d.toks[k].Key), d.c.lx.roles["kill"].has(strings.TrimPrefix(d.toks[k].Key, "ال")):
				return // "القتلى والجرحى"
			case at == nil && d.c.lx.roles["wounded"].has(d.toks[k].Key):
				at = &d.toks[k]
			}
		}
	}
	if at != nil {
		zero := 0
		ev.Fatalities, ev.FatalitiesSpan = &zero, &domain.Span{Start: at.Start, End: at.End}
	}
}
