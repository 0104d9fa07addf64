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
var moreActorCases = []actorCase{
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
	{"the second side of بين is the one joined by و",
		"تواصلت أمس المعارك في البصرة بين القوات الأمنية المدعومة من الجيش العراقي، وفي مقدمتها قوات الأمن، ومقاتلي جماعة الحوثي.",
		"القوات الأمنية", "جماعة الحوثي"},
	{"the owner of a building set on fire is the target",
		"أضرم محتجون غاضبون النار أمس في مبنى تابع لكتائب حزب الله في البصرة.",
		"", "كتائب حزب الله"},
	{"the owner of a post named with its genitive is the target",
		"هاجم مسلحون مجهولون نقطة تفتيش تابعة لكتائب حزب الله في البصرة أمس.",
		"مسلحون", "كتائب حزب الله"},
	{"the group after من that those killed belonged to is the target",
		"ثلاثة مقاتلين من كتائب حزب الله لقوا حتفهم أمس في قصف جوي على البصرة.",
		"", "كتائب حزب الله"},
	{"the protesters of a dispersal named earlier in its sentence",
		"أطلق مسلح النار أمس باتجاه المتظاهرين في البصرة، فيما ردت القوات الأمنية بإطلاق قنابل الغاز لتفريق التجمع.",
		"المتظاهرين", "القوات الأمنية"},
	{"the perpetrator named in the next sentence for the same act",
		"قُتل شاب أمس بإطلاق نار استهدف تجمعاً في البصرة.\nوأفاد شهود بأن مسلحين مجهولين أطلقوا النار على التجمع من سيارة قبل أن يلوذوا بالفرار.",
		"مسلحين مجهولين", "شاب"},
	{"a group before a targeting noun is its subject",
		"وبعد ساعات، تبنى تنظيم داعش استهداف حاجز للجيش العراقي بقذائف الهاون قرب البصرة.",
		"تنظيم داعش", "الجيش العراقي"},
	{"unknown men acting are an unidentified group",
		"اغتال مجهولون أمس ناشطا مدنيا أمام منزله في البصرة.",
		"مجهولون", "ناشط"},
	{"the owner of a patrol hit is the target",
		"انفجرت عبوة ناسفة أمس بدورية تابعة لكتائب حزب الله قرب البصرة.",
		"", "كتائب حزب الله"},
	{"forces the actor base does not list are an actor",
		"قصفت قوات العشائر بقذائف الهاون مواقع لتنظيم داعش قرب البصرة أمس.",
		"قوات العشائر", "تنظيم داعش"},
	{"the sides of a battle after بين later in its clause",
		"دارت اشتباكات عنيفة، صباح أمس، في أحياء البصرة الجنوبية بين كتائب حزب الله و«قوات العشائر» استمرت ساعات.",
		"كتائب حزب الله", "قوات العشائر"},
	{"the side of a clash said to have attacked started it",
		"اندلعت أمس اشتباكات بين القوات الأمنية ومسلحين حاولوا اقتحام مقر الشرطة في البصرة.",
		"مسلحين", "القوات الأمنية"},
	{"the side that withdrew lost the place",
		"أعلنت كتائب حزب الله أنها سيطرت على بلدة قرب البصرة يسكنها أنصار تنظيم داعش، مساء أمس، بعد انسحاب «قوات العشائر» منها.",
		"كتائب حزب الله", "قوات العشائر"},
	{"the next sentence tells who carried out the strike it names",
		"قتل ثلاثة مسلحين أمس في قصف جوي استهدف مقرا قرب البصرة.\nوأكدت مصادر أمنية أن القصف نفذته طائرة مسيرة تركية.",
		"طائرة مسيرة تركية", "مسلحين"},
	{"air defences that shoot a drone down act",
		"أسقطت الدفاعات الجوية أمس طائرة مسيرة مفخخة أطلقتها جماعة الحوثي قرب قاعدة في الحديدة.",
		"الدفاعات", "جماعة الحوثي"},
	{"the protesters a lead names after the protest",
		"شهدت البصرة أمس مظاهرة حاشدة للمطالبة بالخدمات.\nورفع المتظاهرون لافتات تندد بالفساد.",
		"المتظاهرون", ""},
	{"a nationality after a hedge names the aircraft's forces",
		"شنت طائرات حربية يعتقد أنها تركية غارات على قرية قرب البصرة أمس.",
		"طائرات حربية يعتقد أنها تركية", ""},
	{"the unit a targeted post belongs to, after يتبع",
		"قتل ثلاثة مقاتلين أمس في قصف جوي استهدف مقرا يتبع كتائب حزب الله قرب البصرة.",
		"", "كتائب حزب الله"},
	{"one named before a passive targeting verb was hit",
		"وكان مصطفى الكاظمي قد استهدف أمس بضربة جوية تركية قرب البصرة.",
		"ضربة جوية تركية", "مصطفى الكاظمي"},
	{"the crowd right after a protest verb protests",
		"تظاهر المئات من أهالي البصرة أمس أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء.",
		"المئات من أهالي البصرة", ""},
	{"graduates who protest are the protesters",
		"تظاهر الخريجون العاطلون عن العمل أمس أمام مبنى المحافظة في البصرة احتجاجا على البطالة.",
		"الخريجون العاطلون عن العمل", ""},
	{"a bomber who blew himself up acts",
		"فجر انتحاري يرتدي حزاما ناسفا نفسه أمس وسط تجمع لعناصر الجيش العراقي في البصرة ما أدى إلى مقتل 9 منهم.",
		"انتحاري", "الجيش العراقي"},
	{"factions named by their genitive act",
		"قصفت فصائل المعارضة بقذائف الهاون مواقع للجيش العراقي قرب البصرة أمس.",
		"فصائل المعارضة", "الجيش العراقي"},
	{"who announces that others acted only reports",
		"أعلن الجيش العراقي أمس أن ثلاثة صواريخ من نوع كاتيوشا سقطت داخل قاعدة عسكرية في البصرة.",
		"", ""},
	{"who quotes others acting only reports",
		"وقال الجيش العراقي أمس: «سقطت ثلاثة صواريخ من نوع كاتيوشا داخل قاعدة عسكرية في البصرة».",
		"", ""},
	{"a speaker whose clause begins with its own forces acted",
		"وقال الجيش العراقي أمس إن قواته قصفت بالمدفعية مواقع لتنظيم داعش قرب البصرة.",
		"الجيش العراقي", "تنظيم داعش"},
	{"a group named in the charge of those arrested did not arrest them",
		"وتم أمس في البصرة اعتقال خمسة أشخاص بتهمة الانتماء إلى تنظيم داعش.",
		"", "تنظيم داعش"},
	{"an outlet named after its head noun reports",
		"وبثت قناة «الفرات» أمس مشاهد لقصف مدفعي استهدف مواقع لتنظيم داعش قرب البصرة.",
		"", "تنظيم داعش"},
	{"the group those arrested belong to is the target",
		"واعتقلت القوات الأمنية أمس في البصرة خمسة مسلحين ينتمون إلى كتائب حزب الله.",
		"القوات الأمنية", "كتائب حزب الله"},
	{"the group after من that those arrested come from is the target",
		"واعتقلت القوات الأمنية أمس في البصرة خمسة مسلحين من جماعة كتائب حزب الله.",
		"القوات الأمنية", "كتائب حزب الله"},
	{"those hit in the act that led to an arrest are not its target",
		"واعتقلت القوات الأمنية أمس خمسة مسلحين في البصرة بعدما أطلقوا النار على المتظاهرين.",
		"القوات الأمنية", "مسلحين"},
	{"a name after a preposition is not the subject of a passive arrest",
		"وألقي القبض أمس في البصرة على خمسة أشخاص ينتمون إلى خلية نائمة في تنظيم داعش.",
		"", "أشخاص"},
	{"a group that claims a killing is its initiator, not the unknown gunmen",
		"اغتال مجهولون أمس ناشطا مدنيا أمام منزله في البصرة.\nوتبنى تنظيم داعش العملية في بيان نشرته وكالة أعماق.",
		"تنظيم داعش", "ناشط"},
	{"a claim by an unnamed party names no one",
		"فجر انتحاري نفسه أمس في سوق ببغداد ما أسفر عن مقتل خمسة أشخاص.\nوتبنت جهة الهجوم، فيما فرض الجيش العراقي حظر تجوال في المدينة.",
		"", "أشخاص"},
	{"an accusation denied names no initiator",
		"انفجرت سيارة مفخخة أمس في سوق البصرة ما أسفر عن مقتل خمسة مدنيين.\nواتهمت الحكومة تنظيم داعش بتنفيذ التفجير، وهو ما نفاه التنظيم.",
		"", "مدنيين"},
	{"an accusation names the initiator",
		"انفجرت سيارة مفخخة أمس في سوق البصرة ما أسفر عن مقتل خمسة مدنيين.\nواتهمت الحكومة تنظيم داعش بتنفيذ التفجير.",
		"تنظيم داعش", "مدنيين"},
	{"the group before «بقيادة» acts, not its leader",
		"وشن مسلحون مجهولون بقيادة تنظيم داعش أمس هجوما على حاجز للجيش العراقي في البصرة.",
		"مسلحون مجهولون", "الجيش العراقي"},
	{"a force from the army is the subject after the verb",
		"وأوقفت قوة من الجيش العراقي أمس 23 شخصاً سورياً في البصرة.",
		"الجيش العراقي", ""},
	{"gunman in the accusative after بأن is the subject",
		"وأفاد شهود بأن مسلحاً أطلق النار على المتظاهرين أمس في البصرة.",
		"مسلحا", "المتظاهرين"},
}

