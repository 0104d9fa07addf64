package ner

import "runtime"

// wordCache remembers, per surface word, what the model derives from the
// word alone and the summed weights of its word features. News repeats
// a small vocabulary, so most tokens skip normalising, clitic
// splitting, cluster lookups and about 25 weight lookups. It is
// set-associative (cacheWays slots a set, least recently used out):
// on a stream of news a direct-mapped cache of the same size lost a
// word to a colliding one twice as often. A cache serves one goroutine
// at a time; the model keeps a few for reuse.
type wordCache struct {
	tags  []uint32 // per slot: high hash bits | 1; 0 when empty
	used  []uint64 // per slot: clock of the last use
	keys  []string
	slots []cacheSlot // no pointers: the collector does not scan them
	mask  uint64      // sets - 1
	clock uint64
}

type cacheSlot struct {
	w    wordCore
	sums wordSums
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

// cacheWays is the number of slots a word may take.
const cacheWays = 4

// cacheSlots is the size of each goroutine's cache (about 360 bytes a
// slot): a fixed budget shared by the goroutines that tag at once,
// between 2^15 slots (11 MB) and 2^17 (45 MB). On a stream of corpus
// days 2^15 direct-mapped slots hit 81% of tokens, 2^16 4-way 91%,
// 2^17 4-way 94%.
func cacheSlots(procs int) int {
	n := 1 << 18 / max(procs, 1)
	return min(max(n, 1<<15), 1<<17)
}

func newWordCache(slots int) *wordCache {
	sets := uint64(slots / cacheWays)
	return &wordCache{
		tags:  make([]uint32, slots),
		used:  make([]uint64, slots),
		keys:  make([]string, slots),
		slots: make([]cacheSlot, slots),
		mask:  sets - 1,
	}
}

// get returns the word values and feature sums of w, computing and
// remembering them on a miss. A word from the cache carries only its
// wordCore: its own features are already in the sums.
func (c *wordCache) get(m *Model, w string, sums *wordSums) word {
	h := mix(0, hashString(w), 0)
	tag := uint32(h>>32) | 1
	base := int(h&c.mask) * cacheWays
	c.clock++
	victim := base
	for i := base; i < base+cacheWays; i++ {
		if c.tags[i] == tag && c.keys[i] == w {
			c.used[i] = c.clock
			*sums = c.slots[i].sums // a copy: a later word may take the slot
			return word{wordCore: c.slots[i].w}
		}
		if c.used[i] < c.used[victim] {
			victim = i
		}
	}
	full := m.wordOf(w)
	sl := &c.slots[victim]
	sl.w, sl.sums = full.wordCore, m.wordSums(&full)
	c.keys[victim], c.tags[victim], c.used[victim] = w, tag, c.clock
	*sums = sl.sums
	return full
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
	procs := runtime.GOMAXPROCS(0)
	m.caches = make(chan *wordCache, 2*procs)
	m.cacheSlots = cacheSlots(procs)
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
		return newWordCache(m.cacheSlots)
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
