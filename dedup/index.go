package dedup

import (
	"cmp"
	"slices"

	"github.com/zeebo/xxh3"
)

// Match is one indexed document found by a query.
type Match struct {
	// ID is the document's id as added.
	ID string
	// Jaccard is the estimated Jaccard similarity of the shingle sets.
	Jaccard float64
	// Hamming is the SimHash distance in bits.
	Hamming int
	// Exact is true when both texts have the same normalised words.
	Exact bool
}

// Index files signatures under LSH band keys. It is not safe for concurrent
// use; the zero value is not usable, call NewIndex.
type Index struct {
	docs  []entry
	byID  map[string]int32
	bands map[uint64][]int32 // band key -> doc slots, in insertion order
	free  []int32
}

type entry struct {
	id   string
	sig  Signature
	live bool
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{byID: map[string]int32{}, bands: map[uint64][]int32{}}
}

// Len returns the number of documents in the index.
func (ix *Index) Len() int { return len(ix.byID) }

// bandKeys returns the Bands LSH keys of a MinHash signature.
func bandKeys(min []uint64) [Bands]uint64 {
	var keys [Bands]uint64
	var buf [Rows*8 + 1]byte
	for b := range Bands {
		buf[0] = byte(b)
		for r := range Rows {
			v := min[b*Rows+r]
			for k := range 8 {
				buf[1+r*8+k] = byte(v >> (8 * k))
			}
		}
		keys[b] = xxh3.HashSeed(buf[:], seed)
	}
	return keys
}

// Add files a document under id. Adding an id already present replaces
// its signature. Empty signatures are kept but never match.
func (ix *Index) Add(id string, s Signature) {
	ix.Remove(id)
	var slot int32
	if n := len(ix.free); n > 0 {
		slot, ix.free = ix.free[n-1], ix.free[:n-1]
		ix.docs[slot] = entry{id: id, sig: s, live: true}
	} else {
		slot = int32(len(ix.docs))
		ix.docs = append(ix.docs, entry{id: id, sig: s, live: true})
	}
	ix.byID[id] = slot
	if s.Empty() {
		return
	}
	for _, k := range bandKeys(s.Min) {
		ix.bands[k] = append(ix.bands[k], slot)
	}
}

// Remove drops the document id; it is a no-op when id is absent.
func (ix *Index) Remove(id string) {
	slot, ok := ix.byID[id]
	if !ok {
		return
	}
	e := ix.docs[slot]
	delete(ix.byID, id)
	if !e.sig.Empty() {
		for _, k := range bandKeys(e.sig.Min) {
			list := slices.DeleteFunc(ix.bands[k], func(s int32) bool { return s == slot })
			if len(list) == 0 {
				delete(ix.bands, k)
			} else {
				ix.bands[k] = list
			}
		}
	}
	ix.docs[slot] = entry{}
	ix.free = append(ix.free, slot)
}

// Signature returns the signature filed under id.
func (ix *Index) Signature(id string) (Signature, bool) {
	slot, ok := ix.byID[id]
	if !ok {
		return Signature{}, false
	}
	return ix.docs[slot].sig, true
}

// Candidates calls fn once for each document sharing an LSH band with s.
func (ix *Index) candidates(s Signature, fn func(slot int32)) {
	if s.Empty() {
		return
	}
	seen := map[int32]struct{}{}
	for _, k := range bandKeys(s.Min) {
		for _, slot := range ix.bands[k] {
			if _, dup := seen[slot]; !dup {
				seen[slot] = struct{}{}
				fn(slot)
			}
		}
	}
}

// Query returns the indexed documents whose estimated Jaccard similarity
// with s is at least minJaccard, best first (ties by id). Only LSH
// candidates are scored, so pairs below about 0.3 are mostly not returned
// whatever minJaccard is.
func (ix *Index) Query(s Signature, minJaccard float64) []Match {
	var out []Match
	ix.candidates(s, func(slot int32) {
		e := ix.docs[slot]
		j := Jaccard(s.Min, e.sig.Min)
		if j < minJaccard {
			return
		}
		out = append(out, Match{ID: e.id, Jaccard: j, Hamming: Hamming(s.Sim, e.sig.Sim),
			Exact: s.Exact == e.sig.Exact})
	})
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Jaccard, a.Jaccard); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}
