package ner

// at returns token i, or a boundary token outside the sentence.
func at(toks []token, i int) *token {
	if i < 0 || i >= len(toks) {
		return &boundaryToken
	}
	return &toks[i]
}

var boundaryToken = token{word: word{wordCore: wordCore{norm: boundary, strip: boundary, bare: boundary, shape: boundary,
	coarse: boundary, fine: boundary, freq: boundary}}, lex: boundary}

// features appends the feature keys of token i to out: the word's own
// features first, then those it takes from each of its neighbours alone,
// then the rest of its context. Training sums weights in this order;
// tagging adds the cached sums of each group (wordSums), which differs
// from training only in float rounding.
func (m *Model) features(toks []token, i int, out []uint64) []uint64 {
	out = m.wordFeatures(&toks[i].word, out)
	out = m.asLeft1(&at(toks, i-1).word, out)
	out = m.asRight1(&at(toks, i+1).word, out)
	out = asLeft2(&at(toks, i-2).word, out)
	out = asRight2(&at(toks, i+2).word, out)
	return m.contextFeatures(toks, i, out)
}

// asLeft1 appends the features a token takes from the word just before
// it; they depend on that word alone, so tagging caches their sum per
// word too, as it does for asRight1, asLeft2 and asRight2.
func (m *Model) asLeft1(t *word, out []uint64) []uint64 {
	out = append(out, mix(fNormM1, t.norm, 0), mix(fStripM1, t.strip, 0),
		mix(fClusterCM1, t.coarse, 0), mix(fClusterFM1, t.fine, 0))
	if m.paths {
		out = append(out, mix(fPathM1, prefix(t.path, 8), 0))
	}
	return out
}

// asRight1 appends the features a token takes from the word just after it.
func (m *Model) asRight1(t *word, out []uint64) []uint64 {
	out = append(out, mix(fNormP1, t.norm, 0), mix(fStripP1, t.strip, 0),
		mix(fClusterCP1, t.coarse, 0), mix(fClusterFP1, t.fine, 0))
	if m.paths {
		out = append(out, mix(fPathP1, prefix(t.path, 8), 0))
	}
	return out
}

// asLeft2 appends the features a token takes from the word two before it.
func asLeft2(t *word, out []uint64) []uint64 {
	return append(out, mix(fNormM2, t.norm, 0), mix(fClusterCM2, t.coarse, 0))
}

// asRight2 appends the features a token takes from the word two after it.
func asRight2(t *word, out []uint64) []uint64 {
	return append(out, mix(fNormP2, t.norm, 0), mix(fClusterCP2, t.coarse, 0))
}

// wordFeatures appends the features that depend on the word alone.
func (m *Model) wordFeatures(t *word, out []uint64) []uint64 {
	out = append(out,
		mix(fBias, 0, 0),
		mix(fNorm, t.norm, 0),
		mix(fStrip, t.strip, 0),
		mix(fBare, t.bare, 0),
		mix(fShape, t.shape, 0),
		mix(fClusterC, t.coarse, 0),
		mix(fClusterF, t.fine, 0),
		mix(fFreq, t.freq, 0),
		mix(fFreqShape, t.freq, t.shape),
	)
	if t.alt != 0 {
		out = append(out, mix(fAlt, t.alt, 0), mix(fAltCluster, t.altC, 0), mix(fAltFine, t.altF, 0))
	}
	if t.def {
		out = append(out, mix(fDef, 0, 0))
	}
	if m.paths {
		out = pathFeatures(t, out)
	}
	if m.codes != nil {
		out = codeFeatures(t, out)
	}
	return affixes(t, out)
}

// contextFeatures appends the features of token i that depend on two
// tokens at once, its position, the lexicon, the gazetteer or the
// document.
func (m *Model) contextFeatures(toks []token, i int, out []uint64) []uint64 {
	t, l1, r1 := &toks[i], at(toks, i-1), at(toks, i+1)
	out = append(out,
		mix(fShapeM1, l1.shape, t.shape),
		mix(fShapeP1, r1.shape, t.shape),
		mix(fBigramL, l1.norm, t.norm),
		mix(fBigramR, t.norm, r1.norm),
		mix(fLex, t.lex, 0),
		mix(fLexM1, l1.lex, 0),
		mix(fLexP1, r1.lex, 0),
		mix(fDefPair, b2u(l1.def)*2+b2u(t.def), b2u(r1.def)),
		mix(fClusterPair, l1.coarse, t.coarse),
	)
	if i == 0 {
		out = append(out, mix(fFirst, 0, 0))
	}
	if m.gaz != nil {
		out = gazFeatures(t, l1, r1, out)
	}
	if m.docCtx {
		out = docFeatures(t, out)
	}
	return out
}

// affixes appends prefix and suffix features (1-4 runes) of the
// normalised token and 2-3 rune prefixes of its bare form.
func affixes(t *word, out []uint64) []uint64 {
	s := t.normStr
	ends := [5]int{}
	k := 0
	for j := range s {
		if k < len(ends) {
			ends[k] = j
		}
		k++
	}
	n := min(k, 4)
	for j := 1; j <= n && j < k; j++ {
		out = append(out, mix(fPrefix, hashString(s[:ends[j]]), uint64(j)))
	}
	// Suffixes: walk back rune starts.
	cnt := 0
	for j := len(s) - 1; j > 0 && cnt < 4; j-- {
		if s[j]&0xC0 != 0x80 {
			cnt++
			out = append(out, mix(fSuffix, hashString(s[j:]), uint64(cnt)))
		}
	}
	b := t.bareStr
	out = trigrams(b, out)
	cnt = 0
	for j := range b {
		if cnt == 2 || cnt == 3 {
			out = append(out, mix(fBarePrefix, hashString(b[:j]), uint64(cnt)))
		}
		cnt++
	}
	return out
}

// trigrams appends the letter trigrams of b, with word-boundary marks,
// for words of 3 to 12 letters.
func trigrams(b string, out []uint64) []uint64 {
	var rs [14]rune
	n := 1
	rs[0] = '<'
	for _, r := range b {
		if n >= 13 {
			return out
		}
		rs[n] = r
		n++
	}
	if n < 4 {
		return out
	}
	rs[n] = '>'
	n++
	for i := 0; i+3 <= n; i++ {
		h := uint64(rs[i])<<42 | uint64(rs[i+1])<<21 | uint64(rs[i+2])
		out = append(out, mix(fTrigram, h, 0))
	}
	return out
}

// gazFeatures appends the gazetteer features of t and its neighbours.
func gazFeatures(t, l1, r1 *token, out []uint64) []uint64 {
	return append(out, mix(fGazPh, t.gazPh, 0), mix(fGazPhM1, l1.gazPh, 0), mix(fGazPhP1, r1.gazPh, 0))
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
