package arabic

import "strings"

// Proclitic clusters that precede the article ال, longest first. Each pairs
// the written cluster with the prefix recorded on the token.
var alClusters = []struct{ written, prefix string }{
	{"وبال", "وب"}, {"فبال", "فب"}, {"وكال", "وك"}, {"فكال", "فك"},
	{"وال", "و"}, {"فال", "ف"}, {"بال", "ب"}, {"كال", "ك"},
	{"ولل", "ول"}, {"فلل", "فل"}, {"لل", "ل"},
}

// Bare proclitic clusters (no article), longest first.
var bareClusters = []string{"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"}

// SplitClitics splits the proclitics off a normalised word when the
// remainder is a word the vocabulary knows. It returns the key and the
// prefix (empty when nothing is split). "والقوات" gives "القوات", "و";
// "للحشد" gives "الحشد", "ل"; "وزير" stays whole.
func (v *Vocab) SplitClitics(w string) (key, prefix string) {
	if !startsProclitic(w) || strings.HasPrefix(w, "ال") {
		return w, "" // most words: no vocabulary lookup at all
	}
	count := int32(-1) // v.Count(w), looked up once when needed
	for _, c := range alClusters {
		if !strings.HasPrefix(w, c.written) || runeLen(w)-runeLen(c.written) < 2 {
			continue
		}
		if count < 0 {
			count = v.Count(w)
		}
		rest := "ال" + w[len(c.written):]
		if count < MinKnown || v.Known(rest) && v.Count(rest) >= count {
			return rest, c.prefix
		}
	}
	for _, c := range bareClusters {
		if !strings.HasPrefix(w, c) || runeLen(w)-runeLen(c) < 3 {
			continue
		}
		if count < 0 {
			count = v.Count(w)
		}
		rest := w[len(c):]
		if v.Known(rest) && v.Count(rest) > 2*count {
			return rest, c
		}
	}
	return w, ""
}

// startsProclitic reports whether w starts with a letter that can be a
// proclitic (و ف ب ل ك).
func startsProclitic(w string) bool {
	for _, r := range w {
		return r == 'و' || r == 'ف' || r == 'ب' || r == 'ل' || r == 'ك'
	}
	return false
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// Surface returns a token's text without its proclitics, as the guidelines
// want mentions written: "والبصرة" gives "البصرة", "للحشد" gives "الحشد".
// Diacritics stay as written.
func Surface(text, prefix string) string {
	rest := string([]rune(text)[PrefixLen(text, prefix):])
	if prefix != "" && strings.HasSuffix(prefix, "ل") && strings.HasPrefix(Normalize(rest), "ل") && !strings.HasPrefix(Normalize(rest), "ال") {
		return "ا" + rest
	}
	return rest
}

// PrefixLen returns how many runes of text the proclitics cover, so that a
// mention's span can start after them. Diacritics on the proclitics count.
func PrefixLen(text, prefix string) int {
	if prefix == "" {
		return 0
	}
	n := runeLen(prefix)
	rs := []rune(text)
	i := 0
	for i < len(rs) && n > 0 {
		if classify(rs[i]) != classMark {
			n--
		}
		i++
	}
	for i < len(rs) && classify(rs[i]) == classMark {
		i++
	}
	return i
}
