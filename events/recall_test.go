package events

import (
	"slices"
	"strings"
	"testing"
)

// TestRecall checks the recall rules of recall_rules.go and the triggers
// added with them: each case names the class of wording it covers. Only
// the type and sub-type of each coded event are compared.
func TestRecall(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a clash told after an explosion with an onset verb",
			"انفجرت عبوة ناسفة صباح الأحد في بغداد. وقال مصدر إن اشتباكات اندلعت بعدها بين مسلحين والقوات الأمنية.",
			[]string{"Battles/Armed clash", "Explosions/Remote violence/Remote explosive/landmine/IED"}},
		{"a clash that followed a suicide attack",
			"فجر انتحاري نفسه أمس عند حاجز في بغداد. وتلاه اشتباك بين مسلحين والقوات الأمنية.",
			[]string{"Battles/Armed clash", "Explosions/Remote violence/Suicide bomb"}},
		{"two events in clauses joined by فيما",
			"نظم العشرات أمس اعتصاما في البصرة، فيما اقتحم محتجون غاضبون مبنى المحافظة في بغداد.",
			[]string{"Protests/Peaceful protest", "Riots/Violent demonstration"}},
		{"the army announces its control of a town",
			"أعلن الجيش العراقي صباح اليوم سيطرته على مدينة البصرة بعد معارك مع مسلحين.",
			[]string{"Battles/Government regains territory"}},
		{"an armed group extends its control over a town",
			"بسط الحوثيون سيطرتهم أمس على مدينة الحديدة.",
			[]string{"Battles/Non-state actor overtakes territory"}},
		{"control of a fire is no territory",
			"تمكنت فرق الدفاع المدني أمس من السيطرة على الحريق في البصرة.",
			nil},
		{"a capture recalled in a relative clause",
			"زار الوزير أمس المقر الذي سيطر عليه الجيش العراقي في البصرة.",
			nil},
		{"an attempt to take a place back",
			"حاول مسلحون أمس استعادة السيطرة على مقرهم في البصرة.",
			nil},
		{"air defences shoot down a drone",
			"أسقطت الدفاعات الجوية مساء الثلاثاء طائرة مسيرة مفخخة قرب مطار بغداد الدولي.",
			[]string{"Strategic developments/Disrupted weapons use"}},
		{"shelling by aircraft is an air strike",
			"قصفت طائرات حربية فجر اليوم مواقع لتنظيم داعش قرب البصرة.",
			[]string{"Explosions/Remote violence/Air/drone strike"}},
		{"live fire to disperse protesters is excessive force",
			"أطلقت قوات الأمن الرصاص الحي وقنابل الغاز المسيل للدموع أمس لتفريق مئات المحتجين في البصرة.",
			[]string{"Protests/Excessive force against protesters"}},
		{"tear gas to disperse a gathering",
			"ردت قوات الأمن أمس بإطلاق قنابل الغاز لتفريق التجمع في بغداد.",
			[]string{"Protests/Protest with intervention"}},
		{"a denied clause reports no event",
			"نفى متحدث عسكري أن تكون الطائرات قد شنت غارات على البصرة أمس.",
			nil},
		{"denying the dead is not denying the strike",
			"نفى الجيش العراقي سقوط قتلى في قصف استهدف أمس مواقع في البصرة.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack"}},
		{"a riot verb whose plural suffix is the crowd",
			"تجمع مئات المحتجين أمس في البصرة، وأحرقوا الإطارات ورشقوا قوة أمنية بالحجارة.",
			[]string{"Riots/Violent demonstration"}},
		{"a stem inside a phrase trigger",
			"أضرم محتجون غاضبون النار أمس في مبنى حزب في البصرة.",
			[]string{"Riots/Violent demonstration"}},
		{"civilians shot dead by a sniper",
			"أفاد ناشطون بمقتل مدنيين اثنين برصاص قناص في البصرة أمس.",
			[]string{"Violence against civilians/Attack"}},
		{"a civilian shot during clashes is the battle's",
			"دارت اشتباكات أمس في البصرة بين مسلحين والقوات الأمنية، وأفيد بمقتل مدني برصاص قناص.",
			[]string{"Battles/Armed clash"}},
		{"suicide bombers in the dual",
			"هاجم مسلحون أمس سجنا في البصرة مستخدمين سيارتين فجرهما انتحاريان.",
			[]string{"Explosions/Remote violence/Suicide bomb"}},
		{"a raid with a bare أوقف",
			"نفذ الجيش العراقي فجر اليوم عملية دهم في البصرة أوقف خلالها ستة مطلوبين.",
			[]string{"Strategic developments/Arrests"}},
		{"fighting that goes on",
			"تواصلت المعارك أمس بين الحوثيين والقوات الحكومية في الحديدة.",
			[]string{"Battles/Armed clash"}},
		{"fighting that goes on, told with its period first",
			"تواصلت خلال اليومين الماضيين المعارك بين الحوثيين والقوات الحكومية في الحديدة.",
			[]string{"Battles/Armed clash"}},
		{"a rocket named after a disaster",
			"أعلنت كتائب حزب الله أمس استهداف مطار بغداد الدولي بصواريخ «زلزال».",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack"}},
		{"tear gas after an attack on a gathering",
			"قتل شاب أمس بإطلاق نار على تجمع في البصرة. وردت قوات الأمن بإطلاق قنابل الغاز على الحشود.",
			[]string{"Protests/Protest with intervention", "Violence against civilians/Attack"}},
		{"a goal scored with a rocket shot",
			"وافتتح المهاجم التسجيل في الدقيقة العاشرة بقذيفة صاروخية في مرمى البصرة أمس.",
			nil},
		{"protesters gather and turn violent: one riot",
			"تجمع مئات المحتجين أمس أمام مبنى المحافظة في البصرة، وأحرقوا الإطارات.",
			[]string{"Riots/Violent demonstration"}},
		{"protesters gather",
			"تجمع مئات المحتجين أمس أمام مبنى المحافظة في البصرة للمطالبة بفرص عمل.",
			[]string{"Protests/Peaceful protest"}},
		{"pilgrims gather",
			"تجمع مئات الزوار أمس في البصرة لإحياء المناسبة.",
			nil},
		{"protesters set a party office on fire",
			"أقدم محتجون غاضبون أمس على إحراق مقر حزب في البصرة.",
			[]string{"Riots/Violent demonstration"}},
		{"a clan dispute that turns into a gunfight",
			"تطور خلاف بين عشيرتين أمس في البصرة إلى اشتباكات بالأسلحة الرشاشة.",
			[]string{"Battles/Armed clash"}},
		{"a dispute between neighbours stays crime",
			"تطور خلاف بين جارين أمس في البصرة إلى اشتباكات بالأيدي.",
			nil},
		{"two nearby places listed after the trigger stay two events",
			"سقطت قذائف أمس على بغداد والمنطقة الخضراء.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack", "Explosions/Remote violence/Shelling/artillery/missile attack"}},
		{"places listed before the trigger",
			"تعرضت أطراف بغداد والمنطقة الخضراء أمس لقصف صاروخي.",
			[]string{"Explosions/Remote violence/Shelling/artillery/missile attack", "Explosions/Remote violence/Shelling/artillery/missile attack"}},
		{"a car bomb called booby-trapped with ملغومة",
			"انفجرت سيارة ملغومة صباح اليوم قرب سوق في بغداد.",
			[]string{"Explosions/Remote violence/Remote explosive/landmine/IED"}},
		{"barrel bombs are air strikes",
			"ألقت مروحيات الجيش براميل متفجرة أمس على أحياء في البصرة.",
			[]string{"Explosions/Remote violence/Air/drone strike"}},
		{"an attack repelled",
			"صدت القوات الأمنية أمس هجوما لمسلحين على حاجز في البصرة.",
			[]string{"Battles/Armed clash"}},
		{"repelling any attack is a plan",
			"قررت الحكومة أمس دعم الجيش العراقي في صد أي هجوم على البصرة.",
			nil},
		{"a protest dispersed by shots in the air",
			"خرج مئات المحتجين أمس في مظاهرة في البصرة، قبل أن يطلق مسلحون النار في الهواء لتفريقهم.",
			[]string{"Protests/Protest with intervention"}},
		{"tear gas told after a killing is its own event",
			"قتل شاب أمس برصاص الجيش العراقي في البصرة. وأطلقت القوات الغاز المسيل للدموع خلال اقتحامها الحي.",
			[]string{"Protests/Protest with intervention", "Violence against civilians/Attack"}},
		{"an offensive on an armed group's positions",
			"شن الجيش العراقي فجر اليوم هجوما واسعا على مواقع تنظيم داعش قرب البصرة.",
			[]string{"Battles/Armed clash"}},
		{"a verbal attack on the government",
			"شن النائب أمس هجوما حادا على الحكومة في البصرة.",
			nil},
		{"a general strike",
			"نفذ عمال الموانئ أمس إضرابا عن العمل في البصرة للمطالبة برواتبهم.",
			[]string{"Protests/Peaceful protest"}},
		{"protesters cut a road",
			"قطع محتجون غاضبون أمس الطريق الرئيسي في البصرة بالإطارات المشتعلة.",
			[]string{"Riots/Violent demonstration"}},
		{"a young man killed by gunfire",
			"قتل شاب أمس بإطلاق نار في البصرة.",
			[]string{"Violence against civilians/Attack"}},
	}
	rec, c := stages(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, ev := range codeWith(t, rec, c, "2022-05-10", "عنوان\n"+tc.text) {
				got = append(got, ev.EventType+"/"+ev.SubEventType)
			}
			slices.Sort(got)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events:\n got  %q\n want %q", got, tc.want)
			}
		})
	}
}

