package ner

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// tinyModel has emission scores written by hand: row r of scores gives
// token r's preference.
func tinyViterbi(scores [][numTags]float32, trans func(a, b int) float32) []string {
	m := &Model{}
	for a := 0; a <= numTags; a++ {
		for b := 0; b < numTags; b++ {
			if trans != nil {
				m.trans[a][b] = trans(a-1, b)
			}
		}
	}
	flat := make([]float32, 0, len(scores)*numTags)
	for _, r := range scores {
		flat = append(flat, r[:]...)
	}
	tags := make([]int, len(scores))
	m.viterbi(flat, make([]int8, len(flat)), tags)
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = tagNames[t]
	}
	return out
}

func prefer(tag string, v float32) [numTags]float32 {
	var r [numTags]float32
	r[tagIndex(tag)] = v
	return r
}

func TestViterbi(t *testing.T) {
	cases := []struct {
		name   string
		scores [][numTags]float32
		trans  func(a, b int) float32
		want   string
	}{
		{"follows emissions", [][numTags]float32{prefer("B-PERS", 1), prefer("I-PERS", 1), prefer("O", 1)}, nil,
			"B-PERS I-PERS O"},
		{"no inside at start", [][numTags]float32{prefer("I-LOC", 5)}, nil, "O"},
		{"no inside after O", [][numTags]float32{prefer("O", 1), prefer("I-ORG", 1)}, nil, "O O"},
		{"no inside after other type", [][numTags]float32{prefer("B-PERS", 3), prefer("I-LOC", 1)}, nil,
			"B-PERS O"},
		{"transition outweighs weak emission", [][numTags]float32{prefer("B-ORG", 2), prefer("O", 0.5)},
			func(a, b int) float32 {
				if a == tagIndex("B-ORG") && b == tagIndex("I-ORG") {
					return 1
				}
				return 0
			}, "B-ORG I-ORG"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(tinyViterbi(tc.scores, tc.trans), " "); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// tinySet is a hand-written training set in which names recur in
// varied contexts.
var tinySet = []string{
	"زار|O خالد|B-PERS العمري|I-PERS مدينة|O الرمادي|B-LOC أمس|O .|O",
	"قال|O خالد|B-PERS العمري|I-PERS إن|O وزارة|B-ORG الصحة|I-ORG بدأت|O .|O",
	"وصلت|O وزارة|B-ORG الصحة|I-ORG إلى|O الرمادي|B-LOC .|O",
	"أعلن|O حزب|B-ORG النهضة|I-ORG عن|O مهرجان|B-MISC الربيع|I-MISC .|O",
	"غادر|O سامي|B-PERS من|O الرمادي|B-LOC إلى|O تكريت|B-LOC .|O",
	"في|O تكريت|B-LOC التقى|O سامي|B-PERS وخالد|B-PERS العمري|I-PERS .|O",
}

func parseTiny(lines []string) []Sentence {
	var out []Sentence
	for _, l := range lines {
		var s Sentence
		for _, p := range strings.Fields(l) {
			tok, tag, _ := strings.Cut(p, "|")
			s.Tokens = append(s.Tokens, tok)
			s.Tags = append(s.Tags, tag)
		}
		out = append(out, s)
	}
	return out
}

func TestTrainTagsBack(t *testing.T) {
	sents := parseTiny(tinySet)
	m, err := Train(sents, TrainOptions{Epochs: 20, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		if got := m.Tag(s.Tokens); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("tokens %v\ngot  %v\nwant %v", s.Tokens, got, s.Tags)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	sents := parseTiny(tinySet)
	m, err := Train(sents, TrainOptions{Epochs: 5, Seed: 1,
		Clusters: map[string]WordClass{"الرمادي": {1, 2}, "تكريت": {1, 3}},
		Lexicon:  map[string]string{"خالد العمري": "PER"}})
	if err != nil {
		t.Fatal(err)
	}
	m2 := roundTrip(t, m)
	for _, s := range sents {
		if x, y := m.Tag(s.Tokens), m2.Tag(s.Tokens); !reflect.DeepEqual(x, y) {
			t.Errorf("loaded model tags %v, original %v", y, x)
		}
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestTrainReproducible(t *testing.T) {
	var out [2]bytes.Buffer
	for i := range out {
		m, err := Train(parseTiny(tinySet), TrainOptions{Epochs: 4, Seed: 9})
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with the same seed gave different models")
	}
}

func TestDefaultConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := strings.Fields("وقال وزير الخارجية العراقي فؤاد حسين في بغداد إن الحكومة ستعمل مع الأمم المتحدة .")
	want := m.Tag(toks)
	if len(want) != len(toks) {
		t.Fatalf("%d tags for %d tokens", len(want), len(toks))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := m.Tag(toks); !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent Tag gave %v, want %v", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
}

func TestStripClitics(t *testing.T) {
	m := &Model{clusters: map[uint64]WordClass{hashString("وزير"): {}, hashString("زير"): {},
		hashString("مدينه"): {}, hashString("لبنان"): {}, hashString("بنان"): {}}}
	cases := []struct{ in, want string }{
		{"والعراق", "العراق"},
		{"للعراق", "العراق"},
		{"بالموصل", "الموصل"},
		{"وزير", "وزير"},    // known word: not split
		{"لبنان", "لبنان"},  // known word: not split
		{"ومدينه", "مدينه"}, // unknown word, known remainder
		{"وال", "وال"},      // remainder too short
		{"القاهره", "القاهره"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got, _ := m.stripClitics(tc.in); got != tc.want {
				t.Errorf("stripClitics(%s) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestDropOverlap(t *testing.T) {
	held := parseTiny([]string{"وصلت|O قافلة|O المساعدات|O الإنسانية|O إلى|O مخيم|O النازحين|O قرب|O المدينة|O"})
	sents := parseTiny([]string{
		"قالت|O الأمم|O إن|O قافلة|O المساعدات|O الانسانية|O إلى|O مخيم|O النازحين|O وصلت|O",
		"وصلت|O قافلة|O أخرى|O .|O",
	})
	got, n := DropOverlap(sents, held)
	if n != 1 || len(got) != 1 || got[0].Tokens[1] != "قافلة" {
		t.Errorf("DropOverlap kept %v, dropped %d; want the short sentence kept, 1 dropped", got, n)
	}
}

func FuzzTag(f *testing.F) {
	m, err := Train(parseTiny(tinySet), TrainOptions{Epochs: 2, Gazetteer: true, DocContext: true,
		Clusters: map[string]WordClass{"الرمادي": {1, 2, 3}}, Lexicon: map[string]string{"تكريت": "LOC"}})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"وال ب و", "زار خالد العمري الرمادي", "\u200f ـ ّ x1 ٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := strings.Fields(text)
		tags := m.Tag(toks)
		if len(tags) != len(toks) {
			t.Fatalf("%d tags for %d tokens", len(tags), len(toks))
		}
		fixed := append([]string(nil), tags...)
		RepairIOB(fixed)
		if !slices.Equal(fixed, tags) {
			t.Fatalf("invalid IOB2 sequence %v", tags)
		}
		half := len(toks) / 2
		doc := m.TagDoc([][]string{toks[:half], toks[half:], toks})
		if len(doc) != 3 || len(doc[0]) != half || len(doc[2]) != len(toks) {
			t.Fatalf("TagDoc shapes %d sentences for 3", len(doc))
		}
	})
}

// roundTrip saves m, loads it back, checks that saving the loaded model
// gives the same bytes, and returns the loaded model.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var a, b bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("save(load(save(m))) differs from save(m)")
	}
	return m2
}
