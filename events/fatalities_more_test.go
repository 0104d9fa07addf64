package events

import "testing"

// TestFatalityWording checks the ways news writing gives a death toll
// that the plain "kill word + number" reading misses.
func TestFatalityWording(t *testing.T) {
	rec, c := stages(t)
	for _, tc := range []struct {
		name, text string
		want       int // -1: no count
	}{
		{"a unit joined to a ten with واحد",
			"عنوان\nقتل واحد وعشرون شخصا في تفجير انتحاري بسيارة مفخخة في البصرة أمس.", 21},
		{"a dual after استشهد counts two",
			"عنوان\nاستشهد شخصان أمس في غارة جوية على دراجة نارية قرب البصرة.", 2},
		{"لقي with a list between the count and مصرعهم",
			"عنوان\nلقي ستة مدنيين، بينهم طفلان، مصرعهم أمس في قصف مدفعي على البصرة.", 6},
		{"a noun and its adjective stand between two counts",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس، وقُتل 12 مسلحاً أجنبياً و3 من الجنود.", 15},
		{"both sides' dead under two kill words",
			"عنوان\nاشتبك الجيش العراقي مع مسلحين في البصرة أمس، ما أدى إلى استشهاد عسكري وإصابة ثلاثة آخرين، ومقتل أربعة من المسلحين.", 5},
		{"the same toll told twice",
			"عنوان\nمقتل 7 مدنيين في قصف على البصرة وقتل 7 مدنيين على الأقل أمس في قصف مدفعي على البصرة.", 7},
		{"wounded told in the sentence after",
			"عنوان\nفرقت قوات الأمن أمس بالغاز المسيل للدموع مئات المحتجين في البصرة.\nوأوضح المصدر أن المحتجين أشعلوا الإطارات، مشيراً إلى إصابة محتج واحد بحالة اختناق.", 0},
		{"the hedge ما لا يقل عن",
			"عنوان\nدارت اشتباكات عنيفة في البصرة أمس أسفرت عن مقتل ما لا يقل عن 8 أشخاص.", 8},
		{"a dual and a singular add up",
			"عنوان\nهاجم مسلحون حاجزا للجيش العراقي في البصرة أمس وقتل فيه ضابطان وجندي.", 3},
		{"only wounded: no one killed",
			"عنوان\nسقطت قذائف هاون على حي سكني في البصرة أمس ما أدى إلى إصابة أربعة مدنيين.", 0},
		{"wounded and killed: the killed count",
			"عنوان\nسقطت قذائف هاون على حي سكني في البصرة أمس ما أدى إلى مقتل مدنيين اثنين وإصابة أربعة.", 2},
		{"a toll since a war began is no event's",
			"عنوان\nقصفت طائرات مواقع في البصرة أمس، وقتل أكثر من 3500 شخص منذ اندلاع القتال في البلاد.", -1},
		{"killed and wounded together: the killed are counted",
			"عنوان\nسقطت قذائف هاون على حي في البصرة أمس ما أسفر عن سقوط عشرات القتلى والجرحى.", -1},
		{"a toll over a season is no event's",
			"عنوان\nقصفت طائرات مواقع في البصرة أمس، وقتل أكثر من 700 شخص في البلاد خلال الأشهر الماضية.", -1},
		{"a hedged toll in thousands is a war's",
			"عنوان\nقصفت طائرات مواقع في البصرة أمس، وقتل أكثر من 3200 شخص في القتال بحسب الأمم المتحدة.", -1},
		{"a toll named as such",
			"عنوان\nانفجرت سيارة مفخخة في سوق شعبي في البصرة أمس، وبلغ عدد القتلى 14 بحسب مصادر طبية.", 14},
		{"a toll that rose later is the highest figure",
			"عنوان\nقتل 5 أشخاص في انفجار سيارة مفخخة في سوق شعبي في البصرة أمس.\nوقالت مصادر طبية إن حصيلة الانفجار ارتفعت لاحقا إلى 11 قتيلا.", 11},
		{"a toll of the wounded is no death toll",
			"عنوان\nانفجرت سيارة مفخخة في سوق شعبي في البصرة أمس، وارتفع عدد المصابين إلى 20.", 0},
		{"the dual of a word for the dead counts two",
			"عنوان\nسقطت قذائف هاون على حي سكني في البصرة أمس ما أدى إلى سقوط قتيلين.", 2},
		{"أودى بحياة and a count",
			"عنوان\nانفجرت عبوة ناسفة في سوق شعبي في البصرة أمس وأودى الانفجار بحياة سبعة أشخاص.", 7},
		{"a series of attacks has no one toll",
			"عنوان\nانفجرت عبوة ناسفة في سوق شعبي في البصرة أمس، في سلسلة هجمات أودت بحياة 300 شخص هذا الشهر.", -1},
		{"a drone shot down killed no one",
			"عنوان\nأسقطت الدفاعات الجوية العراقية أمس طائرة مسيرة مفخخة قرب قاعدة في البصرة.", 0},
		{"one who met his death is one",
			"عنوان\nلقي مصطفى الكاظمي حتفه أمس بانفجار عبوة ناسفة قرب البصرة.", 1},
		{"a count of martyrs in the accusative",
			"عنوان\nسقط 4 شهيدا أمس في قصف مدفعي على قرية قرب البصرة.", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkMaxFatalities(t, codeWith(t, rec, c, "2021-05-03", tc.text), tc.want)
		})
	}
}
