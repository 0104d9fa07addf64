package ner

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func readTestCorpus(t *testing.T, c Corpus, file string) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := c.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCorpusFormats(t *testing.T) {
	cases := []struct {
		name   string
		corpus Corpus
		file   string
		want   []Sentence
	}{
		{"anercorp space-separated", Corpora["anercorp"], "plain.txt", []Sentence{
			{Tokens: strings.Fields("زار الوزير خالد العمري مدينة الرمادي ."),
				Tags: strings.Fields("O O B-PERS I-PERS O B-LOC O")},
			{Tokens: strings.Fields("أعلنت وزارة الصحة عن حملة ."),
				Tags: strings.Fields("O B-ORG I-ORG O O O")},
		}},
		{"newsfane BOM CRLF marks fine classes split clitics", Corpora["newsfane"], "fine.txt", []Sentence{
			{Tokens: strings.Fields("وقال سمير النقيب في بالبصرة كتابه"),
				Tags: strings.Fields("O B-PERS I-PERS O B-LOC O")},
			{Tokens: strings.Fields("العرب والجامعة العربية"),
				Tags: strings.Fields("O B-ORG I-ORG")},
		}},
		{"wojood nested with separators", Corpora["wojood"], "nested.txt", []Sentence{
			{Tokens: strings.Fields("التقى محافظ البصرة ب ممثل حزب العمل"),
				Tags: strings.Fields("O O B-LOC O O B-ORG I-ORG")},
			{Tokens: strings.Fields("العراقيون في لندن"),
				Tags: strings.Fields("O O B-LOC")},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := readTestCorpus(t, tc.corpus, tc.file)
			for i := range got {
				if got[i].Source != tc.corpus.Name {
					t.Errorf("sentence %d source %q, want %q", i, got[i].Source, tc.corpus.Name)
				}
				got[i].Source = ""
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestReadCoNLLColumns(t *testing.T) {
	in := "أ B-X B-Y\nب\n\n\n  \nج I-Z\n"
	cases := []struct {
		name string
		col  TagColumn
		want [][]string
	}{
		{"last", TagLast, [][]string{{"B-Y", "O"}, {"I-Z"}}},
		{"second", TagSecond, [][]string{{"B-X", "O"}, {"I-Z"}}},
		{"all", TagAll, [][]string{{"B-X B-Y", "O"}, {"I-Z"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadCoNLL(strings.NewReader(in), ReadOptions{Column: tc.col})
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for _, x := range s {
				got = append(got, x.Tags)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRepairIOB(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"valid", "B-LOC I-LOC O", "B-LOC I-LOC O"},
		{"inside after O", "O I-ORG I-ORG", "O B-ORG I-ORG"},
		{"type change", "B-PERS I-LOC", "B-PERS B-LOC"},
		{"at start", "I-MISC", "B-MISC"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Fields(tc.in)
			RepairIOB(got)
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got %v, want %s", got, tc.want)
			}
		})
	}
}

func FuzzReadCoNLL(f *testing.F) {
	for _, s := range []string{"أ O\n\nب B-LOC\n", "\ufeff\u200eو\tO\r\n\t\r\n", "$#$ O\nx I-A B-B\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, col := range []TagColumn{TagLast, TagSecond, TagAll} {
			sents, err := ReadCoNLL(strings.NewReader(in), ReadOptions{Column: col, Separator: "$#$"})
			if err != nil {
				continue
			}
			for _, s := range sents {
				if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Tags) {
					t.Fatalf("bad sentence %q", s)
				}
				for _, tok := range s.Tokens {
					if strings.TrimSpace(tok) == "" || strings.ContainsAny(tok, "\u200e\ufeff") {
						t.Fatalf("bad token %q", tok)
					}
				}
				tags := append([]string(nil), s.Tags...)
				RepairIOB(tags)
				Spans(tags)
			}
		}
	})
}
