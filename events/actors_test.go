package events

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/entities"
)

// actorCases are sentences written for these tests, one per pattern of
// news writing the role rules read, with the initiator (a1) and target (a2)
// expected of the last event coded.
// actorCase is a sentence with the initiator and target its last event
// must have.
type actorCase struct {
	name, text string
	a1, a2     string // "" = no actor; "=X" the actor's text is X; otherwise words it must contain
}

var actorCases = []actorCase{
	{"genitive with ل after a noun trigger carries it out",
		"قتل خمسة مدنيين في قصف مدفعي لجماعة الحوثي على أحياء الحديدة.",
		"جماعة الحوثي", "مدنيين"},
	{"people counted after a harm verb are the target, with their nationality",
		"أصيب ثلاثة جنود عراقيين بانفجار عبوة ناسفة على طريق قرب البصرة.",
		"", "جنود عراقيين"},
	{"the people harmed come before others named later",
		"قتل سبعة مدنيين بينهم طفلان في قصف مدفعي لجماعة الحوثي على الحديدة.",
		"جماعة الحوثي", "مدنيين"},
	{"a partitive group stays with the people counted",
		"أسفر قصف مدفعي لجماعة الحوثي على الحديدة عن مقتل 6 أشخاص من عائلة واحدة.",
		"جماعة الحوثي", "أشخاص من عائلة واحدة"},
	{"people counted never initiate",
		"لقي 12 شخصا مصرعهم في تفجير انتحاري استهدف سوقا شعبية في بغداد.",
		"", "شخصا"},
	{"members of a group referred back to by its head noun",
		"سيطرت جماعة الحوثي على تلال قرب الحديدة.\nوقال سكان إن مقاتلي الجماعة هاجموا مواقع في الحديدة ما أدى إلى اندلاع اشتباكات.",
		"مقاتلي الجماعة", ""},
	{"a member noun joins the group named after it",
		"اندلعت اشتباكات بين عناصر كتائب حزب الله والقوات الأمنية في البصرة.",
		"عناصر كتائب حزب الله", "القوات الأمنية"},
	{"the other side of a clash follows مع",
		"هاجم تنظيم داعش قرى غرب البصرة.\nوخاضت القوات الأمنية اشتباكات مع مسلحي التنظيم قرب البصرة.",
		"القوات الأمنية", "مسلحي التنظيم"},
	{"a definite head noun refers back to the group named before",
		"سيطرت جماعة الحوثي على تلال قرب الحديدة.\nوقال سكان إن الجماعة قصفت أحياء الحديدة بقذائف الهاون.",
		"جماعة الحوثي", ""},
	{"a nationality on the attack is named as the article names those forces",
		"أعلن الجيش العراقي بدء عملية في الصحراء.\nوقتل ثلاثة مسلحين في قصف مدفعي عراقي على مواقع قرب البصرة.",
		"الجيش العراقي", "مسلحين"},
	{"a nationality on the target is not the initiator",
		"سقطت قذائف هاون على ثكنة عسكرية عراقية قرب البصرة.",
		"", "ثكنة عسكرية عراقية"},
	{"a post after a targeting word is the target",
		"قتل 9 أشخاص في تفجير انتحاري استهدف حاجز تفتيش عند مدخل البصرة.",
		"", "حاجز"},
	{"a group that owns the reporting ministry is no party",
		"أعلنت وزارة الصحة التابعة لجماعة الحوثي مقتل 5 مدنيين في قصف مدفعي على الحديدة.",
		"", "مدنيين"},
	{"members of a named group harmed are the target",
		"أصيب 4 عناصر من القوات الأمنية جراء سقوط قذائف هاون على مطار بغداد.",
		"", "القوات الأمنية"},
	{"people before a following harm verb suffered; a battle keeps two sides",
		"قال مصدر إن 8 من عناصر تنظيم داعش قتلوا في اشتباكات مع القوات الأمنية في البصرة.",
		"تنظيم داعش", "القوات الأمنية"},
	{"those named before a cause word suffered the event",
		"تضرر منزل الناشط بشدة جراء قصف لجماعة الحوثي على الحديدة.",
		"جماعة الحوثي", ""},
	{"a time word may stand between the harm verb and the count",
		"قتل أمس أربعة جنود عراقيين بانفجار عبوة ناسفة قرب البصرة.",
		"", "جنود عراقيين"},
	{"forces owned by a group act for it",
		"قصفت الطائرات الحربية التابعة لجماعة الحوثي مواقع قرب الحديدة.",
		"جماعة الحوثي", ""},
	{"the soldiers harmed outrank the post that was hit",
		"قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما قرب البصرة.",
		"", "جنديان"},
	{"a weapon and its nationality after a verb-first trigger",
		"قصفت طائرات حربية تركية مواقع قرب البصرة فجر الأحد.",
		"=طائرات حربية تركية", ""},
	{"a force's nationality names the force, not the attack before it",
		"شنت غارات الطيران الحربي التركي على مواقع قرب البصرة.",
		"=الطيران الحربي التركي", ""},
	{"an air force named by its nationality",
		"قامت مقاتلات من سلاح الجو التركي بقصف مواقع قرب البصرة.",
		"سلاح الجو التركي", ""},
	{"an armed attack is no gunman",
		"قتل ثلاثة مدنيين في هجوم مسلح على سوق قرب البصرة.",
		"", "مدنيين"},
	{"an actor that says it did the event itself",
		"أعلنت وزارة الدفاع العراقية أنها قصفت مواقع لتنظيم داعش قرب البصرة.",
		"وزارة الدفاع العراقية", "تنظيم داعش"},
	{"a group named right after the people harmed is the target",
		"قصف الجيش العراقي مبنى في البصرة ما أسفر عن مقتل 15 من المسلحين الحوثيين.",
		"الجيش العراقي", "=المسلحين الحوثيين"},
	{"the ranks harmed are the target",
		"سقط قتلى وجرحى في صفوف الحوثيين جراء قصف مدفعي للجيش العراقي قرب الحديدة.",
		"الجيش العراقي", "الحوثيين"},
	{"those harmed among a force are the target",
		"زار الوزير المصابين من القوات الأمنية في تفجير عبوة ناسفة بالبصرة أمس.",
		"", "القوات الأمنية"},
	{"the spokesman's ministry reports, it does not act",
		"قال المتحدث باسم وزارة الصحة إن مدنيين أصيبوا في انفجار عبوة ناسفة في البصرة.",
		"", "مدنيين"},
	{"civilians who march are the protesters",
		"خرج مئات المدنيين في مظاهرة وسط البصرة للمطالبة بالإفراج عن المعتقلين.",
		"المدنيين", ""},
	{"one soldier after a passive harm verb is the target",
		"قتل جندي عراقي في هجوم بقذائف هاون شنه متمردون على ثكنة قرب البصرة.",
		"متمردون", "جندي عراقي"},
	{"those wounded among a force's men are the target",
		"زار المحافظ المصابين من رجال القوات الأمنية في تفجير عبوة ناسفة بالبصرة أمس.",
		"", "القوات الأمنية"},
	{"gunmen after an active harm verb are its subject",
		"اختطف مسلحون مجهولون ناشطا في البصرة مساء الأحد.",
		"مسلحون", "ناشط"},
	{"a plural verb without a subject carries the one before",
		"هاجم مسلحون مجهولون نقطة للشرطة في البصرة مساء الأحد.\nوقتلوا ثلاثة مدنيين كانوا قرب النقطة.",
		"مسلحون", "مدنيين"},
	{"a vowelled passive makes the noun after it the target",
		"قُتل الناشط في البصرة مساء الأحد برصاص مسلحين مجهولين.",
		"مسلحين مجهولين", "الناشط"},
	{"a named person after a harm verb was harmed",
		"اغتيل مصطفى الكاظمي في بغداد أمس.",
		"", "مصطفى الكاظمي"},
	{"gunmen who belong to a group act for it",
		"هاجم مسلحون تابعون لكتائب حزب الله نقطة للجيش العراقي قرب البصرة.",
		"كتائب حزب الله", "الجيش العراقي"},
	{"the outlet a source spoke to takes no part",
		"قال مصدر أمني لـ«المدى» إن انفجار عبوة ناسفة أدى إلى مقتل جنديين في البصرة.",
		"", "جنديين"},
	{"who condemns an attack takes no part",
		"دان مصطفى الكاظمي الهجوم بعبوة ناسفة الذي استهدف دورية للجيش العراقي في البصرة.",
		"", "الجيش العراقي"},
	{"a passive agent just before the trigger",
		"قُتل الناشط على يد مسلحين مجهولين في هجوم قرب البصرة.",
		"مسلحين مجهولين", "الناشط"},
	{"a following sentence names the group that mourns the dead",
		"قتل شخصان بانفجار عبوة ناسفة قرب البصرة مساء الأحد.\nونعت كتائب حزب الله في بيان اثنين من مقاتليها.",
		"", "كتائب حزب الله"},
	{"the army its sources belong to reports; the initiator and target differ",
		"قالت مصادر في الجيش العراقي إن 19 من عناصر تنظيم داعش قتلوا في اشتباكات مع الجيش العراقي قرب البصرة.",
		"تنظيم داعش", "الجيش العراقي"},
	{"the subject after «أن» acts across a relative clause",
		"قال مصدر إن القوات الأمنية التي أرسلها مصطفى الكاظمي إلى الجنوب قصفت مواقع قرب البصرة.",
		"القوات الأمنية", ""},
	{"a pronoun preposition may stand between the harm verb and its subject",
		"زار الوزير الموقع الذي قتل فيه جندي عراقي في انفجار عبوة ناسفة قرب البصرة.",
		"", "جندي عراقي"},
	{"a named person before an intransitive harm verb was harmed",
		"أعلن مسؤول أن مصطفى الكاظمي أصيب في هجوم بطائرة مسيرة على المنطقة الخضراء.",
		"", "مصطفى الكاظمي"},
	{"a military post is no soldier",
		"قصف مسلحون مجهولون موقعا عسكريا قرب البصرة مساء الأحد.",
		"مسلحون مجهولون", ""},
	{"gunmen before an active harm verb with its object act",
		"قال مصدر إن مسلحين مجهولين قتلوا ثلاثة مدنيين في هجوم على سوق قرب البصرة.",
		"مسلحين مجهولين", "مدنيين"},
	{"civilians listed later do not replace the people counted",
		"قتل 6 أشخاص في قصف مدفعي لجماعة الحوثي على الحديدة.\nوقال مسؤول إن بين الضحايا ناشط معروف.",
		"جماعة الحوثي", "أشخاص"},
	{"a head noun refers back to a group the text also names with it",
		"سيطر «داعش» على قرى غرب البصرة.\nوقال سكان إن التنظيم قصف أحياء البصرة بقذائف الهاون.\nويقول مسؤولون إن تنظيم داعش ما زال قويا.",
		"داعش", ""},
	{"activists who report take no part",
		"أفاد ناشطون بأن اشتباكات عنيفة اندلعت بين كتائب حزب الله والجيش العراقي قرب البصرة.",
		"كتائب حزب الله", "الجيش العراقي"},
	{"the group counted comes before those named after «بينهم»",
		"قتل ثمانية من عناصر تنظيم داعش بينهم جندي سابق في كمين نصبه الجيش العراقي قرب البصرة.",
		"الجيش العراقي", "تنظيم داعش"},
	{"those named after «بينهم» are among the dead",
		"سقط قتلى بينهم ضابط في كمين نصبه مسلحون مجهولون قرب البصرة.",
		"مسلحون مجهولون", "ضابط"},
	{"a military commander's house is no soldier",
		"شن طيران التحالف غارات على منزل قائد عسكري قرب الحديدة.",
		"", ""},
	{"the side that launched an intercepted drone is the target",
		"أعلن الجيش العراقي أن الدفاعات الجوية أسقطت طائرة مسيرة مفخخة أطلقتها كتائب حزب الله باتجاه البصرة.",
		"الدفاعات", "كتائب حزب الله"},
	{"the owner of offices rioters burn is the target",
		"أحرق متظاهرون غاضبون مقر كتائب حزب الله في البصرة مساء أمس.",
		"متظاهرون", "كتائب حزب الله"},
	{"a claim after a paragraph of casualties and witnesses names the attacker",
		"انفجرت سيارة مفخخة يقودها انتحاري صباح اليوم قرب البصرة.\nوقال مسؤول إن الحصيلة ارتفعت.\nوأضاف أن المستشفيات استقبلت الجرحى.\nوقال شهود إن السيارة اقتحمت البوابة.\nوأكد آخرون أن الانفجار هز المدينة.\nوفي وقت لاحق، تبنى تنظيم داعش الهجوم في بيان.",
		"تنظيم داعش", ""},
	{"a person named as owner after a title takes no part",
		"قصفت كتائب حزب الله الموالية للرئيس السابق مصطفى الكاظمي مواقع قرب البصرة.",
		"كتائب حزب الله", ""},
}

