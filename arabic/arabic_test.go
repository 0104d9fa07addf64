package arabic

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"diacritics", "قُتِلَ", "قتل"},
		{"tatweel", "بغـــداد", "بغداد"},
		{"alef forms", "أإآ", "ااا"},
		{"ya and ta marbuta", "مصطفى البصرة", "مصطفي البصره"},
		{"indic digits", "٢٠٢٠ ۱۵", "2020 15"},
		{"marks", "a\u200fb", "ab"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in); got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestSplitClitics(t *testing.T) {
	v := NewVocab(map[string]int32{"القوات": 500, "بغداد": 900, "وبغداد": 40, "الحشد": 300, "وزير": 800, "زير": 5, "لكن": 900, "ايران": 700})
	cases := []struct{ in, key, prefix string }{
		{"والقوات", "القوات", "و"},
		{"للحشد", "الحشد", "ل"},
		{"وبغداد", "بغداد", "و"},
		{"وزير", "وزير", ""},
		{"لايران", "ايران", "ل"},
		{"بالمعقل", "المعقل", "ب"}, // unknown whole word with ال remainder
		{"القوات", "القوات", ""},
		{"بلد", "بلد", ""},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			k, p := v.SplitClitics(c.in)
			if k != c.key || p != c.prefix {
				t.Errorf("SplitClitics(%q) = %q,%q want %q,%q", c.in, k, p, c.key, c.prefix)
			}
		})
	}
}

func TestSurface(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"والبصرة", "و", "البصرة"},
		{"للحشد", "ل", "الحشد"},
		{"وَبغداد", "و", "بغداد"},
		{"بغداد", "", "بغداد"},
	}
	for _, c := range cases {
		if got := Surface(c.text, c.prefix); got != c.want {
			t.Errorf("Surface(%q,%q) = %q want %q", c.text, c.prefix, got, c.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "قُتل 3.5 شخصاً، في «بغداد».\nوسقط صاروخ!"
	toks := Tokenize(text)
	runes := []rune(text)
	for _, tk := range toks {
		if string(runes[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("token %q has span %v covering %q", tk.Text, tk.Span, string(runes[tk.Start:tk.End]))
		}
	}
	var words []string
	for _, tk := range toks {
		words = append(words, tk.Text)
	}
	want := "قُتل|3.5|شخصاً|،|في|«|بغداد|»|.|وسقط|صاروخ|!"
	if got := strings.Join(words, "|"); got != want {
		t.Errorf("tokens = %s\nwant     %s", got, want)
	}
	if toks[0].Key != "قتل" {
		t.Errorf("key of first token = %q", toks[0].Key)
	}
	if last := toks[len(toks)-1]; last.Sentence != 1 {
		t.Errorf("last token in sentence %d, want 1", last.Sentence)
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"full stops", "سقط صاروخ. وقتل شخص.", []string{"سقط صاروخ.", "وقتل شخص."}},
		{"decimal", "بلغ 3.5 مليون. انتهى", []string{"بلغ 3.5 مليون.", "انتهى"}},
		{"question and lines", "هل حدث؟ نعم\nسطر ثان", []string{"هل حدث؟", "نعم", "سطر ثان"}},
		{"closing quote", "قال «انتهى.» ثم غادر", []string{"قال «انتهى.»", "ثم غادر"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(c.text) {
				got = append(got, string([]rune(c.text)[s.Start:s.End]))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q want %q", got, c.want)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		text  string
		want  int
		vague bool
	}{
		{"14 شخصا", 14, false},
		{"١٢ قتيلا", 12, false},
		{"ثلاثة أشخاص", 3, false},
		{"خمسة عشر جنديا", 15, false},
		{"ثلاثة وعشرين", 23, false},
		{"عشرات القتلى", 12, true},
		{"5 آلاف", 5000, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			n, ok := ParseNumber(Tokenize(c.text), 0)
			if !ok || n.Value != c.want || n.Vague != c.vague {
				t.Errorf("ParseNumber(%q) = %+v, %v; want %d vague=%v", c.text, n, ok, c.want, c.vague)
			}
		})
	}
	if _, ok := ParseNumber(Tokenize("بغداد"), 0); ok {
		t.Error("a place name parsed as a number")
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"قُتل 3.5 شخصاً، في «بغداد».", "", "\x00\xff", "a.b.c", "١٫٥"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runes := []rune(s)
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End > len(runes) || tk.Start >= tk.End {
				t.Fatalf("bad span %v (prev end %d, %d runes)", tk.Span, prev, len(runes))
			}
			if string(runes[tk.Start:tk.End]) != tk.Text {
				t.Fatalf("span text mismatch %q", tk.Text)
			}
			prev = tk.End
		}
		for _, sp := range Sentences(s) {
			if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
				t.Fatalf("bad sentence %v", sp)
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("وقالت مصادر أمنية إن صاروخين سقطا قرب المطار مساء الثلاثاء، دون وقوع إصابات. ", 50)
	DefaultVocab()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tokenize(text)
	}
}

// TestTokenizeDigitsBeforeLetters checks that a number glued to the Arabic
// letter after it ("2021م", "1443هـ") gives two tokens, and that numbers
// inside Latin words and decimals stay whole.
func TestTokenizeDigitsBeforeLetters(t *testing.T) {
	cases := []struct{ text, want string }{
		{"16 سبتمبر 2021م", "16|سبتمبر|2021|م"},
		{"9 صفر 1443هـ", "9|صفر|1443|هـ"},
		{"٢٠٢١م", "٢٠٢١|م"},
		{"طائرة F16 وصاروخ S-400", "طائرة|F16|وصاروخ|S|-|400"},
		{"بلغ 3.5مليون", "بلغ|3.5|مليون"},
		{"ب2000 دولار", "ب2000|دولار"},
	}
	for _, c := range cases {
		var words []string
		for _, tk := range Tokenize(c.text) {
			words = append(words, tk.Text)
		}
		if got := strings.Join(words, "|"); got != c.want {
			t.Errorf("Tokenize(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
