package entities

import (
	"embed"
	"fmt"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// phrases maps normalised phrases (words joined by a space) to their
// kinds; a phrase listed under several kinds has them joined by "|".
type phrases map[string]string

// is reports whether phrase p is listed under kind.
func (ps phrases) is(p, kind string) bool {
	for _, k := range strings.Split(ps[p], "|") {
		if k == kind {
			return true
		}
	}
	return false
}

// readPhrases reads a "kind<TAB>phrase" file into a map keyed by the
// normalised phrase with one proclitic cluster removed from each word.
func readPhrases(name string) (phrases, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	out := phrases{}
	err = tsv.Read(name, b, 2, func(f []string) error {
		kind, p := f[0], f[1]
		if strings.TrimSpace(p) == "" {
			return fmt.Errorf("empty phrase")
		}
		k := phraseKey(p)
		if old, ok := out[k]; ok && old != kind {
			kind = old + "|" + kind
		}
		out[k] = kind
		return nil
	})
	return out, err
}

// phraseKey is the key a phrase of the data files is compared under: the
// tokens' matching keys joined by spaces.
func phraseKey(s string) string {
	toks := arabic.Tokenize(s)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		keys = append(keys, t.Key)
	}
	return strings.Join(keys, " ")
}

// endingInTa returns the keys of the phrases of a data file written with a
// final ة: "نادية" is a name, "ناديه" is "his club".
func endingInTa(name string) (map[string]bool, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	err = tsv.Read(name, b, 2, func(f []string) error {
		if strings.HasSuffix(strings.TrimSpace(f[1]), "ة") {
			out[phraseKey(f[1])] = true
		}
		return nil
	})
	return out, err
}
