package events

import (
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// TestReferencePlace checks that a city named only to locate a town is
// not the event's place.
func TestReferencePlace(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct{ name, text, want string }{
		{"a city located by another", "عنوان\nفي بغداد شمالي البصرة اندلعت معارك عنيفة أمس.", "بغداد"},
		{"city alone", "عنوان\nاندلعت معارك عنيفة أمس في البصرة.", "البصرة"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeWith(t, rec, c, "2021-05-03", tc.text)
			expectFirst(t, evs, atPlace(tc.want), "want the event at "+tc.want)
		})
	}
}

// TestAttributedPlace checks that the place of a report's source is not
// the event's place.
func TestAttributedPlace(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03",
		"عنوان\nسقطت قذائف، وفق ما أفادت مصادر طبية في البصرة، أمس على مواقع في بغداد.")
	expectFirst(t, evs, atPlace("بغداد"), "want the event in بغداد")
}

// TestUnlistedAreaInProvince checks that a named area the gazetteer lacks
// is preferred to the province it lies in.
func TestUnlistedAreaInProvince(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nسقطت قذائف أمس على منطقة الجرف في محافظة بابل.")
	expectFirst(t, evs, func(ev *domain.Event) bool { return atPlace("الجرف")(ev) && ev.Location.Admin1 == "Babil" }, "want the event at الجرف, in Babil")
}

// TestProvinceByHeadWord checks that a city's name after "محافظة" ranks as
// a province, below a district named in the same sentence.
func TestProvinceByHeadWord(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nسقطت قذائف أمس على قضاء الزبير في محافظة البصرة.")
	expectFirst(t, evs, atPlace("الزبير"), "want the event in the district, not the province")
}

// TestAcrossBorder checks that an attack on a place just across the border
// from the article's places is an event, not a mention in passing.
func TestAcrossBorder(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2024-03-10",
		"قصف على عيترون\nقصف الجيش العراقي بلدة عيترون أمس. وأعلن حزب الله مسؤوليته عن هجوم بطائرة مسيرة على ثكنة أفيفيم.")
	found := false
	for _, ev := range evs {
		found = found || ev.Location != nil && ev.Location.Country == "IL"
	}
	if !found {
		for _, ev := range evs {
			t.Log(describe(ev))
		}
		t.Error("no event across the border")
	}
}

// expectFirst fails the test, logging every coded event, unless the first
// event satisfies ok.
func expectFirst(t *testing.T, evs []*domain.Event, ok func(*domain.Event) bool, want string) {
	t.Helper()
	if len(evs) > 0 && ok(evs[0]) {
		return
	}
	for _, ev := range evs {
		t.Log(describe(ev), ev.Location)
	}
	t.Error(want)
}

// atPlace is an expectFirst check on the event's place as written.
func atPlace(text string) func(*domain.Event) bool {
	return func(ev *domain.Event) bool { return ev.Location != nil && ev.Location.Text == text }
}

// ofSubType is an expectFirst check on the event's sub-event type.
func ofSubType(sub string) func(*domain.Event) bool {
	return func(ev *domain.Event) bool { return ev.SubEventType == sub }
}

// TestUnlistedPlaceTakesTownNotProvince checks that a place the gazetteer
// lacks borrows the coordinates of the last town named before it, not of
// a province named in between.
func TestUnlistedPlaceTakesTownNotProvince(t *testing.T) {
	rec, c := stages(t)
	text := "عنوان\nقتل ثلاثة جنود أمس في هجوم قرب البصرة.\nوقال مسؤول في محافظة بابل إن الهجوم كان متوقعا.\nونفذت طائرات حربية أمس ضربات جوية على مخابئ للمسلحين في وادي الصقور."
	var found bool
	for _, ev := range codeWith(t, rec, c, "2022-03-09", text) {
		if ev.SubEventType != "Air/drone strike" {
			continue
		}
		found = true
		if ev.Location.Admin1 != "Basra" {
			t.Errorf("air strike at %q in %q, want the coordinates of Basra", ev.Location.Text, ev.Location.Admin1)
		}
	}
	if !found {
		t.Error("no air strike coded")
	}
}
