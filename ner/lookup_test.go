package ner

import "testing"

func TestFeatTable(t *testing.T) {
	index := map[uint64]int32{}
	weights := make([]float32, 1001*numTags)
	for i := range 1000 {
		index[uint64(i)*0x9E3779B97F4A7C15] = int32(i)
		weights[i*numTags+i%numTags] = float32(i)
	}
	index[0] = 1000 // key zero is a valid key
	weights[1000*numTags] = -1
	tab := newFeatTable(index, weights)
	for k, r := range index {
		got := tab.find(k)
		if got == nil {
			t.Fatalf("get(%d) = nil; want row %d", k, r)
		}
		for j := range numTags {
			if got[j] != weights[int(r)*numTags+j] {
				t.Fatalf("get(%d)[%d] = %v; want %v", k, j, got[j], weights[int(r)*numTags+j])
			}
		}
	}
	if tab.find(12345) != nil {
		t.Error("found a key never added")
	}
}

// TestTableFill checks that a table always keeps an empty slot (a miss
// must end) and is filled to at most 60%, for sizes around powers of two.
func TestTableFill(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 614, 615, 1000, 74117} {
		m := make(map[uint64]struct{}, n)
		for i := range n {
			m[uint64(i+1)*0x9E3779B97F4A7C15] = struct{}{}
		}
		tab := newU64Table(m)
		size := len(tab.slots)
		if size <= n || float64(n) > 0.6*float64(size) {
			t.Errorf("%d keys: %d slots", n, size)
		}
		if tab.find(7) != nil {
			t.Errorf("%d keys: found a key never added", n)
		}
	}
}
