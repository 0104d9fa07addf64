package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of a CoNLL-style file: its tokens and, when
// the file has them, one tag per token.
type Sentence struct {
	Tokens []string
	Tags   []string
	// Source names the corpus the sentence came from, for domain
	// adaptation in training; empty for plain input.
	Source string
}

// TagColumn says which column of a CoNLL line holds the tag.
type TagColumn int

const (
	// TagLast takes the last column (ANERcorp, AQMAR, conll_score.py).
	TagLast TagColumn = iota
	// TagSecond takes the second column, the outermost tag of a nested
	// file such as Wojood.
	TagSecond
	// TagAll keeps every tag column joined by spaces, for corpus mappers
	// that look at nested layers.
	TagAll
)

// ReadOptions controls ReadCoNLL.
type ReadOptions struct {
	Column TagColumn
	// Separator is a token that, alone on a line, ends a sentence and is
	// dropped (Wojood's "$#$"). Empty means none.
	Separator string
}

// cleanLine removes the BOM, carriage returns and bidirectional marks
// that some corpora carry.
func cleanLine(s string) string {
	s = strings.TrimRight(s, "\r\n")
	if strings.ContainsAny(s, "\u200e\u200f\ufeff") {
		s = strings.Map(func(r rune) rune {
			if r == '\u200e' || r == '\u200f' || r == '\ufeff' {
				return -1
			}
			return r
		}, s)
	}
	return s
}

// ReadCoNLL reads one-token-a-line text: fields separated by spaces or
// tabs, the token first, a blank (or white-space-only) line between
// sentences. A line with one field has tag O. It returns the sentences
// read before any I/O error, wrapped with the line number.
func ReadCoNLL(r io.Reader, o ReadOptions) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(cleanLine(sc.Text()))
		if len(f) == 0 || (o.Separator != "" && f[0] == o.Separator) {
			flush()
			continue
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Tags = append(cur.Tags, pickTag(f, o.Column))
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("read conll: after %d sentences: %w", len(out), err)
	}
	return out, nil
}

func pickTag(f []string, c TagColumn) string {
	switch {
	case len(f) < 2:
		return "O"
	case c == TagSecond:
		return f[1]
	case c == TagAll:
		return strings.Join(f[1:], " ")
	}
	return f[len(f)-1]
}

// RepairIOB rewrites tags in place so that they are valid IOB2: an I-X
// that does not follow B-X or I-X becomes B-X.
func RepairIOB(tags []string) {
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && prev[min(2, len(prev)):] != t[2:] {
			tags[i] = "B-" + t[2:]
		}
		prev = tags[i]
	}
}
