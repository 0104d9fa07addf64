package dedup

import (
	"strconv"
	"testing"
	"time"
)

func BenchmarkSign(b *testing.B) {
	text := storyA + "\n" + storyB + "\n" + storyAEdit
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

// BenchmarkCorpusSignQuery signs, queries and files every SaudiNewsNet
// article; docs/s is the throughput of the dedup stage.
func BenchmarkCorpusSignQuery(b *testing.B) {
	docs := loadCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		ix := NewIndex()
		for i, d := range docs {
			s := Sign(d.Text)
			ix.Query(s, 0.8)
			ix.Add(strconv.Itoa(i), s)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkCorpusCluster runs the story clusterer over SaudiNewsNet.
func BenchmarkCorpusCluster(b *testing.B) {
	docs := loadCorpus(b)
	dates := make([]time.Time, len(docs))
	for i, d := range docs {
		dates[i] = d.time()
	}
	b.ResetTimer()
	for b.Loop() {
		c := NewClusterer(ClusterOptions{})
		for i, d := range docs {
			c.Assign(d.ID, dates[i], d.Text, d.Title)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
