package ner

import "math/rand/v2"

// pathBits is the depth of the binary cluster hierarchy: each word gets
// a 15-bit path, and its prefixes are clusters at 2^k granularities,
// as Brown-cluster bit strings are used. Stored paths carry hasPath,
// so that 0 means "no path".
const (
	pathBits = 15
	hasPath  = 1 << pathBits
)

// bisectPaths splits the unit vectors in two with spherical 2-means,
// recursively, and returns each row's path (left = 0, right = 1, most
// significant bit first; a leaf above full depth pads with zeros) with
// the hasPath bit set.
func bisectPaths(vecs []float32, dims, iters int, rng *rand.Rand) []uint16 {
	n := len(vecs) / dims
	paths := make([]uint16, n)
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	var split func(idx []int32, depth int, path uint16)
	split = func(idx []int32, depth int, path uint16) {
		if depth == pathBits || len(idx) < 2 {
			for _, r := range idx {
				paths[r] = path<<(pathBits-depth) | hasPath
			}
			return
		}
		k := twoMeans(vecs, dims, idx, iters, rng)
		split(idx[:k], depth+1, path<<1)
		split(idx[k:], depth+1, path<<1|1)
	}
	split(idx, 0, 0)
	return paths
}

// twoMeans reorders idx so that the rows of the first cluster come
// first and returns their count (at least one row goes each way).
func twoMeans(vecs []float32, dims int, idx []int32, iters int, rng *rand.Rand) int {
	row := func(r int32) []float32 { return vecs[int(r)*dims : int(r)*dims+dims] }
	cent := make([]float32, 2*dims)
	a := rng.IntN(len(idx))
	b := (a + 1 + rng.IntN(len(idx)-1)) % len(idx)
	copy(cent[:dims], row(idx[a]))
	copy(cent[dims:], row(idx[b]))
	side := make([]bool, len(idx))
	for range iters {
		for i, r := range idx {
			v := row(r)
			side[i] = dot(v, cent[dims:]) > dot(v, cent[:dims])
		}
		clear(cent)
		for i, r := range idx {
			c := cent[:dims]
			if side[i] {
				c = cent[dims:]
			}
			axpy(c, 1, row(r))
		}
		normalize(cent[:dims])
		normalize(cent[dims:])
	}
	k := 0
	for i := range idx {
		if !side[i] {
			idx[k], idx[i] = idx[i], idx[k]
			side[k], side[i] = side[i], side[k]
			k++
		}
	}
	if k == 0 || k == len(idx) {
		k = len(idx) / 2
	}
	return k
}
