package ner

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"slices"
	"unicode"

	"github.com/rasid-osint/rasid/arabic"
)

// ClusterOptions controls LearnClusters.
type ClusterOptions struct {
	Vocab    int    // words to cluster, most frequent first (default 150000)
	Contexts int    // context words per side (default 300)
	Dims     int    // random-projection size (default 96)
	Coarse   int    // coarse cluster count (default 128)
	Fine     int    // fine cluster count (default 1024)
	Iters    int    // k-means iterations (default 12)
	Seed     uint64 // random seed
	MinCount int    // minimum word frequency (default 5)
}

// setDefault sets *p to v when it is not positive.
func setDefault(p *int, v int) {
	if *p <= 0 {
		*p = v
	}
}

func (o *ClusterOptions) defaults() {
	set := setDefault
	set(&o.Vocab, 150000)
	set(&o.Contexts, 300)
	set(&o.Dims, 96)
	set(&o.Coarse, 128)
	set(&o.Fine, 1024)
	set(&o.Iters, 12)
	set(&o.MinCount, 5)
}

// wordCounter holds the word sequence of an unlabeled corpus as ids.
type wordCounter struct {
	ids   map[string]int32
	words []string
	freq  []int
	seq   []int32 // -1 separates documents
}

func (c *wordCounter) add(w string) {
	id, ok := c.ids[w]
	if !ok {
		id = int32(len(c.words))
		c.ids[w] = id
		c.words = append(c.words, w)
		c.freq = append(c.freq, 0)
	}
	c.freq[id]++
	c.seq = append(c.seq, id)
}

// ReadArticles reads the title and text of each JSON Lines article in
// the gzipped files and calls fn with each normalised token; a -1
// boundary is signalled with an empty string between articles.
func ReadArticles(paths []string, fn func(tok string)) error {
	for _, p := range paths {
		if err := readArticleFile(p, fn); err != nil {
			return fmt.Errorf("articles %s: %w", p, err)
		}
	}
	return nil
}

func readArticleFile(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bufio.NewReader(zr))
	for {
		var a struct{ Title, Text string }
		if err := dec.Decode(&a); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		for _, t := range SplitWords(a.Title + "\n" + a.Text) {
			fn(arabic.Normalize(t))
		}
		fn("")
	}
}

// SplitWords splits text into surface tokens: runs of letters, marks and
// digits, with every other non-space rune a token of its own.
func SplitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			out = append(out, string(r))
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// LearnClusters clusters the frequent words of the articles by their
// left and right neighbours: PPMI-weighted context counts, a random
// projection, then k-means at two granularities. It returns word ->
// (coarse, fine) cluster ids. The result depends only on the input and
// the options.
func LearnClusters(paths []string, o ClusterOptions) (map[string]WordClass, error) {
	o.defaults()
	c := &wordCounter{ids: map[string]int32{}}
	err := ReadArticles(paths, func(t string) {
		if t == "" {
			c.seq = append(c.seq, -1)
			return
		}
		c.add(t)
	})
	if err != nil {
		return nil, err
	}
	rank := make([]int32, len(c.words))
	for i := range rank {
		rank[i] = int32(i)
	}
	slices.SortStableFunc(rank, func(a, b int32) int {
		return cmp.Or(cmp.Compare(c.freq[b], c.freq[a]), cmp.Compare(c.words[a], c.words[b]))
	})
	vocab := rank[:min(o.Vocab, len(rank))]
	for len(vocab) > 0 && c.freq[vocab[len(vocab)-1]] < o.MinCount {
		vocab = vocab[:len(vocab)-1]
	}
	vecs := c.contextVectors(vocab, rank[:min(o.Contexts, len(rank))], o)
	rng := rand.New(rand.NewPCG(o.Seed, 11))
	coarse := kmeans(vecs, o.Dims, o.Coarse, o.Iters, rng)
	fine := kmeans(vecs, o.Dims, o.Fine, o.Iters, rng)
	out := make(map[string]WordClass, len(vocab))
	for i, id := range vocab {
		out[c.words[id]] = WordClass{uint16(coarse[i]), uint16(fine[i]), uint16(bits.Len(uint(c.freq[id])))}
	}
	return out, nil
}

// contextVectors builds one unit-length projected PPMI vector per vocab
// word, flattened into rows of o.Dims.
func (c *wordCounter) contextVectors(vocab, ctx []int32, o ClusterOptions) []float32 {
	vi := make([]int32, len(c.words))
	ci := make([]int32, len(c.words))
	for i := range vi {
		vi[i], ci[i] = -1, -1
	}
	for i, id := range vocab {
		vi[id] = int32(i)
	}
	for i, id := range ctx {
		ci[id] = int32(i)
	}
	nc := 2 * len(ctx)
	counts := make([]uint32, len(vocab)*nc)
	for k, id := range c.seq {
		if id < 0 || vi[id] < 0 {
			continue
		}
		row := counts[int(vi[id])*nc:]
		if k > 0 && c.seq[k-1] >= 0 && ci[c.seq[k-1]] >= 0 {
			row[ci[c.seq[k-1]]]++
		}
		if k+1 < len(c.seq) && c.seq[k+1] >= 0 && ci[c.seq[k+1]] >= 0 {
			row[len(ctx)+int(ci[c.seq[k+1]])]++
		}
	}
	return project(ppmi(counts, len(vocab), nc), len(vocab), nc, o)
}

// ppmi turns counts into positive pointwise mutual information.
func ppmi(counts []uint32, rows, cols int) []float32 {
	rowSum := make([]float64, rows)
	colSum := make([]float64, cols)
	total := 0.0
	for r := 0; r < rows; r++ {
		for k, v := range counts[r*cols : (r+1)*cols] {
			rowSum[r] += float64(v)
			colSum[k] += float64(v)
			total += float64(v)
		}
	}
	out := make([]float32, len(counts))
	for r := 0; r < rows; r++ {
		for k, v := range counts[r*cols : (r+1)*cols] {
			if v == 0 {
				continue
			}
			pmi := math.Log(float64(v) * total / (rowSum[r] * colSum[k]))
			if pmi > 0 {
				out[r*cols+k] = float32(pmi)
			}
		}
	}
	return out
}

// project multiplies each row by a fixed random ±1 matrix and scales it
// to unit length.
func project(m []float32, rows, cols int, o ClusterOptions) []float32 {
	rng := rand.New(rand.NewPCG(o.Seed, 7))
	proj := make([]float32, cols*o.Dims)
	for i := range proj {
		proj[i] = float32(rng.IntN(2)*2 - 1)
	}
	out := make([]float32, rows*o.Dims)
	for r := 0; r < rows; r++ {
		v := out[r*o.Dims : (r+1)*o.Dims]
		for k, x := range m[r*cols : (r+1)*cols] {
			if x == 0 {
				continue
			}
			p := proj[k*o.Dims : (k+1)*o.Dims]
			for d := range v {
				v[d] += x * p[d]
			}
		}
		normalize(v)
	}
	return out
}

func normalize(v []float32) {
	s := float32(0)
	for _, x := range v {
		s += x * x
	}
	if s > 0 {
		n := float32(1 / math.Sqrt(float64(s)))
		for i := range v {
			v[i] *= n
		}
	}
}
