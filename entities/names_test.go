package entities

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rasid-osint/rasid/internal/kbtest"
	"github.com/rasid-osint/rasid/kb"
)

// TestUnlistedNames covers names nobody listed: private persons with their
// nasab, places named after a person, sites with their bare name.
func TestUnlistedNames(t *testing.T) {
	r, err := New(kbtest.KB(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a common noun after two given names ends the name",
			"وسجل اللاعب حيدر كاظم الهدف في الدقيقة العاشرة.",
			[]string{"PER:حيدر كاظم"}},
		{"a long nasab starting with a compound name",
			"وعثر على جثة عبد الله فهد عبد الله الرشيد في منزله.",
			[]string{"PER:عبد الله فهد عبد الله الرشيد"}},
		{"a verb after a title is not part of the name",
			"وقال المحافظ هادي يطالب الأهالي بالهدوء.",
			nil},
		{"a neighbourhood named after a sheikh",
			"سقطت قذيفة على حي الشيخ مقصود فجر اليوم.",
			[]string{"LOC:حي الشيخ مقصود|الشيخ مقصود"}},
		{"a city named after a king with a compound name",
			"ووصل الوفد إلى مدينة الملك عبد الله الاقتصادية.",
			[]string{"LOC:مدينة الملك عبد الله|الملك عبد الله"}},
		{"a place of two words after its head",
			"وقعت اشتباكات في منطقة الخندق الغميق ليلا.",
			[]string{"LOC:منطقة الخندق الغميق|الخندق الغميق"}},
		{"a mosque named after a companion",
			"تحصن المسلحون في مسجد بلال بن رباح قرب السوق.",
			[]string{"LOC:مسجد بلال بن رباح"}},
		{"a hospital named after a person, with its adjective",
			"نقل الجرحى إلى مستشفى الحسين التعليمي.",
			[]string{"LOC:مستشفى الحسين التعليمي"}},
		{"a private person after a title, with a given name",
			"وأصيب الشاب علي حسن الزبيدي بجروح، فيما قتل الشاب الموهوب في الحادث.",
			[]string{"PER:علي حسن الزبيدي"}},
		{"an organisation after a two-word head, grouped with its short form",
			"وقالت قيادة شرطة البصرة إن التحقيق بدأ، وأضافت شرطة البصرة أن المتهمين فروا.",
			[]string{"ORG:قيادة شرطة البصرة|شرطة البصرة|شرطة البصرة"}},
		{"a given name written with ta marbuta, not the same word with a pronoun",
			"وقالت نادية الخالدي إن ناديه الرياضي أغلق.",
			[]string{"PER:نادية الخالدي"}},
		{"a rare family name after two names",
			"وقتل القيادي أحمد جليل الرميمة في المعارك.",
			[]string{"PER:أحمد جليل الرميمة"}},
		{"an indefinite adjective first after the head is a kind",
			"ونقلت قناة تلفزيونية محلية الخبر.",
			nil},
		{"military units by number and ordinal",
			"وانتشر اللواء 47 قرب الحدود، فيما تقدمت الفرقة الرابعة نحو المدينة.",
			[]string{"ORG:الفرقة الرابعة", "ORG:اللواء 47"}},
		{"a rank before a name is no unit",
			"وقال اللواء سامر الخالدي إن الوضع هادئ.",
			[]string{"PER:سامر الخالدي"}},
		{"a village named with its head, then alone",
			"سقطت قذائف على بلدة كفرزيتا صباحا، وقال سكان إن كفرزيتا خلت من أهلها.",
			[]string{"LOC:بلدة كفرزيتا|كفرزيتا|كفرزيتا"}},
		{"a plural noun after a place head is no name",
			"وتجمع المحتجون في ساحة الاحتجاجات قرب منطقة العمليات.",
			nil},
		{"a full name, then its first and last names",
			"وقتل القيادي أحمد جليل الرميمة في المعارك، وكان أحمد الرميمة قد أصيب سابقا.",
			[]string{"PER:أحمد جليل الرميمة|أحمد الرميمة"}},
		{"an alias after المعروف",
			"وقالت المصادر إن سامر الخالدي، المعروف بـ«أبو خولة»، اعتقل أمس.",
			[]string{"PER:سامر الخالدي|أبو خولة"}},
		{"an alias in brackets",
			"وقتل القيادي سامر الخالدي (أبو علي) في الغارة.",
			[]string{"PER:سامر الخالدي|أبو علي"}},
		{"a word with a conjunction or a pronoun ends a name",
			"واستقبل محمد بن نايف وتهنئتهما الوفد، وبعث حسن علي برسالة.",
			[]string{"PER:حسن علي", "PER:محمد بن نايف"}},
		{"a health directorate named after its province",
			"وقالت دائرة صحة البصرة إن المستشفيات استقبلت الجرحى.",
			[]string{"ORG:دائرة صحة البصرة"}},
		{"a governor named after his province",
			"وقال محافظ البصرة زاكي المرعبي إن الوضع هادئ.",
			[]string{"LOC:البصرة", "PER:زاكي المرعبي"}},
		{"a verb after a governor and his province",
			"وقال محافظ البصرة يفتتح المهرجان اليوم.",
			[]string{"LOC:البصرة"}},
		{"a spokesman named after his group",
			"وقال المتحدث باسم الحوثيين زاكي المرعبي إن الهدنة انتهت.",
			[]string{"ORG:الحوثيين", "PER:زاكي المرعبي"}},
		{"a leader in a group",
			"وقتل القيادي في تنظيم داعش زاكي المرعبي بغارة.",
			[]string{"ORG:تنظيم داعش", "PER:زاكي المرعبي"}},
		{"a describing adjective after an organisation's name",
			"وقال تحالف فتح السياسي إنه سيشارك، وأكد تحالف فتح الذي يقوده العامري ذلك.",
			[]string{"ORG:تحالف فتح السياسي|تحالف فتح|تحالف فتح"}},
		{"a family name that is also a describing adjective",
			"وقال حسن العسكري إن التنظيم المتطرف انسحب.",
			[]string{"PER:حسن العسكري"}},
		{"two districts after a dual head",
			"وتواصلت المعارك في مديريتي الصفراء والصومعة شمالا.",
			[]string{"LOC:الصفراء", "LOC:الصومعة"}},
		{"a title word inside a name before a rare family name",
			"ودعا المحافظ زاكي الوزير المرعبي الطرفين إلى الهدوء.",
			[]string{"PER:زاكي الوزير المرعبي"}},
		{"a battle front named by its place",
			"واحتدمت المعارك على جبهة البصرة وفي جبهة مدينة الحديدة.",
			[]string{"LOC:البصرة", "LOC:مدينة الحديدة|الحديدة"}},
		{"a title right after an organisation head",
			"وبثت قناة الرئيس السابق الخطاب.",
			nil},
		{"a body named after a titled person",
			"وتخرج في جامعة الملك فهد قبل عامين.",
			[]string{"ORG:جامعة الملك فهد"}},
		{"a feminine adjective ends the person's name",
			"وتخرج في جامعة الأمير سلطان الأهلية حاليا.",
			[]string{"ORG:جامعة الأمير سلطان"}},
		{"a rare definite word after a common one does not extend the name (علي written for على stays a known limit)",
			"ووقف علي الطريق الواصل بين المدينتين.",
			[]string{"PER:علي الطريق"}},
		{"a site named with a compound name",
			"ونقل المعتقلون إلى سجن أبو زعبل شمال المدينة.",
			[]string{"LOC:سجن أبو زعبل"}},
		{"an accusative without tanween ends a name",
			"وقال عبد الله المرعبي محذرا من التصعيد، وتحدث عبد الله محذرا أيضا.",
			[]string{"PER:عبد الله المرعبي"}},
		{"a given name with الدين and a family name",
			"وقال نور الدين البحيري إن الحوار مستمر.",
			[]string{"PER:نور الدين البحيري"}},
		{"foreign names after a title",
			"وقال الوزير جان إيف لودريان إن رئيس الوزراء ألكسيس تسيبراس وصل.",
			[]string{"PER:ألكسيس تسيبراس", "PER:جان إيف لودريان"}},
		{"a future verb or a noun with a pronoun after a titled name",
			"وقال الوزير فيليب هاموند سيصدر القرار، وأعلن الرئيس سيب بلاتر استقالته.",
			[]string{"PER:سيب بلاتر", "PER:فيليب هاموند"}},
		{"a verb after an Arabic given and family name",
			"وقال النائب زياد العجيلي عاود الحديث، والتقى الرئيس دراكو يبحثون الملف.",
			[]string{"PER:زياد العجيلي"}},
		{"a noun with a pronoun ends a name",
			"وقال فهد البقمي حديثه للصحيفة، وغنى محمد عبده أمس.",
			[]string{"PER:فهد البقمي", "PER:محمد عبده"}},
		{"a word with a proclitic after a site head is no name",
			"وهي أكبر قاعدة لتدريب الطيارين.",
			nil},
		{"a site on a known place also gives the bare place",
			"استهدفت طائرة مسيرة قاعدة البصرة صباح الأحد.",
			[]string{"LOC:قاعدة البصرة|البصرة"}},
		{"not when the place is named on its own",
			"استهدفت طائرة مسيرة قاعدة البصرة، وقال مسؤول في البصرة إن الأضرار طفيفة.",
			[]string{"LOC:البصرة", "LOC:قاعدة البصرة"}},
		{"an indefinite adjective makes a kind of organisation, not a name",
			"ووقعت شركة عراقية عقدا مع مؤسسة خيرية.",
			nil},
		{"an indefinite name after the head is kept",
			"وقال تحالف فتح الذي يقوده العامري إنه سيشارك.",
			[]string{"ORG:تحالف فتح"}},
		{"an organisation phrase cut on a construct noun is dropped",
			"وقال مجلس قيادة الحوثيين إن الهدنة انتهت.",
			[]string{"ORG:الحوثيين"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := summary(analyse(t, r, c.text).Entities)
			if strings.Join(got, " ; ") != strings.Join(c.want, " ; ") {
				t.Errorf("entities:\n got  %q\n want %q", got, c.want)
			}
		})
	}
}

