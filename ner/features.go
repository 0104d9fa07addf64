package ner

import (
	"strings"
	"unicode"

	"github.com/rasid-osint/rasid/arabic"
)

// Feature templates. The numbers are part of the model format: append
// new ones, never renumber.
const (
	fBias uint64 = iota + 1
	fWord        // unused: the raw token added nothing over its normalised key
	fNorm
	fNormM1
	fNormP1
	fNormM2
	fNormP2
	fStrip
	fStripM1
	fStripP1
	fBare
	fPrefix
	fSuffix
	fBarePrefix
	fShape
	fShapeM1
	fShapeP1
	fBigramL
	fBigramR
	fClusterC
	fClusterF
	fClusterCM1
	fClusterCP1
	fClusterFM1
	fClusterFP1
	fLex
	fLexM1
	fLexP1
	fFirst
	fDef
	fFreq
	fFreqShape
	fTrigram
	fClusterCM2
	fClusterCP2
	fAlt
	fAltCluster
	fAltFine
	fDefPair
	fClusterPair
	fGazType   // unused: per-word entity counts of the gazetteer (dev -0.9)
	fGazBest   // unused
	fGazBestM1 // unused
	fGazBestP1 // unused
	fGazPh
	fGazPhM1
	fGazPhP1
	fDocN
	fDocL
	fDocR
	fDocLC
	fDocRC
	fPath4 // prefixes of the word's path in the binary cluster hierarchy
	fPath8
	fPath12
	fPath16
	fPathM1 // 8-bit path prefix of the neighbours
	fPathP1
	fCode // a non-zero dimension of the binarised word vector (experimental)
)

// word holds what the model derives from a word alone, without its
// sentence: the values its word features are built from. Tagging caches
// it per word (see wordCache).
type word struct {
	wordCore
	code             []byte // binarised word vector; nil when none
	normStr, bareStr string
}

// wordCore is the part of a word that its context features and the
// document context read; it holds no pointers, so the word caches that
// keep it cost the garbage collector nothing to scan. The rest of word
// only feeds the word's own features, which the cache keeps summed.
type wordCore struct {
	norm, strip, shape uint64 // hashes
	bare               uint64 // stripped of ال too
	coarse, fine, freq uint64 // cluster ids + 1 and frequency bucket; 0 when unknown
	path               uint64 // hierarchy path with hasPath; 0 when none
	alt, altC, altF    uint64 // a possible proclitic split: form and clusters; 0 when none
	def                bool
	docOK              bool // an Arabic word of three letters or more (see docEligible)
}

// token holds the per-token values that features are built from: the
// word's own, and those that depend on its sentence or document.
type token struct {
	word
	lex        uint64 // lexicon class + 1 with B/I bit; 0 when none
	gazPh      uint64 // gazetteer phrase class with B/I and single/multi-word; 0 when none
	docN       uint64 // other occurrences nearby, bucketed + 1; 0 when not eligible
	docL, docR [docMax]uint64
	docLC      [docMax]uint64
	docRC      [docMax]uint64
}

const boundary = 0x5A5A // hash stand-in for positions outside the sentence

// analyze fills the per-token values for a sentence.
func (m *Model) analyze(words []string, toks []token) {
	m.analyzeView(words, toks, gazView{full: m.gaz}, nil, nil)
}

// analyzeView is analyze with the gazetteer as seen through v. With
// sums, it also writes each word's feature sums there (see wordSums),
// reading and filling the cache c when it is not nil.
func (m *Model) analyzeView(words []string, toks []token, v gazView, sums []wordSums, c *wordCache) {
	for i, w := range words {
		toks[i] = token{}
		switch {
		case c != nil:
			toks[i].word = c.get(m, w, &sums[i])
		case sums != nil:
			toks[i].word = m.wordOf(w)
			sums[i] = m.wordSums(&toks[i].word)
		default:
			toks[i].word = m.wordOf(w)
		}
	}
	m.lexicon.mark(toks)
	markGaz(v, toks)
}

// wordOf derives the word values of the surface word w.
func (m *Model) wordOf(w string) word {
	n := arabic.Normalize(w)
	s, hasDef := m.stripClitics(n)
	bare := s
	if hasDef {
		bare = s[len("ال"):]
	}
	t := word{wordCore: wordCore{norm: hashString(n), strip: hashString(s), bare: hashString(bare),
		shape: hashString(shape(w)), def: hasDef, docOK: docWord(bare)}, normStr: n, bareStr: bare}
	for _, k := range [...]uint64{t.norm, t.strip, t.bare} {
		if c, ok := m.cluster(k); ok {
			t.coarse, t.fine, t.freq = uint64(c[0])+1, uint64(c[1])+1, uint64(c[2])+1
			t.path = uint64(c[3])
			break
		}
	}
	if m.codes != nil {
		t.code = m.lookupCode(n, s, bare)
	}
	m.altSplit(n, &t)
	return t
}

// stripClitics removes a leading proclitic cluster ({و,ف}?{ب,ل,ك}?ال
// or لل) when at least two letters remain, or a bare {و,ف}?{ب,ل,ك}?
// when the word is unknown and the remainder is a known word. It
// reports whether the result starts with the article ال.
func (m *Model) stripClitics(n string) (string, bool) {
	best := n
	for _, p := range procliticClusters {
		if !strings.HasPrefix(n, p) {
			continue
		}
		rest := n[len(p):]
		if strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل") {
			if runeLen(rest) >= 2 {
				best = "ال" + rest
				break
			}
			continue
		}
		if runeLen(rest) >= 3 && !strings.HasPrefix(n, "ال") && !m.known(n) && m.known(rest) {
			best = rest
			break
		}
	}
	return best, strings.HasPrefix(best, "ال") && runeLen(best) >= 4
}

var procliticClusters = []string{"وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل",
	"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"}

// known reports whether the normalised word is in the cluster
// vocabulary. Without clusters every word of four letters or more
// counts as known.
func (m *Model) known(n string) bool {
	if len(m.clusters) == 0 {
		return runeLen(n) >= 4
	}
	_, ok := m.cluster(hashString(n))
	return ok
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// shape is a coarse word shape: rune classes with repeats collapsed and
// a length bucket, e.g. "a:5" for a five-letter Arabic word.
func shape(w string) string {
	var b [16]byte
	out := b[:0]
	var last byte
	n := 0
	for _, r := range w {
		n++
		c := byte('o')
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			c = 'a'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 0x80 && unicode.IsUpper(r):
			c = 'X'
		case r < 0x80 && unicode.IsLetter(r):
			c = 'x'
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			c = 'p'
		}
		if c != last && len(out) < 8 {
			out = append(out, c)
			last = c
		}
	}
	buckets := []int{1, 2, 3, 5, 8}
	l := byte('6')
	for i, k := range buckets {
		if n <= k {
			l = byte('1' + i)
			break
		}
	}
	return string(append(out, ':', l))
}

// altSplit records the word with a leading {و,ف}?{ب,ل,ك}? removed, when
// the word does not start with the article and three letters remain,
// whether or not stripClitics accepted the split: the model weighs it.
func (m *Model) altSplit(n string, t *word) {
	if strings.HasPrefix(n, "ال") {
		return
	}
	for _, p := range procliticClusters {
		rest, ok := strings.CutPrefix(n, p)
		if ok && !strings.HasSuffix(p, "ال") && !strings.HasSuffix(p, "لل") && runeLen(rest) >= 3 {
			t.alt = hashString(rest)
			if c, ok := m.cluster(t.alt); ok {
				t.altC, t.altF = uint64(c[0])+1, uint64(c[1])+1
			}
			return
		}
	}
}
