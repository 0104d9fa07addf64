package ner

import "math"

// train runs skip-gram with negative sampling over seq (vocabulary ids,
// -1 between sentences) for o.Epochs passes, with a linearly decaying
// learning rate, in one thread.
func (s *sgState) train(e *Embeddings, seq, stem []int32) {
	o := s.o
	total := 0.0
	for _, c := range e.Count {
		total += float64(c)
	}
	keep := make([]uint64, len(e.Count)) // keep probability * 2^16
	for i, c := range e.Count {
		f, t := float64(c), o.Sample*total
		p := (math.Sqrt(f/t) + 1) * t / f
		keep[i] = uint64(min(p, 1) * 65536)
	}
	planned := float64(len(seq)) * float64(o.Epochs)
	done := 0
	sen := make([]int32, 0, 1024)
	for ep := 1; ep <= o.Epochs; ep++ {
		start := 0
		for start < len(seq) {
			end := start
			for end < len(seq) && seq[end] >= 0 && end-start < 1000 {
				end++
			}
			sen = sen[:0]
			for _, w := range seq[start:end] {
				if s.next()&0xFFFF < keep[w] {
					sen = append(sen, w)
				}
			}
			alpha := float32(o.Alpha * max(1-float64(done)/(planned+1), 1e-4))
			s.sentence(sen, stem, alpha)
			done += end - start + 1
			start = end
			if start < len(seq) && seq[start] < 0 {
				start++
			}
		}
		if o.Progress != nil {
			o.Progress(ep)
		}
	}
}

// sentence trains every (word, context) pair of one sentence, with a
// window shrunk at random per word as in word2vec.
func (s *sgState) sentence(sen, stem []int32, alpha float32) {
	win := s.o.Window
	for pos, w := range sen {
		b := int(s.next() % uint64(win))
		st := int32(-1)
		if stem != nil {
			st = stem[w]
		}
		for c := pos - win + b; c <= pos+win-b; c++ {
			if c == pos || c < 0 || c >= len(sen) {
				continue
			}
			s.pair(w, sen[c], alpha)
			if st >= 0 {
				s.pair(st, sen[c], alpha)
			}
		}
	}
}

// pair moves in's vector towards predicting out and away from
// o.Negative words drawn from the unigram table.
func (s *sgState) pair(in, out int32, alpha float32) {
	d := s.o.Dim
	l1 := s.syn0[int(in)*d : int(in)*d+d]
	neu := s.neu1e[:d]
	clear(neu)
	for k := 0; k <= s.o.Negative; k++ {
		target, label := out, float32(1)
		if k > 0 {
			target, label = s.table[s.next()%uint64(len(s.table))], 0
			if target == out {
				continue
			}
		}
		l2 := s.syn1[int(target)*d : int(target)*d+d]
		f := dot(l1, l2)
		var g float32
		switch {
		case f > maxExp:
			g = (label - 1) * alpha
		case f < -maxExp:
			g = label * alpha
		default:
			g = (label - s.expTable[min(int((f+maxExp)*(float32(expSize)/(2*maxExp))), expSize-1)]) * alpha
		}
		axpy(neu, g, l2)
		axpy(l2, g, l1)
	}
	axpy(l1, 1, neu)
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// axpy adds g*x to y.
func axpy(y []float32, g float32, x []float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += g * x[i]
	}
}
