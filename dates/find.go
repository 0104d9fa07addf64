package dates

import (
	"strconv"

	"github.com/rasid-osint/rasid/domain"
)

// Expr is a time expression found in the text and its resolved date.
type Expr struct {
	Span domain.Span
	Date domain.Date
	// Kind is absolute, month, year, weekday, relative, or after: "بعد
	// أسبوع" counts from the date of the text before it, which the caller
	// knows; Offset holds the days and Date only the precision.
	Kind   string
	Offset int
}

// Resolve dates every "after" expression of es (in text order) from the
// latest other date before it, or from anchor when there is none.
func Resolve(es []Expr, anchor *domain.Date) {
	var last *domain.Date = anchor
	for i := range es {
		if es[i].Kind != "after" {
			d := es[i].Date
			last = &d
			continue
		}
		if last == nil {
			continue
		}
		t := last.Time.AddDate(0, 0, es[i].Offset)
		slack := es[i].Offset / 7
		es[i].Date = domain.Date{Time: t, Precision: es[i].Date.Precision, Min: t.AddDate(0, 0, -slack), Max: t.AddDate(0, 0, slack)}
	}
}

// Find returns the time expressions of toks, resolved against pub (the
// publication date; when nil only absolute dates with a year resolve).
func Find(toks []domain.Token, pub *domain.Date) []Expr {
	c, err := loadCalendar()
	if err != nil {
		return nil
	}
	p := parser{c: c, toks: toks, pub: pub}
	p.patterns = [...]func(int) (Expr, int){p.weekdayDate, p.dayMonth, p.numeric, p.monthOnly, p.relative, p.yearOnly}
	var out []Expr
	for i := 0; i < len(toks); {
		if !p.mayStart(i) {
			i++
			continue
		}
		e, n := p.at(i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, e)
		i += n
	}
	return out
}

// mayStart reports whether a date can begin at token i: every pattern
// opens with a number, an ordinal, a month, weekday or day-part name, or
// one of the cue words of startWords. Most tokens are none of these and
// skip the six pattern calls (a twentieth of a corpus article's CPU).
func (p *parser) mayStart(i int) bool {
	k := p.toks[i].Key
	switch {
	case k == "":
		return false
	case k[0] >= '0' && k[0] <= '9':
		return true
	case k == "في":
		_, ok := p.number(i + 1) // «في 2014»
		return ok
	}
	if _, ok := p.c.months[k]; ok {
		return true
	}
	if _, ok := p.c.weekdays[k]; ok {
		return true
	}
	if d, _ := p.ordinalDay(i); d > 0 {
		return true
	}
	return dayParts[k] || monthEdges[k] || startWords[k]
}

// startWords are the cue words a date expression may open with, besides
// numbers, ordinals, names and month edges: relative days and periods
// (see relative) and year cues (see yearOnly).
var startWords = map[string]bool{
	"امس": true, "الامس": true, "البارحه": true, "اول": true, "اليوم": true, "الليله": true, "غدا": true,
	"قبل": true, "منذ": true, "بعد": true, "الاسبوع": true, "الشهر": true, "العام": true, "السنه": true,
	"عام": true, "سنه": true, "لعام": true,
}

type parser struct {
	c    *calendar
	toks []domain.Token
	pub  *domain.Date
	// patterns are the matchers at tries, most specific first (bound
	// once: binding them at every token cost a tenth of the date stage)
	patterns [6]func(int) (Expr, int)
}

func (p *parser) key(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Key
}

// at tries every pattern at token i, most specific first.
func (p *parser) at(i int) (Expr, int) {
	for _, f := range p.patterns {
		if e, n := f(i); n > 0 {
			e.Span = domain.Span{Start: p.toks[i].Start, End: p.toks[i+n-1].End}
			return e, n
		}
	}
	return Expr{}, 0
}

// month matches a month name at i: number, hijri, tokens used.
func (p *parser) month(i int) (int, bool, int) {
	for _, m := range p.c.months[p.key(i)] {
		ok := true
		for k, w := range m.words {
			if p.key(i+k) != w && (i+k >= len(p.toks) || p.toks[i+k].Norm != w) {
				ok = false
				break
			}
		}
		if ok {
			return m.num, m.hijri, len(m.words)
		}
	}
	return 0, false, 0
}

// monthPair matches "حزيران/يونيو", "يونيو حزيران" or a single month.
func (p *parser) monthPair(i int) (num int, hijri bool, n int) {
	num, hijri, n = p.month(i)
	if n == 0 {
		return 0, false, 0
	}
	j := i + n
	if p.key(j) == "/" || p.key(j) == "-" || p.key(j) == "(" {
		j++
	}
	if m2, h2, n2 := p.month(j); n2 > 0 && m2 == num && h2 == hijri {
		n = j + n2 - i
		if p.key(i+n) == ")" {
			n++
		}
	}
	return num, hijri, n
}

func (p *parser) number(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	k := p.toks[i].Key
	if k == "" || k[0] < '0' || k[0] > '9' { // most tokens: no error to build
		return 0, false
	}
	v, err := strconv.Atoi(k)
	return v, err == nil
}

// relativeYear matches a year told against the publication date after a
// month: "(من) العام الماضي" (the year before), "(من) العام الجاري".
func (p *parser) relativeYear(i int) (y, n int) {
	if p.pub == nil {
		return 0, 0
	}
	j := i
	if p.key(j) == "من" {
		j++
	}
	if k := p.key(j); k != "العام" && k != "عام" && k != "السنه" {
		return 0, 0
	}
	switch p.key(j + 1) {
	case "الماضي", "الفائت", "المنصرم":
		return p.pub.Time.Year() - 1, j + 2 - i
	case "الجاري", "الحالي":
		return p.pub.Time.Year(), j + 2 - i
	}
	return 0, 0
}

// year matches a year after a date: "2020", "عام 2020", "1436 هـ", "2015 م".
func (p *parser) year(i int) (y int, hijriMark bool, n int) {
	if y, n := p.relativeYear(i); n > 0 {
		return y, false, n
	}
	if k := p.key(i); k == "عام" || k == "العام" || k == "سنه" || k == "لعام" {
		i, n = i+1, 1
	}
	v, ok := p.number(i)
	if !ok || v < 1300 || v > 2100 {
		return 0, false, 0
	}
	n++
	switch p.key(i + 1) {
	case "ه", "هـ", "هجري", "هجريه":
		return v, true, n + 1
	case "م", "ميلادي", "ميلاديه":
		return v, false, n + 1
	}
	return v, false, n
}
