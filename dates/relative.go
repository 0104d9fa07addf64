package dates

import (
	"time"

	"github.com/rasid-osint/rasid/domain"
)

// dayParts are words that may precede a weekday: "مساء الثلاثاء".
var dayParts = map[string]bool{"مساء": true, "صباح": true, "ليل": true, "ليله": true, "فجر": true,
	"ظهر": true, "عصر": true, "يوم": true, "نهار": true, "ظهيره": true, "منتصف": true}

// weekdayDate matches a weekday, with an optional day part before it and an
// optional full date after it: "مساء الثلاثاء", "يوم الأحد 7 نوفمبر",
// "ليل الجمعة/ السبت". Without a full date the weekday resolves to the
// latest such day not after the publication date.
func (p *parser) weekdayDate(i int) (Expr, int) {
	j := i
	for dayParts[p.key(j)] && j-i < 2 {
		j++
	}
	wd, ok := p.c.weekdays[p.key(j)]
	if !ok {
		return Expr{}, 0
	}
	j++
	// "ليل الجمعة/السبت", "ليلة الخميس على الجمعة": the night belongs to the first day
	if k := p.key(j); k == "/" || k == "علي" || k == "الي" {
		if _, ok := p.c.weekdays[p.key(j+1)]; ok {
			j += 2
		}
	}
	k := j
	if p.key(k) == "،" || p.key(k) == "," {
		k++
	}
	if p.key(k) == "الموافق" {
		k++
	}
	if e, n := p.dayMonth(k); n > 0 {
		return e, k + n - i
	}
	if e, n := p.numeric(k); n > 0 {
		return e, k + n - i
	}
	if p.pub == nil || j-i == 1 && !weekdayContext(p.key(i-1)) {
		return Expr{}, 0
	}
	pub := p.pub.Time
	back := (int(pub.Weekday()) - wd + 7) % 7
	if p.key(j) == "الماضي" {
		if back == 0 {
			back = 7
		}
		j++
	}
	if p.key(j) == "المقبل" || p.key(j) == "القادم" {
		return Expr{Date: domain.DayDate(pub.AddDate(0, 0, (wd-int(pub.Weekday())+7)%7)), Kind: "weekday"}, j + 1 - i
	}
	return Expr{Date: domain.DayDate(pub.AddDate(0, 0, -back)), Kind: "weekday"}, j - i
}

// weekdayContext reports whether a bare weekday after word w names a day
// (after "في", "منذ", "حتى" or at a clause start), not "صلاة الجمعة".
func weekdayContext(w string) bool {
	switch w {
	case "صلاه", "خطبه", "جمعه", "سوق":
		return false
	}
	return true
}

// unit is a relative time unit with its length in days.
type unit struct {
	days  int
	count int // 2 for dual forms ("أسبوعين"), 0 when a number must say it
	prec  domain.Precision
}

var units = map[string]unit{
	"يوم": {1, 1, domain.Day}, "يومين": {1, 2, domain.Day}, "ايام": {1, 0, domain.Day},
	"اسبوع": {7, 1, domain.Week}, "اسبوعين": {7, 2, domain.Week}, "اسابيع": {7, 0, domain.Week},
	"شهر": {30, 1, domain.Month}, "شهرين": {30, 2, domain.Month}, "اشهر": {30, 0, domain.Month}, "شهور": {30, 0, domain.Month},
	"ساعه": {0, 1, domain.Day}, "ساعات": {0, 0, domain.Day}, "ساعتين": {0, 2, domain.Day},
	"عام": {365, 1, domain.Year}, "عامين": {365, 2, domain.Year}, "اعوام": {365, 0, domain.Year},
	"سنه": {365, 1, domain.Year}, "سنتين": {365, 2, domain.Year}, "سنوات": {365, 0, domain.Year},
}

// relative matches أمس، اليوم، قبل أسبوعين، منذ ثلاثة أيام، الأسبوع الماضي،
// الشهر الماضي، منتصف الشهر، العام الماضي.
func (p *parser) relative(i int) (Expr, int) {
	if p.pub == nil {
		return Expr{}, 0
	}
	pub := p.pub.Time
	day := func(off, n int) (Expr, int) {
		return Expr{Date: domain.DayDate(pub.AddDate(0, 0, off)), Kind: "relative"}, n
	}
	switch k := p.key(i); k {
	case "امس", "الامس", "البارحه":
		if p.key(i+1) == "الاول" {
			return day(-2, 2)
		}
		return day(-1, 1)
	case "اول":
		if p.key(i+1) == "امس" || p.key(i+1) == "من امس" {
			return day(-2, 2)
		}
	case "اليوم":
		if !todayContext(p.key(i-1), p.key(i+1)) {
			return Expr{}, 0
		}
		return day(0, 1)
	case "الليله":
		if p.key(i+1) == "الماضيه" {
			return day(-1, 2)
		}
	case "غدا":
		return day(1, 1)
	case "قبل", "منذ":
		return p.ago(i)
	case "بعد":
		if e, n := p.ago(i); n > 0 {
			back := int(p.pub.Time.Sub(e.Date.Time).Hours()/24 + 0.5)
			return Expr{Kind: "after", Offset: back, Date: domain.Date{Precision: e.Date.Precision}}, n
		}
	case "الاسبوع", "الشهر", "العام", "السنه":
		return p.lastPeriod(i, k)
	case "منتصف", "نهايه", "مطلع", "بدايه", "اواخر", "اوائل":
		if p.key(i+1) == "الشهر" {
			e, n := p.lastPeriod(i+1, "الشهر")
			if n > 0 {
				first := time.Date(e.Date.Time.Year(), e.Date.Time.Month(), 1, 0, 0, 0, 0, time.UTC)
				e.Date = monthRange(first, k)
				return e, n + 1
			}
		}
	}
	return Expr{}, 0
}

