package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

func TestProcess(t *testing.T) {
	raw := strings.Join([]string{
		"(أرشيف)",
		"(أرشيف)",
		"الأحد 12 مارس 2023 / 10:05",
		"",
		"مسلحون يهاجمون حاجزا للشرطة في البلدة",
		"هاجم مسلحون مجهولون حاجزا للشرطة فجر اليوم.",
		"d",
		"وقالت مصادر محلية إن الهجوم استمر ساعة.",
		"وقالت مصادر محلية إن الهجوم استمر ساعة.",
		"سمات الشرطة هجوم حاجز البلدة",
		"سمات المرحلة المقبلة تتضح بعد الهجوم.",
		"تصوير: وكالة محلية",
		"(إعداد ليلى حسن للنشرة العربية - تحرير رامي سليم)",
		"// انتهى //",
		"شاركـنـا !",
		"التعليقات مغلقة.",
		"Exit mobile version",
	}, "\n")
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := &domain.Article{Raw: raw}
	if err := c.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	want := "مسلحون يهاجمون حاجزا للشرطة في البلدة\nهاجم مسلحون مجهولون حاجزا للشرطة فجر اليوم.\nوقالت مصادر محلية إن الهجوم استمر ساعة.\nسمات المرحلة المقبلة تتضح بعد الهجوم."
	if a.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
	}
	if a.Published == nil || a.Published.ISO() != "2023-03-12" {
		t.Errorf("published = %v, want 2023-03-12", a.Published)
	}
	if a.Title != "مسلحون يهاجمون حاجزا للشرطة في البلدة" {
		t.Errorf("title = %q", a.Title)
	}
}

func TestKeepsMetadataDateAndTitle(t *testing.T) {
	c, _ := New()
	pub := domain.DayDate(mustDate(t, "2015-08-11"))
	a := &domain.Article{Title: "عنوان الخبر", Raw: "عنوان الخبر\nالرياض 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م أعلنت الوزارة اليوم.", Published: &pub}
	if err := c.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Published.ISO() != "2015-08-11" {
		t.Errorf("metadata date overwritten: %s", a.Published.ISO())
	}
	if !strings.HasPrefix(a.Text, "عنوان الخبر\nالرياض") {
		t.Errorf("text = %q", a.Text)
	}
}

func TestWireDateline(t *testing.T) {
	c, _ := New()
	a := &domain.Article{Title: "خبر", Raw: "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م أعلنت الوزارة اليوم عن خطة."}
	_ = c.Process(context.Background(), a)
	if a.Published == nil || a.Published.ISO() != "2015-08-11" {
		t.Errorf("published = %v", a.Published)
	}
	if !strings.Contains(a.Text, "أعلنت الوزارة") {
		t.Errorf("body paragraph lost: %q", a.Text)
	}
}

func TestEmpty(t *testing.T) {
	c, _ := New()
	if err := c.Process(context.Background(), &domain.Article{Raw: "(أرشيف)\nExit mobile version"}); err == nil {
		t.Error("an all-chrome article gave no error")
	}
}

func TestParseBadLine(t *testing.T) {
	if _, err := Parse("line\tx\nbogus\ty\n"); err == nil || !strings.Contains(err.Error(), "chrome.tsv:2") {
		t.Errorf("err = %v, want one naming line 2", err)
	}
}

func FuzzClean(f *testing.F) {
	c, _ := New()
	f.Add("(أرشيف)\nالسبت 23 مايو 2020 / 21:12\nعنوان\nنص")
	f.Add("\xff\xfe\x00")
	f.Fuzz(func(t *testing.T, raw string) {
		a := &domain.Article{Raw: raw}
		if c.Process(context.Background(), a) == nil && strings.TrimSpace(a.Text) == "" {
			t.Fatal("empty text without an error")
		}
	})
}

func BenchmarkProcess(b *testing.B) {
	c, _ := New()
	raw := "(أرشيف)\nالسبت 23 مايو 2020 / 21:12\nعنوان الخبر\n" + strings.Repeat("هاجم مسلحون مجهولون حاجزا للشرطة فجر اليوم في البلدة.\n", 40)
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		_ = c.Process(context.Background(), &domain.Article{Raw: raw})
	}
}

func TestSameKey(t *testing.T) {
	cases := []struct {
		p, title string
		want     bool
	}{
		{"مقتل جنديين في هجوم", "مقتل جنديين في هجوم", true},
		{"مَقتلُ  جنديَّين في هجوم", "مقتل جنديين في هجوم", true},
		{"مقتل جنديين في هجوم على حاجز للجيش قرب المدينة", "مقتل جنديين في هجوم", false},
		{"ـــمقتلـــ جنديين", "مقتل جنديين", true},
		{"ﻻ تراجع", "لا تراجع", true},
		{"Attack", "attack", true},
	}
	for _, c := range cases {
		if got := sameKey(c.p, key(c.title)); got != c.want || got != (key(c.p) == key(c.title)) {
			t.Errorf("sameKey(%q, key(%q)) = %v; want %v", c.p, c.title, got, c.want)
		}
	}
}

// TestDatelineDigits checks datelines in each digit script, a dateline
// with no digit (no day can be read), and the 240-rune cut.
func TestDatelineDigits(t *testing.T) {
	c, _ := New()
	long := strings.Repeat("كلمة ", 60) + "12 حزيران 2019"
	tests := []struct {
		name, line string
		want       string // ISO day, "" for none
		only       bool
	}{
		{"western digits", "بيروت - 12 حزيران 2019", "2019-06-12", true},
		{"arabic-indic digits", "بيروت - ١٢ حزيران ٢٠١٩", "2019-06-12", true},
		{"eastern arabic-indic digits", "بيروت - ۱۲ حزيران ۲۰۱۹", "2019-06-12", true},
		{"era letters glued to the years", "الخميس 9 صفر 1443هـ الموافق 16 سبتمبر 2021م", "2021-09-16", true},
		{"no digit", "بيروت - الثاني عشر من حزيران", "", false},
		{"date past 240 runes", long, "", false},
		{"dateline then text", "صنعاء، 3 يونيو 2020 (سبأ) أعلنت الوزارة اليوم عن خطة لإعادة فتح الطرق بين المحافظات الجنوبية", "2020-06-03", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, only := c.dateline(tc.line)
			got := ""
			if d != nil {
				got = d.ISO()
			}
			if got != tc.want || only != tc.only {
				t.Errorf("dateline(%q) = %q, %v; want %q, %v", tc.line, got, only, tc.want, tc.only)
			}
		})
	}
	if got := cutRunes("بغداد", 3); got != "بغد" {
		t.Errorf("cutRunes = %q", got)
	}
}
