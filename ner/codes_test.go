package ner

import (
	"bytes"
	"fmt"
	"testing"
)

func TestBinaryCodes(t *testing.T) {
	// Dimension 0: mean of positives 0.5, of negatives -0.5.
	e := &Embeddings{Dim: 2, Words: []string{"ا", "ب", "ج"}, Vecs: []float32{0.8, 0.1, 0.2, -0.9, -0.5, 0.3}}
	got := BinaryCodes(e)
	cases := []struct {
		word string
		want byte
	}{
		{"ا", 1},      // high on 0, neither on 1 (positives' mean 0.2)
		{"ب", 2 << 2}, // neither on 0, low on 1
		{"ج", 2 | 1<<2},
	}
	for _, tc := range cases {
		t.Run(tc.word, func(t *testing.T) {
			if c := got[tc.word]; len(c) != 1 || c[0] != tc.want {
				t.Errorf("code %v, want [%d]", c, tc.want)
			}
		})
	}
	var buf bytes.Buffer
	if err := WriteCodes(&buf, got); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCodes(&buf)
	if err != nil || fmt.Sprint(back) != fmt.Sprint(got) {
		t.Errorf("codes file round trip: %v, %v", back, err)
	}
}

func TestCodeFeatures(t *testing.T) {
	tok := word{code: []byte{0b10_00_01_00, 0b00_00_00_10}}
	if n := len(codeFeatures(&tok, nil)); n != 3 {
		t.Errorf("%d features, want one per non-zero dimension (3)", n)
	}
}

func TestCodesModelRoundTrip(t *testing.T) {
	sents := parseTiny(tinySet)
	m, err := Train(sents, TrainOptions{Epochs: 5, Seed: 1,
		Codes: map[string][]byte{"الرمادي": {0x12, 0x40}, "تكريت": {0x21, 0x04}}})
	if err != nil {
		t.Fatal(err)
	}
	m2 := roundTrip(t, m)
	if len(m2.codes) != 2 {
		t.Fatalf("loaded %d codes, want 2", len(m2.codes))
	}
	for _, s := range sents {
		if x, y := m.Tag(s.Tokens), m2.Tag(s.Tokens); fmt.Sprint(x) != fmt.Sprint(y) {
			t.Errorf("loaded model tags %v, original %v", y, x)
		}
	}
}
