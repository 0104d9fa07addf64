package dates

import (
	"strings"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

// dayMonth matches "7 نوفمبر/تشرين الثاني 2021", "11 من شهر أيار الجاري",
// "26 شوال 1436 هـ", "الثامن من تموز الماضي", "الحادي والعشرين من آذار".
func (p *parser) dayMonth(i int) (Expr, int) {
	d, ok := p.number(i)
	j := i + 1
	if !ok {
		var n int
		if d, n = p.ordinalDay(i); n == 0 || p.key(i+n) != "من" {
			return Expr{}, 0 // «الثامن من تموز»; an ordinal alone is «كانون الثاني»
		}
		j = i + n
	} else if d < 1 || d > 31 {
		return Expr{}, 0
	}
	if p.key(j) == "من" {
		j++
	}
	if p.key(j) == "شهر" {
		j++
	}
	m, hijri, n := p.monthPair(j)
	if n == 0 {
		return Expr{}, 0
	}
	j += n
	y, hijriMark, yn := p.year(j)
	j += yn
	if hijri || hijriMark && y < 1600 {
		if y == 0 {
			return Expr{}, 0
		}
		t := hijriToGregorian(y, m, d)
		return Expr{Date: domain.Date{Time: t, Precision: domain.Day, Min: t.AddDate(0, 0, -1), Max: t.AddDate(0, 0, 1)}, Kind: "absolute"}, j - i
	}
	if y == 0 {
		y = p.inferYear(m, d, p.key(j))
	}
	if y == 0 {
		return Expr{}, 0
	}
	if k := p.key(j); k == "الماضي" || k == "الجاري" || k == "الحالي" || k == "المقبل" {
		j++
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Expr{}, 0
	}
	return Expr{Date: domain.DayDate(t), Kind: "absolute"}, j - i
}

// inferYear picks the year of a month (and day, 0 if none) given without
// one: the latest not after the publication date, or the next one for
// "المقبل". It returns 0 without a publication date.
func (p *parser) inferYear(m, d int, after string) int {
	if p.pub == nil {
		return 0
	}
	pub := p.pub.Time
	y := pub.Year()
	if after == "المقبل" || after == "القادم" {
		if m < int(pub.Month()) {
			return y + 1
		}
		return y
	}
	if d == 0 {
		d = 1
	}
	if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 0, 3)) {
		return y - 1
	}
	return y
}

// numeric matches 4-6-2015, 4/6/2015 (day first) and 2015-06-04.
func (p *parser) numeric(i int) (Expr, int) {
	a, ok1 := p.number(i)
	b, ok2 := p.number(i + 2)
	c, ok3 := p.number(i + 4)
	sep := p.key(i + 1)
	if !ok1 || !ok2 || !ok3 || (sep != "-" && sep != "/") || p.key(i+3) != sep {
		return Expr{}, 0
	}
	y, m, d := c, b, a
	if a > 1000 {
		y, m, d = a, b, c
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Expr{}, 0
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Expr{}, 0
	}
	return Expr{Date: domain.DayDate(t), Kind: "absolute"}, 5
}

// monthCue lists words after which a month name is a month, not a verb or
// a noun ("مارس" is also "he practised", "آب" a rare word).
var monthCue = map[string]bool{"في": true, "شهر": true, "منذ": true, "خلال": true, "نهايه": true,
	"مطلع": true, "منتصف": true, "اواخر": true, "اوائل": true, "بدايه": true, "حتي": true, "من": true,
	"اواسط": true, "مستهل": true, "غره": true, "الي": true, "ابتداء": true, "بين": true}

// monthEdges are the words that narrow a month to its start, middle or
// end ("نهاية حزيران", "مطلع الشهر").
var monthEdges = map[string]bool{"نهايه": true, "اواخر": true, "مطلع": true, "بدايه": true, "اوائل": true,
	"منتصف": true, "اواسط": true, "مستهل": true}

