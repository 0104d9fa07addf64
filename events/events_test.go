package events

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/entities"
	"github.com/rasid-osint/rasid/internal/kbtest"
)

// stages builds the entity and event stages over the test knowledge base.
func stages(t testing.TB) (*entities.Recognizer, *Coder) {
	t.Helper()
	k := kbtest.KB(t)
	rec, err := entities.New(k, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	return rec, c
}

func code(t testing.TB, pub, text string) []*domain.Event {
	t.Helper()
	rec, c := stages(t)
	return codeWith(t, rec, c, pub, text)
}

func codeWith(t testing.TB, rec *entities.Recognizer, c *Coder, pub, text string) []*domain.Event {
	a := &domain.Article{DocID: "t", Text: text, Sentences: arabic.Sentences(text), Tokens: arabic.Tokenize(text)}
	if pub != "" {
		tm, _ := time.Parse("2006-01-02", pub)
		d := domain.DayDate(tm)
		a.Published = &d
	}
	if err := rec.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if err := c.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a.Events
}

func describe(ev *domain.Event) string {
	s := ev.EventType + "/" + ev.SubEventType + " " + ev.Date.ISO() + " " + ev.Location.Text
	if ev.Actor1 != nil {
		s += " a1=" + ev.Actor1.Text
	}
	if ev.Actor2 != nil {
		s += " a2=" + ev.Actor2.Text
	}
	if ev.Fatalities != nil {
		s += " dead=" + string(rune('0'+*ev.Fatalities))
	}
	return s
}

func TestCode(t *testing.T) {
	cases := []struct {
		name, pub, text string
		want            []string
	}{
		{"rocket attack with weekday and no casualties", "2022-03-09",
			"عنوان الخبر\nسقط صاروخ مساء الثلاثاء قرب مطار بغداد الدولي. ولم يسفر الهجوم عن سقوط قتلى.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2022-03-08 مطار بغداد الدولي dead=0"}},
		{"drone strike on a named target", "2021-11-08",
			"عنوان\nتعرض مصطفى الكاظمي لمحاولة اغتيال بطائرة مسيرة مفخخة استهدفت منزله في المنطقة الخضراء فجر الأحد.",
			[]string{"Explosions/Remote violence/Air/drone strike 2021-11-07 المنطقة الخضراء a2=مصطفى الكاظمي"}},
		{"arrest two weeks ago, background", "2020-05-23",
			"عنوان\nوكانت القوات الأمنية قد اعتقلت 5 مسلحين من كتائب حزب الله في البصرة قبل أسبوعين.",
			[]string{"Strategic developments/Arrests 2020-05-09 البصرة a1=القوات الأمنية a2=كتائب حزب الله"}},
		{"assassination of an activist", "2020-08-19",
			"عنوان\nومساء الجمعة، اغتيل ناشط في البصرة بإطلاق النار عليه.",
			[]string{"Violence against civilians/Attack 2020-08-14 البصرة a2=ناشط dead=1"}},
		{"negated and threatened events are skipped", "2020-08-19",
			"عنوان\nهدد الجيش العراقي بغارات على مواقع داعش في بغداد. ولم تسجل اشتباكات في البصرة.",
			nil},
		{"later mentions fold into the first event", "2021-11-08",
			"عنوان\nانفجرت عبوة ناسفة صباح الأحد في بغداد. وأدان مسؤولون الانفجار. وقال شهود إن الانفجار هز المنطقة.",
			[]string{"Explosions/Remote violence/Remote explosive/landmine/IED 2021-11-07 بغداد"}},
		{"trigger as the last word", "2020-08-19",
			"عنوان\nفي البصرة أمس قتل",
			nil},
		{"ordinary crime is not coded", "2020-08-19",
			"عنوان\nأقدم شاب على قتل رجل في البصرة أمس إثر خلاف بينهما، وأحالت الشرطة الجاني إلى النيابة.",
			nil},
		{"a crowd beating a suspect is mob violence, not a police case", "2021-09-16",
			"عنوان\nقُتل شاب الثلاثاء في البصرة بعدما انهال عليه حشد من الأهالي بالضرب، إثر اتهامه بسرقة دراجة نارية.",
			[]string{"Riots/Mob violence 2021-09-14 البصرة a1=حشد من الأهالي a2=شاب dead=1"}},
		{"partisans who assault a sit-in are a mob, even as they burn its tent", "2020-01-16",
			"عنوان\nوعند جسر في البصرة، هاجم شبان مناصرون لكتائب حزب الله خيمة للمعتصمين وأحرقوها، واعتدوا على عدد منهم بالعصي أمس.",
			[]string{"Riots/Mob violence 2020-01-15 البصرة a1=مناصرون لكتائب حزب الله"}},
		{"deaths caused by shelling are the shelling's", "2021-09-07",
			"عنوان\nوقُتلت امرأة، وأُصيب خمسة مدنيين آخرين، صباح أمس الاثنين، جراء سقوط قذائف هاون على حي في البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2021-09-06 البصرة a2=مدنيين dead=1"}},
		{"a tally over months is not an event", "2020-08-19",
			"عنوان\nوبين آذار/مارس ونهاية تموز/يوليو، استهدف 20 هجوما صاروخيا قواعد عسكرية في البصرة.",
			nil},
		{"an inflected noun trigger", "2019-11-28",
			"عنوان\nوفي بغداد، واصل آلاف المتظاهرين اعتصامهم أمس في البصرة.",
			[]string{"Protests/Peaceful protest 2019-11-27 البصرة a1=المتظاهرين"}},
		{"both sides of a clash", "2021-03-02",
			"عنوان\nاندلعت اشتباكات أمس بين الحوثيين والجيش العراقي في الحديدة.",
			[]string{"Battles/Armed clash 2021-03-01 الحديدة a1=الحوثيين a2=الجيش العراقي"}},
		{"a claim of responsibility names the initiator", "2021-03-02",
			"عنوان\nانفجرت عبوة ناسفة أمس في بغداد. وتبنى تنظيم داعش الهجوم في بيان.",
			[]string{"Explosions/Remote violence/Remote explosive/landmine/IED 2021-03-01 بغداد a1=تنظيم داعش"}},
		{"an undated event word deep in a comment piece", "2020-08-19",
			"عنوان\nالسياسة فن الممكن. والاقتصاد أساس كل شيء. والثقافة تبني الأمم. والتعليم طريق المستقبل. والإعلام سلطة رابعة. ومن يفجر عبوة في البصرة لا يبني وطنا.",
			nil},
		{"a drone named by its nationality, one death", "2024-03-10",
			"عنوان\nاستهدفت مسيّرة إسرائيلية اليوم سيارة قرب مدينة البصرة ما أدى إلى مقتل شخص.",
			[]string{"Explosions/Remote violence/Air/drone strike 2024-03-10 مدينة البصرة a1=استهدفت مسيّرة إسرائيلية dead=1"}},
		{"a count far before the kill verb", "2021-05-14",
			"عنوان\nقال مصدر إن ستة عناصر على الأقل من الجيش العراقي قتلوا أمس إثر هجوم شنه مسلحون على نقطة عسكرية في البصرة.",
			[]string{"Battles/Armed clash 2021-05-13 البصرة a1=مسلحون a2=الجيش العراقي dead=6"}},
		{"a dateline city is not the place; a second place after وفي", "2021-06-09",
			"عنوان\nبغداد - سقطت قذائف أمس على مطار بغداد الدولي وفي البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2021-06-08 مطار بغداد الدولي", "Explosions/Remote violence/Shelling/artillery/missile attack 2021-06-08 البصرة"}},
		{"year-only dates are not coded", "2020-08-19",
			"عنوان\nوشهدت البصرة احتجاجات واسعة عام 2019.",
			nil},
		{"killing of protesters", "2019-10-05",
			"عنوان\nأطلقت قوات الأمن النار على متظاهرين في بغداد أمس، ما أدى إلى مقتل 3 أشخاص.",
			[]string{"Protests/Excessive force against protesters 2019-10-04 بغداد a1=قوات الأمن a2=متظاهرين dead=3"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, ev := range code(t, c.pub, c.text) {
				got = append(got, describe(ev))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("events:\n got  %q\n want %q", got, c.want)
			}
		})
	}
}

func TestLexiconLoads(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.triggers) < 100 {
		t.Errorf("only %d trigger heads", len(lx.triggers))
	}
}

func FuzzCode(f *testing.F) {
	f.Add("عنوان\nسقط صاروخ مساء الثلاثاء قرب مطار بغداد. اغتيل ناشط في البصرة أمس.")
	rec, c := stages(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, ev := range codeWith(t, rec, c, "2020-01-01", text) {
			if ev.Evidence.Start >= ev.Evidence.End || ev.Location == nil || ev.Date == nil {
				t.Fatalf("bad event %+v", ev)
			}
		}
	})
}

func BenchmarkCode(b *testing.B) {
	text := "عنوان\n" + strings.Repeat("سقط صاروخ مساء الثلاثاء قرب مطار بغداد الدولي. اغتيل ناشط في البصرة أمس. ", 20)
	rec, c := stages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		codeWith(b, rec, c, "2020-08-19", text)
	}
}
