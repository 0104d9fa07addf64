package dedup

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/rasid-osint/rasid/arabic"
)

// Hand-written test texts (not from any corpus).
const (
	storyA = `أعلنت وزارة الداخلية صباح اليوم أن قوات الأمن اعتقلت ثلاثة أشخاص يشتبه في تورطهم بتفجير سيارة مفخخة قرب سوق شعبي في المدينة.
وقال المتحدث باسم الوزارة إن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الهجوم، مشيرا إلى أن الانفجار أسفر عن إصابة عشرة مدنيين بجروح متفاوتة.
وأضاف أن الأجهزة الأمنية عززت انتشارها في الأسواق والأماكن العامة تحسبا لأي هجمات أخرى خلال الأيام المقبلة.`
	// storyAEdit changes the last sentence of storyA and adds diacritics.
	storyAEdit = `أعلنت وزارة الداخلية صباح اليوم أن قوات الأمن اعتقلت ثلاثة أشخاص يشتبه في تورطهم بتفجير سيارة مفخخة قرب سوق شعبي في المدينة.
وقال المتحدث باسم الوزارة إن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الهجوم، مشيرا إلى أن الانفجار أسفر عن إصابة عشرة مدنيين بجروح متفاوتة.
ودعا المحافظ السكانَ إلى التعاون مع الأجهزة الأمنية والإبلاغ عن أي تحركات مريبة.`
	storyB = `افتتح وزير الزراعة معرضا دوليا للتمور في العاصمة بمشاركة أكثر من مئتي شركة محلية وأجنبية.
ويستمر المعرض خمسة أيام ويضم أجنحة للمزارعين الصغار وورش عمل عن تقنيات الري الحديثة وتسويق المنتجات الزراعية.
وقال الوزير في كلمته إن الحكومة تسعى إلى مضاعفة صادرات التمور خلال السنوات الخمس المقبلة.`
)

func TestSignatureSimilarity(t *testing.T) {
	cases := []struct {
		name         string
		a, b         string
		minJ, maxJ   float64
		exact        bool
		maxHamming   int
		checkHamming bool
	}{
		{"identical", storyA, storyA, 1, 1, true, 0, true},
		{"diacritics and spacing only", storyA, strings.ReplaceAll(storyA, "قوات الأمن", "قوّات   الأَمْن"), 1, 1, true, 0, true},
		{"one sentence rewritten", storyA, storyAEdit, 0.45, 0.95, false, 0, false},
		{"different stories", storyA, storyB, 0, 0.05, false, 0, false},
		{"empty texts never match", "", "", 0, 0, true, 64, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sa, sb := Sign(tc.a), Sign(tc.b)
			j := Jaccard(sa.Min, sb.Min)
			if j < tc.minJ || j > tc.maxJ {
				t.Errorf("Jaccard = %.2f, want [%.2f, %.2f]", j, tc.minJ, tc.maxJ)
			}
			if got := sa.Exact == sb.Exact; got != tc.exact {
				t.Errorf("exact = %v, want %v", got, tc.exact)
			}
			if h := Hamming(sa.Sim, sb.Sim); tc.checkHamming && h > tc.maxHamming {
				t.Errorf("Hamming = %d, want <= %d", h, tc.maxHamming)
			}
		})
	}
}

func TestSimHashOrdersDistances(t *testing.T) {
	a, e, b := Sign(storyA), Sign(storyAEdit), Sign(storyB)
	if near, far := Hamming(a.Sim, e.Sim), Hamming(a.Sim, b.Sim); near >= far {
		t.Errorf("Hamming(rewrite)=%d not below Hamming(other story)=%d", near, far)
	}
}

