package events

import "testing"

// TestAnotherAct checks when a second sentence tells a new act and not
// the one before again: across a border (a strike and the reply), after
// «كما», and a state's strikes named again by «الضربات» at a new place.
func TestAnotherAct(t *testing.T) {
	rec, c := stages(t)
	cases := []struct {
		name, text string
		want       []string // sub-event type @ place of the events coded, in order
	}{
		{"a reply across the border is another event",
			"قصف حزب الله بالصواريخ أمس بلدة أفيفيم.\nوقصفت المدفعية الإسرائيلية أمس بلدة عيترون.",
			[]string{"Shelling/artillery/missile attack@بلدة أفيفيم", "Shelling/artillery/missile attack@بلدة عيترون"}},
		{"كما opens another act",
			"قصفت فصائل مسلحة بالصواريخ مطار بغداد أمس.\nكما قصفت فصائل مسلحة المنطقة الخضراء.",
			[]string{"Shelling/artillery/missile attack@مطار بغداد", "Shelling/artillery/missile attack@المنطقة الخضراء"}},
		{"without كما the same strike is told again",
			"قصفت فصائل مسلحة بالصواريخ مطار بغداد أمس.\nوقال مصدر إن الفصائل قصفت المنطقة الخضراء.",
			[]string{"Shelling/artillery/missile attack@مطار بغداد"}},
		{"a state's strikes, then the strikes again elsewhere",
			"قتل خمسة أشخاص أمس في ضربات أميركية استهدفت مواقع في البصرة.\nوأضافت القناة أن الضربات طالت أيضا مواقع في بغداد.",
			[]string{"Air/drone strike@البصرة", "Air/drone strike@بغداد"}},
		{"strikes in sport are no event",
			"وحسم الفريق المباراة أمس في البصرة بضربات الترجيح.",
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeWith(t, rec, c, "2022-03-09", "عنوان\n"+tc.text)
			var got []string
			for _, e := range evs {
				got = append(got, e.SubEventType+"@"+e.Location.Text)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("events at %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("events at %q, want %q", got, tc.want)
				}
			}
		})
	}
}
