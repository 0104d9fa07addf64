package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestBisectPaths(t *testing.T) {
	// Two tight groups around orthogonal directions: the first split
	// must separate them, and each row gets a full 16-bit path.
	vecs := []float32{
		1, 0.1, 0, 0.9, 0, 0.1, 1, 0.05, 0,
		0, 1, 0.1, 0.1, 0.9, 0, 0, 1, 0.05,
	}
	for r := 0; r < 6; r++ {
		normalize(vecs[r*3 : r*3+3])
	}
	paths := bisectPaths(vecs, 3, 5, rand.New(rand.NewPCG(1, 2)))
	cases := []struct {
		name string
		a, b int
		same bool
	}{
		{"first group", 0, 2, true},
		{"second group", 3, 5, true},
		{"across", 1, 4, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := paths[tc.a]>>14 == paths[tc.b]>>14; got != tc.same {
				t.Errorf("top bits of rows %d and %d: same = %v, want %v (paths %v)", tc.a, tc.b, got, tc.same, paths)
			}
		})
	}
}

func TestPathPrefix(t *testing.T) {
	cases := []struct {
		name string
		path uint64
		k    int
		want uint64
	}{
		{"unknown", 0, 8, 0},
		{"four bits", 0x2BCD | hasPath, 4, 0x5 | 1<<4 | 4<<20},
		{"all bits", 0x0001 | hasPath, 15, 0x1 | hasPath | 15<<20},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := prefix(tc.path, tc.k); got != tc.want {
				t.Errorf("prefix(%#x, %d) = %#x, want %#x", tc.path, tc.k, got, tc.want)
			}
		})
	}
}

func TestPathModelRoundTrip(t *testing.T) {
	sents := parseTiny(tinySet)
	cases := []struct {
		name      string
		clusters  map[string]WordClass
		wantPaths bool
	}{
		{"no paths", map[string]WordClass{"الرمادي": {1, 2}, "تكريت": {1, 3}}, false},
		{"paths", map[string]WordClass{"الرمادي": {1, 2, 3, hasPath | 5}, "تكريت": {1, 3, 3, hasPath | 6}}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Train(sents, TrainOptions{Epochs: 5, Seed: 1, Clusters: tc.clusters})
			if err != nil {
				t.Fatal(err)
			}
			m2 := roundTrip(t, m)
			if m.paths != tc.wantPaths || m2.paths != tc.wantPaths {
				t.Errorf("paths = %v, loaded %v, want %v", m.paths, m2.paths, tc.wantPaths)
			}
			for _, s := range sents {
				if x, y := m.Tag(s.Tokens), m2.Tag(s.Tokens); !slices.Equal(x, y) {
					t.Errorf("loaded model tags %v, original %v", y, x)
				}
			}
		})
	}
}
