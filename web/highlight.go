package web

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
)

// Mark is a span of text to wrap in an element: Tag is "mark" or "span",
// Class and Title its attributes. Spans are rune offsets.
type Mark struct {
	domain.Span
	Tag   string
	Class string
	Title string
}

// Highlight returns text as HTML with each mark's rune span wrapped in its
// element. Every piece of text and every attribute is escaped; marks are
// clamped to the text, empty ones dropped, and a mark that crosses the end
// of an enclosing one is cut at that end so the elements nest.
func Highlight(text string, marks []Mark) template.HTML {
	n := utf8.RuneCountInString(text)
	ms := make([]Mark, 0, len(marks))
	for _, m := range marks {
		m.Start, m.End = max(m.Start, 0), min(m.End, n)
		if m.Start < m.End {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	h := highlighter{text: text}
	var open []Mark
	for _, m := range ms {
		for len(open) > 0 && open[len(open)-1].End <= m.Start {
			h.close(open[len(open)-1])
			open = open[:len(open)-1]
		}
		if len(open) > 0 && m.End > open[len(open)-1].End {
			m.End = open[len(open)-1].End
		}
		h.open(m)
		open = append(open, m)
	}
	for i := len(open) - 1; i >= 0; i-- {
		h.close(open[i])
	}
	h.textTo(n)
	return template.HTML(h.b.String())
}

// highlighter writes escaped text and elements, walking text once.
type highlighter struct {
	b    strings.Builder
	text string // the rest of the text
	pos  int    // rune offset of text[0]
}

// textTo writes the escaped text up to rune offset end.
func (h *highlighter) textTo(end int) {
	i := 0
	for h.pos < end && i < len(h.text) {
		_, size := utf8.DecodeRuneInString(h.text[i:])
		i += size
		h.pos++
	}
	h.b.WriteString(template.HTMLEscapeString(h.text[:i]))
	h.text = h.text[i:]
}

func (h *highlighter) open(m Mark) {
	h.textTo(m.Start)
	h.b.WriteString("<" + tagName(m.Tag))
	if m.Class != "" {
		h.b.WriteString(` class="` + template.HTMLEscapeString(m.Class) + `"`)
	}
	if m.Title != "" {
		h.b.WriteString(` title="` + template.HTMLEscapeString(m.Title) + `"`)
	}
	h.b.WriteString(">")
}

func (h *highlighter) close(m Mark) {
	h.textTo(m.End)
	h.b.WriteString("</" + tagName(m.Tag) + ">")
}

// tagName allows only the two elements Highlight writes.
func tagName(t string) string {
	if t == "mark" {
		return "mark"
	}
	return "span"
}
