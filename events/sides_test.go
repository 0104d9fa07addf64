package events

import (
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// TestProtestSides checks the order of a protest's actors: protesters
// first when the state intervened, the force first for excessive force.
func TestProtestSides(t *testing.T) {
	for _, tc := range []struct {
		name, sub string
		a1, a2    int // Inter codes, 0 = none
		want1     int
	}{
		{"intervention, force found first", "Protest with intervention", 1, 6, 6},
		{"intervention, protesters first", "Protest with intervention", 6, 1, 6},
		{"intervention, force alone", "Protest with intervention", 1, 0, 0},
		{"excessive force, protesters found first", "Excessive force against protesters", 6, 1, 1},
		{"excessive force, force first", "Excessive force against protesters", 1, 6, 1},
		{"intervention by a militia, found first", "Protest with intervention", 3, 6, 6},
		{"excessive force by a militia, protesters found first", "Excessive force against protesters", 6, 3, 3},
		{"excessive force, protesters alone", "Excessive force against protesters", 6, 0, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mk := func(inter int) *domain.EventActor {
				if inter == 0 {
					return nil
				}
				return &domain.EventActor{Inter: inter}
			}
			a1, _ := protestSides("Protests", tc.sub, mk(tc.a1), mk(tc.a2))
			got := 0
			if a1 != nil {
				got = a1.Inter
			}
			if got != tc.want1 {
				t.Errorf("actor1 inter %d, want %d", got, tc.want1)
			}
		})
	}
}

// TestSourceHeads checks that a monitor or a news agency reporting an
// attack is not its initiator.
func TestSourceHeads(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nوثق المرصد السوري لحقوق الإنسان مقتل ثلاثة مدنيين برصاص قناصة في البصرة أمس.")
	for _, ev := range evs {
		if ev.Actor1 != nil && strings.Contains(ev.Actor1.Text, "المرصد") {
			t.Errorf("the monitor is the initiator: %s", describe(ev))
		}
	}
	if len(evs) == 0 {
		t.Fatal("no event coded")
	}
}

// TestOwnedSiteTarget checks that the owner of positions hit is the
// target, while the owner of a reporting ministry takes no part.
func TestOwnedSiteTarget(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nقصف الجيش العراقي أمس مواقع تابعة لكتائب حزب الله في البصرة.")
	expectFirst(t, evs, func(ev *domain.Event) bool {
		return ev.Actor2 != nil && strings.Contains(ev.Actor2.Text, "كتائب حزب الله")
	}, "want كتائب حزب الله as the target")
}

// TestProtestCrowd checks that a protest with no named actor takes its
// crowd phrase as the protesters.
func TestProtestCrowd(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2022-03-09",
		"عنوان\nنظم العشرات من أهالي البصرة وقفة احتجاجية أمام مبنى المحافظة صباح اليوم.")
	expectFirst(t, evs, func(ev *domain.Event) bool {
		return ev.Actor1 != nil && strings.Contains(ev.Actor1.Text, "أهالي البصرة") && ev.Actor1.Inter == 6
	}, "want the crowd «العشرات من أهالي البصرة» as the protesters")
}

// TestFireOnProtesters checks that a singular verb of firing on protesters
// is excessive force ("أطلق … النار على محتجين").
func TestFireOnProtesters(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nأطلق مسلحون النار على محتجين في بغداد مساء أمس.")
	expectFirst(t, evs, ofSubType("Excessive force against protesters"), "want excessive force against protesters")
}

// TestArmyAsTarget checks that the army named as what was attacked does
// not make the attack a state action ("هاجم مسلحون حاجزاً للجيش").
func TestArmyAsTarget(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2021-05-03", "عنوان\nهاجم مسلحون حاجزا للجيش في البصرة أمس وقتلوا جنديين.")
	expectFirst(t, evs, ofSubType("Armed clash"), "want an armed clash")
}
