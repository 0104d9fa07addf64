package ner

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Document context: a word that recurs in nearby sentences (the same
// club, company or player named again) gets, as features, the
// neighbours of its other occurrences, so "نادي X" in one sentence helps
// to tag a bare "X" in the next.
const (
	docWindow = 8  // sentences either side
	docMax    = 3  // other occurrences used, nearest first
	docFreq   = 13 // words with a frequency bucket above this take no context
)

// docEligible reports whether t may take document context: an Arabic
// word of three letters or more that is not very frequent in news.
func docEligible(t *token) bool { return t.docOK && t.freq <= docFreq }

// docWord reports an Arabic word of three letters or more (bare is the
// word without proclitics and article).
func docWord(bare string) bool {
	if runeLen(bare) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(bare)
	return r >= 0x0600 && r <= 0x06FF
}

type occurrence struct{ s, i int }

// docContext fills the document-context values of the tokens of doc,
// one document's analysed sentences in order.
func docContext(doc [][]token) {
	if len(doc) == 1 {
		sentenceContext(doc[0])
		return
	}
	for s := range doc {
		lo, hi := max(0, s-docWindow), min(len(doc), s+docWindow+1)
		idx := map[uint64][]occurrence{}
		for t := lo; t < hi; t++ {
			for i := range doc[t] {
				if docEligible(&doc[t][i]) {
					idx[doc[t][i].strip] = append(idx[doc[t][i].strip], occurrence{t, i})
				}
			}
		}
		for i := range doc[s] {
			tok := &doc[s][i]
			tok.docN = 0
			if !docEligible(tok) {
				continue
			}
			occs := idx[tok.strip]
			slices.SortStableFunc(occs, func(a, b occurrence) int {
				return cmp.Compare(abs(a.s-s), abs(b.s-s))
			})
			n := 0
			for _, o := range occs {
				if o.s == s && o.i == i {
					continue
				}
				tok.addOther(doc[o.s], o.i, n)
				n++
			}
			tok.docN = 1 + countBucket(uint16(min(n, 1000)))
		}
	}
}

// sentenceContext is docContext for a document of one sentence, without
// allocating: the other occurrences in sentence order.
func sentenceContext(toks []token) {
	for i := range toks {
		tok := &toks[i]
		tok.docN = 0
		if !docEligible(tok) {
			continue
		}
		n := 0
		for j := range toks {
			if j != i && toks[j].strip == tok.strip && docEligible(&toks[j]) {
				tok.addOther(toks, j, n)
				n++
			}
		}
		tok.docN = 1 + countBucket(uint16(min(n, 1000)))
	}
}

// addOther records the neighbours of sent[j] as t's n-th other
// occurrence, if there is room.
func (t *token) addOther(sent []token, j, n int) {
	if n >= docMax {
		return
	}
	l, r := at(sent, j-1), at(sent, j+1)
	t.docL[n], t.docR[n] = l.strip, r.strip
	t.docLC[n], t.docRC[n] = l.coarse, r.coarse
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// docFeatures appends the document-context features of t.
func docFeatures(t *token, out []uint64) []uint64 {
	if t.docN == 0 {
		return out
	}
	out = append(out, mix(fDocN, t.docN, 0))
	for k := 0; k < min(int(t.docN)-1, docMax); k++ {
		out = append(out, mix(fDocL, t.docL[k], 0), mix(fDocR, t.docR[k], 0),
			mix(fDocLC, t.docLC[k], 0), mix(fDocRC, t.docRC[k], 0))
	}
	return out
}
