package ner

// at returns token i, or a boundary token outside the sentence.
func at(toks []token, i int) *token {
	if i < 0 || i >= len(toks) {
		return &boundaryToken
	}
	return &toks[i]
}

var boundaryToken = token{norm: boundary, strip: boundary, bare: boundary, shape: boundary,
	coarse: boundary, fine: boundary, lex: boundary}

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
	)
	if i == 0 {
		out = append(out, mix(fFirst, 0, 0))
	}
	if t.def {
		out = append(out, mix(fDef, 0, 0))
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
	cnt = 0
	for j := range b {
		if cnt == 2 || cnt == 3 {
			out = append(out, mix(fBarePrefix, hashString(b[:j]), uint64(cnt)))
		}
		cnt++
	}
	return out
}
