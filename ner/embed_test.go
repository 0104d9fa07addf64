package ner

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
)

// toyText is a synthetic corpus: city names and person names appear in
// different frames, so skip-gram must put each group together.
func toyText() *Text {
	t := NewText()
	cities := []string{"مدينةا", "مدينةب", "مدينةج"}
	people := []string{"شخصا", "شخصب", "شخصج"}
	for i := range 400 {
		c, p := cities[i%3], people[(i/3)%3]
		for _, w := range []string{"وصل", "الوفد", "الى", c, "امس", "."} {
			t.Add(w)
		}
		t.Add("")
		for _, w := range []string{"قال", "الوزير", p, "ان", "الاتفاق", "."} {
			t.Add(w)
		}
		t.Add("")
	}
	return t
}

func TestLearnEmbeddingsGroups(t *testing.T) {
	e := LearnEmbeddings(toyText(), EmbedOptions{Dim: 16, Epochs: 5, MinCount: 2, Sample: 1, Seed: 1})
	idx := map[string]int{}
	for i, w := range e.Words {
		idx[w] = i
	}
	sim := func(a, b string) float32 { return dot(e.Vec(idx[a]), e.Vec(idx[b])) }
	cases := []struct{ name, a, same, other string }{
		{"city", "مدينةا", "مدينةب", "شخصا"},
		{"person", "شخصج", "شخصب", "مدينةج"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if s, o := sim(tc.a, tc.same), sim(tc.a, tc.other); s <= o {
				t.Errorf("sim(%s,%s)=%.3f not above sim(%s,%s)=%.3f", tc.a, tc.same, s, tc.a, tc.other, o)
			}
		})
	}
}

func TestLearnEmbeddingsDeterministic(t *testing.T) {
	o := EmbedOptions{Dim: 8, Epochs: 2, MinCount: 2, Seed: 3, Stems: true}
	a, b := LearnEmbeddings(toyText(), o), LearnEmbeddings(toyText(), o)
	if !slices.Equal(a.Vecs, b.Vecs) || !slices.Equal(a.Words, b.Words) {
		t.Fatal("same text and seed gave different vectors")
	}
}

func TestStemsOf(t *testing.T) {
	e := &Embeddings{Words: []string{"الوفد", "والوفد", "بغداد", "لبغداد", "ليبيا", "يبيا"},
		Count: []int{50, 5, 40, 4, 30, 1}}
	got := stemsOf(e, true)
	want := []int32{-1, 0, -1, 2, -1, -1}
	if !slices.Equal(got, want) {
		t.Errorf("stemsOf = %v, want %v", got, want)
	}
}

func TestVectorsRoundTrip(t *testing.T) {
	e := LearnEmbeddings(toyText(), EmbedOptions{Dim: 4, Epochs: 1, MinCount: 2, Seed: 1})
	var buf bytes.Buffer
	if err := e.WriteVectors(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadVectors(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(e) {
		t.Error("vectors changed in the round trip")
	}
	cl := EmbedClusters(got, EmbedClusterOptions{Coarse: 2, Fine: 4, Seed: 1})
	if len(cl) != len(e.Words) {
		t.Errorf("%d words clustered, want %d", len(cl), len(e.Words))
	}
}

func BenchmarkSkipGramPair(b *testing.B) {
	e := LearnEmbeddings(toyText(), EmbedOptions{Dim: 100, Epochs: 1, MinCount: 2, Seed: 1})
	s := newSGState(e, EmbedOptions{Dim: 100, Negative: 5, Seed: 1})
	for i := 0; b.Loop(); i++ {
		s.pair(int32(i%len(e.Words)), int32((i+1)%len(e.Words)), 0.025)
	}
}

func TestClustersFileRoundTrip(t *testing.T) {
	cases := []struct {
		name string
		cl   map[string]WordClass
	}{
		{"without paths", map[string]WordClass{"بغداد": {1, 2, 9}, "قال": {3, 4, 12}}},
		{"with paths", map[string]WordClass{"بغداد": {1, 2, 9, hasPath | 7}, "قال": {3, 4, 12}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteClusters(&buf, tc.cl); err != nil {
				t.Fatal(err)
			}
			got, err := ReadClusters(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.cl) {
				t.Errorf("read %v, wrote %v", got, tc.cl)
			}
		})
	}
}

func TestMergeClusters(t *testing.T) {
	base := map[string]WordClass{"بغداد": {1, 2, 9}}
	emb := map[string]WordClass{"بغداد": {0, 0, 9, hasPath | 3}, "الموصل": {0, 0, 8, hasPath | 4}}
	got := MergeClusters(base, emb)
	want := map[string]WordClass{"بغداد": {1, 2, 9, hasPath | 3}, "الموصل": {noCluster, noCluster, 8, hasPath | 4}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("MergeClusters = %v, want %v", got, want)
	}
}