func TestSignatureIsStable(t *testing.T) {
	// Stored signatures must not change between processes or releases:
	// these values were computed once and written down.
	s := Sign("قصف مدفعي على أطراف البلدة صباح الأحد")
	if s.Shingles != 5 {
		t.Errorf("shingles = %d, want 5", s.Shingles)
	}
	if got := Sign("قصف مدفعي على أطراف البلدة صباح الأحد"); got.Sim != s.Sim || got.Min[0] != s.Min[0] {
		t.Error("signature differs between two calls")
	}
	if s.Exact != wantStableExact || s.Sim != wantStableSim {
		t.Errorf("Exact, Sim = %#x, %#x; want %#x, %#x (the stored format changed)",
			s.Exact, s.Sim, wantStableExact, wantStableSim)
	}
}

func TestIndexQuery(t *testing.T) {
	ix := NewIndex()
	ix.Add("a", Sign(storyA))
	ix.Add("b", Sign(storyB))
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"copy finds only its original", storyA, []string{"a"}},
		{"rewrite finds its original", storyAEdit, []string{"a"}},
		{"other story", storyB, []string{"b"}},
		{"unrelated text finds nothing", "مباراة كرة القدم انتهت بالتعادل السلبي بين الفريقين في الملعب الكبير مساء أمس", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range ix.Query(Sign(tc.text), 0.3) {
				got = append(got, m.ID)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("Query = %v, want %v", got, tc.want)
			}
		})
	}
	ix.Remove("a")
	if ms := ix.Query(Sign(storyA), 0); len(ms) != 0 || ix.Len() != 1 {
		t.Errorf("after Remove: %d matches, Len %d", len(ms), ix.Len())
	}
}

func TestTitleKeys(t *testing.T) {
	got := strings.Join(TitleKeys("بالصور: اعتقال ثلاثة مشتبهين في تفجير السوق في المدينة"), " ")
	want := "اعتقال تفجير ثلاثه سوق مدينه مشتبهين"
	if got != want {
		t.Errorf("TitleKeys = %q, want %q", got, want)
	}
}

func day(d int) time.Time { return time.Date(2021, 3, d, 9, 0, 0, 0, time.UTC) }

func TestClusterer(t *testing.T) {
	type in struct {
		id    string
		date  time.Time
		text  string
		title string
	}
	cases := []struct {
		name string
		docs []in
		want []string
	}{
		{"copy and rewrite join, other story apart", []in{
			{"1", day(1), storyA, "اعتقال ثلاثة مشتبهين بتفجير سوق"},
			{"2", day(1), storyB, "افتتاح معرض التمور"},
			{"3", day(2), storyAEdit, "الداخلية: اعتقال ثلاثة بعد تفجير السوق"},
			{"4", day(2), storyA, "اعتقال ثلاثة مشتبهين بتفجير سوق"},
		}, []string{"s-1", "s-2", "s-1", "s-1"}},
		{"same text outside the window starts a new story", []in{
			{"1", day(1), storyA, "تفجير"},
			{"2", day(9), storyB, "معرض"},
			{"3", day(9), storyA, "تفجير"},
		}, []string{"s-1", "s-2", "s-3"}},
		{"title alone is not enough", []in{
			{"1", day(1), storyA, "اعتقال ثلاثة مشتبهين بتفجير سوق المدينة"},
			{"2", day(1), storyB, "اعتقال ثلاثة مشتبهين بتفجير سوق المدينة"},
		}, []string{"s-1", "s-2"}},
		{"zero date counts as latest", []in{
			{"1", day(5), storyA, "تفجير"},
			{"2", time.Time{}, storyAEdit, "تفجير"},
		}, []string{"s-1", "s-1"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := NewClusterer(ClusterOptions{})
			for i, d := range tc.docs {
				if got := c.Assign(d.id, d.date, d.text, d.title); got != tc.want[i] {
					t.Errorf("doc %s: story %q, want %q", d.id, got, tc.want[i])
				}
			}
		})
	}
}

