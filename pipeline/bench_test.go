package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/export"
	"github.com/rasid-osint/rasid/internal/cputime"
)

// corpusDir is the SaudiNewsNet corpus, read at run time (never committed).
var corpusDir = filepath.Join("..", "..", "shared", "data", "corpus", "saudinewsnet")

// BenchmarkCorpus runs the whole pipeline over the 30,960 SaudiNewsNet
// articles and reports articles per second, peak heap and the time split by
// stage. Run it with:
//
//	go test -run '^$' -bench BenchmarkCorpus -benchtime 1x ./pipeline/
func BenchmarkCorpus(b *testing.B) {
	p := corpusPipeline(b)
	for i := 0; i < b.N; i++ {
		var peak atomic.Uint64
		stop := sampleHeap(&peak)
		c0 := cputime.Used()
		bad := 0
		st, err := p.Run(context.Background(), []string{corpusDir}, Options{Report: func(error) { bad++ }},
			func(*domain.Article) error { return nil })
		close(stop)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Read)/st.Elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64((cputime.Used()-c0).Microseconds())/1000/float64(max(st.Read, 1)), "cpu-ms/article")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(st.Read), "articles")
		b.ReportMetric(float64(bad), "skipped")
		b.ReportMetric(float64(st.Events), "events")
		names := make([]string, 0, len(st.StageTime))
		for n := range st.StageTime {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			b.ReportMetric(st.StageTime[n].Seconds(), n+"-s")
		}
	}
}

// sampleHeap records the peak in-use heap every 20 ms until stop closes.
func sampleHeap(peak *atomic.Uint64) chan struct{} {
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return stop
}

// BenchmarkCorpusContract writes every SaudiNewsNet article as a contract
// line and checks it with export.Validate, reporting the lines that fail:
//
//	go test -run '^$' -bench BenchmarkCorpusContract -benchtime 1x ./pipeline/
func BenchmarkCorpusContract(b *testing.B) {
	p := corpusPipeline(b)
	for i := 0; i < b.N; i++ {
		lines, invalid := 0, 0
		var buf bytes.Buffer
		_, err := p.Run(context.Background(), []string{corpusDir}, Options{}, func(a *domain.Article) error {
			buf.Reset()
			lines++
			if err := export.WriteArticle(&buf, a); err != nil {
				return err
			}
			if err := export.Validate(buf.Bytes()); err != nil {
				invalid++
				b.Log(err)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(lines), "lines")
		b.ReportMetric(float64(invalid), "invalid-lines")
	}
}

// corpusPipeline skips the benchmark when the corpus is absent and builds
// the pipeline otherwise.
func corpusPipeline(b *testing.B) *Pipeline {
	b.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skipf("corpus not found at %s (it lives in ../shared, outside the repository)", corpusDir)
	}
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	return p
}
