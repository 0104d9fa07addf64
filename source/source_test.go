package source

import (
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// collect reads paths and returns the articles and the bad-item messages.
func collect(t *testing.T, paths ...string) ([]*domain.Article, []string) {
	t.Helper()
	var arts []*domain.Article
	var bad []string
	err := Read(context.Background(), paths, func(a *domain.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e error) { bad = append(bad, e.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	return arts, bad
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTextWithIndex(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a1.txt", []byte("عنوان\nسقط صاروخ قرب المطار."))
	write(t, dir, "index.tsv", []byte("file\toutlet\tdate\nلا\t\t\na1.txt\tوكالة محلية\t2021-03-04\n"))
	arts, bad := collect(t, dir)
	if len(bad) != 0 || len(arts) != 1 {
		t.Fatalf("articles %d, bad %v", len(arts), bad)
	}
	a := arts[0]
	if a.DocID != "a1" || a.Outlet != "وكالة محلية" || a.Published == nil || a.Published.ISO() != "2021-03-04" {
		t.Errorf("got %+v", a)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "01-good.txt", []byte("عنوان\nنص"))
	write(t, dir, "02-empty.txt", []byte("  \n\n"))
	write(t, dir, "03-binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2})
	// "بغداد" in Windows-1256
	write(t, dir, "04-cp1256.txt", []byte{0xC8, 0xDB, 0xCF, 0xC7, 0xCF, '\n', 0xC8, 0xDB, 0xCF, 0xC7, 0xCF})
	write(t, dir, "05-latin1.txt", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e"))
	big := make([]byte, MaxFileBytes+1)
	for i := range big {
		big[i] = 'a'
	}
	write(t, dir, "06-huge.txt", big)
	write(t, dir, "07-lines.jsonl", []byte("{\"id\":\"x1\",\"title\":\"عنوان\",\"text\":\"نص\"}\n{not json\n\n{\"id\":\"x2\",\"text\":\"نص آخر\",\"date\":\"2015-08-01 10:00:00\"}\n{\"id\":\"x3\"}\n"))
	arts, bad := collect(t, dir)
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.DocID)
	}
	if got := strings.Join(ids, ","); got != "01-good,04-cp1256,x1,x2" {
		t.Errorf("articles = %s", got)
	}
	wantBad := []string{"02-empty.txt: empty file", "03-binary.txt: binary file", "05-latin1.txt: not valid UTF-8", "06-huge.txt: file is", "07-lines.jsonl:2: malformed JSON", "07-lines.jsonl:5: record has no title and no text"}
	if len(bad) != len(wantBad) {
		t.Fatalf("bad items:\n%s", strings.Join(bad, "\n"))
	}
	for i, w := range wantBad {
		if !strings.Contains(bad[i], w) {
			t.Errorf("bad[%d] = %q, want it to contain %q", i, bad[i], w)
		}
	}
	if arts[1].Raw != "بغداد\nبغداد" {
		t.Errorf("Windows-1256 decoded as %q", arts[1].Raw)
	}
	if arts[3].Published == nil || arts[3].Published.ISO() != "2015-08-01" {
		t.Errorf("jsonl date = %v", arts[3].Published)
	}
}

func TestGzipJSONLAndMissingPath(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "day.jsonl.gz")
	f, _ := os.Create(p)
	zw := gzip.NewWriter(f)
	zw.Write([]byte("{\"id\":7,\"title\":\"عنوان\",\"text\":\"نص\",\"outlet\":\"sabq\"}\n"))
	zw.Close()
	f.Close()
	write(t, dir, "notes.md", []byte("# not an article"))
	arts, bad := collect(t, dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "notes.md"))
	if len(arts) != 1 || arts[0].DocID != "7" || arts[0].Outlet != "sabq" {
		t.Fatalf("articles %+v", arts)
	}
	if len(bad) != 2 || !strings.Contains(bad[0], "missing.txt: cannot open") || !strings.Contains(bad[1], "unsupported file type") {
		t.Errorf("bad = %q", bad)
	}
}

func TestHTML(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>اشتباكات في البلدة</title><meta property="og:site_name" content="موقع تجريبي"></head>
<body><nav>الرئيسية | أخبار</nav><article><h1>اشتباكات في البلدة</h1>
<p>اندلعت اشتباكات مسلحة مساء الاثنين بين قوات الأمن ومسلحين مجهولين في البلدة، وفق مصادر محلية تحدثت للموقع.</p>
<p>وقالت المصادر إن الاشتباكات استمرت أكثر من ساعة وأسفرت عن مقتل شخصين وإصابة ثلاثة آخرين بجروح متفاوتة.</p>
</article><footer>جميع الحقوق محفوظة</footer><script>alert(1)</script></body></html>`
	write(t, dir, "p1.html", []byte(page))
	arts, bad := collect(t, dir)
	if len(bad) != 0 || len(arts) != 1 {
		t.Fatalf("articles %d, bad %v", len(arts), bad)
	}
	a := arts[0]
	if !strings.Contains(a.Raw, "مقتل شخصين") || strings.Contains(a.Raw, "alert") {
		t.Errorf("raw = %q", a.Raw)
	}
	if a.Title != "اشتباكات في البلدة" {
		t.Errorf("title = %q", a.Title)
	}
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("عنوان\nنص"))
	f.Add([]byte{0xC8, 0xDB, 0xCF})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, why := decodeText(b)
		if why == "" && !strings.ContainsRune(s, 0xFFFD) && len(strings.TrimSpace(s)) == 0 {
			t.Fatal("accepted an empty text")
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add("{\"id\":\"a\",\"text\":\"نص\"}\n{bad\n")
	f.Fuzz(func(t *testing.T, in string) {
		_ = readJSONL(context.Background(), "f.jsonl", strings.NewReader(in), func(*domain.Article) error { return nil }, func(error) {})
	})
}

func BenchmarkJSONL(b *testing.B) {
	line := "{\"id\":\"a\",\"title\":\"عنوان\",\"text\":\"" + strings.Repeat("نص الخبر ", 300) + "\"}\n"
	in := strings.Repeat(line, 100)
	b.SetBytes(int64(len(in)))
	for i := 0; i < b.N; i++ {
		_ = readJSONL(context.Background(), "f.jsonl", strings.NewReader(in), func(*domain.Article) error { return nil }, func(error) {})
	}
}
