package domain

// Span is a half-open range [Start, End) of rune offsets into an
// article's cleaned Text. Offsets are runes, not bytes, because the output
// contract and the scorer count runes.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Overlaps reports whether s and o share at least one rune.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Token is one word or punctuation mark of an article's Text.
type Token struct {
	Span
	// Text is the token exactly as written.
	Text string
	// Key is the matching key: normalised (no diacritics, tatweel, alef
	// variants, Arabic-Indic digits) and, where the remainder is a known
	// word, with its proclitics removed.
	Key string
	// Norm is the normalised form before clitic splitting.
	Norm string
	// Prefix holds the proclitics split off to form Key ("و", "وب", "لل"...).
	Prefix string
	// Sentence is the index of the sentence holding the token.
	Sentence int
}

// IsWord reports whether the token holds a letter or digit.
func (t Token) IsWord() bool {
	for _, r := range t.Text {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
		r >= 0x0600 && r <= 0x06FF && !(r == 0x060C || r == 0x061B || r == 0x061F || r == 0x066A || r == 0x066B || r == 0x066C || r == 0x06D4) ||
		r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// Article is one news report as rasid reads, cleans and analyses it.
type Article struct {
	// DocID is the file stem, or the id field of a JSON Lines record.
	DocID string `json:"doc_id"`
	// Source names where the article was read from (path, path:line, URL).
	Source string `json:"source,omitempty"`
	// Outlet is the publishing site or agency, when known.
	Outlet string `json:"outlet,omitempty"`
	// URL is the article's address, when known.
	URL string `json:"url,omitempty"`
	// Published is the publication date, from metadata or a dateline.
	Published *Date `json:"published,omitempty"`
	// Title is the headline as read.
	Title string `json:"title,omitempty"`
	// Raw is the text (or HTML) as read, before cleaning.
	Raw string `json:"-"`
	// RawHTML is true when Raw holds a web page.
	RawHTML bool `json:"-"`
	// Text is the cleaned headline and body; every Span points into it.
	Text string `json:"text"`
	// Sentences are the spans of Text's sentences, in order.
	Sentences []Span `json:"-"`
	// Tokens are Text's tokens, in order.
	Tokens []Token `json:"-"`
	// Entities are the people, organisations and places named.
	Entities []*Entity `json:"entities"`
	// Descriptors are generic actor mentions (القوات الأمنية, متظاهرون),
	// kept for event coding; they are not named entities.
	Descriptors []*Entity `json:"-"`
	// Events are the events coded from the text.
	Events []*Event `json:"events"`
	// StoryID groups articles reporting the same main event.
	StoryID string `json:"story_id"`
	// Warnings are non-fatal notes from the stages (for example an
	// undecodable date line), kept for the analyst.
	Warnings []string `json:"warnings,omitempty"`
}

// SentenceOf returns the index of the sentence containing rune offset pos,
// or -1 when none does.
func (a *Article) SentenceOf(pos int) int {
	lo, hi := 0, len(a.Sentences)-1
	for lo <= hi {
		m := (lo + hi) / 2
		s := a.Sentences[m]
		switch {
		case pos < s.Start:
			hi = m - 1
		case pos >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Slice returns the text a span covers.
func (a *Article) Slice(s Span) string { return SliceRunes(a.Text, s) }

// SliceRunes returns the runes [s.Start, s.End) of text, clamped to its
// length; an empty or inverted span gives "".
func SliceRunes(text string, s Span) string {
	start, end := -1, len(text)
	i := 0
	for b := range text {
		if i == s.Start {
			start = b
		}
		if i == s.End {
			end = b
			break
		}
		i++
	}
	if start < 0 || s.End <= s.Start {
		return ""
	}
	return text[start:end]
}
