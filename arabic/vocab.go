package arabic

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/words.tsv.gz data/numbers.tsv
var dataFS embed.FS

// Vocab is a word-frequency list of normalised words. It decides clitic
// splits: a proclitic is split off only when the remainder is a word the
// vocabulary knows. It is read-only after construction and safe for
// concurrent use.
type Vocab struct {
	freq map[string]int32
}

// MinKnown is the corpus count from which a word counts as known.
const MinKnown = 3

var (
	defaultVocab     *Vocab
	defaultVocabOnce sync.Once
)

// DefaultVocab returns the embedded vocabulary (word counts from an
// unlabeled Arabic news corpus; see data/SOURCES.md). It panics only if
// the embedded file is corrupt, which the package tests rule out.
func DefaultVocab() *Vocab {
	defaultVocabOnce.Do(func() {
		f, err := dataFS.Open("data/words.tsv.gz")
		if err != nil {
			panic(err)
		}
		defer f.Close()
		v, err := ReadVocab(f)
		if err != nil {
			panic(fmt.Errorf("embedded vocabulary: %w", err))
		}
		defaultVocab = v
	})
	return defaultVocab
}

// NewVocab builds a vocabulary from counts (tests use it).
func NewVocab(counts map[string]int32) *Vocab {
	return &Vocab{freq: counts}
}

// ReadVocab reads a gzipped "word<TAB>count" list.
func ReadVocab(r io.Reader) (*Vocab, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read vocabulary: %w", err)
	}
	v := &Vocab{freq: make(map[string]int32, 1<<17)}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		w, c, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("vocabulary line %d: no tab", n)
		}
		k, err := strconv.Atoi(c)
		if err != nil {
			return nil, fmt.Errorf("vocabulary line %d: count %q: %w", n, c, err)
		}
		v.freq[w] = int32(k)
	}
	return v, sc.Err()
}

// Count returns the corpus count of a normalised word.
func (v *Vocab) Count(w string) int32 { return v.freq[w] }

// Known reports whether a normalised word is in the vocabulary.
func (v *Vocab) Known(w string) bool { return v.freq[w] >= MinKnown }
