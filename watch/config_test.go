package watch

import (
	"net/netip"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func TestParseConfig(t *testing.T) {
	cases := []struct {
		name, js string
		wantErr  string
	}{
		{"minimal feed with defaults", `{"outlets":[{"name":"a","feed":"https://a.example/rss"}]}`, ""},
		{"pages only", `{"outlets":[{"name":"a","pages":["https://a.example/p"],"interval":"1h","country":"SY"}]}`, ""},
		{"no outlets", `{}`, "no outlets"},
		{"unknown field", `{"outlets":[],"user_agnet":"x"}`, "unknown field"},
		{"bad duration", `{"outlets":[{"name":"a","feed":"https://a/","interval":"soon"}]}`, "invalid duration"},
		{"not http", `{"outlets":[{"name":"a","feed":"file:///etc/passwd"}]}`, "not an http(s) URL"},
		{"nothing to poll", `{"outlets":[{"name":"a"}]}`, "neither feed nor pages"},
		{"duplicate names", `{"outlets":[{"name":"a","feed":"https://a/"},{"name":"a","feed":"https://b/"}]}`, "used twice"},
		{"tiny cap", `{"max_page_bytes":10,"outlets":[{"name":"a","feed":"https://a/"}]}`, "under 1024"},
		{"bad country", `{"outlets":[{"name":"a","feed":"https://a/","country":"Iraq"}]}`, "two-letter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse(strings.NewReader(tc.js))
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if c.UserAgent != DefaultUserAgent || c.AllowPrivate || c.MaxRedirects != DefaultMaxRedirects {
					t.Errorf("defaults not applied: %+v", c)
				}
				if c.Outlets[0].Interval.Duration < time.Second {
					t.Errorf("interval %v", c.Outlets[0].Interval)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

func TestIsPublic(t *testing.T) {
	cases := []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true}, {"2001:4860:4860::8888", true},
		{"127.0.0.1", false}, {"10.1.2.3", false}, {"192.168.0.1", false}, {"172.16.5.4", false},
		{"169.254.169.254", false}, {"100.64.0.1", false}, {"0.0.0.0", false}, {"::1", false},
		{"fe80::1", false}, {"fc00::1", false}, {"::ffff:127.0.0.1", false}, {"224.0.0.1", false},
	}
	for _, tc := range cases {
		t.Run(tc.ip, func(t *testing.T) {
			if got := IsPublic(netip.MustParseAddr(tc.ip)); got != tc.want {
				t.Errorf("IsPublic(%s) = %v, want %v", tc.ip, got, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(`{"outlets":[{"name":"a","feed":"https://a.example/rss","interval":"5m"}]}`)
	f.Add(`{"max_page_bytes":-1}`)
	f.Fuzz(func(t *testing.T, js string) {
		c, err := Parse(strings.NewReader(js))
		if err == nil && (len(c.Outlets) == 0 || c.MaxPageBytes < 1024 || c.Timeout.Duration <= 0) {
			t.Fatalf("invalid config accepted: %+v", c)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rss("/a/1", "https://b.example/x")))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/z"/></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := parseFeed("https://news.example/feed", b)
		for _, it := range items {
			if it.link != "" && !strings.Contains(it.link, ":") {
				t.Fatalf("link %q not resolved", it.link)
			}
		}
		_ = err
	})
}

func BenchmarkParseFeed(b *testing.B) {
	var links []string
	for i := range 50 {
		links = append(links, "/a/"+strings.Repeat("x", i))
	}
	feed := []byte(rss(links...))
	b.SetBytes(int64(len(feed)))
	for b.Loop() {
		if _, err := parseFeed("https://news.example/feed", feed); err != nil {
			b.Fatal(err)
		}
	}
}

func TestToUTF8(t *testing.T) {
	arabic := "<p>خبر عاجل</p>"
	cp1256, _ := charmap.Windows1256.NewEncoder().String(arabic)
	cases := []struct {
		name, body, ctype, want string
	}{
		{"utf-8 untouched", arabic, "text/html; charset=windows-1256", arabic},
		{"windows-1256 from the header", cp1256, "text/html; charset=windows-1256", arabic},
		{"no charset: left to the page's meta", cp1256, "text/html", cp1256},
		{"unknown charset: left alone", cp1256, "text/html; charset=x-nothing", cp1256},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(toUTF8([]byte(tc.body), tc.ctype)); got != tc.want {
				t.Errorf("toUTF8 = %q, want %q", got, tc.want)
			}
		})
	}
}
