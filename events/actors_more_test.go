package events

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// moreActorCases are further sentences written for these tests, one per
// pattern, with the initiator (a1) and target (a2) of the last event coded
// (same conventions as actorCases).
var moreActorCases = []struct {
	name, text string
	a1, a2     string
}{
	{"gunmen in the nominative after a harm word are its subject",
		"خطف مسلحون مجهولون، مساء أمس، الشاب مصطفى الكاظمي من أمام محله في البصرة.",
		"مسلحون مجهولون", "=مصطفى الكاظمي"},
	{"a young man killed is a civilian target",
		"قُتل شاب أمس برصاص مسلحين مجهولين في البصرة.",
		"مسلحين مجهولين", "شاب"},
	{"migrants killed are the target",
		"قُتل خمسة مهاجرين أفارقة بقصف مدفعي على البصرة أمس.",
		"", "مهاجرين"},
	{"snipers after برصاص are the initiator",
		"أفاد ناشطون بمقتل مدنيين اثنين برصاص قناصة في البصرة أمس.",
		"قناصة", "مدنيين"},
	{"the guards killed are the target",
		"أدى تفجير انتحاري أمس في البصرة إلى مقتل أربعة من حراس السجن.",
		"", "حراس السجن"},
	{"wanted men arrested are the target",
		"ونفذ الجيش العراقي أمس عملية دهم في البصرة أوقف خلالها خمسة مطلوبين.",
		"الجيش العراقي", "مطلوبين"},
}

// TestMoreActors checks who is coded as initiator and target.
func TestMoreActors(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range moreActorCases {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeWith(t, rec, c, "2022-03-09", "عنوان\n"+tc.text)
			if len(evs) == 0 {
				t.Fatalf("no event coded")
			}
			ev := evs[len(evs)-1]
			var a1, a2 string
			if ev.Actor1 != nil {
				a1 = ev.Actor1.Text
			}
			if ev.Actor2 != nil {
				a2 = ev.Actor2.Text
			}
			if !actorIs(a1, tc.a1) || !actorIs(a2, tc.a2) {
				t.Errorf("%s\n got a1=%q a2=%q\nwant a1=%q a2=%q", describe(ev), a1, a2, tc.a1, tc.a2)
			}
		})
	}
}

// TestTitleGivesWayToName checks that a descriptor the entity stage found
// on a title ("الناشط") does not stand for the person named right after
// it: the target is the name.
func TestTitleGivesWayToName(t *testing.T) {
	rec, c := stages(t)
	text := "عنوان\nاغتال مسلحون مجهولون، مساء أمس، الناشط المدني مصطفى الكاظمي أمام منزله في البصرة."
	a := &domain.Article{DocID: "t", Text: text, Sentences: arabic.Sentences(text), Tokens: arabic.Tokenize(text)}
	tm, _ := time.Parse("2006-01-02", "2022-03-09")
	pub := domain.DayDate(tm)
	a.Published = &pub
	if err := rec.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	start := len([]rune(text[:strings.Index(text, "الناشط")]))
	title := domain.Mention{Span: domain.Span{Start: start, End: start + len([]rune("الناشط"))}, Text: "الناشط"}
	a.Descriptors = append(a.Descriptors, &domain.Entity{Type: domain.ORG, Subtype: "generic", Name: "Civilians", Mentions: []domain.Mention{title}})
	if err := c.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) == 0 || a.Events[0].Actor2 == nil || a.Events[0].Actor2.Text != "مصطفى الكاظمي" {
		for _, ev := range a.Events {
			t.Log(describe(ev))
		}
		t.Fatalf("want the target named مصطفى الكاظمي")
	}
}