func TestClustererBatchEqualsStream(t *testing.T) {
	texts := []string{storyA, storyB, storyAEdit, storyA, storyB + " وأكد الوزير أهمية المعرض."}
	run := func() []string {
		c := NewClusterer(ClusterOptions{Window: 48 * time.Hour})
		var out []string
		for i := range 40 {
			d := day(1 + i/5)
			out = append(out, c.Assign(string(rune('a'+i%26))+string(rune('0'+i/26)), d, texts[i%len(texts)], ""))
		}
		return out
	}
	a, b := run(), run()
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("two runs differ:\n%v\n%v", a, b)
	}
}

// TestMinHashEstimate checks the MinHash estimate against the exact
// Jaccard similarity of the shingle sets.
func TestMinHashEstimate(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"rewrite", storyA, storyAEdit},
		{"half the text", storyA, storyA[:len(storyA)/2]},
		{"appended story", storyB, storyB + " " + storyA},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ha := shingleHashes(Words(tc.a), ShingleWords, nil)
			hb := shingleHashes(Words(tc.b), ShingleWords, nil)
			set := map[uint64]bool{}
			for _, h := range ha {
				set[h] = true
			}
			inter := 0
			for _, h := range hb {
				if set[h] {
					inter++
				}
			}
			exact := float64(inter) / float64(len(ha)+len(hb)-inter)
			est := Jaccard(Sign(tc.a).Min, Sign(tc.b).Min)
			if d := est - exact; d > 0.12 || d < -0.12 {
				t.Errorf("estimate %.2f, exact %.2f", est, exact)
			}
		})
	}
}

func TestMatchRules(t *testing.T) {
	o := DefaultClusterOptions
	cases := []struct {
		name    string
		j       float64
		shared  int
		overlap float64
		want    bool
	}{
		{"high body overlap alone", 0.6, 0, 0, true},
		{"mid body, two title words", 0.3, 2, 0.3, true},
		{"mid body, one title word", 0.3, 1, 0.2, false},
		{"low body, strong title", 0.1, 4, 0.8, true},
		{"no body, same title (a series)", 0.02, 5, 1, false},
		{"low body, weak title", 0.1, 2, 0.5, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := o.matches(tc.j, tc.shared, tc.overlap); got != tc.want {
				t.Errorf("matches(%.2f, %d, %.2f) = %v, want %v", tc.j, tc.shared, tc.overlap, got, tc.want)
			}
		})
	}
}

func TestSeedResumesAStream(t *testing.T) {
	docs := []struct {
		id    string
		text  string
		title string
	}{
		{"1", storyA, "تفجير سوق"}, {"2", storyB, "معرض التمور"},
		{"3", storyAEdit, "تفجير سوق"}, {"4", storyB, "معرض التمور"}, {"5", storyA, "تفجير"},
	}
	whole := NewClusterer(ClusterOptions{})
	var want []string
	for i, d := range docs {
		want = append(want, whole.Assign(d.id, day(1+i), d.text, d.title))
	}
	// Run the first three, "restart", seed them with their stories, go on.
	first := NewClusterer(ClusterOptions{})
	var got []string
	for i, d := range docs[:3] {
		got = append(got, first.Assign(d.id, day(1+i), d.text, d.title))
	}
	resumed := NewClusterer(ClusterOptions{})
	for i, d := range docs[:3] {
		resumed.Seed(d.id, day(1+i), Sign(d.text), d.title, got[i])
	}
	for i, d := range docs[3:] {
		got = append(got, resumed.Assign(d.id, day(4+i), d.text, d.title))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("resumed stream %v, want %v", got, want)
	}
}

// wordsRef is Words as first written: normalise the whole text, then cut
// runs of letters and digits.
func wordsRef(text string) []string {
	norm := arabic.Normalize(text)
	var out []string
	start := -1
	for i, r := range norm {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, norm[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, norm[start:])
	}
	return out
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"قُتِلَ جنديان، وأُصيب ٣ آخرون", "الـــعراق ﻻ x\xffy", "ً بغداد ّ", "A-b c.d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsRef(s); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q; want %q", s, got, want)
		}
	})
}
