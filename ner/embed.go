package ner

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// EmbedOptions controls LearnEmbeddings (skip-gram with negative
// sampling, as word2vec).
type EmbedOptions struct {
	Dim      int     // vector size (default 100)
	Window   int     // maximum context distance (default 5)
	Negative int     // negative samples per pair (default 5)
	Epochs   int     // passes over the text (default 3)
	MinCount int     // minimum word frequency (default 5)
	Vocab    int     // most frequent words kept (default 200000)
	Sample   float64 // frequent-word subsampling threshold (default 1e-4)
	Alpha    float64 // starting learning rate (default 0.025)
	Seed     uint64
	// Stems also trains the clitic-stripped form of a word (و/ف/ب/ل/ك
	// and the article) on the word's contexts, when that form is more
	// frequent, so inflected forms lend their contexts to the stem.
	Stems bool
	// Progress, when set, is called after each epoch.
	Progress func(epoch int)
}

func (o *EmbedOptions) defaults() {
	set := setDefault
	set(&o.Dim, 100)
	set(&o.Window, 5)
	set(&o.Negative, 5)
	set(&o.Epochs, 3)
	set(&o.MinCount, 5)
	set(&o.Vocab, 200000)
	if o.Sample <= 0 {
		o.Sample = 1e-4
	}
	if o.Alpha <= 0 {
		o.Alpha = 0.025
	}
}

// Embeddings are unit-length word vectors, one row of Dim per word.
type Embeddings struct {
	Words []string
	Count []int // frequency in the text the vectors were learned from
	// Primary counts only the words added one by one (the news
	// articles), not those of AddSentences (the NER corpora).
	Primary []int
	Dim     int
	Vecs    []float32
}

// Vec returns word i's vector.
func (e *Embeddings) Vec(i int) []float32 { return e.Vecs[i*e.Dim : (i+1)*e.Dim] }

// Text is unlabeled text as a sequence of normalised words with ""
// between documents or sentences.
type Text struct {
	c     *wordCounter
	extra []int // per word id, occurrences added by AddSentences
}

// NewText returns an empty Text.
func NewText() *Text { return &Text{c: &wordCounter{ids: map[string]int32{}}} }

// Add appends one word; "" ends a document or sentence.
func (t *Text) Add(w string) {
	if w == "" {
		t.c.seq = append(t.c.seq, -1)
		return
	}
	t.c.add(w)
}

// AddSentences appends the normalised tokens of sents, one sentence each.
func (t *Text) AddSentences(sents []Sentence, norm func(string) string) {
	for _, s := range sents {
		for _, w := range s.Tokens {
			n := norm(w)
			if n == "" {
				continue
			}
			t.Add(n)
			id := t.c.seq[len(t.c.seq)-1]
			for len(t.extra) <= int(id) {
				t.extra = append(t.extra, 0)
			}
			t.extra[id]++
		}
		t.Add("")
	}
}

// Len is the number of words added.
func (t *Text) Len() int { return len(t.c.seq) }

// sgState is the skip-gram trainer's state.
type sgState struct {
	o          EmbedOptions
	syn0, syn1 []float32
	table      []int32
	rng        uint64
	expTable   [expSize]float32
	neu1e      []float32
}

const (
	expSize = 1000
	maxExp  = 6
)

// LearnEmbeddings trains skip-gram vectors on the text. The result
// depends only on the text and the options (one thread, seeded).
func LearnEmbeddings(t *Text, o EmbedOptions) *Embeddings {
	o.defaults()
	c := t.c
	vocab := topWords(c, o.Vocab, o.MinCount)
	vid := make([]int32, len(c.words))
	for i := range vid {
		vid[i] = -1
	}
	for i, id := range vocab {
		vid[id] = int32(i)
	}
	e := &Embeddings{Dim: o.Dim, Words: make([]string, len(vocab)), Count: make([]int, len(vocab)),
		Primary: make([]int, len(vocab))}
	for i, id := range vocab {
		e.Words[i], e.Count[i], e.Primary[i] = c.words[id], c.freq[id], c.freq[id]
		if int(id) < len(t.extra) {
			e.Primary[i] -= t.extra[id]
		}
	}
	stem := stemsOf(e, o.Stems)
	s := newSGState(e, o)
	seq := make([]int32, 0, len(c.seq))
	for _, id := range c.seq {
		if id < 0 {
			seq = append(seq, -1)
		} else if v := vid[id]; v >= 0 {
			seq = append(seq, v)
		}
	}
	s.train(e, seq, stem)
	e.Vecs = s.syn0
	for i := range e.Words {
		normalize(e.Vec(i))
	}
	return e
}

// topWords returns word ids with at least minCount occurrences, most
// frequent first, at most n.
func topWords(c *wordCounter, n, minCount int) []int32 {
	var ids []int32
	for i, f := range c.freq {
		if f >= minCount {
			ids = append(ids, int32(i))
		}
	}
	slices.SortStableFunc(ids, func(a, b int32) int {
		return cmp.Or(cmp.Compare(c.freq[b], c.freq[a]), cmp.Compare(c.words[a], c.words[b]))
	})
	return ids[:min(n, len(ids))]
}

// stemsOf maps each vocabulary word to the vocabulary id of its
// clitic-stripped form when that form is more frequent, else -1; nil
// when off.
func stemsOf(e *Embeddings, on bool) []int32 {
	if !on {
		return nil
	}
	idx := make(map[string]int32, len(e.Words))
	for i, w := range e.Words {
		idx[w] = int32(i)
	}
	stem := make([]int32, len(e.Words))
	for i, w := range e.Words {
		stem[i] = -1
		for _, p := range procliticClusters {
			rest, ok := strings.CutPrefix(w, p)
			if !ok || runeLen(rest) < 3 {
				continue
			}
			if strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل") {
				rest = "ال" + rest
			}
			if j, ok := idx[rest]; ok && e.Count[j] > e.Count[i] {
				stem[i] = j
				break
			}
		}
	}
	return stem
}

func newSGState(e *Embeddings, o EmbedOptions) *sgState {
	n := len(e.Words)
	s := &sgState{o: o, syn0: make([]float32, n*o.Dim), syn1: make([]float32, n*o.Dim),
		rng: o.Seed*0x9E3779B97F4A7C15 + 1, neu1e: make([]float32, o.Dim)}
	for i := range s.syn0 {
		s.syn0[i] = (float32(s.next()%65536)/65536 - 0.5) / float32(o.Dim)
	}
	for i := range s.expTable {
		x := math.Exp((float64(i)/expSize*2 - 1) * maxExp)
		s.expTable[i] = float32(x / (x + 1))
	}
	s.table = unigramTable(e.Count, 1e7)
	return s
}

// next is word2vec's linear congruential generator.
func (s *sgState) next() uint64 {
	s.rng = s.rng*25214903917 + 11
	return s.rng >> 16
}

// unigramTable fills a table of word ids in proportion to count^0.75,
// for drawing negative samples.
func unigramTable(count []int, size int) []int32 {
	total := 0.0
	for _, c := range count {
		total += math.Pow(float64(c), 0.75)
	}
	table := make([]int32, size)
	w, cum := 0, math.Pow(float64(count[0]), 0.75)/total
	for i := range table {
		table[i] = int32(w)
		if float64(i)/float64(size) > cum && w < len(count)-1 {
			w++
			cum += math.Pow(float64(count[w]), 0.75) / total
		}
	}
	return table
}
