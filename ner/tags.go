package ner

import "strings"

// Types are the entity types the model knows, in tag-index order.
var Types = []string{"PERS", "LOC", "ORG", "MISC"}

// tagNames lists the IOB2 tags by index: O, then B-/I- for each type.
var tagNames = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// numTags is the size of the tag set.
const numTags = 9

// tagIndex maps a tag name to its index; unknown tags map to O (0).
func tagIndex(tag string) int {
	for i, t := range tagNames {
		if t == tag {
			return i
		}
	}
	return 0
}

// isInside reports whether tag index t is an I- tag.
func isInside(t int) bool { return t > 0 && t%2 == 0 }

// allowed reports whether tag b may follow tag a in IOB2: an I-X tag
// must follow B-X or I-X. a = -1 stands for the sentence start.
func allowed(a, b int) bool {
	if !isInside(b) {
		return true
	}
	return a == b || a == b-1
}

// Span is an entity found by the tagger: token indexes [Start, End) and
// its type, one of PERS, LOC, ORG, MISC.
type Span struct {
	Start, End int
	Type       string
}

// aliases unify type names the way conll_score.py does.
var aliases = map[string]string{"PER": "PERS", "MIS": "MISC"}

func canonType(t string) string {
	if a, ok := aliases[t]; ok {
		return a
	}
	return t
}

// Spans turns IOB2 tags into entity spans with the CoNLL-2003 reading:
// an entity starts at B-X, or at I-X that does not continue an entity of
// type X, and ends before O, B-, or an I- tag of another type. Tags that
// are neither O nor B-/I- continue the current entity.
func Spans(tags []string) []Span {
	var out []Span
	start, typ, open := 0, "", false
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		isI := strings.HasPrefix(t, "I-")
		if t == "O" || strings.HasPrefix(t, "B-") || (isI && (!open || canonType(t[2:]) != typ)) {
			if open {
				out = append(out, Span{Start: start, End: i, Type: typ})
			}
			open = t != "O"
			if open {
				start, typ = i, canonType(t[2:])
			}
		}
	}
	return out
}