// TestModelSpanEdges covers the tagger's person spans that run over a
// following word.
func TestModelSpanEdges(t *testing.T) {
	tg := fakeTagger{tags: map[string]string{"دراكو": "B-PERS", "ميتشو": "I-PERS", "غداً": "I-PERS", "لـ": "I-PERS", "التسجيل": "I-PERS", "وليًا": "I-PERS", "مكاتبه": "B-LOC", "وليا": "I-PERS", "ميستورا": "I-PERS", "ماريا": "I-PERS", "حديثه": "I-PERS", "الانقلابية": "I-PERS", "ستنفجر": "B-LOC", "سيدني": "B-LOC", "الفيصل": "I-PERS", "عسيري": "I-PERS"}}
	r, _ := New(kbtest.KB(t), tg)
	cases := []textCase{
		{"a time adverb", "ويبدأ دراكو ميتشو غداً جولة.", "PER:دراكو ميتشو"},
		{"a bare proclitic", "وقال دراكو ميتشو لـ«الصحيفة» إن الوضع هادئ.", "ORG:الصحيفة ; PER:دراكو ميتشو"},
		{"a family name with an article", "وقال دراكو الفيصل إن الوضع هادئ.", "PER:دراكو الفيصل"},
		{"a family name also a word", "وقال دراكو عسيري إن الوضع هادئ.", "PER:دراكو عسيري"},
		{"a noun with a pronoun", "وداهمت القوات مكاتبه أمس.", ""},
		{"a verb in the future", "وقال إن الأزمة ستنفجر قريبا.", ""},
		{"a foreign name with the same first letters", "ووصل الوفد إلى سيدني أمس.", "LOC:سيدني"},
		{"a feminine adjective after a name", "وقال دراكو ميتشو الانقلابية إن الوضع هادئ.", "PER:دراكو ميتشو"},
		{"an accusative without tanween", "وعين دراكو ميتشو وليا للعهد.", "PER:دراكو ميتشو"},
		{"a foreign family name ending in alef", "وقال دراكو ميستورا إن الوضع هادئ.", "PER:دراكو ميستورا"},
		{"a foreign name ending in alef after م", "وسجل دراكو ماريا الهدف.", "PER:دراكو ماريا"},
		{"a noun with a pronoun after the name", "وقال دراكو ميتشو حديثه للصحيفة.", "PER:دراكو ميتشو"},
		{"a word with tanween", "وعين دراكو ميتشو وليًا للعهد.", "PER:دراكو ميتشو"},
	}
	checkEach(t, r, cases)
}

