package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

// warcPage is one hand-written page for the WARC tests.
type warcPage struct {
	uri, status, ctype, encoding string
	body                         []byte
}

func testPage(title string, paras ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>", title)
	b.WriteString("<nav><a href=\"/\">الرئيسية</a> | <a href=\"/sport\">رياضة</a></nav><article>")
	fmt.Fprintf(&b, "<h1>%s</h1>", title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article><footer>جميع الحقوق محفوظة</footer></body></html>")
	return []byte(b.String())
}

var warcPages = []warcPage{
	{"https://news.example/a/1", "200 OK", "text/html; charset=utf-8", "", testPage("اشتباكات مسلحة في ضواحي المدينة",
		"اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين مجهولين في الضواحي الشرقية للمدينة مساء الثلاثاء، بحسب مصادر محلية تحدثت إلى مراسلنا في المنطقة.",
		"وقالت المصادر إن الاشتباكات استمرت أكثر من ثلاث ساعات واستخدمت فيها أسلحة متوسطة، ما دفع عشرات العائلات إلى مغادرة منازلها نحو الأحياء الغربية.",
		"ولم تصدر السلطات حتى الآن بيانا رسميا عن حصيلة المواجهات، فيما أغلقت الطرق المؤدية إلى المنطقة أمام حركة السير.")},
	{"https://news.example/a/2", "200 OK", "text/html", "", testPage("تظاهرة أمام مبنى البلدية للمطالبة بالكهرباء",
		"تجمع مئات المحتجين صباح الأربعاء أمام مبنى البلدية في وسط المدينة للمطالبة بتحسين إمدادات الكهرباء بعد انقطاعها لساعات طويلة خلال موجة الحر.",
		"ورفع المتظاهرون لافتات تنتقد أداء المسؤولين المحليين، وأكدوا أن احتجاجهم سلمي وسيستمر حتى تتحقق مطالبهم.",
		"وخرج أحد المسؤولين للحديث مع المحتجين ووعدهم بحلول عاجلة خلال أسبوع.")},
	{"https://news.example/missing", "404 Not Found", "text/html", "", []byte("<html><body>غير موجود</body></html>")},
	{"https://news.example/logo.png", "200 OK", "image/png", "", []byte("\x89PNG\r\n\x1a\nxxxx")},
	{"https://news.example/a/3", "200 OK", "text/html; charset=utf-8", "gzip", testPage("افتتاح مستشفى جديد في المحافظة",
		"افتتح وزير الصحة يوم الخميس مستشفى جديدا في مركز المحافظة بسعة مئتي سرير، ويضم أقساما للطوارئ والعمليات والعناية المركزة وأجهزة تشخيص حديثة.",
		"وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمناطق المجاورة، وإن العمل جار لتجهيز مستشفيين آخرين قبل نهاية العام.",
		"وحضر الافتتاح عدد من المسؤولين ووجهاء المنطقة.")},
}

var warcDate = time.Date(2021, 5, 4, 10, 30, 0, 0, time.UTC)

// writeWARC writes pages as a WARC file: a warcinfo record, then a request
// and a response record per page. With gz each record is its own gzip
// member, as Common Crawl writes them.
func writeWARC(t testing.TB, pages []warcPage, gz bool) []byte {
	var out bytes.Buffer
	record := func(kind, uri, ctype string, block []byte) {
		var r bytes.Buffer
		fmt.Fprintf(&r, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\n",
			kind, warcDate.Format(time.RFC3339), out.Len())
		if uri != "" {
			fmt.Fprintf(&r, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(&r, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(block))
		r.Write(block)
		r.WriteString("\r\n\r\n")
		if !gz {
			out.Write(r.Bytes())
			return
		}
		zw := gzip.NewWriter(&out)
		zw.Write(r.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	record("warcinfo", "", "application/warc-fields", []byte("software: rasid-test\r\n"))
	for _, p := range pages {
		record("request", p.uri, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"))
		body := p.body
		hdr := fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n", p.status, p.ctype)
		if p.encoding == "gzip" {
			var zb bytes.Buffer
			zw := gzip.NewWriter(&zb)
			zw.Write(body)
			zw.Close()
			body = zb.Bytes()
			hdr += "Content-Encoding: gzip\r\n"
		}
		hdr += fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body))
		record("response", p.uri, "application/http; msgtype=response", append([]byte(hdr), body...))
	}
	return out.Bytes()
}

// writeWARCRaw writes one response record holding the given HTTP bytes.
func writeWARCRaw(t testing.TB, uri, httpText string) []byte {
	return fmt.Appendf(nil, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		uri, warcDate.Format(time.RFC3339), len(httpText), httpText)
}

func TestReadWARC(t *testing.T) {
	want := []string{"https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3"}
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			var got []Record
			err := ReadWARC(bytes.NewReader(writeWARC(t, warcPages, gz)), func(r Record) error {
				got = append(got, r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d records, want %d", len(got), len(want))
			}
			for i, r := range got {
				p := warcPages[[]int{0, 1, 4}[i]]
				if r.URI != want[i] || r.Status != 200 || r.ContentType != "text/html" || !r.Date.Equal(warcDate) {
					t.Errorf("record %d = %s %d %s %v", i, r.URI, r.Status, r.ContentType, r.Date)
				}
				if !bytes.Equal(r.Body, p.body) {
					t.Errorf("record %d: body differs from the page written", i)
				}
			}
		})
	}
}

func TestReadWARCMalformed(t *testing.T) {
	cases := []struct {
		name, data string
		records    int
		wantErr    bool
	}{
		{"empty input", "", 0, false},
		{"not a WARC", "hello world\n", 0, true},
		{"bad length", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n", 0, true},
		{"truncated block", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1", 0, true},
		{"odd HTTP header line kept readable", string(writeWARCRaw(t, "https://x.example/odd",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nthis line has no colon\r\nX Bad Name: 1\r\n\r\n<html><body>نص</body></html>")), 1, false},
		{"chunked header over a de-chunked body", string(writeWARCRaw(t, "https://x.example/chunked",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n<html><body>نص</body></html>")), 1, false},
		{"good record then garbage", string(writeWARC(t, warcPages[:1], false)) + "junk\n", 1, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			err := ReadWARC(strings.NewReader(tc.data), func(Record) error { n++; return nil })
			if (err != nil) != tc.wantErr || n != tc.records {
				t.Errorf("err = %v, records = %d; want error %v, %d records", err, n, tc.wantErr, tc.records)
			}
		})
	}
}

// TestWARCMatchesHTMLFiles reads the same pages from a .warc.gz and from
// .html files and expects the same articles.
func TestWARCMatchesHTMLFiles(t *testing.T) {
	dir := t.TempDir()
	warcPath := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(warcPath, writeWARC(t, warcPages, true), 0o644); err != nil {
		t.Fatal(err)
	}
	htmlDir := filepath.Join(dir, "html")
	os.Mkdir(htmlDir, 0o755)
	for i, p := range []warcPage{warcPages[0], warcPages[1], warcPages[4]} {
		os.WriteFile(filepath.Join(htmlDir, fmt.Sprintf("p%d.html", i+1)), p.body, 0o644)
	}
	collect := func(read func(emit Emit, report Report) error) []*domain.Article {
		var as []*domain.Article
		if err := read(func(a *domain.Article) error { as = append(as, a); return nil },
			func(err error) { t.Errorf("reported: %v", err) }); err != nil {
			t.Fatal(err)
		}
		return as
	}
	fromWARC := collect(func(e Emit, r Report) error { return readWARCFile(context.Background(), warcPath, e, r) })
	fromHTML := collect(func(e Emit, r Report) error { return Read(context.Background(), []string{htmlDir}, e, r) })
	if len(fromWARC) != 3 || len(fromHTML) != 3 {
		t.Fatalf("articles: %d from WARC, %d from HTML; want 3 each", len(fromWARC), len(fromHTML))
	}
	for i := range fromWARC {
		w, h := fromWARC[i], fromHTML[i]
		if w.Title != h.Title || w.Raw != h.Raw || w.Title == "" || len([]rune(w.Raw)) < 100 {
			t.Errorf("article %d differs:\nwarc %q %q\nhtml %q %q", i, w.Title, w.Raw, h.Title, h.Raw)
		}
		if wantID := fmt.Sprintf("crawl-%d", i+1); w.DocID != wantID || w.URL == "" {
			t.Errorf("article %d: DocID %q URL %q, want %q and the page address", i, w.DocID, w.URL, wantID)
		}
	}
}

func FuzzReadWARC(f *testing.F) {
	f.Add(writeWARC(f, warcPages[:2], false))
	f.Add(writeWARC(f, warcPages[3:], true))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = ReadWARC(bytes.NewReader(data), func(r Record) error {
			if r.Status != 200 || !isHTML(r.ContentType) {
				t.Fatalf("emitted a %d %s record", r.Status, r.ContentType)
			}
			return nil
		})
	})
}

func BenchmarkReadWARC(b *testing.B) {
	pages := make([]warcPage, 0, 300)
	for range 100 {
		pages = append(pages, warcPages...)
	}
	data := writeWARC(b, pages, true)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := ReadWARC(bytes.NewReader(data), func(Record) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
