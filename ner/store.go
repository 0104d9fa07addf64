package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
)

// magic starts the model format; models of the previous format
// (magicV3, three cluster fields per word) still load.
const (
	magic   = "RASIDNER4"
	magicV3 = "RASIDNER3"
)

// Save writes the model gzip-compressed to w. Rows are written in key
// order, so the same model always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	put := func(v any) { _ = binary.Write(bw, le, v) }
	bw.WriteString(magic)
	put(uint32(numTags))
	put(m.trans)
	keys := slices.Sorted(mapKeys(m.index))
	put(uint32(len(keys)))
	put(keys)
	for _, k := range keys {
		r := int(m.index[k])
		put(m.weights[r*numTags : r*numTags+numTags])
	}
	ck := slices.Sorted(mapKeys(m.clusters))
	put(uint32(len(ck)))
	for _, k := range ck {
		put(k)
		put(m.clusters[k])
	}
	writeLexicon(bw, m.lexicon)
	writeExtra(bw, m)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// writeLexicon writes the lexicon part of the model format.
func writeLexicon(bw *bufio.Writer, lex *Lexicon) {
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	if lex == nil {
		lex = NewLexicon()
	}
	put(uint32(lex.maxLen))
	put(uint32(len(lex.classes)))
	for _, c := range lex.classes {
		put(uint16(len(c)))
		bw.WriteString(c)
	}
	lk := slices.Sorted(mapKeys(lex.phrases))
	put(uint32(len(lk)))
	for _, k := range lk {
		put(k)
		put(lex.phrases[k])
	}
}

func mapKeys[V any](m map[uint64]V) func(func(uint64) bool) {
	return func(yield func(uint64) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// SaveFile writes the model to path.
func (m *Model) SaveFile(path string) error {
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	br := bufio.NewReader(zr)
	m, err := decode(br)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	return m, nil
}

func decode(br *bufio.Reader) (*Model, error) {
	le := binary.LittleEndian
	var errs []error
	get := func(v any) { errs = append(errs, binary.Read(br, le, v)) }
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magicV3) {
		return nil, errors.New("not a rasid NER model")
	}
	classLen := len(WordClass{})
	if string(head) == magicV3 {
		classLen = 3
	}
	var nt, n uint32
	get(&nt)
	if nt != numTags {
		return nil, fmt.Errorf("model has %d tags, want %d", nt, numTags)
	}
	m := &Model{lexicon: NewLexicon()}
	m.lexicon.starts.complete = false // until a prefix section says otherwise
	get(&m.trans)
	get(&n)
	keys := make([]uint64, n)
	get(keys)
	m.weights = make([]float32, int(n)*numTags)
	get(m.weights)
	m.index = make(map[uint64]int32, n)
	for i, k := range keys {
		m.index[k] = int32(i)
	}
	m.table = newFeatTable(m.index, m.weights)
	get(&n)
	m.clusters = make(map[uint64]WordClass, n)
	for range n {
		var k uint64
		var c WordClass
		get(&k)
		get(c[:classLen])
		m.clusters[k] = c
	}
	m.setPaths()
	if err := decodeLexicon(br, m.lexicon, errors.Join(errs...)); err != nil {
		return nil, err
	}
	if err := decodeExtra(br, m); err != nil {
		return nil, err
	}
	m.freeze()
	return m, nil
}

func decodeLexicon(br *bufio.Reader, l *Lexicon, prev error) error {
	if prev != nil {
		return prev
	}
	le := binary.LittleEndian
	var ml, nc, n uint32
	if err := binary.Read(br, le, &ml); err != nil {
		return err
	}
	if err := binary.Read(br, le, &nc); err != nil || nc > 100 {
		return fmt.Errorf("lexicon classes: %d, %v", nc, err)
	}
	l.maxLen = int(ml)
	for range nc {
		var k uint16
		if err := binary.Read(br, le, &k); err != nil {
			return err
		}
		b := make([]byte, k)
		if _, err := io.ReadFull(br, b); err != nil {
			return err
		}
		l.classes = append(l.classes, string(b))
	}
	if err := binary.Read(br, le, &n); err != nil {
		return err
	}
	for range n {
		var k uint64
		var c uint8
		if err := errors.Join(binary.Read(br, le, &k), binary.Read(br, le, &c)); err != nil {
			return err
		}
		l.phrases[k] = c
	}
	return nil
}

// LoadFile reads a model from path.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

//go:embed data/model.bin.gz
var embedded []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the embedded model, loaded once on first use.
func Default() (*Model, error) { return loadDefault() }
