package domain

import "testing"

func TestSliceRunes(t *testing.T) {
	text := "قتل 3 في بغداد"
	cases := []struct {
		s    Span
		want string
	}{
		{Span{0, 3}, "قتل"},
		{Span{9, 14}, "بغداد"},
		{Span{9, 99}, "بغداد"},
		{Span{20, 25}, ""},
		{Span{5, 5}, ""},
		{Span{6, 2}, ""},
	}
	for _, c := range cases {
		if got := SliceRunes(text, c.s); got != c.want {
			t.Errorf("SliceRunes(%v) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestArticleSentenceOf(t *testing.T) {
	a := &Article{Sentences: []Span{{0, 5}, {6, 10}, {12, 20}}}
	for pos, want := range map[int]int{0: 0, 4: 0, 5: -1, 7: 1, 11: -1, 19: 2, 20: -1} {
		if got := a.SentenceOf(pos); got != want {
			t.Errorf("SentenceOf(%d) = %d, want %d", pos, got, want)
		}
	}
}

func TestTaxonomy(t *testing.T) {
	n := 0
	for typ, subs := range Taxonomy {
		n += len(subs)
		if DisorderType(typ) == "" {
			t.Errorf("%s has no disorder type", typ)
		}
	}
	if len(Taxonomy) != 6 || n != 25 {
		t.Errorf("taxonomy has %d types and %d sub-types, want 6 and 25", len(Taxonomy), n)
	}
	if !ValidACLED(Explosions, "Air/drone strike") || ValidACLED(Battles, "Air/drone strike") {
		t.Error("ValidACLED is wrong")
	}
}
