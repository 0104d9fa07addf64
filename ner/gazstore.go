package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// Flags of the optional last section of the model format.
const (
	flagGaz    = 1 << iota // a gazetteer follows
	flagDocCtx             // document-context features on
	flagCodes              // binarised word vectors follow
)

// writeExtra writes the optional last section of the model format: a
// flags word, then the gazetteer if there is one. Models without these
// features end after the lexicon.
func writeExtra(bw *bufio.Writer, m *Model) {
	var flags uint32
	if m.gaz != nil {
		flags |= flagGaz
	}
	if m.docCtx {
		flags |= flagDocCtx
	}
	if m.codes != nil {
		flags |= flagCodes
	}
	if flags == 0 {
		return
	}
	_ = binary.Write(bw, binary.LittleEndian, flags)
	if m.gaz != nil {
		writeGaz(bw, m.gaz)
	}
	if m.codes != nil {
		writeCodes(bw, m.codes)
	}
}

// writeGaz writes the gazetteer section of the model format.
func writeGaz(bw *bufio.Writer, g *gazetteer) {
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	put(uint32(0)) // per-word counts: none since they were dropped
	put(uint32(g.maxLen))
	pk := slices.Sorted(mapKeys(g.phrases))
	put(uint32(len(pk)))
	for _, k := range pk {
		put(k)
		put(g.phrases[k])
	}
}

// decodeExtra reads the optional last section of the model format.
func decodeExtra(br *bufio.Reader, m *Model) error {
	var flags uint32
	if err := binary.Read(br, binary.LittleEndian, &flags); errors.Is(err, io.EOF) {
		return nil
	} else if err != nil {
		return fmt.Errorf("model flags: %w", err)
	}
	m.docCtx = flags&flagDocCtx != 0
	if flags&flagGaz != 0 {
		if err := decodeGaz(br, m); err != nil {
			return err
		}
	}
	if flags&flagCodes != 0 {
		return decodeCodes(br, m)
	}
	return nil
}

// decodeGaz reads the gazetteer section into m.
func decodeGaz(br *bufio.Reader, m *Model) error {
	le := binary.LittleEndian
	var n, ml uint32
	if err := binary.Read(br, le, &n); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	g := newGazetteer()
	var errs []error
	get := func(v any) { errs = append(errs, binary.Read(br, le, v)) }
	for range n { // per-word counts of older models, no longer used
		var k uint64
		var c [5]uint16
		get(&k)
		get(&c)
	}
	get(&ml)
	get(&n)
	g.maxLen = int(ml)
	for range n {
		var k uint64
		var c [4]uint16
		get(&k)
		get(&c)
		g.phrases[k] = c
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	m.gaz = g
	return nil
}
