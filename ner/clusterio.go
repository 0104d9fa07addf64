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

// WriteClusters writes "word<TAB>coarse<TAB>fine" lines, sorted by word,
// gzip-compressed.
func WriteClusters(w io.Writer, cl map[string][2]uint16) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	words := make([]string, 0, len(cl))
	for w := range cl {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, word := range words {
		c := cl[word]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", word, c[0], c[1])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	return zw.Close()
}

// ReadClusters reads a file written by WriteClusters.
func ReadClusters(r io.Reader) (map[string][2]uint16, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	out := map[string][2]uint16{}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("read clusters: line %d: want 3 columns", n)
		}
		a, err1 := strconv.ParseUint(f[1], 10, 16)
		b, err2 := strconv.ParseUint(f[2], 10, 16)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("read clusters: line %d: bad id", n)
		}
		out[f[0]] = [2]uint16{uint16(a), uint16(b)}
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
func EmbeddedClusters() (map[string][2]uint16, error) {
	return ReadClusters(bytes.NewReader(embeddedClusters))
}
