package ner

import (
	"bytes"
	"strings"
	"testing"
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
