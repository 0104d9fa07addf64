package ner

import "runtime"

// wordCache remembers, per surface word, what the model derives from the
// word alone and the summed weights of its word features. News repeats
// a small vocabulary, so most tokens skip normalising, clitic
// splitting, cluster lookups and about 25 weight lookups. It is
// direct-mapped: a word evicts the one before it in its slot. A cache
// serves one goroutine at a time; the model keeps a few for reuse.
type wordCache struct {
	slots []cacheSlot
	mask  uint64
}

type cacheSlot struct {
	key string
	w   word
	sum [numTags]float32
	ok  bool
}

// cacheSize is the number of slots: about 3 MB, which keeps the words
// that make up most of a news article's tokens.
const cacheSize = 1 << 14

func newWordCache() *wordCache {
	return &wordCache{slots: make([]cacheSlot, cacheSize), mask: cacheSize - 1}
}

// get returns the word values and word-feature sum of w, computing and
// remembering them on a miss.
func (c *wordCache) get(m *Model, w string) (word, [numTags]float32) {
	sl := &c.slots[hashString(w)&c.mask]
	if sl.ok && sl.key == w {
		return sl.w, sl.sum
	}
	sl.key, sl.w, sl.ok = w, m.wordOf(w), true
	sl.sum = m.wordSum(&sl.w)
	return sl.w, sl.sum
}

// wordSum sums the weights of the word features of t, in the order
// features lists them.
func (m *Model) wordSum(t *word) [numTags]float32 {
	var s [numTags]float32
	var buf [48]uint64
	for _, f := range wordFeatures(t, buf[:0]) {
		if row := m.row(f); row != nil {
			for k := range s {
				s[k] += row[k]
			}
		}
	}
	return s
}

// freeze builds the fast lookup tables of the clusters, lexicon and
// gazetteer and lets Tag and TagDoc use word caches. Call it once the
// model is final (after loading or training), never while it changes.
func (m *Model) freeze() {
	m.clusterT = newU64Table(m.clusters)
	if m.lexicon != nil {
		m.lexicon.freeze()
	}
	if m.gaz != nil {
		m.gaz.frozen = newU64Table(m.gaz.phrases)
	}
	m.caches = make(chan *wordCache, 2*runtime.GOMAXPROCS(0))
}

// cache takes a word cache for one call, or nil when caching is off;
// release gives it back.
func (m *Model) cache() *wordCache {
	if m.caches == nil {
		return nil
	}
	select {
	case c := <-m.caches:
		return c
	default:
		return newWordCache()
	}
}

func (m *Model) release(c *wordCache) {
	if c == nil {
		return
	}
	select {
	case m.caches <- c:
	default:
	}
}
