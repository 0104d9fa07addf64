package ner

// featTable is a read-only open-addressing hash table from feature keys to
// weight rows, built once a model is loaded. Feature keys are already
// well-mixed 64-bit hashes, so the low bits pick the slot; lookups touch
// one or two adjacent cache lines instead of a Go map's groups, which
// makes tagging about twice as fast.
type featTable struct {
	keys []uint64
	rows []int32 // -1 marks an empty slot
	mask uint64
}

// newFeatTable builds the table at a load factor of at most one half.
func newFeatTable(index map[uint64]int32) *featTable {
	size := 1
	for size < 2*len(index) {
		size <<= 1
	}
	t := &featTable{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
	for i := range t.rows {
		t.rows[i] = -1
	}
	for k, r := range index {
		s := k & t.mask
		for t.rows[s] >= 0 {
			s = (s + 1) & t.mask
		}
		t.keys[s], t.rows[s] = k, r
	}
	return t
}

// get returns the row of key k.
func (t *featTable) get(k uint64) (int32, bool) {
	for s := k & t.mask; ; s = (s + 1) & t.mask {
		r := t.rows[s]
		if r < 0 {
			return 0, false
		}
		if t.keys[s] == k {
			return r, true
		}
	}
}
