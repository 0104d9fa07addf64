package ner

// proclitics are one-letter tokens that a clitic-splitting corpus
// separates from the word they belong to.
var proclitics = map[string]bool{"و": true, "ف": true, "ب": true, "ل": true, "ك": true, "س": true}

// enclitics are pronoun suffixes that a clitic-splitting corpus writes
// as separate tokens.
var enclitics = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true, "هن": true,
	"كم": true, "كما": true, "كن": true, "ي": true, "نا": true, "ني": true}

// joinClitics re-attaches split proclitics to the next token and split
// pronoun suffixes to the previous one, so that a clitic-split corpus
// looks like surface text. The joined token keeps the content word's
// tag; a proclitic before an entity start takes part in it.
func joinClitics(s Sentence) Sentence {
	out := Sentence{Source: s.Source}
	pending := ""
	for i, tok := range s.Tokens {
		tag := s.Tags[i]
		if proclitics[tok] && tag == "O" && i+1 < len(s.Tokens) && isArabicWord(s.Tokens[i+1]) {
			pending += tok
			continue
		}
		if pending == "" && enclitics[tok] && tag == "O" && len(out.Tokens) > 0 && isArabicWord(out.Tokens[len(out.Tokens)-1]) {
			out.Tokens[len(out.Tokens)-1] += tok
			continue
		}
		out.Tokens = append(out.Tokens, pending+tok)
		out.Tags = append(out.Tags, tag)
		pending = ""
	}
	if pending != "" {
		out.Tokens = append(out.Tokens, pending)
		out.Tags = append(out.Tags, "O")
	}
	return out
}

// isArabicWord reports whether s starts with an Arabic letter.
func isArabicWord(s string) bool {
	for _, r := range s {
		return r >= 0x0621 && r <= 0x064A
	}
	return false
}
