package ner

import (
	"reflect"
	"testing"
)

// TestWordCache checks that a cache gives what the model computes for a
// word, also after words were evicted from a full set, and that it
// keeps the most recently used words of a set.
func TestWordCache(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"قالت", "وزارة", "الداخلية", "في", "بغداد", "إن", "مسلحين", "هاجموا",
		"نقطة", "تفتيش", "قرب", "الموصل", "وقتلوا", "جنديين", "بغداد", "في", "وزارة"}
	tests := []struct {
		name  string
		slots int
	}{
		{"one set of four: constant eviction", cacheWays},
		{"two sets", 2 * cacheWays},
		{"roomy", 1 << 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newWordCache(tc.slots)
			for round := 0; round < 3; round++ {
				for _, w := range words {
					var got wordSums
					gw := c.get(m, w, &got)
					ww := m.wordOf(w)
					if !reflect.DeepEqual(gw.wordCore, ww.wordCore) {
						t.Fatalf("%s: cached word differs from wordOf", w)
					}
					if want := m.wordSums(&ww); got != want {
						t.Fatalf("%s: cached sums differ from wordSums", w)
					}
				}
			}
		})
	}
	t.Run("least recently used leaves first", func(t *testing.T) {
		c := newWordCache(cacheWays) // one set: every word shares it
		var s wordSums
		for _, w := range words[:cacheWays] {
			c.get(m, w, &s)
		}
		c.get(m, words[0], &s)         // words[0] is now the most recent
		c.get(m, words[cacheWays], &s) // evicts words[1]
		if !cached(c, words[0]) || cached(c, words[1]) || !cached(c, words[cacheWays]) {
			t.Errorf("after a fifth word: %v cached %v, %v cached %v, %v cached %v",
				words[0], cached(c, words[0]), words[1], cached(c, words[1]),
				words[cacheWays], cached(c, words[cacheWays]))
		}
	})
}

func cached(c *wordCache, w string) bool {
	for i := range c.slots {
		if c.tags[i] != 0 && c.keys[i] == w {
			return true
		}
	}
	return false
}

func TestCacheSlots(t *testing.T) {
	for _, tc := range []struct{ procs, want int }{
		{0, 1 << 17}, {1, 1 << 17}, {2, 1 << 17}, {4, 1 << 16}, {8, 1 << 15}, {64, 1 << 15},
	} {
		if got := cacheSlots(tc.procs); got != tc.want {
			t.Errorf("cacheSlots(%d) = %d, want %d", tc.procs, got, tc.want)
		}
	}
}
