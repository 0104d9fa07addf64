package clean

import (
	"context"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/dates"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/internal/tsv"
)

//go:embed data/chrome.tsv
var dataFS embed.FS

// Cleaner removes chrome from articles. It is safe for concurrent use.
type Cleaner struct {
	lines    map[string]bool
	prefixes []string
	regexps  []*regexp.Regexp
	// longest is the byte length of the longest chrome line or prefix
	// key: a line several times longer is a paragraph, never chrome in
	// full, so only its start is normalised and matched.
	longest int
}

// paragraphBytes is the byte length from which a line is matched against
// the chrome list by its start only.
func (c *Cleaner) paragraphBytes() int { return 4*c.longest + 64 }

// New returns a Cleaner with the embedded chrome list.
func New() (*Cleaner, error) {
	b, err := dataFS.ReadFile("data/chrome.tsv")
	if err != nil {
		return nil, err
	}
	return Parse(string(b))
}

// Parse builds a Cleaner from a chrome list ("kind<TAB>pattern" lines).
func Parse(list string) (*Cleaner, error) {
	c := &Cleaner{lines: map[string]bool{}}
	err := tsv.Read("chrome.tsv", []byte(list), 2, func(f []string) error {
		switch kind, pat := f[0], f[1]; kind {
		case "line":
			c.lines[key(pat)] = true
			c.longest = max(c.longest, len(key(pat)))
		case "prefix":
			c.prefixes = append(c.prefixes, key(pat))
			c.longest = max(c.longest, len(key(pat)))
		case "regex":
			re, err := regexp.Compile(pat)
			if err != nil {
				return err
			}
			c.regexps = append(c.regexps, re)
		default:
			return fmt.Errorf("unknown kind %q", kind)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

func key(s string) string { return strings.ToLower(arabic.NormalizePhrase(s)) }

// sameKey reports whether key(p) == k. Each rune of p that is neither
// white space nor dropped gives key(p) at least one byte, so a paragraph
// with more of them than k has bytes cannot match; this spares
// normalising a long first paragraph to compare it with the headline.
func sameKey(p, k string) bool {
	n := 0
	for _, r := range p {
		if !unicode.IsSpace(r) && arabic.Kept(r) {
			if n++; n > len(k) {
				return false
			}
		}
	}
	return key(p) == k
}

// cutBytes returns the start of s, at most n bytes, cut at a rune boundary.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Name names the stage.
func (c *Cleaner) Name() string { return "clean" }

// Process sets a.Text (headline, then the body paragraphs one a line) and
// a.Title from a.Raw, and a.Published from a dateline when it is unset.
func (c *Cleaner) Process(_ context.Context, a *domain.Article) error {
	paras, dateline := c.Paragraphs(a.Raw)
	if a.Published == nil && dateline != nil {
		a.Published = dateline
	}
	title := strings.TrimSpace(a.Title)
	if title == "" && len(paras) > 0 {
		title, paras = paras[0], paras[1:]
	} else if len(paras) > 0 && sameKey(paras[0], key(title)) {
		paras = paras[1:]
	}
	a.Title = title
	a.Text = strings.Join(append([]string{title}, paras...), "\n")
	if strings.TrimSpace(a.Text) == "" {
		return fmt.Errorf("no text left after cleaning")
	}
	return nil
}

// Paragraphs returns the body paragraphs of raw text with chrome removed,
// and the date of a dateline found at its top (nil if none).
func (c *Cleaner) Paragraphs(raw string) ([]string, *domain.Date) {
	var out []string
	var dateline *domain.Date
	seen := map[string]bool{}
	for i, line := range strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if line == "" {
			continue
		}
		k, long := line, len(line) > c.paragraphBytes()
		if long {
			// a paragraph: chrome only by its start, a repeat only verbatim
			if c.chromePrefix(key(cutBytes(line, c.paragraphBytes()))) || c.chromePattern(line, line) || seen[k] {
				continue
			}
		} else if k = key(line); c.isChrome(line, k) || seen[k] {
			continue
		}
		if len(out) < 3 && i < 12 {
			if d, only := c.dateline(line); d != nil {
				if dateline == nil {
					dateline = d
				}
				if only {
					continue
				}
			}
		}
		seen[k] = true
		out = append(out, line)
	}
	return out, dateline
}

// isChrome reports whether a trimmed line is site chrome.
func (c *Cleaner) isChrome(line, k string) bool {
	return c.lines[k] || c.chromePrefix(k) || c.chromePattern(line, k)
}

// chromePrefix reports whether the key starts like chrome.
func (c *Cleaner) chromePrefix(k string) bool {
	for _, p := range c.prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// chromePattern reports whether the line or its key matches a chrome
// pattern.
func (c *Cleaner) chromePattern(line, k string) bool {
	for _, re := range c.regexps {
		if re.MatchString(line) || re.MatchString(k) {
			return true
		}
	}
	return false
}

// dateline reads a date at the top of the text; only is true when the line
// holds nothing but the date (and a time or weekday), so it can go.
func (c *Cleaner) dateline(line string) (*domain.Date, bool) {
	line = cutRunes(line, 240)
	if !strings.ContainsFunc(line, arabic.IsDigit) { // a day needs a number: most lines skip tokenizing
		return nil, false
	}
	toks := arabic.Tokenize(line)
	d := dates.Dateline(toks)
	if d == nil {
		return nil, false
	}
	words := 0
	for _, t := range toks {
		if t.IsWord() && !calendarMark[t.Key] {
			words++
		}
	}
	return d, words <= 7
}

// calendarMark are the era letters after a year and the word that joins a
// Hijri date to its Gregorian one: they do not make a dateline longer.
var calendarMark = map[string]bool{"ه": true, "م": true, "الموافق": true}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
