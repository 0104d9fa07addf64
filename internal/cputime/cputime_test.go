package cputime

import "testing"

// TestUsedGrows spins until the CPU clock moves: it must, on platforms
// that report it.
func TestUsedGrows(t *testing.T) {
	t0 := Used()
	if t0 == 0 {
		t.Skip("this platform does not report CPU time")
	}
	x := 0
	for i := 0; Used() == t0; i++ {
		x += i % 7
		if i > 1e10 {
			t.Fatal("CPU time never moved")
		}
	}
	_ = x
}

func BenchmarkUsed(b *testing.B) {
	for b.Loop() {
		Used()
	}
}
