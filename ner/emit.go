package ner

// at returns token i, or a boundary token outside the sentence.
func at(toks []token, i int) *token {
	if i < 0 || i >= len(toks) {
		return &boundaryToken
	}
	return &toks[i]
}

var boundaryToken = token{norm: boundary, strip: boundary, bare: boundary, shape: boundary,
	coarse: boundary, fine: boundary, freq: boundary, lex: boundary}

// features appends the feature keys of token i to out.
func (m *Model) features(toks []token, i int, out []uint64) []uint64 {
	t, l1, r1 := &toks[i], at(toks, i-1), at(toks, i+1)
	l2, r2 := at(toks, i-2), at(toks, i+2)
	out = append(out,
		mix(fBias, 0, 0),
		mix(fNorm, t.norm, 0),
		mix(fNormM1, l1.norm, 0),
		mix(fNormP1, r1.norm, 0),
		mix(fNormM2, l2.norm, 0),
		mix(fNormP2, r2.norm, 0),
		mix(fStrip, t.strip, 0),
		mix(fStripM1, l1.strip, 0),
		mix(fStripP1, r1.strip, 0),
		mix(fBare, t.bare, 0),
		mix(fShape, t.shape, 0),
		mix(fShapeM1, l1.shape, t.shape),
		mix(fShapeP1, r1.shape, t.shape),
		mix(fBigramL, l1.norm, t.norm),
		mix(fBigramR, t.norm, r1.norm),
		mix(fClusterC, t.coarse, 0),
		mix(fClusterF, t.fine, 0),
		mix(fClusterCM1, l1.coarse, 0),
		mix(fClusterCP1, r1.coarse, 0),
		mix(fClusterFM1, l1.fine, 0),
		mix(fClusterFP1, r1.fine, 0),
		mix(fLex, t.lex, 0),
		mix(fLexM1, l1.lex, 0),
		mix(fLexP1, r1.lex, 0),
		mix(fFreq, t.freq, 0),
		mix(fFreqShape, t.freq, t.shape),
		mix(fClusterCM2, l2.coarse, 0),
		mix(fClusterCP2, r2.coarse, 0),
		mix(fDefPair, b2u(l1.def)*2+b2u(t.def), b2u(r1.def)),
		mix(fClusterPair, l1.coarse, t.coarse),
	)
	if i == 0 {
		out = append(out, mix(fFirst, 0, 0))
	}
	if t.alt != 0 {
		out = append(out, mix(fAlt, t.alt, 0), mix(fAltCluster, t.altC, 0), mix(fAltFine, t.altF, 0))
	}
	if t.def {
		out = append(out, mix(fDef, 0, 0))
	}
	if m.gaz != nil {
		out = gazFeatures(t, l1, r1, out)
	}
	if m.docCtx {
		out = docFeatures(t, out)
	}
	if m.paths {
		out = pathFeatures(t, l1, r1, out)
	}
	if m.codes != nil {
		out = codeFeatures(t, out)
	}
	return affixes(t, out)
}

// affixes appends prefix and suffix features (1-4 runes) of the
// normalised token and 2-3 rune prefixes of its bare form.
func affixes(t *token, out []uint64) []uint64 {
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