// TestFamilyNameNotTown covers a town whose name is also a family name.
func TestFamilyNameNotTown(t *testing.T) {
	r := withKB(t, "", "kw-ahmadi\tAl Ahmadi\tcity\tKW\tAhmadi\t\t29.07\t48.08\tالأحمدي\ttest\n")
	cases := []textCase{
		{"after a given name", "وقال المتحدث علي الأحمدي إن القتال توقف.", "PER:علي الأحمدي"},
		{"alone", "ووصل الوفد إلى الأحمدي مساء.", "LOC:الأحمدي"},
	}
	checkEach(t, r, cases)
}

// TestForceBehindAircraft covers a force named after its aircraft: the
// aircraft phrase is a descriptor, the force's own name an entity.
func TestForceBehindAircraft(t *testing.T) {
	r := withKB(t, "int-coalition\tSaudi-led Coalition\tstate_forces\t8\t\tالتحالف العربي|طيران التحالف|طيران التحالف العربي\t\t\ttest\n", "")
	a := analyse(t, r, "وشن طيران التحالف العربي غارات على الحديدة.")
	if got := strings.Join(summary(a.Entities), " ; "); got != "LOC:الحديدة ; ORG:التحالف العربي|التحالف" {
		t.Errorf("entities = %s", got)
	}
	if len(a.Descriptors) != 1 || a.Descriptors[0].Mentions[0].Text != "طيران التحالف العربي" {
		t.Errorf("descriptors = %v", a.Descriptors)
	}
}

