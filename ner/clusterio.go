package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// WordClass describes a word of the unlabeled corpus: its coarse and
// fine cluster ids, its frequency bucket (floor of log2 of its count)
// and its path in a binary cluster hierarchy (0 when there is none).
type WordClass [4]uint16

// WriteClusters writes "word<TAB>coarse<TAB>fine<TAB>freq" lines, with
// "<TAB>path" when the word has a hierarchy path, sorted by word,
// gzip-compressed.
func WriteClusters(w io.Writer, cl map[string]WordClass) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	words := make([]string, 0, len(cl))
	for w := range cl {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, word := range words {
		c := cl[word]
		if c[3] == 0 {
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", word, c[0], c[1], c[2])
		} else {
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d\n", word, c[0], c[1], c[2], c[3])
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	return zw.Close()
}

// ReadClusters reads a file written by WriteClusters.
func ReadClusters(r io.Reader) (map[string]WordClass, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	out := map[string]WordClass{}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 || len(f) > 5 {
			return nil, fmt.Errorf("read clusters: line %d: want 3 to 5 columns", n)
		}
		var c WordClass
		for i, x := range f[1:] {
			v, err := strconv.ParseUint(x, 10, 16)
			if err != nil {
				return nil, fmt.Errorf("read clusters: line %d: bad number %q", n, x)
			}
			c[i] = uint16(v)
		}
		out[f[0]] = c
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return out, nil
}

//go:embed data/clusters.tsv.gz
var embeddedClusters []byte

// EmbeddedClusters returns the word clusters shipped with rasid, learned
// by "rasid ner clusters" from unlabeled news.
func EmbeddedClusters() (map[string]WordClass, error) {
	return ReadClusters(bytes.NewReader(embeddedClusters))
}
