package ner

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSpans(t *testing.T) {
	cases := []struct {
		name string
		tags string
		want []Span
	}{
		{"empty", "", nil},
		{"simple", "B-PERS I-PERS O B-LOC", []Span{{0, 2, "PERS"}, {3, 4, "LOC"}}},
		{"inside starts entity", "O I-ORG I-ORG", []Span{{1, 3, "ORG"}}},
		{"type change splits", "B-PERS I-LOC", []Span{{0, 1, "PERS"}, {1, 2, "LOC"}}},
		{"B after B", "B-LOC B-LOC", []Span{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"aliases unify", "B-PER I-PERS B-MIS I-MISC", []Span{{0, 2, "PERS"}, {2, 4, "MISC"}}},
		{"odd tag continues", "B-ORG X O", []Span{{0, 2, "ORG"}}},
		{"entity at end", "O B-MISC", []Span{{1, 2, "MISC"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Spans(strings.Fields(tc.tags)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// The hand-written example: gold has PERS(2), LOC, ORG; the prediction
// finds PERS exactly, LOC with a wrong boundary, misses ORG and adds a
// MISC.
const (
	evalGold = "قال O\nنزار B-PERS\nحداد I-PERS\nمن O\nالنجف B-LOC\n\nبيان B-ORG\nالهيئة I-ORG\nالعليا I-ORG\n. O\n"
	evalPred = "قال O\nنزار B-PERS\nحداد I-PERS\nمن I-LOC\nالنجف I-LOC\n\nبيان O\nالهيئة O\nالعليا B-MISC\n. O\n"
	evalWant = "LOC    P=0.0000 R=0.0000 F1=0.0000 gold=1 pred=1\n" +
		"MISC   P=0.0000 R=0.0000 F1=0.0000 gold=0 pred=1\n" +
		"ORG    P=0.0000 R=0.0000 F1=0.0000 gold=1 pred=0\n" +
		"PERS   P=1.0000 R=1.0000 F1=1.0000 gold=1 pred=1\n" +
		"micro  P=0.3333 R=0.3333 F1=0.3333\n"
)

func scoreText(t *testing.T, gold, pred string) string {
	t.Helper()
	g, err := ReadCoNLL(strings.NewReader(gold), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadCoNLL(strings.NewReader(pred), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := NewScore()
	for i := range g {
		s.Add(g[i].Tags, p[i].Tags)
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestScoreHandWritten(t *testing.T) {
	if got := scoreText(t, evalGold, evalPred); got != evalWant {
		t.Errorf("got\n%s\nwant\n%s", got, evalWant)
	}
}

// TestScoreMatchesConllScore runs the shared scorer on the same files
// and compares its output line for line.
func TestScoreMatchesConllScore(t *testing.T) {
	script := "../../shared/contract/conll_score.py"
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared/contract/conll_score.py absent: skipping the comparison with the shared scorer")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent: skipping the comparison with the shared scorer")
	}
	dir := t.TempDir()
	gp, pp := filepath.Join(dir, "gold"), filepath.Join(dir, "pred")
	pairs := [][2]string{{evalGold, evalPred}, {evalGold, evalGold}, {evalPred, evalGold}}
	for i, pair := range pairs {
		if err := os.WriteFile(gp, []byte(pair[0]), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pp, []byte(pair[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(py, script, gp, pp).Output()
		if err != nil {
			t.Fatalf("conll_score.py: %v", err)
		}
		if got := scoreText(t, pair[0], pair[1]); got != string(out) {
			t.Errorf("case %d: rasid\n%s\nconll_score.py\n%s", i, got, out)
		}
	}
}
