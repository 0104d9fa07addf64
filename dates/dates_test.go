package dates

import (
	"testing"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

func pubDate(s string) *domain.Date {
	t, _ := time.Parse("2006-01-02", s)
	d := domain.DayDate(t)
	return &d
}

func TestFind(t *testing.T) {
	cases := []struct {
		name, pub, text string
		date            string
		prec            domain.Precision
	}{
		{"weekday evening", "2024-03-13", "سقطت قذيفة مساء الثلاثاء قرب السوق", "2024-03-12", domain.Day},
		{"weekday same day", "2024-03-12", "وقع الانفجار صباح الثلاثاء", "2024-03-12", domain.Day},
		{"yesterday", "2019-07-02", "قتل شخصان أمس في الاشتباكات", "2019-07-01", domain.Day},
		{"two weeks ago", "2018-10-20", "اعتقلت الشرطة ثلاثة قبل أسبوعين", "2018-10-06", domain.Week},
		{"levantine month pair", "2022-08-01", "في نهاية حزيران/يونيو الماضي", "2022-06-25", domain.Month},
		{"egyptian month pair", "2022-08-01", "في يوليو/تموز", "2022-07-16", domain.Month},
		{"full date with weekday", "2023-12-01", "يوم الأحد 7 نوفمبر/تشرين الثاني 2021", "2021-11-07", domain.Day},
		{"day month no year", "2016-05-23", "في 11 من شهر أيار/ مايو الجاري", "2016-05-11", domain.Day},
		{"numeric", "2015-06-10", "بتاريخ 4-6-2015 أعلنت", "2015-06-04", domain.Day},
		{"hijri", "", "26 شوال 1436 هـ", "2015-08-11", domain.Day},
		{"last month", "2020-03-15", "خلال الشهر الماضي", "2020-02-15", domain.Month},
		{"month previous year", "2021-02-10", "في تشرين الأول", "2020-10-16", domain.Month},
		{"year", "2020-01-01", "تأسس عام 2014", "2014-07-01", domain.Year},
		{"mid month", "2017-09-28", "منتصف الشهر الماضي", "2017-08-15", domain.Month},
		{"august with the madda", "2016-10-01", "في آب الماضي", "2016-08-16", domain.Month},
		{"august paired", "2016-10-01", "في آب/أغسطس", "2016-08-16", domain.Month},
		{"ordinal day", "2018-09-08", "منذ الثامن من تموز الماضي", "2018-07-08", domain.Day},
		{"ordinal teens", "2018-09-08", "في الخامس عشر من آب", "2018-08-15", domain.Day},
		{"ordinal twenties with year", "2022-01-01", "في الحادي والعشرين من آذار 2019", "2019-03-21", domain.Day},
		{"first of the month", "2021-06-10", "منذ الأول من حزيران", "2021-06-01", domain.Day},
		{"month of last year", "2021-08-20", "ويعود الخلاف إلى آب من العام الماضي", "2020-08-16", domain.Month},
		{"day of this year", "2021-08-20", "في 3 آذار من العام الجاري", "2021-03-03", domain.Day},
		{"ordinal in a month name", "2021-02-10", "في كانون الثاني/يناير", "2021-01-16", domain.Month},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var pub *domain.Date
			if c.pub != "" {
				pub = pubDate(c.pub)
			}
			es := Find(arabic.Tokenize(c.text), pub)
			if len(es) == 0 {
				t.Fatalf("no date found in %q", c.text)
			}
			e := es[0]
			if e.Date.ISO() != c.date || e.Date.Precision != c.prec {
				t.Errorf("%q: got %s (%s) want %s (%s)", c.text, e.Date.ISO(), e.Date.Precision, c.date, c.prec)
			}
		})
	}
}

func TestFindRejects(t *testing.T) {
	for _, text := range []string{"مارس الضغط على الحكومة", "في اليوم التالي", "بعد صلاة الجمعة مباشرة", "قتل ثلاثة في إب", "وصلت التعزيزات إلى محافظة اب", "الأول من نوعه"} {
		for _, e := range Find(arabic.Tokenize(text), pubDate("2020-01-10")) {
			if e.Kind != "weekday" || text != "بعد صلاة الجمعة مباشرة" {
				t.Errorf("%q: unexpected date %s (%s)", text, e.Date.ISO(), e.Kind)
			}
		}
	}
}

