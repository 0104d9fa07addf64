package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// normalizeRef is Normalize written plainly, rune by rune: the fast paths
// (a fold table, returning unchanged words as they are) must agree with it.
func normalizeRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch f := foldSlow(r); f {
		case -1:
		case -2:
			b.WriteString("لا")
		default:
			b.WriteRune(f)
		}
	}
	return b.String()
}

func TestNormalizeFastPaths(t *testing.T) {
	cases := []string{"", "بغداد", "أسفرت", "قُتِلَ", "ABC def", "مدرسةٌ", "ﻻ", "x\xffy", "\ufffd", "٢٠٢١", "الـــعراق", "a\u200fb", "گ"}
	for _, c := range cases {
		if got, want := Normalize(c), normalizeRef(c); got != want {
			t.Errorf("Normalize(%q) = %q; want %q", c, got, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if foldRune(r) != foldSlow(r) {
			t.Fatalf("foldRune(%U) = %d; want %d", r, foldRune(r), foldSlow(r))
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"بغداد", "أسفرت", "x\xffy", "ﻻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeRef(s); got != want {
			t.Errorf("Normalize(%q) = %q; want %q", s, got, want)
		}
	})
}

func TestClassifyTable(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if classify(r) != classifySlow(r) {
			t.Fatalf("classify(%U) = %d; want %d", r, classify(r), classifySlow(r))
		}
	}
}

func TestTokenTextsFromInvalidUTF8(t *testing.T) {
	toks := Tokenize("قتل\xff جندي")
	if len(toks) != 3 || toks[1].Text != "\ufffd" {
		t.Fatalf("tokens %+v; want the invalid byte as a U+FFFD token", toks)
	}
	for _, tok := range Tokenize("قُتِلَ جنديان، وأصيب ٣٫٥") {
		if !utf8.ValidString(tok.Text) || tok.Text == "" {
			t.Errorf("token %+v", tok)
		}
	}
}
