package dedup

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// corpusDoc is one SaudiNewsNet article as read at run time.
type corpusDoc struct {
	ID, Outlet, Title, Text, Date string
}

func (d corpusDoc) time() time.Time {
	t, _ := time.Parse("2006-01-02 15:04:05", d.Date)
	return t
}

func corpusDir() string {
	if d := os.Getenv("RASID_SHARED"); d != "" {
		return filepath.Join(d, "data/corpus/saudinewsnet")
	}
	return "../../shared/data/corpus/saudinewsnet"
}

// loadCorpus reads the corpus, skipping the test when it is absent.
func loadCorpus(tb testing.TB) []corpusDoc {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir(), "*.jsonl.gz"))
	if len(files) == 0 {
		tb.Skipf("SaudiNewsNet corpus not found under %s (set RASID_SHARED)", corpusDir())
	}
	sort.Strings(files)
	var docs []corpusDoc
	for _, f := range files {
		docs = append(docs, readCorpusFile(tb, f)...)
	}
	return docs
}

func readCorpusFile(tb testing.TB, path string) []corpusDoc {
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var docs []corpusDoc
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d corpusDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestCorpusDuplicates measures duplicates and clusters on SaudiNewsNet and
// logs the numbers (run with -v); it fails only on gross regressions.
func TestCorpusDuplicates(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus measurement skipped in -short mode")
	}
	docs := loadCorpus(t)
	ix := NewIndex()
	exact, near, simNear := 0, 0, 0
	var hist [11]int
	start := time.Now()
	for i, d := range docs {
		s := Sign(d.Text)
		ms := ix.Query(s, 0)
		if len(ms) > 0 {
			m := ms[0]
			for _, o := range ms {
				if o.Exact {
					m = o
					break
				}
			}
			hist[int(m.Jaccard*10)]++
			switch {
			case m.Exact:
				exact++
			case m.Jaccard >= 0.8:
				near++
			}
			if !m.Exact && m.Hamming <= 3 {
				simNear++
			}
		}
		ix.Add(fmt.Sprint(i), s)
	}
	el := time.Since(start)
	t.Logf("%d docs: sign+query+add %.0f docs/s; exact %d, near (J>=0.8) %d, SimHash<=3 bits (not exact) %d",
		len(docs), float64(len(docs))/el.Seconds(), exact, near, simNear)
	t.Logf("best-candidate Jaccard histogram (tenths): %v", hist)
	if exact == 0 {
		t.Error("no exact duplicates found; the corpus is known to hold some")
	}
	c := NewClusterer(ClusterOptions{})
	sizes := map[string]int{}
	start = time.Now()
	for _, d := range docs {
		sizes[c.Assign(d.ID, d.time(), d.Text, d.Title)]++
	}
	el = time.Since(start)
	multi, inMulti, biggest := 0, 0, 0
	for _, n := range sizes {
		if n > 1 {
			multi++
			inMulti += n
		}
		biggest = max(biggest, n)
	}
	t.Logf("clusterer: %.0f docs/s; %d stories, %d with >1 article holding %d articles, largest %d; %d in window at end",
		float64(len(docs))/el.Seconds(), len(sizes), multi, inMulti, biggest, c.Len())
}