func TestKeysOfStarInside(t *testing.T) {
	keys := keysOf("أضرم* … النار")
	if len(keys) != 3 || !strings.HasSuffix(keys[0], "*") || keys[1] != gap || strings.HasSuffix(keys[2], "*") {
		t.Errorf("keysOf = %q, want a stem, a gap and a word", keys)
	}
}

func TestAccusedInitiator(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the group accused in the next sentence",
			"عنوان\nانفجرت عبوة ناسفة أمس في بغداد. واتهمت الحكومة تنظيم داعش بتنفيذ الهجوم.", "تنظيم داعش"},
		{"an accusation without a deed names nobody",
			"عنوان\nانفجرت عبوة ناسفة أمس في بغداد. واتهمت الحكومة تنظيم داعش بالفساد.", ""},
	}
	rec, c := stages(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs := codeWith(t, rec, c, "2022-05-10", tc.text)
			if len(evs) != 1 {
				t.Fatalf("got %d events, want 1", len(evs))
			}
			got := ""
			if evs[0].Actor1 != nil {
				got = evs[0].Actor1.Text
			}
			if got != tc.want {
				t.Errorf("actor1 = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAnchorIgnoresDurations(t *testing.T) {
	text := "الجيش يتقدم في البصرة بعد يومين من المعارك\nتواصلت الاشتباكات في البصرة بين الجيش العراقي ومسلحين."
	evs := code(t, "2022-05-10", text)
	if len(evs) != 1 || evs[0].Date.ISO() != "2022-05-10" {
		var got []string
		for _, ev := range evs {
			got = append(got, describe(ev))
		}
		t.Errorf("events %q, want one armed clash dated 2022-05-10", got)
	}
}