// TestActors checks who is coded as initiator and target, for the cases
// here and in actors_more_test.go.
func TestActors(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range append(actorCases, moreActorCases...) {
		t.Run(tc.name, func(t *testing.T) {
			checkLastActors(t, codeWith(t, rec, c, "2022-03-09", "عنوان\n"+tc.text), tc.a1, tc.a2)
		})
	}
}

// checkLastActors checks the initiator and target of the last of evs.
func checkLastActors(t *testing.T, evs []*domain.Event, want1, want2 string) {
	t.Helper()
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
	if !actorIs(a1, want1) || !actorIs(a2, want2) {
		t.Errorf("%s\n got a1=%q a2=%q\nwant a1=%q a2=%q", describe(ev), a1, a2, want1, want2)
	}
}

func actorIs(got, want string) bool {
	if want == "" {
		return got == ""
	}
	if exact, ok := strings.CutPrefix(want, "="); ok {
		return got == exact
	}
	return strings.Contains(got, want)
}

// TestCrowdNamedProtesters checks that civilians who protest are named
// protesters, as ACLED does.
func TestCrowdNamedProtesters(t *testing.T) {
	evs := code(t, "2022-03-09", "عنوان\nخرج مئات المدنيين في مظاهرة وسط البصرة للمطالبة بالإفراج عن المعتقلين.")
	if len(evs) == 0 || evs[0].Actor1 == nil || evs[0].Actor1.Name != "Protesters (Iraq)" {
		t.Fatalf("got %+v", evs)
	}
}

