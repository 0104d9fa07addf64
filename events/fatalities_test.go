package events

import (
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// TestFatalityCounts checks which number a kill word takes: never a year
// of a date, and the count after "فيه"/"منهم".
func TestFatalityCounts(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct {
		name, text string
		want       int // -1: no count
	}{
		{"year before the kill word is no count, and an older attack's toll is not this event's",
			"عنوان\nانفجرت عبوة ناسفة في البصرة أمس. وكانت بغداد شهدت في مارس 2017 هجوماً بعبوة ناسفة قتل فيه خمسة جنود.", -1},
		{"a year before the kill word is no count in the event's own sentence",
			"عنوان\nانفجرت عبوة ناسفة في البصرة أمس في هجوم هو الأعنف منذ 2017 قتل فيه خمسة جنود.", 5},
		{"the wounded after «و» are not counted with the dead",
			"عنوان\nأربعة قتلى وعدد من الجرحى هي الحصيلة النهائية لإطلاق النار الذي استهدف أمس موكب تشييع في البصرة، وتحول إلى اشتباك بين مسلحين وعناصر من حزب الله.", 4},
		{"a count in words that opens with «و» is still the count",
			"عنوان\nقتل واحد وعشرون شخصا في تفجير سيارة مفخخة في البصرة أمس.", 21},
		{"a woman and her two children are three",
			"عنوان\nوقُتلت امرأة وطفلاها صباح أمس جراء سقوط قذائف هاون على حي في البصرة.", 3},
		{"a man and his two brothers are three",
			"عنوان\nوقُتل رجل وشقيقاه صباح أمس جراء سقوط قذائف هاون على حي في البصرة.", 3},
		{"a lady and her two daughters are three",
			"عنوان\nوقُتلت سيدة وابنتاها صباح أمس جراء سقوط قذائف هاون على حي في البصرة.", 3},
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
		{"an execution of a counted group",
			"عنوان\nأعدم تنظيم داعش 44 شابا في ساحة عامة في البصرة أمس.", 44},
		{"year alone gives nothing",
			"عنوان\nانفجرت عبوة ناسفة في البصرة أمس. وكانت بغداد شهدت في عام 2016 هجوماً بعبوة ناسفة قتل خلاله جنود.", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMaxFatalities(t, codeWith(t, rec, c, "2021-05-03", tc.text), tc.want)
		})
	}
}

// checkMaxFatalities checks the largest toll over evs (-1 when none has one).
func checkMaxFatalities(t *testing.T, evs []*domain.Event, want int) {
	t.Helper()
	got := -1
	for _, ev := range evs {
		if ev.Fatalities != nil && *ev.Fatalities > got {
			got = *ev.Fatalities
		}
	}
	if got != want {
		for _, ev := range evs {
			t.Log(describe(ev))
		}
		t.Errorf("fatalities %d, want %d", got, want)
	}
}
