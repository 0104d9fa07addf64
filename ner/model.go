package ner

import (
	"math"
	"sync"
)

// Model is a trained tagger: feature weights per tag, tag transition
// weights, and the word clusters and lexicon its features read. A Model
// is read-only after loading and safe for concurrent use.
type Model struct {
	index      map[uint64]int32            // feature key -> row in weights
	table      *u64Table[[numTags]float32] // the same with the weights, for fast lookups once loaded (nil while training)
	weights    []float32                   // rows of numTags
	trans      [numTags + 1][numTags]float32
	clusters   map[uint64]WordClass
	clusterT   *u64Table[WordClass] // the same, for fast lookups once frozen
	lexicon    *Lexicon
	gaz        *gazetteer        // nil when the model has no gazetteer features
	docCtx     bool              // document-context features on
	paths      bool              // the clusters have hierarchy paths (path features on)
	codes      map[uint64][]byte // binarised word vectors by word hash; nil when off
	scratch    sync.Pool
	caches     chan *wordCache // free word caches; nil while weights may change
	cacheSlots int             // slots of a new word cache
	edge       wordSums        // the feature sums of the positions outside a sentence
}

// work is per-call scratch space, reused through a pool.
type work struct {
	toks   []token
	feats  []uint64
	sums   []wordSums // per token: its feature sums
	scores []float32  // len(tokens) * numTags
	back   []int8
	tags   []int
}

func (m *Model) getWork(n int) *work {
	w, _ := m.scratch.Get().(*work)
	if w == nil {
		w = &work{}
	}
	if cap(w.toks) < n {
		w.toks = make([]token, n)
		w.scores = make([]float32, n*numTags)
		w.back = make([]int8, n*numTags)
		w.tags = make([]int, n)
		w.sums = make([]wordSums, n)
	}
	w.toks, w.scores, w.back, w.tags = w.toks[:n], w.scores[:n*numTags], w.back[:n*numTags], w.tags[:n]
	w.sums = w.sums[:n]
	return w
}

// Tag returns one IOB2 tag per token. Tokens are surface words with
// clitics not split and punctuation as separate tokens.
func (m *Model) Tag(tokens []string) []string {
	out := make([]string, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	w := m.getWork(len(tokens))
	c := m.cache()
	m.analyzeView(tokens, w.toks, gazView{full: m.gaz}, w.sums, c)
	m.release(c)
	if m.docCtx {
		docContext([][]token{w.toks})
	}
	m.decode(w, out)
	m.scratch.Put(w)
	return out
}

// decode tags the analysed tokens in w into out.
func (m *Model) decode(w *work, out []string) {
	m.emissions(w)
	m.viterbi(w.scores, w.back, w.tags)
	for i, t := range w.tags {
		out[i] = tagNames[t]
	}
}

// TagDoc tags the sentences of one document, in order. With a model
// trained with document context, a word's other occurrences in nearby
// sentences inform its tag; otherwise it is Tag on each sentence.
func (m *Model) TagDoc(doc [][]string) [][]string {
	out := make([][]string, len(doc))
	toks := make([][]token, len(doc))
	sums := make([][]wordSums, len(doc))
	c := m.cache()
	for i, s := range doc {
		toks[i] = make([]token, len(s))
		sums[i] = make([]wordSums, len(s))
		m.analyzeView(s, toks[i], gazView{full: m.gaz}, sums[i], c)
	}
	m.release(c)
	if m.docCtx {
		docContext(toks)
	}
	for i, s := range doc {
		out[i] = make([]string, len(s))
		if len(s) == 0 {
			continue
		}
		w := m.getWork(len(s))
		copy(w.toks, toks[i])
		copy(w.sums, sums[i])
		m.decode(w, out[i])
		m.scratch.Put(w)
	}
	return out
}

// emissions fills w.scores with the summed feature weights per tag: the
// cached sums of the token's word and of its neighbours, then the
// features that read two tokens at once or the sentence.
func (m *Model) emissions(w *work) {
	n := len(w.toks)
	sum := func(i int) *wordSums {
		if i < 0 || i >= n {
			return &m.edge
		}
		return &w.sums[i]
	}
	for i := range w.toks {
		s := (*[numTags]float32)(w.scores[i*numTags : (i+1)*numTags])
		*s = sum(i).own
		addVec(s, &sum(i-1).left1)
		addVec(s, &sum(i+1).right1)
		addVec(s, &sum(i-2).left2)
		addVec(s, &sum(i+2).right2)
		w.feats = m.contextFeatures(w.toks, i, w.feats[:0])
		m.addRows(s, w.feats)
	}
}

func addVec(s, v *[numTags]float32) {
	for k := range s {
		s[k] += v[k]
	}
}

// cluster returns the word class of word hash k.
func (m *Model) cluster(k uint64) (WordClass, bool) {
	if m.clusterT != nil {
		return m.clusterT.get(k)
	}
	c, ok := m.clusters[k]
	return c, ok
}

// row returns the weight row of feature f, or nil when f has none.
func (m *Model) row(f uint64) *[numTags]float32 {
	if m.table != nil {
		return m.table.find(f)
	}
	r, ok := m.index[f]
	if !ok {
		return nil
	}
	return (*[numTags]float32)(m.weights[int(r)*numTags:])
}

// viterbi finds the best valid IOB2 tag sequence for the emission
// scores and writes it to tags.
func (m *Model) viterbi(scores []float32, back []int8, tags []int) {
	n := len(tags)
	neg := float32(math.Inf(-1))
	var prev, cur [numTags]float32
	for t := 0; t < numTags; t++ {
		prev[t] = neg
		if allowed(-1, t) {
			prev[t] = scores[t] + m.trans[0][t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < numTags; t++ {
			best, arg := neg, 0
			for p := 0; p < numTags; p++ {
				if !allowed(p, t) {
					continue
				}
				if v := prev[p] + m.trans[p+1][t]; v > best {
					best, arg = v, p
				}
			}
			cur[t] = best + scores[i*numTags+t]
			back[i*numTags+t] = int8(arg)
		}
		prev = cur
	}
	best := 0
	for t := 1; t < numTags; t++ {
		if prev[t] > prev[best] {
			best = t
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = best
		best = int(back[i*numTags+best])
	}
}

// Features is the number of weighted features in the model.
func (m *Model) Features() int { return len(m.index) }
