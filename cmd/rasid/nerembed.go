package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/ner"
)

// nerEmbedFlags are the options of rasid ner embed.
type nerEmbedFlags struct {
	out, corpus, data, nerText, vecOut, vecIn, base, codesOut string
	holdout                                                   int
	e                                                         ner.EmbedOptions
	c                                                         ner.EmbedClusterOptions
}

func parseNEREmbed(args []string) (*nerEmbedFlags, error) {
	f := &nerEmbedFlags{}
	fs := flag.NewFlagSet("ner embed", flag.ContinueOnError)
	fs.StringVar(&f.out, "out", "ner/data/clusters.tsv.gz", "write clusters to `FILE`")
	fs.StringVar(&f.corpus, "corpus", "../shared/data/corpus/saudinewsnet", "`DIR` of *.jsonl.gz articles")
	fs.StringVar(&f.data, "data", defaultNERData, "NER corpora `DIR` (their words as unlabeled text)")
	fs.StringVar(&f.nerText, "ner-text", "anercorp,newsfane,wojood,aqmar", "NER corpora whose words are added as unlabeled text, or 'none'")
	fs.StringVar(&f.vecOut, "vectors-out", "", "also write the word vectors to `FILE` (not for committing)")
	fs.StringVar(&f.vecIn, "vectors", "", "cluster the vectors of `FILE` instead of learning them")
	fs.IntVar(&f.holdout, "holdout-fold", -1, "leave ANERcorp's `K`-th tenth out of the text (for scoring that fold fairly)")
	fs.StringVar(&f.base, "base", "", "keep the cluster ids of `FILE` (rasid ner clusters) and add the vectors' hierarchy paths")
	fs.StringVar(&f.codesOut, "codes-out", "", "also write the binarised vectors to `FILE` (ner/data/codes.tsv.gz; read by ner train --codes)")
	fs.IntVar(&f.e.Dim, "dim", 100, "vector size")
	fs.IntVar(&f.e.Window, "window", 3, "context window")
	fs.IntVar(&f.e.Negative, "negative", 5, "negative samples")
	fs.IntVar(&f.e.Epochs, "epochs", 5, "passes over the text")
	fs.IntVar(&f.e.MinCount, "min-count", 5, "minimum word frequency")
	fs.Float64Var(&f.e.Sample, "sample", 1e-4, "subsampling threshold")
	fs.BoolVar(&f.e.Stems, "stems", false, "also train clitic-stripped forms on their inflected forms' contexts")
	fs.Uint64Var(&f.e.Seed, "seed", 1, "random seed")
	fs.IntVar(&f.c.Coarse, "coarse", 128, "coarse clusters")
	fs.IntVar(&f.c.Fine, "fine", 1024, "fine clusters")
	if _, err := parseInterspersed(fs, args); err != nil {
		return nil, err
	}
	f.c.Seed = f.e.Seed
	return f, nil
}

// nerEmbed learns skip-gram word vectors from unlabeled news (and the
// NER corpora's words) and writes their k-means clusters.
func nerEmbed(args []string) error {
	f, err := parseNEREmbed(args)
	if err != nil {
		return err
	}
	start := time.Now()
	e, err := f.vectors(start)
	if err != nil {
		return err
	}
	if f.codesOut != "" {
		var buf bytes.Buffer
		if err := ner.WriteCodes(&buf, ner.BinaryCodes(e)); err != nil {
			return err
		}
		if err := os.WriteFile(f.codesOut, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("codes: %w", err)
		}
	}
	var cl map[string]ner.WordClass
	if f.base == "" {
		cl = ner.EmbedClusters(e, f.c)
	} else {
		base, err := loadClusters(f.base)
		if err != nil {
			return err
		}
		cl = ner.MergeClusters(base, ner.EmbedPaths(e, f.c))
	}
	var buf bytes.Buffer
	if err := ner.WriteClusters(&buf, cl); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d words clustered in %s\n", len(cl), time.Since(start).Round(time.Second))
	return os.WriteFile(f.out, buf.Bytes(), 0o644)
}

// vectors reads --vectors or learns the vectors (writing --vectors-out).
func (f *nerEmbedFlags) vectors(start time.Time) (*ner.Embeddings, error) {
	if f.vecIn != "" {
		r, err := os.Open(f.vecIn)
		if err != nil {
			return nil, fmt.Errorf("vectors: %w", err)
		}
		defer r.Close()
		return ner.ReadVectors(r)
	}
	t, err := f.text()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "%d words of text read in %s\n", t.Len(), time.Since(start).Round(time.Second))
	f.e.Progress = func(ep int) {
		fmt.Fprintf(os.Stderr, "epoch %d (%s)\n", ep, time.Since(start).Round(time.Second))
	}
	e := ner.LearnEmbeddings(t, f.e)
	if f.vecOut != "" {
		var buf bytes.Buffer
		if err := e.WriteVectors(&buf); err != nil {
			return nil, err
		}
		if err := os.WriteFile(f.vecOut, buf.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("vectors: %w", err)
		}
	}
	return e, nil
}

// text reads the news articles and the NER corpora's sentences.
func (f *nerEmbedFlags) text() (*ner.Text, error) {
	paths, err := filepath.Glob(filepath.Join(f.corpus, "*.jsonl.gz"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("embed: no *.jsonl.gz in %s", f.corpus)
	}
	t := ner.NewText()
	if err := ner.ReadArticles(paths, t.Add); err != nil {
		return nil, err
	}
	if f.nerText == "none" || f.nerText == "" {
		return t, nil
	}
	for _, name := range strings.Split(f.nerText, ",") {
		name = strings.TrimSpace(name)
		s, err := ner.LoadCorpus(f.data, name)
		if err != nil {
			return nil, err
		}
		if name == "anercorp" && f.holdout >= 0 {
			s, _ = ner.SplitFold(s, f.holdout)
		}
		t.AddSentences(s, arabic.Normalize)
	}
	return t, nil
}

// loadCodes reads binarised word vectors: "" is the embedded file,
// "none" none.
func loadCodes(path string) (map[string][]byte, error) {
	switch path {
	case "none":
		return nil, nil
	case "":
		return ner.EmbeddedCodes()
	}
	r, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("codes: %w", err)
	}
	defer r.Close()
	return ner.ReadCodes(r)
}
