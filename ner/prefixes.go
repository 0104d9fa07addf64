package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// prefixSet holds the hashes of the proper prefixes of a set of phrases
// (the first word, the first two words, ...). Marking the longest phrase
// match from a token stops as soon as the words read so far begin no
// phrase, instead of reading on to the longest phrase length: most
// tokens begin none. A set that is not complete (a model saved before
// prefixes were kept) never stops the scan.
type prefixSet struct {
	m        map[uint64]struct{}
	frozen   *u64Table[struct{}]
	complete bool
}

func newPrefixSet() prefixSet { return prefixSet{m: map[uint64]struct{}{}, complete: true} }

// addPhrase records the proper prefixes of a phrase given its words'
// hashes.
func (p *prefixSet) addPhrase(words []uint64) {
	h := uint64(fnvOffset)
	for _, w := range words[:max(len(words)-1, 0)] {
		h = phraseHash(h, w)
		p.m[h] = struct{}{}
	}
	p.frozen = nil
}

// continues reports whether a phrase may be longer than the words whose
// chained hash is h.
func (p *prefixSet) continues(h uint64) bool {
	if !p.complete {
		return true
	}
	if p.frozen != nil {
		_, ok := p.frozen.get(h)
		return ok
	}
	_, ok := p.m[h]
	return ok
}

func (p *prefixSet) freeze() { p.frozen = newU64Table(p.m) }

// writePrefixes writes the prefix sets of the lexicon and the gazetteer
// (a count, then sorted hashes, each).
func writePrefixes(bw *bufio.Writer, sets ...*prefixSet) {
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	for _, p := range sets {
		keys := slices.Sorted(mapKeys(p.m))
		put(uint32(len(keys)))
		put(keys)
	}
}

// readPrefixes reads what writePrefixes wrote into sets.
func readPrefixes(br *bufio.Reader, sets ...*prefixSet) error {
	le := binary.LittleEndian
	for _, p := range sets {
		var n uint32
		if err := binary.Read(br, le, &n); err != nil {
			return fmt.Errorf("phrase prefixes: %w", err)
		}
		if n > 1<<26 {
			return errors.New("phrase prefixes: bad count")
		}
		keys := make([]uint64, n)
		if err := binary.Read(br, le, keys); err != nil {
			return fmt.Errorf("phrase prefixes: %w", err)
		}
		*p = newPrefixSet()
		for _, k := range keys {
			p.m[k] = struct{}{}
		}
	}
	return nil
}

// AddPhrasePrefixes gives a model saved before phrase prefixes were kept
// the prefix sets of its lexicon and gazetteer, rebuilt from the data it
// was trained on: the training sentences and the lexicon entries. It
// fails, changing nothing, unless the rebuilt phrases include every
// phrase the model holds (extra phrases only make a scan read further).
func (m *Model) AddPhrasePrefixes(train []Sentence, lexicon map[string]string) error {
	lex := m.newLexicon(lexicon)
	if n := missing(m.lexicon.phrases, lex.phrases); n > 0 {
		return fmt.Errorf("phrase prefixes: %d lexicon phrases of the model are not in the given lexicon", n)
	}
	var gaz *gazetteer
	if m.gaz != nil {
		toks := make([][]token, len(train))
		for i, s := range train {
			toks[i] = make([]token, len(s.Tokens))
			m.analyzeView(s.Tokens, toks[i], gazView{}, nil, nil)
		}
		gaz, _ = buildGazetteer(train, toks, make([]int, len(train)))
		if n := missing(m.gaz.phrases, gaz.phrases); n > 0 {
			return fmt.Errorf("phrase prefixes: %d gazetteer phrases of the model are not in the given sentences", n)
		}
	}
	m.lexicon.starts = lex.starts
	if gaz != nil {
		m.gaz.starts = gaz.starts
	}
	m.freeze()
	return nil
}

// missing counts the keys of have that are not in in.
func missing[V, W any](have map[uint64]V, in map[uint64]W) int {
	n := 0
	for k := range have {
		if _, ok := in[k]; !ok {
			n++
		}
	}
	return n
}
