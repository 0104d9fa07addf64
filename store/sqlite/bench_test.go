package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/internal/cputime"
	"github.com/rasid-osint/rasid/pipeline"
	"github.com/rasid-osint/rasid/store"
)

// corpusDir finds the shared benchmark corpus, or "".
func corpusDir() string {
	for _, d := range []string{"../../../shared/data/corpus/saudinewsnet", "/work/shared/data/corpus/saudinewsnet"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

// BenchmarkIngestCorpus ingests the shared corpus (30,960 articles) into a
// fresh database with the full pipeline, then reports ingest speed, the
// database size and the 95th-percentile latency of the events page, the
// map query and full-text searches (targets: under 100 ms each). Run it
// once: go test -run '^$' -bench BenchmarkIngestCorpus -benchtime 1x ./store/sqlite/
func BenchmarkIngestCorpus(b *testing.B) {
	dir := corpusDir()
	if dir == "" {
		b.Skip("../shared/data/corpus/saudinewsnet is absent: the corpus benchmark needs the shared data")
	}
	ctx := context.Background()
	for b.Loop() {
		path := filepath.Join(b.TempDir(), "corpus.db")
		d, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		n, elapsed := ingestCorpus(b, d, dir)
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		if _, err := d.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			b.Fatal(err)
		}
		st, _ := os.Stat(path)
		b.ReportMetric(float64(st.Size())/(1<<20), "MB")
		reportLatencies(b, d)
		d.Close()
	}
}

// BenchmarkIngestDay is BenchmarkIngestCorpus over one day of the corpus
// (the largest file, about 3,300 articles): quick enough to compare
// changes, and to measure scaling with -cpu 1,2.
func BenchmarkIngestDay(b *testing.B) {
	dir := corpusDir()
	if dir == "" {
		b.Skip("../shared/data/corpus/saudinewsnet is absent: the corpus benchmark needs the shared data")
	}
	for b.Loop() {
		d, err := Open(context.Background(), filepath.Join(b.TempDir(), "day.db"))
		if err != nil {
			b.Fatal(err)
		}
		n, elapsed := ingestCorpus(b, d, filepath.Join(dir, "2015-07-21.jsonl.gz"))
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		d.Close()
	}
}

func ingestCorpus(b *testing.B, d *DB, dir string) (int, time.Duration) {
	ctx := context.Background()
	p, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	t0, c0 := time.Now(), cputime.Used()
	saved, bad := 0, 0
	ts := &timedStore{DB: d}
	w := store.NewWriter(ctx, ts, store.DefaultBatch, func(_ []*domain.Article, res []store.SaveResult) error {
		for _, r := range res {
			if r.Err != nil {
				return r.Err
			}
			if r.Saved {
				saved++
			}
		}
		return nil
	})
	st, err := p.Run(ctx, []string{dir}, pipeline.Options{Report: func(error) { bad++ }, Prepare: d.Prepare}, w.Add)
	if werr := w.Close(); err == nil {
		err = werr
	}
	if err != nil {
		b.Fatal(err)
	}
	saving := ts.saving
	elapsed := time.Since(t0)
	b.ReportMetric(float64((cputime.Used()-c0).Microseconds())/1000/float64(max(st.Read, 1)), "cpu-ms/article")
	var events, merged int
	d.db.QueryRow(`SELECT COUNT(*), COALESCE(SUM(n_articles > 1), 0) FROM events`).Scan(&events, &merged)
	b.Logf("read %d, stored %d, bad %d, coded events %d, merged events %d (%d with >1 article), %.0fs",
		st.Read, saved, bad, st.Events, events, merged, elapsed.Seconds())
	b.ReportMetric(float64(events), "events")
	b.ReportMetric(float64(saving.Microseconds())/1000/float64(max(saved, 1)), "save-ms/article")
	return st.Read, elapsed
}

// timedStore adds up the time spent in SaveArticles.
type timedStore struct {
	*DB
	saving time.Duration
}

func (t *timedStore) SaveArticles(ctx context.Context, as []*domain.Article) ([]store.SaveResult, error) {
	t0 := time.Now()
	defer func() { t.saving += time.Since(t0) }()
	return t.DB.SaveArticles(ctx, as)
}

// reportLatencies measures p95 latencies over a mix of typical requests.
func reportLatencies(b *testing.B, d *DB) {
	ctx := context.Background()
	types := []string{""}
	for t := range domain.Taxonomy {
		types = append(types, t)
	}
	sort.Strings(types)
	var evs, maps, fts []time.Duration
	queries := []string{"قتل", "الرياض", "اليمن", "مجلس الوزراء", "انفجار", "الحوثيين", "وزير الخارجية", "داعش"}
	for round := 0; round < 5; round++ {
		for i, typ := range types {
			f := store.EventFilter{Type: typ}
			evs = append(evs, timeIt(b, func() error {
				_, err := d.Events(ctx, f, store.Page{Offset: 50 * round, Sort: []string{"", store.SortOutlets, store.SortCountry}[i%3]})
				return err
			}))
			maps = append(maps, timeIt(b, func() error { _, err := d.MapPoints(ctx, f); return err }))
		}
		for _, q := range queries {
			fts = append(fts, timeIt(b, func() error { _, err := d.Search(ctx, q, store.Page{}); return err }))
			evs = append(evs, timeIt(b, func() error {
				_, err := d.Events(ctx, store.EventFilter{Query: q}, store.Page{})
				return err
			}))
		}
	}
	for name, ds := range map[string][]time.Duration{"events": evs, "map": maps, "search": fts} {
		p := p95(ds)
		b.ReportMetric(float64(p.Microseconds())/1000, "ms-p95-"+name)
		b.Logf("%s: p95 %v over %d requests", name, p, len(ds))
	}
}

func timeIt(b *testing.B, f func() error) time.Duration {
	t0 := time.Now()
	if err := f(); err != nil {
		b.Fatal(err)
	}
	return time.Since(t0)
}

func p95(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[(len(s)*95+99)/100-1]
}

// BenchmarkSaveArticle measures storing one analysed article with two
// events that merge with earlier ones.
func BenchmarkSaveArticle(b *testing.B) {
	d := openTest(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		body := fmt.Sprintf("اشتبكت قوات الأمن مع مسلحين في القرية رقم %d وقُتِلَ منهم %d. وأعلنت الشرطة اعتقال %d.", i%500, i, i)
		a := art(fmt.Sprint("d", i), fmt.Sprint("o", i%7), "2021-07-01", "اشتباك", body)
		addEvent(b, a, evOpts{typ: domain.Battles, sub: "Armed clash", date: "2021-06-30", cc: "IQ", place: fmt.Sprint("قرية ", i%500),
			lat: 30 + float64(i%500)*0.1, lon: 44, actor1: "قوات الأمن", actor2: "مسلحين", evidence: body, trigger: "اشتبكت"})
		if _, err := d.SaveArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkSearchKeys measures the index keys of a sentence's tokens.
func BenchmarkSearchKeys(b *testing.B) {
	toks := tokensOf("وأعلنت الشرطة في محافظة البصرة اعتقال مشتبه بهم بالتفجير الذي استهدف سوقاً شعبية")
	var keys []string
	for b.Loop() {
		for _, t := range toks {
			keys = SearchKeys(keys[:0], t)
		}
	}
}