// monthOnly matches a month without a day: "في تموز/يوليو", "نهاية حزيران
// الماضي", "مايو 2020". Precision month; edge words narrow the interval.
func (p *parser) monthOnly(i int) (Expr, int) {
	start := i
	edge := p.key(i)
	if monthEdges[edge] {
		i++
		if p.key(i) == "شهر" {
			i++
		}
	} else {
		edge = ""
	}
	m, hijri, n := p.monthPair(i)
	if n == 0 || hijri {
		return Expr{}, 0
	}
	j := i + n
	y, _, yn := p.year(j)
	j += yn
	after := p.key(j)
	paired := n > 1
	cued := edge != "" || monthCue[p.key(i-1)] || p.key(i-1) == "شهر"
	if y == 0 && !paired && !cued && after != "الماضي" && after != "الجاري" {
		return Expr{}, 0
	}
	if y == 0 && !paired && edge == "" && p.key(i-1) != "شهر" && p.ambiguousMonth(i) {
		return Expr{}, 0 // "في إب": the Yemeni province, not آب (August)
	}
	if y == 0 {
		if y = p.inferYear(m, 0, after); y == 0 {
			return Expr{}, 0
		}
	}
	if after == "الماضي" || after == "الجاري" || after == "الحالي" || after == "المقبل" {
		j++
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	return Expr{Date: monthRange(first, edge), Kind: "month"}, j - start
}

// monthRange is a month-precision date; edge narrows it to the start
// (days 1-10), middle (10-20) or end (20-last) of the month.
func monthRange(first time.Time, edge string) domain.Date {
	last := first.AddDate(0, 1, -1)
	lo, hi := first, last
	switch edge {
	case "نهايه", "اواخر":
		lo = first.AddDate(0, 0, 19)
	case "مطلع", "بدايه", "اوائل", "مستهل":
		hi = first.AddDate(0, 0, 9)
	case "منتصف", "اواسط":
		lo, hi = first.AddDate(0, 0, 9), first.AddDate(0, 0, 19)
	}
	mid := lo.AddDate(0, 0, int(hi.Sub(lo).Hours()/48))
	return domain.Date{Time: mid, Precision: domain.Month, Min: lo, Max: hi}
}

// yearOnly matches "عام 2014", "في 2003", "منذ 2014".
func (p *parser) yearOnly(i int) (Expr, int) {
	k := p.key(i)
	if k != "عام" && k != "العام" && k != "سنه" && k != "في" && k != "منذ" && k != "لعام" {
		return Expr{}, 0
	}
	y, ok := p.number(i + 1)
	if !ok || y < 1900 || y > 2100 {
		return Expr{}, 0
	}
	first := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return Expr{Date: domain.Date{Time: first.AddDate(0, 6, 0), Precision: domain.Year, Min: first, Max: first.AddDate(1, 0, -1)}, Kind: "year"}, 2
}

// ambiguousMonth reports a month name at i that is also a common place
// name once normalised: "اب" is آب (August) but also إب (a Yemeni city and
// province). Written with the madda it is the month; otherwise only a
// year, a paired name or the word شهر makes it one.
func (p *parser) ambiguousMonth(i int) bool {
	if p.key(i) != "اب" {
		return false
	}
	return !strings.Contains(p.toks[i].Text, "آ")
}

// ordinalUnits are the ordinal words for days 1-9, normalised.
var ordinalUnits = map[string]int{"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
	"الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}

// ordinalDay matches a day of the month written as an ordinal: "الثامن",
// "الخامس عشر", "الحادي والعشرين", "الثلاثين". It returns the day and the
// words it takes, 0 when there is none.
func (p *parser) ordinalDay(i int) (day, n int) {
	switch k := p.key(i); k {
	case "العاشر":
		return 10, 1
	case "العشرين":
		return 20, 1
	case "الثلاثين":
		return 30, 1
	default:
		u, ok := ordinalUnits[k]
		if !ok {
			return 0, 0
		}
		switch p.key(i + 1) {
		case "عشر":
			return 10 + u, 2
		case "والعشرين":
			return 20 + u, 2
		case "والثلاثين":
			if u == 1 {
				return 31, 2
			}
			return 0, 0
		}
		if k == "الحادي" {
			return 0, 0
		}
		return u, 1
	}
}