// FuzzActors checks that every actor's span points at its text.
func FuzzActors(f *testing.F) {
	for _, tc := range actorCases {
		f.Add(tc.text)
	}
	rec, c := stages(f)
	f.Fuzz(func(t *testing.T, text string) {
		a := &domain.Article{DocID: "t", Text: "عنوان\n" + text}
		a.Sentences, a.Tokens = arabic.Sentences(a.Text), arabic.Tokenize(a.Text)
		if err := rec.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if err := c.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, ev := range a.Events {
			for _, ea := range []*domain.EventActor{ev.Actor1, ev.Actor2} {
				if ea != nil && (ea.Span == nil || !spanSays(a.Slice(*ea.Span), ea.Text)) {
					t.Fatalf("actor %q does not match its span %+v", ea.Text, ea.Span)
				}
			}
		}
	})
}

// spanSays reports whether the words under an actor's span are its text;
// a mention written "للحوثيين" is named "الحوثيين".
func spanSays(under, text string) bool {
	return under == text || under == "ل"+strings.TrimPrefix(text, "ا")
}

// BenchmarkActors codes the test sentences as one article.
func BenchmarkActors(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("عنوان\n")
	for _, tc := range actorCases {
		sb.WriteString(tc.text + "\n")
	}
	rec, c := stages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		codeWith(b, rec, c, "2022-03-09", sb.String())
	}
}

