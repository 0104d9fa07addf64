package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/store"
)

func searchDB(t *testing.T) *DB {
	d := openTest(t)
	ctx := context.Background()
	docs := []*testDoc{
		{"harakat", "قُتِلَ جنديان في هجوم", "قُتِلَ جنديان في هجوم على نقطة تفتيش قرب الحدود."},
		{"clitic", "زيارة رسمية", "وصل الوزير إلى دمشق وبغداد في جولة إقليمية."},
		{"article", "احتجاجات", "خرج متظاهرون بالبصرة للمطالبة بالكهرباء."},
		{"other", "طقس", "يتوقع أن تكون الأجواء حارة هذا الأسبوع."},
	}
	for _, x := range docs {
		if _, err := d.SaveArticle(ctx, art(x.id, "منفذ", "2021-06-01", x.title, x.body)); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

type testDoc struct{ id, title, body string }

func TestSearch(t *testing.T) {
	d := searchDB(t)
	cases := []struct {
		name, q   string
		want      []string
		wantMatch string
	}{
		{"diacritics in the text", "قتل", []string{"harakat"}, "قُتِلَ"},
		{"proclitic waw+name", "بغداد", []string{"clitic"}, "وبغداد"},
		{"article with ba", "البصرة", []string{"article"}, "بالبصرة"},
		{"bare stem", "بصره", []string{"article"}, "بالبصرة"},
		{"query with diacritics", "قُتل", []string{"harakat"}, ""},
		{"two words anded", "الوزير دمشق", []string{"clitic"}, ""},
		{"or", "دمشق OR الكهرباء", []string{"article", "clitic"}, ""},
		{"phrase", `"جولة إقليمية"`, []string{"clitic"}, ""},
		{"phrase out of order", `"إقليمية جولة"`, nil, ""},
		{"no hit", "صنعاء", nil, ""},
		{"prefix", "بغد*", []string{"clitic"}, ""},
		{"prefix with article", "الكهر*", []string{"article"}, ""},
		{"syntax chars", `( * بغداد ^ : -`, []string{"clitic"}, ""},
		{"empty", "   ", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := d.Search(context.Background(), c.q, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Article.DocID)
			}
			if strings.Join(sorted(got), ",") != strings.Join(c.want, ",") {
				t.Errorf("hits %v, want %v", got, c.want)
			}
			if res.Total != len(c.want) {
				t.Errorf("total %d, want %d", res.Total, len(c.want))
			}
			if c.wantMatch != "" && !hasMatch(res, c.wantMatch) {
				t.Errorf("no snippet match %q in %+v", c.wantMatch, res.Hits)
			}
		})
	}
}

func hasMatch(res *store.SearchResult, w string) bool {
	for _, h := range res.Hits {
		for _, p := range h.Snippet {
			if p.Match && p.Text == w {
				return true
			}
		}
	}
	return false
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestMatchExpr(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"words", "قتل بغداد", `"قتل" "بغداد"`},
		{"phrase", `"قتل في بغداد"`, `"قتل في بغداد"`},
		{"or", "قتل OR جرح", `"قتل" OR "جرح"`},
		{"dangling or", "OR قتل OR", `"قتل"`},
		{"syntax only", `( * ^ :`, ``},
		{"prefix", "قتل*", `"قتل" *`},
		{"unbalanced quote", `"قتل بغداد`, `"قتل بغداد"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := MatchExpr(c.in); got != c.want {
				t.Errorf("MatchExpr(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestSplitSnippet(t *testing.T) {
	got := splitSnippet("أ " + markOpen + "ب" + markClose + " ج")
	if len(got) != 3 || !got[1].Match || got[1].Text != "ب" || got[0].Match || got[2].Text != " ج" {
		t.Errorf("splitSnippet = %+v", got)
	}
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"قتل", `"بغداد`, "OR OR", "NEAR(a b)", "*", "وبالبصرة", "a:b", "\x00"} {
		f.Add(s)
	}
	d := openTest(f)
	if _, err := d.SaveArticle(context.Background(), art("x", "o", "2021-01-01", "عنوان", "قُتِلَ رجل في بغداد.")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := d.Search(context.Background(), q, store.Page{}); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

// FuzzIndex indexes arbitrary text: saving must not fail, the full-text
// index must stay consistent, and the text's first word must be found.
func FuzzIndex(f *testing.F) {
	for _, s := range []string{"قُتِلَ رجل", "وبالبصرة", "a\u200fب", "ـــ", "٣٫٥ كم", "\xff\xfe", "لل"} {
		f.Add(s)
	}
	d := openTest(f)
	n := 0
	f.Fuzz(func(t *testing.T, text string) {
		n++
		a := art(fmt.Sprint("f", n), "o", "2021-01-01", "", text)
		if _, err := d.SaveArticle(context.Background(), a); err != nil {
			t.Fatalf("save %q: %v", text, err)
		}
		if _, err := d.db.Exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Fatalf("after %q: %v", text, err)
		}
		for _, tok := range tokensOf(text) {
			if !tok.IsWord() || !utf8.ValidString(tok.Text) {
				continue
			}
			res, err := d.Search(context.Background(), `"`+tok.Text+`"`, store.Page{Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if tok.Key != "" && res.Total == 0 {
				t.Errorf("%q (key %q) not found after indexing %q", tok.Text, tok.Key, text)
			}
			break
		}
	})
}