// TestNisbaAfterName covers a nationality adjective written after an
// organisation's name: part of the name as written, the bare name kept.
func TestNisbaAfterName(t *testing.T) {
	tg := fakeTagger{tags: map[string]string{"المصرف": "B-ORG", "الزراعي": "I-ORG"}}
	r, _ := New(kbtest.KB(t), tg)
	cases := []textCase{
		{"a listed group", "وأعلنت كتائب حزب الله العراقية مسؤوليتها.", "ORG:كتائب حزب الله العراقية|كتائب حزب الله"},
		{"a listed name ending in a nationality takes no other", "وأعلن حزب الله العراقي الإيراني مسؤوليته.", "ORG:حزب الله العراقي|حزب الله"},
		{"a tagged organisation", "وقال المصرف الزراعي اليمني إن الصرف متوقف.", "ORG:المصرف الزراعي اليمني|المصرف الزراعي"},
	}
	checkEach(t, r, cases)
}

// TestCountryWrittenLikeNisba covers "سورية": Syria, or "Syrian" after a
// feminine or plural noun.
func TestCountryWrittenLikeNisba(t *testing.T) {
	r := withKB(t, "", "sy\tSyria\tcountry\tSY\t\t\t35.0\t38.5\tسوريا|سورية\ttest\n"+
		"sa\tSaudi Arabia\tcountry\tSA\t\t\t24.0\t45.0\tالسعودية\ttest\n"+
		"ir\tIran\tcountry\tIR\t\t\t32.0\t53.0\tالجمهورية الإيرانية\ttest\n")
	cases := []textCase{
		{"after a preposition", "وعاد الوفد إلى سورية أمس.", "LOC:سورية"},
		{"after a place word", "وتقدمت القوات في شمال سورية.", "LOC:سورية"},
		{"an adjective after a feminine noun", "وسقطت مقاتلة سورية أمس.", ""},
		{"an adjective after a plural", "وانتشرت قوات سورية قرب الحدود.", ""},
		{"a definite adjective after a definite noun", "وانتشرت القوات السعودية قرب الحدود.", ""},
		{"the country after a preposition", "وعاد الوفد من السعودية أمس.", "LOC:السعودية"},
		{"two republics are not one", "وزار الوفد الجمهورية الإيرانية ثم سورية.", "LOC:الجمهورية الإيرانية ; LOC:سورية"},
	}
	checkEach(t, r, cases)
}

