package ner

import "math/rand/v2"

// kmeans clusters rows of unit vectors by cosine similarity (spherical
// k-means) and returns each row's cluster.
func kmeans(vecs []float32, dims, k, iters int, rng *rand.Rand) []int {
	n := len(vecs) / dims
	k = min(k, n)
	assign := make([]int, n)
	if k == 0 {
		return assign
	}
	cent := make([]float32, k*dims)
	for c, r := range rng.Perm(n)[:k] {
		copy(cent[c*dims:(c+1)*dims], vecs[r*dims:(r+1)*dims])
	}
	for it := 0; it < iters; it++ {
		for r := 0; r < n; r++ {
			assign[r] = nearest(vecs[r*dims:(r+1)*dims], cent, dims)
		}
		clear(cent)
		for r, c := range assign {
			v, cv := vecs[r*dims:(r+1)*dims], cent[c*dims:(c+1)*dims]
			for d := range v {
				cv[d] += v[d]
			}
		}
		for c := 0; c < k; c++ {
			normalize(cent[c*dims : (c+1)*dims])
		}
	}
	return assign
}

func nearest(v, cent []float32, dims int) int {
	best, arg := float32(-2), 0
	for c := 0; c < len(cent)/dims; c++ {
		cv := cent[c*dims : (c+1)*dims]
		s := float32(0)
		for d := range v {
			s += v[d] * cv[d]
		}
		if s > best {
			best, arg = s, c
		}
	}
	return arg
}
