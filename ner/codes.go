package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Binarised word vectors (Guo et al. 2014): each dimension of a word's
// vector becomes 1 (above the mean of the dimension's positive values),
// 2 (below the mean of its negative values) or 0, two bits a dimension.
// Each non-zero dimension is a feature of the token. The model stores
// the codes of the words it was trained with, by word hash.

// BinaryCodes returns word -> packed 2-bit codes of e's vectors.
func BinaryCodes(e *Embeddings) map[string][]byte {
	d := e.Dim
	pos, neg := make([]float64, d), make([]float64, d)
	np, nn := make([]int, d), make([]int, d)
	for i := range e.Words {
		for j, x := range e.Vec(i) {
			if x > 0 {
				pos[j] += float64(x)
				np[j]++
			} else if x < 0 {
				neg[j] += float64(x)
				nn[j]++
			}
		}
	}
	for j := range d {
		pos[j] /= float64(max(np[j], 1))
		neg[j] /= float64(max(nn[j], 1))
	}
	out := make(map[string][]byte, len(e.Words))
	for i, w := range e.Words {
		code := make([]byte, (d+3)/4)
		for j, x := range e.Vec(i) {
			var c byte
			if float64(x) >= pos[j] {
				c = 1
			} else if float64(x) <= neg[j] {
				c = 2
			}
			code[j/4] |= c << (2 * (j % 4))
		}
		out[w] = code
	}
	return out
}

// WriteCodes writes "word<TAB>hex codes" lines sorted by word, gzipped.
func WriteCodes(w io.Writer, codes map[string][]byte) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	for _, word := range slices.Sorted(func(yield func(string) bool) {
		for k := range codes {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Fprintf(bw, "%s\t%s\n", word, hex.EncodeToString(codes[word]))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write codes: %w", err)
	}
	return zw.Close()
}

// ReadCodes reads a file written by WriteCodes.
func ReadCodes(r io.Reader) (map[string][]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read codes: %w", err)
	}
	out := map[string][]byte{}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		w, h, ok := strings.Cut(sc.Text(), "\t")
		b, err := hex.DecodeString(h)
		if !ok || err != nil {
			return nil, fmt.Errorf("read codes: line %d: want word<TAB>hex", n)
		}
		out[w] = b
	}
	return out, sc.Err()
}

// codeFeatures appends one feature per non-zero dimension of t's code.
func codeFeatures(t *word, out []uint64) []uint64 {
	for k, b := range t.code {
		for s := 0; s < 4 && b != 0; s++ {
			if c := b & 3; c != 0 {
				out = append(out, mix(fCode, uint64(k*4+s)<<2|uint64(c), 0))
			}
			b >>= 2
		}
	}
	return out
}

// lookupCode finds the code of the first of the forms the vectors know.
func (m *Model) lookupCode(forms ...string) []byte {
	for _, f := range forms {
		if c, ok := m.codes[hashString(f)]; ok {
			return c
		}
	}
	return nil
}

//go:embed data/codes.tsv.gz
var embeddedCodes []byte

// EmbeddedCodes returns the binarised word vectors shipped with rasid,
// made by "rasid ner embed".
func EmbeddedCodes() (map[string][]byte, error) {
	return ReadCodes(bytes.NewReader(embeddedCodes))
}