// TestGovernmentDescriptor covers a government named by adjectives only: a
// descriptor for the events, not an entity; a government's own name is one.
func TestGovernmentDescriptor(t *testing.T) {
	r := withKB(t, "ye-gov\tGovernment of Yemen\tgovernment\t1\tYE\tالحكومة اليمنية|الحكومة الشرعية|حكومة الإنقاذ\t\t\ttest\n", "")
	a := analyse(t, r, "وقالت الحكومة اليمنية إن الهدنة صامدة.")
	if len(a.Entities) != 0 || len(a.Descriptors) != 1 || a.Descriptors[0].ActorID != "ye-gov" {
		t.Errorf("entities %v, descriptors %v", summary(a.Entities), a.Descriptors)
	}
	a = analyse(t, r, "وقالت حكومة الإنقاذ إن الهدنة صامدة.")
	if got := strings.Join(summary(a.Entities), " ; "); got != "ORG:حكومة الإنقاذ" {
		t.Errorf("entities = %s", got)
	}
}

// TestGenericWithAdjective covers names made of a generic noun and an
// adjective: the adjective alone is no form, a group so named a descriptor.
func TestGenericWithAdjective(t *testing.T) {
	r := withKB(t, "int-is2\tIslamic State (alias)\tarmed_group\t2\t\tالتنظيم المتطرف\t\t\ttest\n"+
		"us-forces\tMilitary Forces of the United States\tstate_forces\t8\tUS\tجنود أميركيون\t\t\ttest\n", "iq-baghdad2\tBaghdad (capital)\tcity\tIQ\tBaghdad\t\t33.31\t44.37\tالعاصمة العراقية\ttest\n"+
		"iq-victoria\tCamp Victory\tbase\tIQ\tBaghdad\t\t33.29\t44.24\tقاعدة فكتوريا\ttest\n")
	cases := []textCase{
		{"a capital by its nationality", "ووصل الوفد إلى العاصمة العراقية أمس.", "LOC:العاصمة العراقية"},
		{"a group by its adjective", "وتبنى التنظيم المتطرف الهجوم.", ""},
		{"soldiers by their nationality", "وأصيب جنود أميركيون في الهجوم.", ""},
		{"a listed base also by its bare name", "وسقط صاروخ على قاعدة فكتوريا.", "LOC:قاعدة فكتوريا|فكتوريا"},
	}
	checkEach(t, r, cases)
}

// TestTitleInsideListedName covers a listed name with a title word in it
// ("عوض الوزير"): the title starts no other person.
func TestTitleInsideListedName(t *testing.T) {
	r := withKB(t, "ye-gov-shabwa\tAwad al-Wazir\tperson\t0\tYE\tعوض الوزير\t\t\ttest\n", "")
	a := analyse(t, r, "ودعا المحافظ عوض الوزير العولقي الطرفين إلى الهدوء.")
	if got := strings.Join(summary(a.Entities), " ; "); got != "PER:عوض الوزير" {
		t.Errorf("entities = %s", got)
	}
}