// todayContext rejects "اليوم" meaning "the day" ("في اليوم الذي", "اليوم
// التالي") rather than "today".
func todayContext(prev, next string) bool {
	switch next {
	case "الذي", "التالي", "نفسه", "ذاته", "الاول", "الثاني", "الثالث", "الاخير", "الوطني", "العالمي":
		return false
	}
	return prev != "ذلك" && prev != "هذا" && prev != "نفس" && prev != "ذات"
}

// ago matches "قبل أسبوعين", "منذ ثلاثة أيام", "قبل نحو شهر".
func (p *parser) ago(i int) (Expr, int) {
	j := i + 1
	if k := p.key(j); k == "نحو" || k == "حوالي" || k == "اكثر" || k == "اقل" {
		j++
		if p.key(j) == "من" {
			j++
		}
	}
	count := 0
	if v, ok := p.number(j); ok {
		count, j = v, j+1
	} else if w := wordCount[p.key(j)]; w > 0 {
		count, j = w, j+1
	}
	u, ok := units[p.key(j)]
	if !ok || u.days == 0 {
		return Expr{}, 0
	}
	if count == 0 {
		count = u.count
	}
	if count == 0 {
		return Expr{}, 0
	}
	back := count * u.days
	t := p.pub.Time.AddDate(0, 0, -back)
	slack := back / 7
	if u.prec == domain.Day {
		slack = 0
	}
	prec := u.prec
	if prec == domain.Day && back > 3 {
		prec = domain.Week
	}
	return Expr{Date: domain.Date{Time: t, Precision: prec, Min: t.AddDate(0, 0, -slack), Max: t.AddDate(0, 0, slack)}, Kind: "relative"}, j + 1 - i
}

// wordCount are the small number words used in "قبل ثلاثة أيام".
var wordCount = map[string]int{"ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5,
	"سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "عشره": 10, "عشر": 10, "بضعه": 3, "بضع": 3, "عده": 3}

// lastPeriod matches "الأسبوع الماضي", "الشهر الماضي/الجاري", "العام الماضي".
func (p *parser) lastPeriod(i int, k string) (Expr, int) {
	pub := p.pub.Time
	switch p.key(i + 1) {
	case "الماضي", "المنصرم", "الفائت":
		switch k {
		case "الاسبوع":
			t := pub.AddDate(0, 0, -7)
			return Expr{Date: domain.Date{Time: t, Precision: domain.Week, Min: pub.AddDate(0, 0, -13), Max: pub.AddDate(0, 0, -1)}, Kind: "relative"}, 2
		case "الشهر":
			first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
			return Expr{Date: monthRange(first, ""), Kind: "relative"}, 2
		default:
			first := time.Date(pub.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC)
			return Expr{Date: domain.Date{Time: first.AddDate(0, 6, 0), Precision: domain.Year, Min: first, Max: first.AddDate(1, 0, -1)}, Kind: "relative"}, 2
		}
	case "الجاري", "الحالي":
		if k == "الشهر" {
			first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
			d := domain.Date{Time: first.AddDate(0, 0, (pub.Day()-1)/2), Precision: domain.Month, Min: first, Max: pub}
			return Expr{Date: d, Kind: "relative"}, 2
		}
		if k == "الاسبوع" {
			return Expr{Date: domain.Date{Time: pub.AddDate(0, 0, -3), Precision: domain.Week, Min: pub.AddDate(0, 0, -6), Max: pub}, Kind: "relative"}, 2
		}
	}
	if k == "الشهر" {
		// a bare "الشهر" after منتصف/نهاية means the current month
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		return Expr{Date: monthRange(first, ""), Kind: "relative"}, 1
	}
	return Expr{}, 0
}

// Dateline returns the first full date (day, month and year) in text, as
// datelines give it ("السبت 23 مايو 2020 / 21:12", "26 شوال 1436 هـ الموافق
// 11 أغسطس 2015 م": the Gregorian one is preferred), or nil.
func Dateline(toks []domain.Token) *domain.Date {
	var hijri *domain.Date
	for _, e := range Find(toks, nil) {
		if e.Kind != "absolute" || e.Date.Precision != domain.Day {
			continue
		}
		d := e.Date
		if d.Min.Equal(d.Max) {
			return &d
		}
		if hijri == nil {
			dd := domain.DayDate(d.Time)
			hijri = &dd
		}
	}
	return hijri
}
