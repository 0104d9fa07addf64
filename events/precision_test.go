package events

import (
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/arabic"
)

// TestPrecision covers the contexts in which an event word reports no
// political-violence event (precision.tsv, precision_filters.go), each
// beside a case that must still be coded.
func TestPrecision(t *testing.T) {
	rec, c := stages(t)
	cases := []struct {
		name, text string
		want       []string // event descriptions; nil for none
	}{
		{"a trophy snatched in sport", "خطف فريق البصرة الفوز أمس في مباراة مثيرة.", nil},
		{"a dated chronology of old attacks", "وفي آذار 1991 اعتقلت قوات الأمن 20 ناشطا في البصرة.", nil},
		{"a chronology line opening with a year", "1999 - انفجار عبوة ناسفة في سوق ببغداد.", nil},
		{"a Hijri year next to the trigger", "وفي عام 1420 هـ اعتقلت قوات الأمن 20 ناشطا في البصرة.", nil},
		{"habitual attacks", "وتشهد البصرة تفجيرات متكررة تستهدف الأسواق.", nil},
		{"a plot about to happen", "وكانت الخلية على وشك تنفيذ تفجير في سوق البصرة أمس.", nil},
		{"a charge heard in court", "وبدأت أمس في بغداد محاكمة رجل متهم بتفجير سيارة مفخخة في البصرة.", nil},
		{"a security drill", "ونفذت قوات الأمن أمس مناورات تحاكي انفجار سيارة مفخخة في البصرة.", nil},
		{"a film", "ويعرض الفيلم الجديد أمس مشاهد اشتباكات في شوارع البصرة.", nil},
		{"floods sweep houses away", "وجرفت السيول أمس منازل في البصرة.", nil},
		{"a bottle of milk", "ووزعت الجمعية أمس 200 عبوة حليب على الأسر في البصرة.", nil},
		{"a bill foiled in parliament", "أحبط البرلمان أمس في بغداد مشروع قانون الموازنة.", nil},
		{"protesters who denounce corruption", "واقتحم عشرات المحتجين الغاضبين أمس مبنى المحافظة في البصرة بعد أن رددوا هتافات ضد الفساد.",
			[]string{"Riots/Violent demonstration 2020-08-18 البصرة"}},
		{"a corruption case", "وأوقفت هيئة النزاهة أمس في البصرة موظفا بتهمة الفساد.", nil},
		{"provinces that have seen battles for months", "وتشهد محافظتا البصرة وبغداد مواجهات عنيفة بين الفصائل منذ أكثر من ثلاثة أشهر.", nil},
		{"a wave of protests since the start of the month", "وتشهد البصرة موجة احتجاجات واسعة منذ مطلع الشهر الجاري.", nil},
		{"one day named twice is no span", "وشن طيران التحالف صباح اليوم الأربعاء ثلاث ضربات جوية على البصرة.",
			[]string{"Explosions/Remote violence/Air/drone strike 2020-08-19 البصرة"}},
		{"strikes counted over one night are one event", "وشن طيران التحالف أكثر من 20 غارة على البصرة خلال ساعات الليل أمس.",
			[]string{"Explosions/Remote violence/Air/drone strike 2020-08-18 البصرة"}},
		{"explosions the strikes caused", "وقصفت طائرات حربية أمس مخازن أسلحة في البصرة، وتسببت الغارات بانفجارات ضخمة.",
			[]string{"Explosions/Remote violence/Air/drone strike 2020-08-18 البصرة"}},
		{"an explosion that kills is the act", "وأدى انفجار عبوة ناسفة أمس في البصرة إلى مقتل ثلاثة أشخاص.",
			[]string{"Explosions/Remote violence/Remote explosive/landmine/IED 2020-08-18 البصرة"}},
		{"a capital named as a government is no place", "واندلعت أمس اشتباكات بين الشرطة ومسلحين من فصيل موال لبغداد في البصرة.",
			[]string{"Battles/Armed clash 2020-08-18 البصرة"}},
		{"the province around a town is no place", "واندلعت أمس اشتباكات بين الشرطة ومسلحين في حي الجمهورية جنوبي البصرة بريف بغداد.",
			[]string{"Battles/Armed clash 2020-08-18 البصرة"}},
		{"fighters who loot, as activists report", "وأفاد ناشطون بأن عناصر من فصيل مسلح نهبوا أمس محاصيل الزيتون من حقول الأهالي في البصرة.",
			[]string{"Strategic developments/Looting/property destruction 2020-08-18 البصرة"}},
		{"a shooting an official denies", "ونفى مصدر أمني أمس في البصرة إطلاق النار على المعتصمين.", nil},
		{"a sit-in no one dispersed", "ونفذ العشرات أمس وقفة احتجاجية أمام مبنى البلدية في البصرة، من دون أن تتدخل أي جهة لتفريقهم.",
			[]string{"Protests/Peaceful protest 2020-08-18 البصرة"}},
		{"live fire to disperse a sit-in", "وأطلقت قوات الأمن أمس الرصاص الحي لتفريق اعتصام سلمي في البصرة.",
			[]string{"Protests/Excessive force against protesters 2020-08-18 البصرة"}},
		{"houses blown up", "وأفاد سكان بأن المسلحين فجروا أمس ثلاثة منازل في البصرة قبل انسحابهم.",
			[]string{"Strategic developments/Looting/property destruction 2020-08-18 البصرة"}},
		{"dawn is no blast", "وقصفت المدفعية فجر أمس منازل في البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2020-08-18 البصرة"}},
		{"a position targeted with rockets", "واستهدف مقاتلو الحزب أمس موقعا للجيش في البصرة بالأسلحة الصاروخية.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2020-08-18 البصرة"}},
		{"rockets fired in a gunfight", "واندلع أمس تبادل لإطلاق النار بالأسلحة الرشاشة والقذائف الصاروخية بين عشيرتين في البصرة.",
			[]string{"Battles/Armed clash 2020-08-18 البصرة"}},
		{"a kamikaze drone shot down", "وأسقطت الدفاعات الجوية أمس طائرة مسيرة انتحارية فوق البصرة.",
			[]string{"Strategic developments/Disrupted weapons use 2020-08-18 البصرة"}},
		{"a bomb defused is no explosion", "وتمكنت فرق الهندسة أمس في البصرة من تفكيك عبوة ناسفة مزروعة على جانب الطريق.",
			[]string{"Strategic developments/Disrupted weapons use 2020-08-18 البصرة"}},
		{"a rocket found is a disrupted weapons use, not a launch", "وعثرت القوات الأمنية أمس على منصة وعليها صاروخ في البصرة.",
			[]string{"Strategic developments/Disrupted weapons use 2020-08-18 البصرة"}},
		{"a plan foiled that is no attack", "وأعلنت السلطات أمس في البصرة إحباط مخطط لإثارة الفوضى في المدينة.", nil},
		{"a smuggling attempt foiled", "وأحبطت قوات الأمن أمس في البصرة محاولة تسلل مسلحين إلى المدينة.",
			[]string{"Strategic developments/Disrupted weapons use 2020-08-18 البصرة"}},
		{"a terrorist plot foiled", "وأحبطت قوات الأمن أمس في البصرة مخططا إرهابيا كان يستهدف السوق.",
			[]string{"Strategic developments/Disrupted weapons use 2020-08-18 البصرة"}},
		{"a project halted", "أوقفت الحكومة أمس في البصرة العمل بالمشروع.", nil},
		{"people held are arrested", "أوقفت الشرطة أمس في البصرة ثلاثة أشخاص يشتبه بانتمائهم إلى داعش.",
			[]string{"Strategic developments/Arrests 2020-08-18 البصرة"}},
		{"a municipality clears buildings", "هدمت البلدية أمس منازل مخالفة في البصرة.", nil},
		{"houses demolished by force", "هدمت قوات الأمن أمس منزلين في البصرة.",
			[]string{"Strategic developments/Looting/property destruction 2020-08-18 البصرة"}},
		{"legal battles", "وتخوض الشركة معارك قانونية في بغداد منذ أمس.", nil},
		{"its aspects are not a demonstration", "وتختلف مظاهرها في البصرة أمس.", nil},
		{"a delivery drone", "وأطلقت الشركة أمس في البصرة طائرة دون طيار لتوصيل الطرود.", nil},
		{"a missile programme", "وأعلن الجيش أمس في بغداد عن برنامج لتطوير صواريخ جديدة.", nil},
		{"a figurative demolition", "وتسعى هذه الجماعات إلى هدم العلاقات بين البصرة وبغداد أمس.", nil},
		{"protests planned for next week", "وتنظم النقابات احتجاجات الأسبوع المقبل في البصرة.", nil},
		{"a date counted from the event may pass the report", "وقصفت الطائرات مواقع في البصرة بعد أربعة أيام على الهجوم.",
			[]string{"Explosions/Remote violence/Air/drone strike 2020-08-23 البصرة"}},
		{"a stabbing told as a police case", "وقبضت الشرطة على شاب لتورطه في قضية طعن مواطن في البصرة أمس.", nil},
		{"hundreds of shells on one day are one event", "وسقطت أكثر من 300 قذيفة أمس على البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2020-08-18 البصرة"}},
		{"a minister dismissed by decree", "وأصدر الرئيس أمس مرسوما بإعفاء مصطفى الكاظمي من منصب وزير النفط في بغداد.", nil},
		{"a base planned", "وتعتزم الحكومة بعد دراسة طويلة إنشاء قاعدة عسكرية قرب البصرة.", nil},
		{"a boast of foiling every plot", "وأكد المسؤول أمس في بغداد أن الأجهزة الأمنية نجحت في إحباط كل المخططات.", nil},
		{"an arrest in a corruption case", "واعتقلت الشرطة أمس في البصرة مديرا متهما في قضية فساد.", nil},
		{"a protest against corruption stays", "وتظاهر المئات أمس في البصرة احتجاجا على الفساد.",
			[]string{"Protests/Peaceful protest 2020-08-18 البصرة"}},
		{"a tyre bursts", "وانفجر الإطار الأمامي للسيارة أمس قرب البصرة.", nil},
		{"marches are not drones", "وجابت المسيرات أمس شوارع البصرة ورفع المشاركون لافتات.", nil},
		{"air strikes counted in thousands", "ونفذت الطائرات ما لا يقل عن 1200 غارة على البصرة.", nil},
		{"missiles in an arms deal", "ووقعت الحكومة أمس في بغداد صفقة تشمل طائرات ودبابات وصواريخ متوسطة المدى.", nil},
		{"a truce under negotiation", "وتجري اتصالات أمس في البصرة للتوصل إلى هدنة طويلة.", nil},
		{"a bombing that may happen", "وقال المصدر أمس إن الهجوم قد يكون عن طريق تفجير في البصرة.", nil},
		{"people trapped in a car", "وحررت فرق الإنقاذ أمس سائقا بعد احتجازه داخل مركبته قرب البصرة.", nil},
		{"a call to demonstrate", "وأقدمت الجماعة أمس على الدعوة لمظاهرات في البصرة.", nil},
		{"a day and month with an old year after them", "وفي 12 مايو 2003م انفجرت سيارة مفخخة في البصرة.", nil},
		{"fireworks explode", "وانفجرت الألعاب النارية أمس في يد طفل في البصرة.", nil},
		{"a database is not a base", "وتشمل الخطة أمس في البصرة إنشاء قاعدة معلومات للسوق.", nil},
		{"strikes only allowed", "وقررت الحكومة أمس السماح بشن غارات جوية على البصرة.", nil},
		{"residency violators rounded up", "وألقت الشرطة أمس في البصرة القبض على 300 مخالف لأنظمة الإقامة.", nil},
		{"constant clashes as a description", "وتبقى أحياء البصرة مناطق توتر واشتباكات دائمة.", nil},
		{"battles since the year before last", "وشهدت البصرة معارك عنيفة منذ مطلع 2019.", nil},
		{"harassers arrested", "وألقت الشرطة أمس في البصرة القبض على المتهمين بالتحرش بفتاة.", nil},
		{"a warned risk of attack", "وقال مسؤول أمس إن البصرة تواجه خطر حدوث تفجير في أسواقها.", nil},
		{"a company merger", "وأكدت الشركة أمس في البصرة أنها تجري محادثات اندماج مع منافستها.", nil},
		{"poultry culled", "وأدى ظهور إنفلونزا الطيور في البصرة أمس إلى إعدام آلاف من الدجاج.", nil},
		{"a shelled hospital keeps its medicines", "وأوضح المدير أن قذائف الهاون دمرت أمس الأدوية في مستشفى البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2020-08-18 مستشفى البصرة"}},
		{"arrests recalled in praise", "وأشاد المحافظ أمس في البصرة بيقظة رجال الأمن ونجاحهم في القبض على المطلوبين.", nil},
		{"a year far back in a chronology sentence", "ومن عام 1960 إلى عام 2020 وقعت أحداث كثيرة: عام 1965 اعتقلت الشرطة عددا من المخربين من دولة مجاورة قاموا بتفجيرات في البصرة.", nil},
		{"an assassination that could have been", "وقالت صحيفة أمس إنه كان بإمكان الحركة اغتيال القائد في البصرة.", nil},
		{"a Hijri date far from its trigger", "وفي يوم السبت 11 ربيع الآخر 1428هـ أعلنت الأجهزة الأمنية في بيان طويل عن نجاحاتها المتتالية في محاربة الفكر الضال وأنها أحبطت مخططات لأفراد خلايا كانوا في طريقهم إلى القيام بتفجيرات في البصرة.", nil},
		{"a mutual bombardment of accusations", "وتحولت جلسة البرلمان في بغداد أمس إلى ساحة قصف متبادل بالاتهامات بين النواب.", nil},
		{"an assassination of consensus", "ووصف النائب تعديل الموازنة في بغداد أمس بأنه اغتيال للتوافق السياسي.", nil},
		{"mutual shelling between forces stays an event", "ووقع قصف متبادل أمس بين الجيش والمسلحين في البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack 2020-08-18 البصرة"}},
		{"a drone as the instrument of a targeting verb", "واستهدف مسلحون أمس موقعا للجيش العراقي في البصرة بمسيرة.",
			[]string{"Explosions/Remote violence/Air/drone strike 2020-08-18 البصرة"}},
		{"a march with «ب» is no drone", "واستهدفت قوات الأمن أمس المحتجين في البصرة بعد أن خرجوا بمسيرة احتجاجية.",
			[]string{"Protests/Peaceful protest 2020-08-18 البصرة"}},
		{"an agreement reached", "وتوصل الطرفان في البصرة أمس إلى اتفاق لوقف القتال.",
			[]string{"Strategic developments/Agreement 2020-08-18 البصرة"}},
		{"an agreement the withdrawal carried out", "وجاء الانسحاب تنفيذاً لاتفاق توصل إليه أمس قائد المسلحين مع لجنة وساطة في البصرة.",
			[]string{"Strategic developments/Agreement 2020-08-18 البصرة"}},
		{"a business deal reached", "وتوصلت إدارة المطار في البصرة أمس إلى اتفاق مع شركة أمريكية لإنشاء مبنى جديد.", nil},
		{"a nuclear agreement is diplomacy", "وأبرمت الدول الكبرى في البصرة أمس اتفاقا مع إيران يمنعها من حيازة السلاح النووي.", nil},
		{"an agreement sought", "ويسعى الوسطاء في البصرة أمس للتوصل إلى اتفاق.", nil},
		{"no agreement reached", "ولم يتوصل الطرفان في البصرة أمس إلى اتفاق.", nil},
		{"positions handed over", "وسلّم المسلحون أمس مواقعهم في البصرة إلى وجهاء العشائر.",
			[]string{"Strategic developments/Non-violent transfer of territory 2020-08-18 البصرة"}},
		{"battles of early Islam in a sermon", "وذكّر الخطيب بأن الصحابة خاضوا معارك عنيفة قرب البصرة.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeWith(t, rec, c, "2020-08-19", "عنوان\n"+tc.text)
			var got []string
			for _, ev := range evs {
				got = append(got, ev.EventType+"/"+ev.SubEventType+" "+ev.Date.ISO()+" "+ev.Location.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestHistoryDoesNotSilenceLaterNews checks that a history paragraph in the
// lead still lets an undated report deep in the text be coded, as a coded
// lead event would.
func TestHistoryDoesNotSilenceLaterNews(t *testing.T) {
	text := "عنوان\nوفي آذار 1991 اعتقلت قوات الأمن 20 ناشطا في البصرة.\nالجملة الثانية.\nالجملة الثالثة.\nالجملة الرابعة.\nالجملة الخامسة.\nوقتل ثلاثة مسلحين في غارة جوية على البصرة."
	evs := code(t, "2020-08-19", text)
	if len(evs) != 1 || evs[0].SubEventType != "Air/drone strike" {
		var got []string
		for _, ev := range evs {
			got = append(got, describe(ev))
		}
		t.Errorf("events = %q, want one air strike", got)
	}
}

func TestGroupPlural(t *testing.T) {
	cases := []struct {
		name, word string
		want       bool
	}{
		{"a plural gentilic in the genitive", "الحوثيين", true},
		{"a plural gentilic in the nominative", "الصدريون", true},
		{"a family name", "الكاظمي", false},
		{"a short word", "بين", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := groupPlural(arabic.NormalizePhrase(tc.word)); got != tc.want {
				t.Errorf("groupPlural(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}
