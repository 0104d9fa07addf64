package web

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
)

func mk(start, end int, tag, class string) Mark {
	return Mark{Span: domain.Span{Start: start, End: end}, Tag: tag, Class: class}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text string
		marks      []Mark
		want       string
	}{
		{"none", "قتل <b>", nil, "قتل &lt;b&gt;"},
		{"arabic runes", "قُتِلَ جندي", []Mark{mk(7, 11, "mark", "e")}, `قُتِلَ <mark class="e">جندي</mark>`},
		{"nested", "abcdef", []Mark{mk(0, 6, "mark", "ev"), mk(2, 4, "span", "hl")}, `<mark class="ev">ab<span class="hl">cd</span>ef</mark>`},
		{"crossing is cut", "abcdef", []Mark{mk(0, 3, "mark", "a"), mk(2, 5, "span", "b")}, `<mark class="a">ab<span class="b">c</span></mark>def`},
		{"same span nests", "abc", []Mark{mk(0, 3, "mark", "a"), mk(0, 3, "span", "b")}, `<mark class="a"><span class="b">abc</span></mark>`},
		{"out of range clamped", "abc", []Mark{mk(-2, 99, "mark", "")}, `<mark>abc</mark>`},
		{"empty dropped", "abc", []Mark{mk(2, 2, "mark", "x"), mk(3, 1, "mark", "y")}, `abc`},
		{"escapes inside", "a<i>b", []Mark{mk(1, 4, "mark", "")}, `a<mark>&lt;i&gt;</mark>b`},
		{"attribute escaped", "ab", []Mark{{Span: domain.Span{Start: 0, End: 1}, Tag: "script", Class: `x" onclick="y`, Title: "<t>"}},
			`<span class="x&#34; onclick=&#34;y" title="&lt;t&gt;">a</span>b`},
		{"adjacent", "abcd", []Mark{mk(0, 2, "mark", ""), mk(2, 4, "mark", "")}, `<mark>ab</mark><mark>cd</mark>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(Highlight(tc.text, tc.marks)); got != tc.want {
				t.Errorf("Highlight(%q) =\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
}

var tagRE = regexp.MustCompile(`</?(mark|span)[^>]*>`)

// FuzzHighlight checks that highlighting never changes the text: with the
// tags removed and the escapes undone, the output is the input (NUL, which
// html/template's escaper replaces, aside).
func FuzzHighlight(f *testing.F) {
	f.Add("قُتِلَ جندي في <b>بغداد</b>", 2, 9, 4, 20)
	f.Add("abc", -1, 2, 1, 1)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(text) {
			t.Skip("invalid UTF-8: article text is valid")
		}
		out := string(Highlight(text, []Mark{mk(s1, e1, "mark", "a"), mk(s2, e2, "span", "b")}))
		if strings.Count(out, "<mark") != strings.Count(out, "</mark>") || strings.Count(out, "<span") != strings.Count(out, "</span>") {
			t.Fatalf("unbalanced tags: %q", out)
		}
		if back := html.UnescapeString(tagRE.ReplaceAllString(out, "")); back != strings.ReplaceAll(text, "\x00", "\uFFFD") {
			t.Fatalf("text changed: %q -> %q", text, back)
		}
	})
}

func BenchmarkHighlight(b *testing.B) {
	text := strings.Repeat("قتل ثلاثة جنود في هجوم على حاجز للجيش قرب بغداد. ", 200)
	var marks []Mark
	for i := 0; i < 200; i++ {
		marks = append(marks, mk(i*50, i*50+40, "mark", "ev"), mk(i*50+4, i*50+9, "span", "hl"))
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Highlight(text, marks)
	}
}
