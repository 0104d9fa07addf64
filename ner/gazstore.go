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
	flagGaz      = 1 << iota // a gazetteer follows
	flagDocCtx               // document-context features on
	flagCodes                // binarised word vectors follow
	flagPrefixes             // the phrase prefixes of the lexicon and gazetteer follow
)

// writeExtra writes the optional last section of the model format: a
// flags word, then the gazetteer, the binarised word vectors and the
// phrase prefixes, each if there is one. Old models end after the
// lexicon.
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
	lex := m.lexicon
	if lex == nil {
		lex = NewLexicon()
	}
	gaz := m.gaz
	if gaz == nil {
		gaz = newGazetteer()
	}
	if lex.starts.complete && gaz.starts.complete {
		flags |= flagPrefixes
	}
	_ = binary.Write(bw, binary.LittleEndian, flags)
	if m.gaz != nil {
		writeGaz(bw, m.gaz)
	}
	if m.codes != nil {
		writeCodes(bw, m.codes)
	}
	if flags&flagPrefixes != 0 {
		writePrefixes(bw, &lex.starts, &gaz.starts)
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
		if err := decodeCodes(br, m); err != nil {
			return err
		}
	}
	if flags&flagPrefixes == 0 {
		return nil
	}
	gaz := newGazetteer()
	if m.gaz != nil {
		gaz = m.gaz
	}
	return readPrefixes(br, &m.lexicon.starts, &gaz.starts)
}

// decodeGaz reads the gazetteer section into m.
func decodeGaz(br *bufio.Reader, m *Model) error {
	le := binary.LittleEndian
	var n, ml uint32
	if err := binary.Read(br, le, &n); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	g := newGazetteer()
	g.starts.complete = false // until a prefix section says otherwise
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