// withKB builds a recognizer over the test knowledge base with further
// actor and place rows.
func withKB(t *testing.T, actors, places string) *Recognizer {
	t.Helper()
	fs := kbtest.FS()
	fs["actors.tsv"] = &fstest.MapFile{Data: append(fs["actors.tsv"].Data, actors...)}
	fs["places/test.tsv"] = &fstest.MapFile{Data: append(fs["places/test.tsv"].Data, places...)}
	k, err := kb.Parse(fs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(k, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

type textCase struct{ name, text, want string }

// checkEach runs one-sentence cases whose entities are summarised on one line.
func checkEach(t *testing.T, r *Recognizer, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(summary(analyse(t, r, c.text).Entities), " ; "); got != c.want {
				t.Errorf("entities = %q, want %q", got, c.want)
			}
		})
	}
}

// TestPrefixBeforeGod covers a name whose prefix ("أنصار") is dropped for
// a shorter mention: "الله" alone names nothing.
func TestPrefixBeforeGod(t *testing.T) {
	r := withKB(t, "", "")
	checkEach(t, r, []textCase{
		{"a listed group", "واتهمت الحكومة جماعة أنصار الله بقصف الميناء.", "ORG:أنصار الله"},
	})
}

// TestAdverbialNisba covers a nationality adjective in the accusative,
// which a tagger may read as a place.
func TestAdverbialNisba(t *testing.T) {
	tg := fakeTagger{tags: map[string]string{"إيرانياً": "B-LOC", "طهران": "B-LOC"}}
	r, _ := New(kbtest.KB(t), tg)
	checkEach(t, r, []textCase{
		{"an adverb", "ورحب الوفد بالعرض ترحيباً إيرانياً حاراً.", ""},
	})
	tg = fakeTagger{tags: map[string]string{"فلتاناً": "B-LOC", "بحرياً": "B-LOC"}}
	r, _ = New(kbtest.KB(t), tg)
	checkEach(t, r, []textCase{
		{"any word in the indefinite accusative", "وتشهد المدينة فلتاناً أمنياً بعد نقل الشحنة بحرياً.", ""},
	})
}

// TestPlaceNames covers a rare listed place written with «و» or «ب» (the
// bare name is the mention; a common word is not split), a place named
// with words the news never uses (the whole name, but not a figure after
// it), and organisations named after «نقابة» and «غرفة تجارة».
func TestPlaceNames(t *testing.T) {
	r := withKB(t, "", "iq-tarmiya-x\tFictional Sarmoun\ttown\tIQ\tBaghdad\t\t33.6\t44.4\tصرمون\ttest\n")
	checkEach(t, r, []textCase{
		{"after و", "قصفت المدفعية أطراف بغداد وصرمون أمس.", "LOC:بغداد ; LOC:صرمون"},
		{"after ب", "وقعت اشتباكات بصرمون أمس.", "LOC:صرمون"},
		{"a word that only starts like a clitic", "وصل الوفد أمس.", ""},
		{"a mountain of three words", "وقعت اشتباكات أمس عند سفح جبل قره جوغ.", "LOC:جبل قره جوغ"},
		{"a figure after the name", "ارتفع الإنتاج في منطقة ستانيستسا 1.5 بالمئة.", "LOC:منطقة ستانيستسا|ستانيستسا"},
		{"a union", "ونظمت نقابة المعلمين العراقيين أمس وقفة احتجاجية.", "ORG:نقابة المعلمين العراقيين|نقابة المعلمين"},
		{"a chamber of commerce", "ودعت غرفة تجارة البصرة أمس إلى فتح الطريق.", "ORG:غرفة تجارة البصرة"},
	})
}
