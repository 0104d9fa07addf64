package ner

import (
	"reflect"
	"strings"
	"testing"
)

// analyzed returns the sentences analysed by a model without clusters.
func analyzed(sents []Sentence) (*Model, [][]token) {
	m := NewModel(nil, nil)
	all := make([][]token, len(sents))
	for i, s := range sents {
		all[i] = make([]token, len(s.Tokens))
		m.analyze(s.Tokens, all[i])
	}
	return m, all
}

func TestGazetteerJackknife(t *testing.T) {
	sents := parseTiny([]string{
		"زار|O سامي|B-PERS العمري|I-PERS الرمادي|B-LOC .|O",
		"غادر|O سامي|B-PERS العمري|I-PERS تكريت|B-LOC .|O",
	})
	_, toks := analyzed(sents)
	full, per := buildGazetteer(sents, toks, []int{0, 1})
	key := func(words string) uint64 {
		h := uint64(fnvOffset)
		for _, w := range strings.Fields(words) {
			h = phraseHash(h, hashString(w))
		}
		return h
	}
	cases := []struct {
		name   string
		view   gazView
		phrase string
		want   [4]uint16
		ok     bool
	}{
		{"full counts both sentences", gazView{full: full}, "سامي العمري", [4]uint16{2, 0, 0, 0}, true},
		{"own part left out", gazView{full: full, part: per[0]}, "سامي العمري", [4]uint16{1, 0, 0, 0}, true},
		{"name only in own part is unknown", gazView{full: full, part: per[0]}, "الرمادي", [4]uint16{}, false},
		{"name of the other part is seen", gazView{full: full, part: per[0]}, "تكريت", [4]uint16{0, 1, 0, 0}, true},
		{"words outside entities are not names", gazView{full: full}, "زار", [4]uint16{}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.view.phrase(key(tc.phrase))
			if ok != tc.ok || (ok && got != tc.want) {
				t.Errorf("got %v %v, want %v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
	one := parseTiny([]string{"قال|O سامي|O العمري|O في|O تكريت|O"})
	_, mt := analyzed(one)
	markGaz(gazView{full: full, part: per[1]}, mt[0])
	if mt[0][1].gazPh == 0 || mt[0][2].gazPh == 0 || mt[0][4].gazPh != 0 {
		t.Errorf("marks %d %d %d: want the name of part 0 marked, not the place of part 1",
			mt[0][1].gazPh, mt[0][2].gazPh, mt[0][4].gazPh)
	}
}

func TestGazPartsJoinDuplicates(t *testing.T) {
	long := "كانت الطائرات تحلق فوق المدينة طوال الليل حتى الصباح"
	mk := func(src, text string) Sentence {
		return Sentence{Tokens: strings.Fields(text), Tags: make([]string, len(strings.Fields(text))), Source: src}
	}
	var sents []Sentence
	for i := 0; i < 20; i++ {
		sents = append(sents, mk("a", strings.Repeat("كلمة ", i+1)+"نص"))
	}
	sents[15] = mk("a", long)
	sents = append(sents, mk("b", "خبر قصير"), mk("b", long+" ايضا"))
	parts := gazPartsOf(sents)
	cases := []struct {
		name string
		i, j int
		same bool
	}{
		{"copy in another corpus joins the original's part", 15, 21, true},
		{"other sentence of the second corpus keeps its own part", 15, 20, false},
		{"corpora do not share parts", 0, 20, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := parts[tc.i] == parts[tc.j]; got != tc.same {
				t.Errorf("parts %d and %d: same = %v, want %v", parts[tc.i], parts[tc.j], got, tc.same)
			}
		})
	}
}

func TestDocContext(t *testing.T) {
	doc := parseTiny([]string{
		"فاز|O نادي|O الزمالك|B-ORG .|O",
		"وقال|O مدرب|O الزمالك|B-ORG إن|O .|O",
	})
	var words [][]string
	for _, s := range doc {
		words = append(words, s.Tokens)
	}
	for i := 0; i < docWindow+1; i++ {
		words = append(words, []string{"جملة", "بعيدة", "عن", "الخبر"})
	}
	words = append(words, []string{"الزمالك", "يتصدر"})
	_, toks := analyzed(parseTiny(joinWords(words)))
	docContext(toks)
	far := len(toks) - 1
	cases := []struct {
		name    string
		s, i    int
		wantN   uint64
		wantL0  string
		wantNil bool
	}{
		{"second mention sees the first's left neighbour", 1, 2, 1 + countBucket(1), "نادي", false},
		{"first mention sees the second's", 0, 2, 1 + countBucket(1), "مدرب", false},
		{"short function word takes no context", 1, 3, 0, "", true},
		{"mention beyond the window sees none", far, 0, 1, "", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tok := toks[tc.s][tc.i]
			if tok.docN != tc.wantN {
				t.Errorf("docN = %d, want %d", tok.docN, tc.wantN)
			}
			if !tc.wantNil && tok.docL[0] != hashString(tc.wantL0) {
				t.Errorf("left neighbour of the other mention is not %s", tc.wantL0)
			}
		})
	}
}

// joinWords turns word lists into tiny-set lines tagged O.
func joinWords(ws [][]string) []string {
	var out []string
	for _, w := range ws {
		out = append(out, strings.Join(w, "|O ")+"|O")
	}
	return out
}

func TestGazDocModelRoundTrip(t *testing.T) {
	sents := parseTiny(tinySet)
	for i := range sents {
		sents[i].Source = []string{"a", "b"}[i%2]
	}
	m, err := Train(sents, TrainOptions{Epochs: 8, Seed: 2, Gazetteer: true, DocContext: true})
	if err != nil {
		t.Fatal(err)
	}
	m2 := roundTrip(t, m)
	if m2.gaz == nil || len(m2.gaz.phrases) != len(m.gaz.phrases) || !m2.docCtx {
		t.Fatalf("gazetteer or document flag lost: gaz %v doc %v", m2.gaz != nil, m2.docCtx)
	}
	var doc [][]string
	for _, s := range sents {
		doc = append(doc, s.Tokens)
	}
	if x, y := m.TagDoc(doc), m2.TagDoc(doc); !reflect.DeepEqual(x, y) {
		t.Errorf("loaded model tags %v, original %v", y, x)
	}
}

func TestTagDocWithoutDocContextIsTag(t *testing.T) {
	m, err := Train(parseTiny(tinySet), TrainOptions{Epochs: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{strings.Fields("زار خالد العمري الرمادي ."), nil, strings.Fields("في تكريت .")}
	got := m.TagDoc(doc)
	for i, s := range doc {
		if want := m.Tag(s); !reflect.DeepEqual(got[i], want) {
			t.Errorf("sentence %d: TagDoc %v, Tag %v", i, got[i], want)
		}
	}
}

func TestSentenceContextMatchesDocument(t *testing.T) {
	words := strings.Fields("قال مدرب الزمالك إن الزمالك سيلعب ضد الأهلي وإن الزمالك جاهز و الأهلي أيضا")
	_, a := analyzed(parseTiny(joinWords([][]string{words})))
	_, b := analyzed(parseTiny(joinWords([][]string{words})))
	sentenceContext(a[0])
	// The general path, forced through a document of the sentence and an empty one.
	docContext([][]token{b[0], {}})
	for i := range a[0] {
		if !reflect.DeepEqual(a[0][i], b[0][i]) {
			t.Errorf("token %d (%s): sentence and document context differ", i, words[i])
		}
	}
	if a[0][2].docN != 1+countBucket(2) {
		t.Errorf("repeated word: docN = %d, want %d", a[0][2].docN, 1+countBucket(2))
	}
}