func TestDateline(t *testing.T) {
	cases := map[string]string{
		"السبت 23 مايو 2020 / 21:12":                         "2020-05-23",
		"الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس": "2015-08-11",
	}
	for text, want := range cases {
		d := Dateline(arabic.Tokenize(text))
		if d == nil || d.ISO() != want {
			t.Errorf("Dateline(%q) = %v, want %s", text, d, want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("مساء الثلاثاء 7 نوفمبر/تشرين الثاني 2021 قبل أسبوعين", "2021-11-09")
	f.Fuzz(func(t *testing.T, text, pub string) {
		p := pubDate(pub)
		for _, e := range Find(arabic.Tokenize(text), p) {
			if e.Span.Start >= e.Span.End || e.Date.Min.After(e.Date.Max) {
				t.Fatalf("bad expression %+v", e)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	toks := arabic.Tokenize("وقالت مصادر إن صاروخين سقطا مساء الثلاثاء قرب المطار، بعد هجوم مماثل في نهاية حزيران/يونيو الماضي وقبل أسبوعين. ")
	pub := pubDate("2020-08-19")
	for i := 0; i < b.N; i++ {
		Find(toks, pub)
	}
}

func TestResolveAfter(t *testing.T) {
	es := Find(arabic.Tokenize("وقع الهجوم في 25 حزيران. وعلم الوزير بعد حوالي أسبوع."), pubDate("2020-10-20"))
	Resolve(es, pubDate("2020-10-20"))
	if len(es) != 2 || es[1].Kind != "after" || es[1].Date.ISO() != "2020-07-02" || es[1].Date.Precision != domain.Week {
		t.Fatalf("got %+v", es)
	}
}

// TestMayStart checks that skipping the tokens mayStart rejects loses no
// date: every date the six patterns find at some token opens there.
func TestMayStart(t *testing.T) {
	c, err := loadCalendar()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"سقطت قذيفة مساء الثلاثاء قرب السوق وقتل شخصان أمس بعد أسبوعين من هجوم في نهاية حزيران/يونيو الماضي",
		"يوم الأحد 7 نوفمبر/تشرين الثاني 2021 و4-6-2015 و26 شوال 1436 هـ وخلال الشهر الماضي وفي تشرين الأول",
		"تأسس عام 2014 ومنتصف الشهر الماضي وفي آب/أغسطس ومنذ الثامن من تموز الماضي والحادي والعشرين من آذار 2019",
		"قبل ثلاثة أيام واليوم الخميس وغدا والليلة الماضية وأول أمس والبارحة وفي 2019 ومطلع العام",
		"الخميس 9 صفر 1443هـ الموافق 16 سبتمبر 2021م وفي 3 آذار من العام الجاري وفجر السبت",
	}
	for _, text := range texts {
		p := parser{c: c, toks: arabic.Tokenize(text), pub: pubDate("2021-09-16")}
		p.patterns = [...]func(int) (Expr, int){p.weekdayDate, p.dayMonth, p.numeric, p.monthOnly, p.relative, p.yearOnly}
		for i := range p.toks {
			if _, n := p.at(i); n > 0 && !p.mayStart(i) {
				t.Errorf("%q: a date opens at %q, which mayStart rejects", text, p.toks[i].Text)
			}
		}
	}
}

// TestNightBetweenDays checks that a night named by two days is one date,
// the first day's: "ليل الجمعة/السبت", "ليلة الخميس على الجمعة".
func TestNightBetweenDays(t *testing.T) {
	for _, text := range []string{"أحرقوا المقار ليلة الخميس على الجمعة", "أحرقوا المقار ليل الخميس/الجمعة", "أحرقوا المقار ليلة الخميس إلى الجمعة"} {
		es := Find(arabic.Tokenize(text), pubDate("2018-09-08"))
		if len(es) != 1 || es[0].Date.ISO() != "2018-09-06" {
			var got []string
			for _, e := range es {
				got = append(got, e.Date.ISO())
			}
			t.Errorf("%q: dates %v, want one: 2018-09-06", text, got)
		}
	}
}
