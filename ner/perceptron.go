package ner

// perceptron holds training weights with the lazy-averaging trick:
// w are the current weights, u accumulate step*update, and the average
// after c steps is w - u/c.
type perceptron struct {
	w      []float32
	u      []float64
	tw, tu [numTags + 1][numTags]float32
	c      float32
	scores []float32
	back   []int8
	pred   []int
}

func newPerceptron(rows int) *perceptron {
	return &perceptron{w: make([]float32, rows*numTags), u: make([]float64, rows*numTags), c: 1}
}

// learn decodes one sample with the current weights, updates on
// mistakes and returns the number of wrong tags.
func (p *perceptron) learn(m *Model, s *sample) int {
	n := len(s.gold)
	if cap(p.scores) < n*numTags {
		p.scores, p.back, p.pred = make([]float32, n*numTags), make([]int8, n*numTags), make([]int, n)
	}
	scores, pred := p.scores[:n*numTags], p.pred[:n]
	for i, fs := range s.feats {
		row := scores[i*numTags : i*numTags+numTags]
		clear(row)
		for _, f := range fs {
			w := p.w[int(f)*numTags : int(f)*numTags+numTags]
			for t := range row {
				row[t] += w[t]
			}
		}
	}
	m.trans = p.tw
	m.viterbi(scores, p.back[:n*numTags], pred)
	errs := 0
	for i := 0; i < n; i++ {
		g, q := s.gold[i], pred[i]
		if g != q {
			errs++
			for _, f := range s.feats[i] {
				p.step(int(f)*numTags+g, 1)
				p.step(int(f)*numTags+q, -1)
			}
		}
		gp, qp := 0, 0
		if i > 0 {
			gp, qp = s.gold[i-1]+1, pred[i-1]+1
		}
		if gp != qp || g != q {
			p.tw[gp][g]++
			p.tu[gp][g] += p.c
			p.tw[qp][q]--
			p.tu[qp][q] -= p.c
		}
	}
	p.c++
	return errs
}

func (p *perceptron) step(k int, d float32) {
	p.w[k] += d
	p.u[k] += float64(d * p.c)
}

// average writes the averaged weights into m.
func (p *perceptron) average(m *Model) {
	m.weights = make([]float32, len(p.w))
	for k := range p.w {
		m.weights[k] = float32(float64(p.w[k]) - p.u[k]/float64(p.c))
	}
	for a := range p.tw {
		for b := range p.tw[a] {
			m.trans[a][b] = p.tw[a][b] - p.tu[a][b]/p.c
		}
	}
}
