package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable holds foldRune for the runes below U+0700 (ASCII, Latin and
// Arabic), which are nearly all the runes of Arabic news.
var foldTable = func() (t [0x0700]rune) {
	for r := range t {
		t[r] = foldSlow(rune(r))
	}
	return t
}()

// foldRune maps one rune to its matching form. It returns -1 for runes
// that are dropped (diacritics, tatweel, zero-width and direction marks)
// and -2 for the lam-alef ligature, which the caller expands.
func foldRune(r rune) rune {
	if r >= 0 && r < rune(len(foldTable)) {
		return foldTable[r]
	}
	return foldSlow(r)
}

// FoldRune is what Normalize does to one rune: the rune it becomes, -1
// when it is dropped, or -2 for the lam-alef ligature (which becomes
// "لا").
func FoldRune(r rune) rune { return foldRune(r) }

// Kept reports whether Normalize keeps r (as itself or folded to another
// letter) rather than dropping it.
func Kept(r rune) bool { return foldRune(r) != -1 }

func foldSlow(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED,
		r == 0x0640, r >= 0x200B && r <= 0x200F, r == 0x202A, r == 0x202B,
		r == 0x202C, r == 0x202D, r == 0x202E, r == 0xFEFF, r == 0x061C:
		return -1
	case r >= 0x0660 && r <= 0x0669:
		return '0' + r - 0x0660
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + r - 0x06F0
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
		return 'ا'
	case 'ى', 'ی', 'ې', 'ئ':
		return 'ي'
	case 'ؤ':
		return 'و'
	case 'ة', 'ۃ':
		return 'ه'
	case 'ک', 'ڪ':
		return 'ك'
	case 'ﻻ', 'ﻼ':
		return -2 // lam-alef ligature, expanded by the caller
	case 'گ':
		return 'ك'
	case 'ڤ':
		return 'ف'
	case 'پ':
		return 'ب'
	case 'چ':
		return 'ج'
	}
	if r < 0x80 {
		return unicode.ToLower(r)
	}
	return r
}

// Normalize returns the matching form of s: diacritics, tatweel and
// invisible marks removed, alef, ya, hamza-carrier and ta-marbuta forms
// unified, Arabic-Indic digits made ASCII, Latin lower-cased. It does not
// split clitics. Use it for keys, never for text shown to the user.
func Normalize(s string) string {
	// Most words are already in matching form: return them as they are.
	for i, r := range s {
		if r == utf8.RuneError || foldRune(r) != r {
			return normalizeFrom(s, i)
		}
	}
	return s
}

// normalizeFrom normalises s, whose first i bytes need no change.
func normalizeFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch f := foldRune(r); f {
		case -1:
		case -2:
			b.WriteString("لا")
		default:
			b.WriteRune(f)
		}
	}
	return b.String()
}

// NormalizePhrase normalises s and collapses its white space, so that
// multi-word lexicon entries compare equal however they were spaced.
func NormalizePhrase(s string) string {
	return strings.Join(strings.Fields(Normalize(s)), " ")
}