// TestAddedMentions checks patterns that need a mention the test
// knowledge base does not give: a descriptor on a title, an organisation
// the actor base does not list.
func TestAddedMentions(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct {
		name, text, mention string
		subtype             string // of the added organisation
		a1, a2              string
	}{
		{"a title before a person's name gives way to the name",
			"اغتال مسلحون مجهولون، مساء أمس، الناشط المدني مصطفى الكاظمي أمام منزله في البصرة.",
			"الناشط", "generic", "مسلحون مجهولون", "=مصطفى الكاظمي"},
		{"who announces an arrest made it",
			"وأعلنت قيادة شرطة البصرة، مساء أمس، اعتقال ثلاثة أشخاص في البصرة، فيما أمر مصطفى الكاظمي بفتح تحقيق.",
			"شرطة البصرة", "", "=شرطة البصرة", "أشخاص"},
		{"the men killed outrank the post a descriptor names",
			"قتل ثلاثة من عناصر كتائب حزب الله أمس بهجوم شنه مسلحو تنظيم داعش على نقطة تفتيش قرب البصرة.",
			"نقطة تفتيش", "generic", "تنظيم داعش", "كتائب حزب الله"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "عنوان\n" + tc.text
			a := &domain.Article{DocID: "t", Text: text, Sentences: arabic.Sentences(text), Tokens: arabic.Tokenize(text)}
			tm, _ := time.Parse("2006-01-02", "2022-03-09")
			pub := domain.DayDate(tm)
			a.Published = &pub
			if err := rec.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			start := len([]rune(text[:strings.Index(text, tc.mention)]))
			mn := domain.Mention{Span: domain.Span{Start: start, End: start + len([]rune(tc.mention))}, Text: tc.mention}
			e := &domain.Entity{Type: domain.ORG, Subtype: tc.subtype, Name: tc.mention, Mentions: []domain.Mention{mn}}
			if tc.subtype == "generic" {
				a.Descriptors = append(a.Descriptors, e)
			} else {
				a.Entities = append(a.Entities, e)
			}
			if err := c.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			checkLastActors(t, a.Events, tc.a1, tc.a2)
		})
	}
}

// TestTollOfEarlierAct checks that deaths told in a clause of an earlier
// act belong to that act, not to the arrest the sentence opens with.
func TestTollOfEarlierAct(t *testing.T) {
	rec, c := stages(t)
	evs := codeWith(t, rec, c, "2022-03-09", "عنوان\nواعتقلت القوات الأمنية أمس خمسة مسلحين في البصرة بعدما أطلقوا النار على محتجين ما أدى إلى مقتل متظاهر.")
	seen := 0
	for _, e := range evs {
		switch e.SubEventType {
		case "Arrests":
			seen++
			if e.Fatalities != nil {
				t.Errorf("arrest with %d fatalities, want none", *e.Fatalities)
			}
		case "Excessive force against protesters":
			seen++
			if e.Fatalities == nil || *e.Fatalities != 1 {
				t.Errorf("shooting fatalities %v, want 1", e.Fatalities)
			}
		}
	}
	if seen != 2 {
		t.Errorf("%d of the two events coded", seen)
	}
}
