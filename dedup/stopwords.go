package dedup

import (
	_ "embed"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
)

//go:embed stopwords.txt
var stopwordsTxt string

var stopwords = parseStopwords(stopwordsTxt)

func parseStopwords(s string) map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[arabic.Normalize(line)] = true
		}
	}
	return m
}

// stripArticle removes a leading definite article, alone or after one of
// the proclitics و ف ب ك, and لل, when at least three letters remain.
func stripArticle(w string) string {
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "ال"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len([]rune(rest)) >= 3 {
			return rest
		}
	}
	return w
}
