package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rasid-osint/rasid/arabic"
)

var benchText = strings.Fields(`وقال المتحدث باسم قيادة العمليات المشتركة اللواء سعد معن إن القوات الأمنية
نفذت عملية في قضاء الطارمية شمالي بغداد وأسفرت عن اعتقال خمسة مطلوبين .
وأضاف أن طائرات التحالف الدولي قصفت مواقع لتنظيم داعش في وادي حوران غرب الأنبار
بينما استقبل رئيس الجمهورية برهم صالح وفدا من الأمم المتحدة في قصر السلام .`)

// BenchmarkTag measures tagging speed with the embedded model; the
// target is at least 200,000 tokens a second on one core
// (go test -bench Tag -cpu 1 ./ner/).
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := [][]string{benchText[:14], benchText[14:30], benchText[30:]}
	n := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := sents[i%len(sents)]
		m.Tag(s)
		n += len(s)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagDoc measures tagging a three-sentence document with
// document context (TagDoc).
func BenchmarkTagDoc(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := [][]string{benchText[:14], benchText[14:30], benchText[30:]}
	n := 0
	for b.Loop() {
		m.TagDoc(doc)
		n += len(benchText)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTrainTiny(b *testing.B) {
	sents := parseTiny(tinySet)
	for b.Loop() {
		if _, err := Train(sents, TrainOptions{Epochs: 5}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad measures reading the embedded model (done once per
// process by Default).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagCorpusDay tags every sentence of one day of the shared
// SaudiNewsNet corpus (about 3,300 articles, 1.6 million tokens) as the
// pipeline does, one Tag call per sentence: unlike BenchmarkTag, the
// words vary, so the weight lookups miss the CPU caches as they do in
// production. Run with GOMAXPROCS=1 for a one-core figure.
func BenchmarkTagCorpusDay(b *testing.B) {
	sents := corpusDaySentences(b)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s)
			n += len(s)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// corpusDaySentences reads and tokenizes one day of the shared corpus,
// or skips the benchmark when the corpus is absent.
func corpusDaySentences(b *testing.B) [][]string {
	path := ""
	for _, d := range []string{"../../shared/data/corpus/saudinewsnet", "/work/shared/data/corpus/saudinewsnet"} {
		if _, err := os.Stat(filepath.Join(d, "2015-07-21.jsonl.gz")); err == nil {
			path = filepath.Join(d, "2015-07-21.jsonl.gz")
			break
		}
	}
	if path == "" {
		b.Skip("../shared/data/corpus/saudinewsnet is absent: this benchmark needs the shared corpus")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	dec := json.NewDecoder(zr)
	for {
		var rec struct{ Title, Text string }
		if err := dec.Decode(&rec); err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(err)
		}
		toks := arabic.Tokenize(rec.Title + "\n" + rec.Text)
		for s := 0; s < len(toks); {
			e := s
			var words []string
			for ; e < len(toks) && toks[e].Sentence == toks[s].Sentence; e++ {
				words = append(words, toks[e].Text)
			}
			sents = append(sents, words)
			s = e
		}
	}
	return sents
}