// TestLedBy checks that a name right after «بقيادة» or an affiliation word
// («المرتبطة ب») only describes the group named before it.
func TestLedBy(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct {
		name, text, mention string
		want                bool
	}{
		{"affiliated group", "قصفت كتائب حزب الله المرتبطة بتنظيم داعش موقعا للجيش العراقي قرب البصرة.", "داعش", true},
		{"the group itself", "قصفت كتائب حزب الله المرتبطة بتنظيم داعش موقعا للجيش العراقي قرب البصرة.", "كتائب حزب الله", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(t, rec, c, "عنوان\n"+tc.text)
			var cands []*actorMention
			for i := range d.actors[1] {
				cands = append(cands, &d.actors[1][i])
			}
			found := false
			for _, am := range cands {
				if am.men.Text == tc.mention || strings.HasSuffix(am.men.Text, tc.mention) {
					found = true
					if got := d.ledBy(am, cands); got != tc.want {
						t.Errorf("ledBy(%s) = %v, want %v", am.men.Text, got, tc.want)
					}
				}
			}
			if !found {
				t.Fatalf("no mention of %s", tc.mention)
			}
		})
	}
}

// TestWireCredit checks which names stand in a dateline's parentheses.
func TestWireCredit(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct {
		name, text, word string
		want             bool
	}{
		{"agency in a dateline", "عدن (سبأ) - استُهدف موكب للجيش صباح اليوم.", "سبأ", true},
		{"agency of three letters", "بيروت (أ ف ب) - قصفت طائرات مواقع.", "أ", true},
		{"parentheses without a dash", "وقالت الوكالة (سبأ) إن الهجوم وقع.", "سبأ", false},
		{"a name after the dash", "عدن - استهدف مسلحون (الحوثيون) موكبا.", "الحوثيون", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(t, rec, c, "عنوان\n"+tc.text)
			for k, tok := range d.toks {
				if tok.Text == tc.word {
					if got := d.wireCredit(k); got != tc.want {
						t.Errorf("wireCredit(%s) = %v, want %v", tc.word, got, tc.want)
					}
					return
				}
			}
			t.Fatalf("no token %s", tc.word)
		})
	}
}

// testDoc runs the entity stage on text and returns the event stage's
// view of it, for tests of single rules.
func testDoc(t *testing.T, rec *entities.Recognizer, c *Coder, text string) *doc {
	t.Helper()
	a := &domain.Article{DocID: "t", Text: text, Sentences: arabic.Sentences(text), Tokens: arabic.Tokenize(text)}
	if err := rec.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return newDoc(a, c)
}
