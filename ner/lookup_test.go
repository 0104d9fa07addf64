package ner

import "testing"

func TestFeatTable(t *testing.T) {
	index := map[uint64]int32{}
	for i := range 1000 {
		index[uint64(i)*0x9E3779B97F4A7C15] = int32(i)
	}
	index[0] = 1000 // key zero is a valid key
	tab := newFeatTable(index)
	for k, r := range index {
		if got, ok := tab.get(k); !ok || got != r {
			t.Fatalf("get(%d) = %d, %v; want %d", k, got, ok, r)
		}
	}
	if _, ok := tab.get(12345); ok {
		t.Error("found a key never added")
	}
}
