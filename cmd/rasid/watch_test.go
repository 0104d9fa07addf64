package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// watchPages are hand-written article pages served by the test site.
var watchPages = map[string][2]string{
	"/news/1": {"مقتل جنديين بانفجار عبوة ناسفة شمال بغداد",
		"قتل جنديان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمال بغداد صباح الاثنين، بحسب مصدر أمني. وأوضح المصدر أن العبوة كانت مزروعة على جانب الطريق وانفجرت لحظة مرور الدورية، وأن قوة أمنية طوقت المكان وبدأت عمليات تفتيش في القرى المجاورة بحثا عن المنفذين."},
	"/news/3": {"افتتاح جسر جديد فوق نهر دجلة في الموصل",
		"افتتحت السلطات المحلية في محافظة نينوى يوم الخميس جسرا جديدا فوق نهر دجلة يربط جانبي مدينة الموصل، بعد أشهر من أعمال الإنشاء. وقال المحافظ في كلمة خلال الافتتاح إن الجسر سيخفف الزحام المروري ويسهل حركة التجارة بين الأحياء، وإن مشاريع أخرى لإعادة بناء البنى التحتية ستنطلق قريبا."},
	"/news/2": {"متظاهرون يغلقون طريقا رئيسيا في البصرة",
		"أغلق عشرات المتظاهرين الطريق الرئيسي المؤدي إلى ميناء أم قصر في محافظة البصرة يوم الأحد احتجاجا على نقص فرص العمل وتردي الخدمات. وقال أحد المحتجين إن الاعتصام سيستمر حتى تستجيب الحكومة المحلية لمطالبهم، فيما انتشرت قوات الشرطة في محيط المكان دون أن تسجل أي اشتباكات."},
}

// TestWatchCommand runs rasid watch --once twice against a local site with
// a good feed, a feed whose items change between polls, a broken feed, a
// dead feed, a redirect loop and a huge page: the three articles are stored
// once, each page is fetched once, and the bad sources do not stop the run.
func TestWatchCommand(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		n := hits[r.URL.Path]
		mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/rss":
			fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>`+
				`<item><title>ب</title><link>/news/2</link></item><item><title>أ</title><link>/news/1</link></item>`+
				`<item><title>ج</title><link>/loop</link></item><item><title>د</title><link>/huge</link></item></channel></rss>`)
		case p == "/changing":
			link := "/news/1"
			if n > 1 { // the second poll brings a new item
				link = "/news/3"
			}
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>c</title><item><title>x</title><link>%s</link></item></channel></rss>`, link)
		case p == "/broken":
			fmt.Fprint(w, `<rss><channel><item><title>مقطوع`)
		case p == "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case p == "/huge":
			w.Write(make([]byte, 5<<20))
		case p == "/dead":
			http.Error(w, "gone", http.StatusInternalServerError)
		default:
			pg, ok := watchPages[p]
			if !ok {
				http.NotFound(w, r)
				return
			}
			fmt.Fprintf(w, `<html lang="ar"><head><meta charset="utf-8"><title>%s</title></head><body><article><h1>%s</h1><p>%s</p></article></body></html>`, pg[0], pg[0], pg[1])
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "watch.json")
	js := fmt.Sprintf(`{"allow_private": true, "per_host_interval": "1ms", "retries": 1, "retry_backoff": "1ms",
	 "max_page_bytes": 1048576, "outlets": [{"name": "test", "feed": "%[1]s/rss", "country": "IQ"},
	 {"name": "changing", "feed": "%[1]s/changing"}, {"name": "broken", "feed": "%[1]s/broken"},
	 {"name": "dead", "feed": "%[1]s/dead"}]}`, srv.URL)
	if err := os.WriteFile(cfg, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "w.db")
	ctx := context.Background()
	for i := range 2 {
		if err := runWatch(ctx, []string{"--config", cfg, "--db", db, "--once"}); err != nil {
			t.Fatalf("watch %d: %v", i+1, err)
		}
	}
	want := map[string]int{"/news/1": 1, "/news/2": 1, "/news/3": 1, "/huge": 1, "/loop": 6,
		"/dead": 4, "/broken": 2, "/changing": 2, "/rss": 2}
	for p, n := range want {
		if hits[p] != n {
			t.Errorf("%s requested %d times, want %d (all: %v)", p, hits[p], n, hits)
		}
	}
	_, ov := openStored(t, db)
	if ov.Articles != 3 {
		t.Errorf("%d articles stored, want 3", ov.Articles)
	}
	raw, _ := filepath.Glob(filepath.Join(db+".pages", "*.html"))
	if len(raw) != 3 || !strings.HasPrefix(filepath.Base(raw[0]), "w-") {
		t.Errorf("raw pages kept: %v, want 2", raw)
	}
}
