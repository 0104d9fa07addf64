package ner

// setPaths turns the path features on when any cluster entry has a
// hierarchy path.
func (m *Model) setPaths() {
	m.paths = false
	for _, c := range m.clusters {
		if c[3] != 0 {
			m.paths = true
			return
		}
	}
}

// prefix returns the first k bits of a token's path value (with its
// hasPath bit), or 0 for a word without a path.
func prefix(path uint64, k int) uint64 {
	if path == 0 {
		return 0
	}
	return path>>(pathBits-k) | uint64(k)<<20
}

// pathFeatures appends the hierarchy-path features of word t: its 4, 8,
// 12 and 15-bit prefixes. (The 8-bit prefixes of its neighbours are read
// with the other neighbour features, in asLeft1 and asRight1.)
func pathFeatures(t *word, out []uint64) []uint64 {
	return append(out,
		mix(fPath4, prefix(t.path, 4), 0),
		mix(fPath8, prefix(t.path, 8), 0),
		mix(fPath12, prefix(t.path, 12), 0),
		mix(fPath16, prefix(t.path, 15), 0),
	)
}
