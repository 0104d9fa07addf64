package entities

import "github.com/rasid-osint/rasid/domain"

// trie matches multi-word names over token keys, longest first.
type trie[T any] struct {
	root node[T]
}

type node[T any] struct {
	next map[string]*node[T]
	vals []T
}

// add inserts a phrase given as its token keys.
func (t *trie[T]) add(keys []string, v T) {
	n := &t.root
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*node[T]{}
		}
		c, ok := n.next[k]
		if !ok {
			c = &node[T]{}
			n.next[k] = c
		}
		n = c
	}
	n.vals = append(n.vals, v)
}

// longest returns the values of the longest phrase starting at toks[i] and
// the number of tokens it covers (0 when none). A phrase never crosses a
// sentence boundary.
func (t *trie[T]) longest(toks []domain.Token, i int) ([]T, int) {
	n := &t.root
	var best []T
	bestLen := 0
	for j := i; j < len(toks) && n.next != nil; j++ {
		if toks[j].Sentence != toks[i].Sentence {
			break
		}
		c, ok := n.next[toks[j].Key]
		if !ok {
			c, ok = n.next[toks[j].Norm]
		}
		if !ok {
			break
		}
		n = c
		if len(n.vals) > 0 {
			best, bestLen = n.vals, j-i+1
		}
	}
	return best, bestLen
}
