package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"math/rand/v2"
)

// EmbedClusterOptions controls EmbedClusters.
type EmbedClusterOptions struct {
	Coarse, Fine int // cluster counts (default 128 and 1024)
	Iters        int // k-means iterations (default 12)
	Seed         uint64
}

// EmbedClusters clusters the word vectors with spherical k-means at two
// granularities and by recursive bisection (a 16-bit path), and returns
// word -> (coarse, fine, frequency bucket, path), the bucket counting
// only the primary (news) occurrences.
func EmbedClusters(e *Embeddings, o EmbedClusterOptions) map[string]WordClass {
	o.defaults()
	rng := rand.New(rand.NewPCG(o.Seed, 11))
	coarse := kmeans(e.Vecs, e.Dim, o.Coarse, o.Iters, rng)
	fine := kmeans(e.Vecs, e.Dim, o.Fine, o.Iters, rng)
	paths := bisectPaths(e.Vecs, e.Dim, o.Iters, rng)
	out := make(map[string]WordClass, len(e.Words))
	for i, w := range e.Words {
		out[w] = WordClass{uint16(coarse[i]), uint16(fine[i]), uint16(bits.Len(uint(e.Primary[i]))), paths[i]}
	}
	return out
}

func (o *EmbedClusterOptions) defaults() {
	set := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	set(&o.Coarse, 128)
	set(&o.Fine, 1024)
	set(&o.Iters, 12)
}

// EmbedPaths returns word -> (0, 0, frequency bucket, path): only the
// hierarchy of recursive bisection, for MergeClusters.
func EmbedPaths(e *Embeddings, o EmbedClusterOptions) map[string]WordClass {
	o.defaults()
	paths := bisectPaths(e.Vecs, e.Dim, o.Iters, rand.New(rand.NewPCG(o.Seed, 13)))
	out := make(map[string]WordClass, len(e.Words))
	for i, w := range e.Words {
		out[w] = WordClass{0, 0, uint16(bits.Len(uint(e.Primary[i]))), paths[i]}
	}
	return out
}

// WriteVectors writes the embeddings in a gzip binary form (for
// re-clustering without retraining; not a committed format).
func (e *Embeddings) WriteVectors(w io.Writer) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	put(uint32(len(e.Words)))
	put(uint32(e.Dim))
	for i, word := range e.Words {
		put(uint16(len(word)))
		bw.WriteString(word)
		put(uint32(e.Count[i]))
		put(uint32(e.Primary[i]))
	}
	put(e.Vecs)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write vectors: %w", err)
	}
	return zw.Close()
}

// ReadVectors reads embeddings written by WriteVectors.
func ReadVectors(r io.Reader) (*Embeddings, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	br := bufio.NewReader(zr)
	le := binary.LittleEndian
	var n, d uint32
	if err := binary.Read(br, le, &n); err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	if err := binary.Read(br, le, &d); err != nil || d == 0 || d > 4096 {
		return nil, fmt.Errorf("read vectors: bad dimension %d (%v)", d, err)
	}
	e := &Embeddings{Dim: int(d), Words: make([]string, n), Count: make([]int, n), Primary: make([]int, n)}
	for i := range e.Words {
		var l uint16
		var c, p uint32
		if err := binary.Read(br, le, &l); err != nil {
			return nil, fmt.Errorf("read vectors: word %d: %w", i, err)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("read vectors: word %d: %w", i, err)
		}
		_ = binary.Read(br, le, &c)
		if err := binary.Read(br, le, &p); err != nil {
			return nil, fmt.Errorf("read vectors: word %d: %w", i, err)
		}
		e.Words[i], e.Count[i], e.Primary[i] = string(b), int(c), int(p)
	}
	e.Vecs = make([]float32, int(n)*int(d))
	if err := binary.Read(br, le, e.Vecs); err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	return e, nil
}

// noCluster marks a word that the base clustering does not have.
const noCluster = 0xFFFF

// MergeClusters keeps base's cluster ids and frequency buckets and adds
// the hierarchy paths of emb: the two clusterings are different views
// of the words (context counts and skip-gram vectors). A word only emb
// has gets noCluster ids and its own bucket.
func MergeClusters(base, emb map[string]WordClass) map[string]WordClass {
	out := make(map[string]WordClass, len(base)+len(emb))
	for w, c := range base {
		c[3] = 0
		out[w] = c
	}
	for w, e := range emb {
		c, ok := out[w]
		if !ok {
			c = WordClass{noCluster, noCluster, e[2]}
		}
		c[3] = e[3]
		out[w] = c
	}
	return out
}
