package sqlite

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
)

// MatchExpr turns an analyst's query into a safe FTS5 MATCH expression:
// every word becomes a quoted string (so FTS5 syntax characters in the
// input cannot break the query), double-quoted runs stay phrases, and the
// upper-case word OR between terms is kept, a word ending in * matches as
// a prefix. Terms are otherwise ANDed. It
// returns "" when the query has no words.
func MatchExpr(q string) string {
	var parts []string
	for i, chunk := range strings.Split(q, `"`) {
		if i%2 == 1 {
			if p := phrase(chunk); p != "" {
				parts = append(parts, p)
			}
			continue
		}
		for _, w := range strings.Fields(chunk) {
			if w == "OR" {
				if len(parts) > 0 && parts[len(parts)-1] != "OR" {
					parts = append(parts, "OR")
				}
				continue
			}
			prefix := strings.HasSuffix(w, "*")
			if p := phrase(strings.TrimRight(w, "*")); p != "" {
				if prefix {
					p += " *"
				}
				parts = append(parts, p)
			}
		}
	}
	for len(parts) > 0 && parts[len(parts)-1] == "OR" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// phrase quotes the words of s as one FTS5 phrase, or returns "".
func phrase(s string) string {
	var words []string
	for _, t := range arabic.Tokenize(s) {
		if t.IsWord() {
			words = append(words, strings.ReplaceAll(t.Text, `"`, ""))
		}
	}
	if len(words) == 0 {
		return ""
	}
	return `"` + strings.Join(words, " ") + `"`
}
