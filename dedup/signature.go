package dedup

import (
	"math/bits"
	"unicode"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/zeebo/xxh3"
)

// Signature parameters. They are part of the stored format: changing them
// makes stored signatures incomparable.
const (
	// NumHashes is the length of a MinHash signature.
	NumHashes = 128
	// Bands and Rows shape the LSH: Bands*Rows == NumHashes. A pair with
	// Jaccard s becomes a candidate with probability 1-(1-s^Rows)^Bands,
	// about 0.23 at s=0.3, 0.87 at s=0.5 and 1.0 at s=0.8.
	Bands = 32
	Rows  = 4
	// ShingleWords is the number of words in a MinHash shingle.
	ShingleWords = 3
	// SimShingleWords is the number of words in a SimHash shingle.
	SimShingleWords = 2

	seed = 0x72617369642d3031 // "rasid-01"
)

// Signature holds the stored fingerprints of one text.
type Signature struct {
	// Exact is a hash of the normalised word sequence; equal values mean
	// the same words in the same order.
	Exact uint64 `json:"exact"`
	// Sim is the SimHash-64 of the text.
	Sim uint64 `json:"sim"`
	// Min is the MinHash signature (NumHashes values), nil for an empty text.
	Min []uint64 `json:"min"`
	// Shingles is the number of distinct MinHash shingles.
	Shingles int `json:"shingles"`
}

// Empty reports whether the text had no words.
func (s Signature) Empty() bool { return len(s.Min) == 0 }

// perm holds the multipliers and offsets of the NumHashes hash functions,
// drawn once from a fixed-seed generator.
var permA, permB = makePerms()

func makePerms() (a, b [NumHashes]uint64) {
	x := uint64(seed)
	for i := range NumHashes {
		a[i] = splitmix(&x) | 1
		b[i] = splitmix(&x)
	}
	return a, b
}

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	return mix(*x)
}

// mix is the splitmix64 finaliser: a bijection with good avalanche.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// Words returns the normalised words of text: arabic.Normalize, then runs of
// letters and digits.
func Words(text string) []string {
	// Each word is normalised alone: cheaper than normalising the whole
	// text, and the same, since normalising works rune by rune. Dropped
	// runes (diacritics, tatweel) neither start nor end a word.
	var out []string
	start := -1
	for i, r := range text {
		var w bool
		switch f := arabic.FoldRune(r); f {
		case -1:
			continue
		case -2:
			w = true
		default:
			w = isWordRune(f)
		}
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, arabic.Normalize(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, arabic.Normalize(text[start:]))
	}
	return out
}

// wordRunes marks the letters and digits below U+0700 (ASCII, Latin and
// Arabic): nearly every rune of Arabic news is looked up here instead of
// in the Unicode tables.
var wordRunes = func() (t [0x0700]bool) {
	for r := range t {
		t[r] = unicode.IsLetter(rune(r)) || unicode.IsDigit(rune(r))
	}
	return t
}()

func isWordRune(r rune) bool {
	if r >= 0 && r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// shingleHashes hashes every k-word window of words (one window for texts
// shorter than k) and returns the distinct hashes in order of first
// appearance. (Every use is order-free: MinHash takes minima, SimHash
// counts bits, and the shingle count is the set's size.)
func shingleHashes(words []string, k int, buf []byte) []uint64 {
	if len(words) == 0 {
		return nil
	}
	n := max(len(words)-k+1, 1)
	out := make([]uint64, 0, n)
	seen := newHashSet(n)
	for i := range n {
		buf = buf[:0]
		for j := i; j < i+k && j < len(words); j++ {
			buf = append(buf, words[j]...)
			buf = append(buf, ' ')
		}
		if h := xxh3.HashSeed(buf, seed); seen.add(h) {
			out = append(out, h)
		}
	}
	return out
}

// hashSet is an open-addressing set of well-mixed 64-bit hashes, sized
// for the number it will hold: cheaper than sorting them to drop repeats.
type hashSet struct {
	slots   []uint64
	mask    uint64
	hasZero bool
}

func newHashSet(n int) hashSet {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return hashSet{slots: make([]uint64, size), mask: uint64(size - 1)}
}

// add inserts h and reports whether it was new.
func (s *hashSet) add(h uint64) bool {
	if h == 0 {
		added := !s.hasZero
		s.hasZero = true
		return added
	}
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return false
		case 0:
			s.slots[i] = h
			return true
		}
	}
}

// Sign computes the signature of text.
func Sign(text string) Signature {
	return SignWords(Words(text))
}

// SignWords computes the signature of an already normalised word list.
func SignWords(words []string) Signature {
	var s Signature
	if len(words) == 0 {
		return s
	}
	buf := make([]byte, 0, 64)
	for _, w := range words {
		buf = append(buf, w...)
		buf = append(buf, ' ')
	}
	s.Exact = xxh3.HashSeed(buf, seed)
	s.Sim = simHash(shingleHashes(words, SimShingleWords, buf[:0]))
	sh := shingleHashes(words, ShingleWords, buf[:0])
	s.Shingles = len(sh)
	s.Min = minHash(sh)
	return s
}

// simHash sets each bit of the result where most shingle hashes have it set
// (each shingle votes +1 or -1 per bit).
func simHash(hashes []uint64) uint64 {
	var ones [64]int
	for _, h := range hashes {
		for b := range 64 {
			ones[b] += int(h >> b & 1)
		}
	}
	var out uint64
	for b, n := range ones {
		if 2*n > len(hashes) {
			out |= 1 << b
		}
	}
	return out
}

// minHash keeps, for each hash function, the least value over the shingles.
func minHash(hashes []uint64) []uint64 {
	sig := make([]uint64, NumHashes)
	for i := range sig {
		// Multiply-shift hashing: h is already an xxh3 value, so an odd
		// multiplier on h^b spreads it into the high bits that decide the
		// minimum. One hash function at a time keeps its minimum in a
		// register.
		a, b, least := permA[i], permB[i], ^uint64(0)
		for _, h := range hashes {
			least = min(least, (h^b)*a)
		}
		sig[i] = least
	}
	return sig
}

// Hamming returns the number of differing bits of two SimHashes.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Jaccard estimates the Jaccard similarity of the shingle sets behind two
// MinHash signatures: the share of equal slots. Empty signatures match
// nothing.
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}
