package ner

import (
	"fmt"
	"io"
	"slices"
)

// Counts are entity-level counts for one type: true positives, predicted
// and gold entities.
type Counts struct{ TP, Pred, Gold int }

// PRF returns precision, recall and F1 (0 where undefined).
func (c Counts) PRF() (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(c.TP) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.TP) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Score accumulates entity-level counts per type, the measure of
// conll_score.py: an entity counts as found when its span and type
// both match exactly.
type Score struct{ ByType map[string]*Counts }

// NewScore returns an empty score.
func NewScore() *Score { return &Score{ByType: map[string]*Counts{}} }

func (s *Score) get(t string) *Counts {
	c := s.ByType[t]
	if c == nil {
		c = &Counts{}
		s.ByType[t] = c
	}
	return c
}

// Add counts one sentence's gold and predicted tags.
func (s *Score) Add(gold, pred []string) {
	gs, ps := Spans(gold), Spans(pred)
	set := map[Span]bool{}
	for _, g := range gs {
		if !set[g] {
			s.get(g.Type).Gold++
		}
		set[g] = true
	}
	seen := map[Span]bool{}
	for _, p := range ps {
		if seen[p] {
			continue
		}
		seen[p] = true
		c := s.get(p.Type)
		c.Pred++
		if set[p] {
			c.TP++
		}
	}
}

// Micro sums the counts over types.
func (s *Score) Micro() Counts {
	var m Counts
	for _, c := range s.ByType {
		m.TP += c.TP
		m.Pred += c.Pred
		m.Gold += c.Gold
	}
	return m
}

// Write prints the table the way conll_score.py does: one line per type
// in name order, then the micro average.
func (s *Score) Write(w io.Writer) error {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		c := s.ByType[t]
		p, r, f := c.PRF()
		if _, err := fmt.Fprintf(w, "%-6s P=%.4f R=%.4f F1=%.4f gold=%d pred=%d\n", t, p, r, f, c.Gold, c.Pred); err != nil {
			return err
		}
	}
	p, r, f := s.Micro().PRF()
	_, err := fmt.Fprintf(w, "micro  P=%.4f R=%.4f F1=%.4f\n", p, r, f)
	return err
}

// Evaluate tags sents with m, as one document in order (ANERcorp
// keeps its documents in order), and scores them against their tags.
func (m *Model) Evaluate(sents []Sentence) *Score {
	doc := make([][]string, len(sents))
	for i, sent := range sents {
		doc[i] = sent.Tokens
	}
	s := NewScore()
	for i, tags := range m.TagDoc(doc) {
		s.Add(sents[i].Tags, tags)
	}
	return s
}
