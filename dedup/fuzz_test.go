package dedup

import (
	"testing"
	"time"
)

func FuzzSign(f *testing.F) {
	// Short seeds: the fuzzer minimises new inputs byte by byte, which is
	// slow on whole articles.
	for _, s := range []string{"قوات الأمن اعتقلت ثلاثة أشخاص", "افتتح وزير الزراعة معرضا", "", "و", "ﻻ إله", "a b c d", "\xff\xfe", "٣٤ قتيلاً"} {
		f.Add(s, s+" إضافة")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Sign(a), Sign(b)
		if !sa.Empty() && len(sa.Min) != NumHashes {
			t.Fatalf("signature has %d values", len(sa.Min))
		}
		if sa.Empty() != (len(Words(a)) == 0) {
			t.Fatalf("Empty() = %v for %d words", sa.Empty(), len(Words(a)))
		}
		j := Jaccard(sa.Min, sb.Min)
		if j < 0 || j > 1 || j != Jaccard(sb.Min, sa.Min) {
			t.Fatalf("Jaccard %v not in [0,1] or not symmetric", j)
		}
		if !sa.Empty() && Jaccard(sa.Min, Sign(a).Min) != 1 {
			t.Fatal("signature not deterministic")
		}
		c := NewClusterer(ClusterOptions{})
		s1 := c.Assign("1", time.Time{}, a, a)
		if s2 := c.Assign("2", time.Time{}, a, a); !sa.Empty() && s2 != s1 {
			t.Fatalf("copy went to story %q, original to %q", s2, s1)
		}
	})
}
