package events

import "testing"

// TestFatalityCounts checks which number a kill word takes: never a year
// of a date, and the count after "فيه"/"منهم".
func TestFatalityCounts(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct {
		name, text string
		want       int // -1: no count
	}{
		{"year before the kill word is no count",
			"عنوان\nانفجرت عبوة ناسفة في البصرة أمس. وكانت بغداد شهدت في مارس 2017 هجوماً بعبوة ناسفة قتل فيه خمسة جنود.", 5},
		{"count after minhum",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس وقتل منهم ثلاثة.", 3},
		{"a range gives its lower bound",
			"عنوان\nأفاد ناشطون بمقتل ما بين 5 و7 مدنيين جراء غارات على البصرة أمس.", 5},
		{"a dual noun counts two",
			"عنوان\nقصفت طائرات مواقع في البصرة أمس ما أسفر عن مقتل عنصرين.", 2},
		{"counts of two sides add up",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس. وقُتل في المعارك تسعة من المسلحين وأربعة من عناصر الجيش.", 13},
		{"counts after nouns add up",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس، وقتل ثلاثة جنود وخمسة مسلحين.", 8},
		{"the wounded are not added",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس، ما أدى إلى مقتل خمسة أشخاص و10 جرحى.", 5},
		{"a duration is no count",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس في معارك قتل فيها ثلاثة أيام متتالية.", -1},
		{"a count before لقوا حتفهم",
			"عنوان\nقال مسؤولون إن ما لا يقل عن خمسة أشخاص لقوا حتفهم في تفجير انتحاري في البصرة أمس.", 5},
		{"year alone gives nothing",
			"عنوان\nانفجرت عبوة ناسفة في البصرة أمس. وكانت بغداد شهدت في عام 2016 هجوماً بعبوة ناسفة قتل خلاله جنود.", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeWith(t, rec, c, "2021-05-03", tc.text)
			got := -1
			for _, ev := range evs {
				if ev.Fatalities != nil && *ev.Fatalities > got {
					got = *ev.Fatalities
				}
			}
			if got != tc.want {
				for _, ev := range evs {
					t.Log(describe(ev))
				}
				t.Errorf("fatalities %d, want %d", got, tc.want)
			}
		})
	}
}

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
			if len(evs) == 0 || evs[0].Location == nil || evs[0].Location.Text != tc.want {
				for _, ev := range evs {
					t.Log(describe(ev))
				}
				t.Errorf("want the event at %s", tc.want)
			}
		})
	}
}

// TestAttributedPlace checks that the place of a report's source is not
// the event's place.
func TestAttributedPlace(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03",
		"عنوان\nسقطت قذائف، وفق ما أفادت مصادر طبية في البصرة، أمس على مواقع في بغداد.")
	if len(evs) == 0 || evs[0].Location == nil || evs[0].Location.Text != "بغداد" {
		for _, ev := range evs {
			t.Log(describe(ev))
		}
		t.Error("want the event in بغداد")
	}
}

// TestUnlistedAreaInProvince checks that a named area the gazetteer lacks
// is preferred to the province it lies in.
func TestUnlistedAreaInProvince(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nسقطت قذائف أمس على منطقة الجرف في محافظة بابل.")
	if len(evs) == 0 || evs[0].Location == nil || evs[0].Location.Text != "الجرف" || evs[0].Location.Admin1 != "Babil" {
		for _, ev := range evs {
			t.Log(describe(ev), ev.Location)
		}
		t.Error("want the event at الجرف, in Babil")
	}
}
