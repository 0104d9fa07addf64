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
	key  string
	w    word
	sums wordSums
	ok   bool
}

// wordSums are the summed weights of the features that depend on one
// word alone: its own, and those the tokens around it take from it.
type wordSums struct {
	own    [numTags]float32
	left1  [numTags]float32 // for the token after it (asLeft1)
	right1 [numTags]float32 // for the token before it (asRight1)
	left2  [numTags]float32 // for the token two after it (asLeft2)
	right2 [numTags]float32 // for the token two before it (asRight2)
}

// cacheSize is the number of slots: about 10 MB, which keeps the words
// that make up most of a news article's tokens.
const cacheSize = 1 << 15

func newWordCache() *wordCache {
	return &wordCache{slots: make([]cacheSlot, cacheSize), mask: cacheSize - 1}
}

// get returns the word values and feature sums of w, computing and
// remembering them on a miss.
func (c *wordCache) get(m *Model, w string, sums *wordSums) word {
	sl := &c.slots[hashString(w)&c.mask]
	if !sl.ok || sl.key != w {
		sl.key, sl.w, sl.ok = w, m.wordOf(w), true
		sl.sums = m.wordSums(&sl.w)
	}
	*sums = sl.sums // a copy: a later word of the sentence may take the slot
	return sl.w
}

// wordSums sums the weights of each group of features that depend on
// the word t alone, each in the order features lists them.
func (m *Model) wordSums(t *word) wordSums {
	var s wordSums
	var buf [192]uint64
	m.addRows(&s.own, m.wordFeatures(t, buf[:0]))
	m.addRows(&s.left1, m.asLeft1(t, buf[:0]))
	m.addRows(&s.right1, m.asRight1(t, buf[:0]))
	m.addRows(&s.left2, asLeft2(t, buf[:0]))
	m.addRows(&s.right2, asRight2(t, buf[:0]))
	return s
}

// addRows adds the weight rows of features fs to s.
func (m *Model) addRows(s *[numTags]float32, fs []uint64) {
	for _, f := range fs {
		if row := m.row(f); row != nil {
			for k := range s {
				s[k] += row[k]
			}
		}
	}
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
		m.gaz.starts.freeze()
	}
	m.caches = make(chan *wordCache, 2*runtime.GOMAXPROCS(0))
	m.edge = m.wordSums(&boundaryToken.word)
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
