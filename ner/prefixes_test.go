package ner

import (
	"slices"
	"testing"
)

// TestPhrasePrefixes checks that stopping a phrase scan where no phrase
// continues finds the same longest matches as reading on to the longest
// phrase length, and that the prefixes survive saving and loading.
func TestPhrasePrefixes(t *testing.T) {
	sents := parseTiny(tinySet)
	m, err := Train(sents, TrainOptions{Epochs: 3, Gazetteer: true,
		Lexicon: map[string]string{"خالد العمري": "PER", "وزارة الصحة العامة": "ORG", "تكريت": "LOC"}})
	if err != nil {
		t.Fatal(err)
	}
	m2 := roundTrip(t, m)
	for _, mm := range []*Model{m, m2} {
		if !mm.lexicon.starts.complete || !mm.gaz.starts.complete {
			t.Fatal("prefix sets not complete after training or loading")
		}
	}
	cases := [][]string{
		{"زار", "خالد", "العمري", "وزارة", "الصحة", "العامة", "في", "تكريت"},
		{"وزارة", "الصحة", "بدأت", "خالد"},
		{"وزارة", "الصحة", "العامة"},
	}
	for _, words := range cases {
		fast, slow := marks(m2, words, true), marks(m2, words, false)
		if !slices.Equal(fast, slow) {
			t.Errorf("%v: with prefixes %v, scanning on %v", words, fast, slow)
		}
		if slices.Equal(slow, make([]uint64, len(slow))) {
			t.Errorf("%v: no lexicon or gazetteer match at all", words)
		}
	}
	old := &Model{lexicon: NewLexicon()}
	old.lexicon.starts.complete = false
	if !old.lexicon.starts.continues(12345) {
		t.Error("an incomplete prefix set stopped a scan")
	}
}

// marks returns the lexicon and gazetteer values of each token of words,
// with or without the prefix sets.
func marks(m *Model, words []string, prefixes bool) []uint64 {
	lex, gaz := m.lexicon.starts, m.gaz.starts
	defer func() { m.lexicon.starts, m.gaz.starts = lex, gaz }()
	if !prefixes {
		m.lexicon.starts.complete, m.gaz.starts.complete = false, false
	}
	toks := make([]token, len(words))
	m.analyze(words, toks)
	var out []uint64
	for _, t := range toks {
		out = append(out, t.lex, t.gazPh)
	}
	return out
}
