package ner

import "slices"

// gazetteer holds the entity strings of the labelled training corpora
// (clitic-stripped words) with their type counts. The tagger marks the
// longest matches as features. In training every sentence sees the
// gazetteer without its own part of the data (jackknifing), so the
// weights learned for these features are what they are worth on unseen
// text. (Per-word counts inside entities of each type were tried as
// well and lowered the dev tenth by 0.9 points.)
type gazetteer struct {
	phrases map[uint64][4]uint16 // phrase hash -> count as PERS, LOC, ORG, MISC
	frozen  *u64Table[[4]uint16] // the same, for fast lookups once the model is final
	starts  prefixSet            // the proper prefixes of the phrases
	maxLen  int
}

// counts returns the type counts of phrase hash k.
func (g *gazetteer) counts(k uint64) ([4]uint16, bool) {
	if g.frozen != nil {
		return g.frozen.get(k)
	}
	c, ok := g.phrases[k]
	return c, ok
}

func newGazetteer() *gazetteer {
	return &gazetteer{phrases: map[uint64][4]uint16{}, starts: newPrefixSet()}
}

// gazParts is the number of contiguous parts each training corpus is
// cut into for jackknifing.
const gazParts = 10

// gazView is the gazetteer as one sentence sees it: the full statistics
// minus those of the sentence's own part (part may be nil).
type gazView struct{ full, part *gazetteer }

func (v gazView) phrase(k uint64) ([4]uint16, bool) {
	c, ok := v.full.counts(k)
	if !ok {
		return c, false
	}
	any := false
	if v.part != nil {
		p, _ := v.part.counts(k)
		for i := range c {
			c[i] -= p[i]
		}
	}
	for _, x := range c {
		any = any || x > 0
	}
	return c, any
}

func add16(a, b uint16) uint16 {
	if a+b < a {
		return 0xFFFF
	}
	return a + b
}

// count adds the entities of one analysed sentence.
func (g *gazetteer) count(toks []token, tags []int) {
	for i := 0; i < len(tags); i++ {
		if tags[i] == 0 || isInside(tags[i]) {
			continue
		}
		typ, j := (tags[i]-1)/2, i+1
		for j < len(tags) && tags[j] == tags[i]+1 {
			j++
		}
		if j-i > 8 {
			continue
		}
		h := uint64(fnvOffset)
		ws := make([]uint64, 0, j-i)
		for k := i; k < j; k++ {
			h = phraseHash(h, toks[k].strip)
			ws = append(ws, toks[k].strip)
		}
		g.starts.addPhrase(ws)
		c := g.phrases[h]
		c[typ] = add16(c[typ], 1)
		g.phrases[h] = c
		g.maxLen = max(g.maxLen, j-i)
	}
}

// gazPartsOf assigns each sentence a jackknife part: every corpus
// (Source) is cut into gazParts contiguous pieces.
func gazPartsOf(sents []Sentence) []int {
	bySrc := map[string][]int{}
	var order []string
	for i, s := range sents {
		if _, ok := bySrc[s.Source]; !ok {
			order = append(order, s.Source)
		}
		bySrc[s.Source] = append(bySrc[s.Source], i)
	}
	parts := make([]int, len(sents))
	for si, src := range order {
		idx := bySrc[src]
		for j, i := range idx {
			parts[i] = si*gazParts + j*gazParts/len(idx)
		}
	}
	// A sentence that shares a 30-letter window with an earlier one (the
	// same newswire annotated by two corpora) joins that one's part, or
	// the copy would leak its names into the other's statistics.
	seen := map[uint64]int{}
	for _, src := range order {
		for _, i := range bySrc[src] {
			rs := letters(sents[i])
			windows(rs, func(k uint64) bool {
				if p, ok := seen[k]; ok {
					parts[i] = p
					return false
				}
				return true
			})
			windows(rs, func(k uint64) bool {
				if _, ok := seen[k]; !ok {
					seen[k] = parts[i]
				}
				return true
			})
		}
	}
	return parts
}

// buildGazetteer counts the training sentences (analysed as toks) into
// a full gazetteer and one per jackknife part.
func buildGazetteer(sents []Sentence, toks [][]token, parts []int) (*gazetteer, map[int]*gazetteer) {
	full, per := newGazetteer(), map[int]*gazetteer{}
	tags := []int{}
	for i, s := range sents {
		tags = tags[:0]
		for _, t := range s.Tags {
			tags = append(tags, tagIndex(t))
		}
		full.count(toks[i], tags)
		p := per[parts[i]]
		if p == nil {
			p = newGazetteer()
			per[parts[i]] = p
		}
		p.count(toks[i], tags)
	}
	return full, per
}

func countBucket(c uint16) uint64 {
	switch {
	case c == 0:
		return 0
	case c == 1:
		return 1
	case c < 4:
		return 2
	case c < 10:
		return 3
	case c < 30:
		return 4
	}
	return 5
}

// markGaz sets the gazetteer values of analysed tokens.
func markGaz(v gazView, toks []token) {
	if v.full == nil {
		return
	}
	for i := range toks {
		toks[i].gazPh = 0
	}
	markGazPhrases(v, toks)
}

// markGazPhrases marks the longest gazetteer phrase matches, left to
// right, with their majority type and B/I position.
func markGazPhrases(v gazView, toks []token) {
	for i := 0; i < len(toks); {
		h, bestLen, bestType := uint64(fnvOffset), 0, 0
		for j := i; j < len(toks) && j-i < v.full.maxLen; j++ {
			h = phraseHash(h, toks[j].strip)
			if c, ok := v.phrase(h); ok {
				bestLen, bestType = j-i+1, slices.Index(c[:], slices.Max(c[:]))
			}
			if !v.full.starts.continues(h) {
				break
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		for j := i; j < i+bestLen; j++ {
			toks[j].gazPh = uint64(bestType+1)*4 + uint64(min(j-i, 1))*2 + b2u(bestLen > 1)
		}
		i += bestLen
	}
}
