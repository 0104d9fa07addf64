package entities

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/internal/kbtest"
)

func analyse(t testing.TB, r *Recognizer, text string) *domain.Article {
	t.Helper()
	a := &domain.Article{DocID: "t", Text: text}
	a.Sentences = arabic.Sentences(text)
	a.Tokens = arabic.Tokenize(text)
	if err := r.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// summary lists "TYPE:mention|mention" per entity, sorted.
func summary(ents []*domain.Entity) []string {
	var out []string
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, string(e.Type)+":"+strings.Join(ms, "|"))
	}
	sort.Strings(out)
	return out
}

func TestRecognize(t *testing.T) {
	r, err := New(kbtest.KB(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"lexicon with clitics and linking",
			"التقى رئيس الوزراء مصطفى الكاظمي قادة من الجيش العراقي في بغداد. وقال الكاظمي إن الهجمات لن تمر.",
			[]string{"LOC:بغداد", "ORG:الجيش العراقي", "PER:مصطفى الكاظمي|الكاظمي"}},
		{"unknown person after a title",
			"قال المتحدث باسم الشرطة العقيد سامر الدليمي إن التحقيق مستمر، وأضاف الدليمي أن المتهمين فروا.",
			[]string{"PER:سامر الدليمي|الدليمي"}},
		{"quoted group after a head word",
			"أعلنت جماعة «سرايا الغضب» مسؤوليتها عن الهجوم في البصرة.",
			[]string{"LOC:البصرة", "ORG:سرايا الغضب"}},
		{"outlet cited with lam",
			"قال مسؤول محلي لـ«صوت المدينة» إن الطريق أغلق.",
			[]string{"ORG:صوت المدينة"}},
		{"outlet in quotes after a dateline's dash",
			"الخبر\nالبصرة – «صوت المدينة»\nأغلق محتجون الطريق أمس.",
			[]string{"LOC:البصرة", "ORG:صوت المدينة"}},
		{"quotes after a dash inside a sentence are no outlet",
			"وقال المسؤول إن المطالب واضحة وهي – «الماء والكهرباء» قبل كل شيء.",
			nil},
		{"generic descriptors are not entities",
			"اشتبكت القوات الأمنية مع مسلحين مجهولين قرب مطار بغداد الدولي.",
			[]string{"LOC:مطار بغداد الدولي|مطار بغداد"}},
		{"variant spellings of one group",
			"قصف الحوثيون مواقع في الحديدة، وقالت جماعة الحوثي إن الرد سيستمر.",
			[]string{"LOC:الحديدة", "ORG:الحوثيون|جماعة الحوثي"}},
		{"a place as a section heading, also a common word",
			"حصاد اليوم\nالبيضاء: هاجم مسلحون نقطة تفتيش في المدينة.",
			[]string{"LOC:البيضاء"}},
		{"a listed name that looks like a proclitic and a word",
			"وصل الوفد إلى محافظة بابل أمس، ثم غادر بابل.",
			[]string{"LOC:بابل|بابل"}},
		{"an organisation named after a known place",
			"وقال مجلس محافظة البصرة إن الوضع هادئ.",
			[]string{"ORG:مجلس محافظة البصرة"}},
		{"a force named by an indefinite noun and a place",
			"وقالت قوات دفاع البصرة إنها صدت الهجوم.",
			[]string{"ORG:قوات دفاع البصرة|دفاع البصرة"}},
		{"a facility with its adjective",
			"نقل الجرحى إلى مستشفى البصرة الجمهوري أمس.",
			[]string{"LOC:مستشفى البصرة الجمهوري"}},
		{"the common word elsewhere is no place",
			"رفع المسلحون الراية البيضاء: انتهت المعركة.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(t, r, c.text)
			got := summary(a.Entities)
			if strings.Join(got, " ; ") != strings.Join(c.want, " ; ") {
				t.Errorf("entities:\n got  %q\n want %q", got, c.want)
			}
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if s := a.Slice(m.Span); arabic.Normalize(s) != arabic.Normalize(m.Text) {
						t.Errorf("mention %q has span text %q", m.Text, s)
					}
				}
			}
		})
	}
}

func TestDescriptors(t *testing.T) {
	r, _ := New(kbtest.KB(t), nil)
	a := analyse(t, r, "اشتبكت القوات الأمنية مع مسلحين مجهولين في البصرة.")
	var names []string
	for _, d := range a.Descriptors {
		names = append(names, d.Name)
	}
	want := "Military Forces of Iraq (2020-)|Unidentified Armed Group (Iraq)"
	if strings.Join(names, "|") != want {
		t.Errorf("descriptors = %q, want %q", names, want)
	}
}

type fakeTagger struct{ tags map[string]string }

func (f fakeTagger) Tag(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = "O"
		if tag, ok := f.tags[t]; ok {
			out[i] = tag
		}
	}
	return out
}

func TestModelMentionsFillGaps(t *testing.T) {
	tg := fakeTagger{tags: map[string]string{"قرية": "B-LOC", "الزهور": "I-LOC", "العراقية": "B-ORG", "بغداد": "B-LOC"}}
	r, _ := New(kbtest.KB(t), tg)
	a := analyse(t, r, "سقطت قذيفة على قرية الزهور قرب بغداد وفق المصادر العراقية.")
	got := strings.Join(summary(a.Entities), " ; ")
	if got != "LOC:بغداد ; LOC:قرية الزهور|الزهور" {
		t.Errorf("entities = %s", got)
	}
}

func FuzzRecognize(f *testing.F) {
	r, err := New(kbtest.KB(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("قال رئيس الوزراء مصطفى الكاظمي لـ«قناة» إن جماعة «سرايا» في بغداد.")
	f.Fuzz(func(t *testing.T, text string) {
		a := analyse(t, r, text)
		n := len([]rune(text))
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > n || m.Start >= m.End {
					t.Fatalf("bad mention span %v in %d runes", m.Span, n)
				}
			}
		}
	})
}

func BenchmarkRecognize(b *testing.B) {
	r, _ := New(kbtest.KB(b), nil)
	text := strings.Repeat("التقى رئيس الوزراء مصطفى الكاظمي قادة الجيش العراقي في بغداد بعد هجوم للحوثيين على الحديدة. ", 20)
	a := &domain.Article{Text: text, Tokens: arabic.Tokenize(text), Sentences: arabic.Sentences(text)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Entities, a.Descriptors = nil, nil
		_ = r.Process(context.Background(), a)
	}
}
