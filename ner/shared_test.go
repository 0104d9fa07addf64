package ner

import (
	"os"
	"testing"
)

const sharedNER = "../../shared/data/ner"

func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(sharedNER); err != nil {
		t.Skip("../shared/data/ner absent: skipping the tests on the real corpora")
	}
}

// TestLoadSharedCorpora checks the readers against the counts that each
// corpus's SOURCE.md states.
func TestLoadSharedCorpora(t *testing.T) {
	needShared(t)
	cases := []struct {
		name          string
		sents, tokens int
	}{
		{"anercorp", 3963, 125084},
		{"aqmar", 1328, 36050},
		{"wojood", 0, 0}, // separators split the sample; only checked for entities
		{"newsfane", 3954, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := LoadCorpus(sharedNER, tc.name)
			if err != nil {
				t.Fatal(err)
			}
			toks, ents := 0, 0
			for _, x := range s {
				toks += len(x.Tokens)
				ents += len(Spans(x.Tags))
			}
			if tc.sents > 0 && len(s) != tc.sents {
				t.Errorf("%d sentences, want %d", len(s), tc.sents)
			}
			if tc.tokens > 0 && toks != tc.tokens {
				t.Errorf("%d tokens, want %d", toks, tc.tokens)
			}
			if ents < 500 {
				t.Errorf("only %d entities", ents)
			}
		})
	}
}

// TestDefaultOnDev guards the embedded model's quality on the ANERcorp
// dev split (last 10% of train), which it was not trained on.
func TestDefaultOnDev(t *testing.T) {
	needShared(t)
	all, err := LoadCorpus(sharedNER, "anercorp")
	if err != nil {
		t.Fatal(err)
	}
	_, dev := SplitDev(all)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, f := m.Evaluate(dev).Micro().PRF(); f < 0.70 {
		t.Errorf("dev micro F1 %.4f, want >= 0.70", f)
	}
}
