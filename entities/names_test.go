package entities

import (
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/internal/kbtest"
)

// TestUnlistedNames covers names nobody listed: private persons with their
// nasab, places named after a person, sites with their bare name.
func TestUnlistedNames(t *testing.T) {
	r, err := New(kbtest.KB(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a common noun after two given names ends the name",
			"وسجل اللاعب حيدر كاظم الهدف في الدقيقة العاشرة.",
			[]string{"PER:حيدر كاظم"}},
		{"a long nasab starting with a compound name",
			"وعثر على جثة عبد الله فهد عبد الله الرشيد في منزله.",
			[]string{"PER:عبد الله فهد عبد الله الرشيد"}},
		{"a verb after a title is not part of the name",
			"وقال المحافظ هادي يطالب الأهالي بالهدوء.",
			nil},
		{"a neighbourhood named after a sheikh",
			"سقطت قذيفة على حي الشيخ مقصود فجر اليوم.",
			[]string{"LOC:حي الشيخ مقصود|الشيخ مقصود"}},
		{"a place of two words after its head",
			"وقعت اشتباكات في منطقة الخندق الغميق ليلا.",
			[]string{"LOC:منطقة الخندق الغميق|الخندق الغميق"}},
		{"a mosque named after a companion",
			"تحصن المسلحون في مسجد بلال بن رباح قرب السوق.",
			[]string{"LOC:مسجد بلال بن رباح"}},
		{"a hospital named after a person, with its adjective",
			"نقل الجرحى إلى مستشفى الحسين التعليمي.",
			[]string{"LOC:مستشفى الحسين التعليمي"}},
		{"a word with a proclitic after a site head is no name",
			"وهي أكبر قاعدة لتدريب الطيارين.",
			nil},
		{"a site on a known place also gives the bare place",
			"استهدفت طائرة مسيرة مطار بغداد صباح الأحد.",
			[]string{"LOC:مطار بغداد"}},
		{"an organisation phrase cut on a construct noun is dropped",
			"وقال مجلس قيادة الحوثيين إن الهدنة انتهت.",
			[]string{"ORG:الحوثيين"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := summary(analyse(t, r, c.text).Entities)
			if strings.Join(got, " ; ") != strings.Join(c.want, " ; ") {
				t.Errorf("entities:\n got  %q\n want %q", got, c.want)
			}
		})
	}
}

// TestModelSpanEdges covers the tagger's person spans that run over a
// following word.
func TestModelSpanEdges(t *testing.T) {
	tg := fakeTagger{tags: map[string]string{"سامر": "B-PERS", "الخالدي": "I-PERS", "غداً": "I-PERS", "لـ": "I-PERS", "التسجيل": "I-PERS"}}
	r, _ := New(kbtest.KB(t), tg)
	cases := []struct{ name, text, want string }{
		{"a time adverb", "ويبدأ سامر الخالدي غداً جولة.", "PER:سامر الخالدي"},
		{"a bare proclitic", "وقال سامر الخالدي لـ«الصحيفة» إن الوضع هادئ.", "PER:سامر الخالدي"},
		{"a common noun", "وافتتح سامر الخالدي التسجيل مبكرا.", "PER:سامر الخالدي"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(summary(analyse(t, r, c.text).Entities), " ; ")
			if !strings.Contains(got, c.want) || strings.Contains(got, c.want+" ") {
				t.Errorf("entities = %s, want %s", got, c.want)
			}
		})
	}
}
