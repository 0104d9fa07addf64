package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/kb"
	"github.com/rasid-osint/rasid/ner"
)

const nerUsage = `usage:
  rasid ner train --out MODEL [--data DIR] [--corpora anercorp,newsfane,wojood,aqmar] [--epochs N] [--seed S] [--kb=false] [--gaz=false] [--doc=false] [--clusters FILE|none] [--codes FILE|none] [--full] [--fold K]
  rasid ner tag [--model MODEL] FILE        CoNLL tokens in, token<TAB>TAG out
  rasid ner eval [--model MODEL] [--sentences] FILE|--dev  entity P/R/F1 per type and micro
  rasid ner clusters --out FILE [--corpus DIR]  learn word clusters from unlabeled articles
  rasid ner embed --out FILE [--corpus DIR] [--ner-text NAMES|none] [--dim 100] [--window 3] [--epochs 5] [--stems] [--holdout-fold K] [--codes-out FILE]  skip-gram vectors -> clusters, binarised vectors
  rasid ner prefixes --out MODEL [--model OLD]  add phrase prefixes to a model saved before they were kept`

// runNER dispatches rasid ner train | tag | eval | clusters.
func runNER(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, nerUsage)
		return errUsage
	}
	switch args[0] {
	case "train":
		return nerTrain(ctx, args[1:])
	case "tag":
		return nerTag(args[1:])
	case "eval":
		return nerEval(args[1:])
	case "clusters":
		return nerClusters(args[1:])
	case "prefixes":
		return nerPrefixes(args[1:])
	case "embed":
		return nerEmbed(args[1:])
	}
	fmt.Fprintln(os.Stderr, nerUsage)
	return errUsage
}

const defaultNERData = "../shared/data/ner"

// nerTrainFlags are the options of rasid ner train.
type nerTrainFlags struct {
	out, data, corpora, clusters, lexFile, codes string
	epochs, fold, minCount                       int
	seed                                         uint64
	minWeight                                    float64
	useKB, adapt, full, gaz, doc                 bool
}

func parseNERTrain(args []string) (*nerTrainFlags, error) {
	f := &nerTrainFlags{}
	fs := flag.NewFlagSet("ner train", flag.ContinueOnError)
	fs.StringVar(&f.out, "out", "", "write the model (gzip) to `FILE`")
	fs.StringVar(&f.data, "data", defaultNERData, "NER corpora `DIR`")
	fs.StringVar(&f.corpora, "corpora", "anercorp,newsfane,wojood,aqmar", "comma-separated `NAMES`: anercorp, aqmar, newsfane, wojood")
	fs.IntVar(&f.epochs, "epochs", 12, "training passes")
	fs.Uint64Var(&f.seed, "seed", 1, "shuffle seed")
	fs.IntVar(&f.minCount, "min-count", 1, "drop features seen fewer times in training")
	fs.Float64Var(&f.minWeight, "min-weight", 3, "after training, drop features whose largest weight magnitude is below this")
	fs.BoolVar(&f.useKB, "kb", true, "add kb actor and place aliases as lexicon features")
	fs.StringVar(&f.lexFile, "lexicon", "", "add names from a name<TAB>class `FILE` as lexicon features")
	fs.StringVar(&f.clusters, "clusters", "", "word cluster `FILE` (default: the embedded one; 'none' for no clusters)")
	fs.StringVar(&f.codes, "codes", "", "binarised word vectors `FILE` (rasid ner embed --codes-out; default: the embedded one; 'none' for no vector features)")
	fs.BoolVar(&f.gaz, "gaz", true, "gazetteer features from the training corpora's own entities (jackknifed)")
	fs.BoolVar(&f.doc, "doc", true, "document-context features (other occurrences of a word in nearby sentences)")
	fs.BoolVar(&f.adapt, "adapt", true, "domain adaptation: corpus-specific feature copies, ANERcorp's kept")
	fs.IntVar(&f.fold, "fold", 9, "which tenth of ANERcorp train (0-9) is the dev split; 9, the last, for reported numbers")
	fs.BoolVar(&f.full, "full", false, "train on all of ANERcorp train, dev split included (no dev score)")
	if _, err := parseInterspersed(fs, args); err != nil {
		return nil, err
	}
	if f.out == "" {
		return nil, fmt.Errorf("--out is required: %w", errUsage)
	}
	return f, nil
}

// options turns the flags into training options, loading clusters and
// lexicons.
func (f *nerTrainFlags) options() (ner.TrainOptions, error) {
	o := ner.TrainOptions{Epochs: f.epochs, Seed: f.seed, MinCount: f.minCount, MinWeight: float32(f.minWeight), Gazetteer: f.gaz, DocContext: f.doc}
	if f.adapt {
		o.Target = "anercorp"
	}
	var err error
	if o.Clusters, err = loadClusters(f.clusters); err != nil {
		return o, err
	}
	if f.useKB {
		if o.Lexicon, err = kbLexicon(); err != nil {
			return o, err
		}
	}
	if f.lexFile != "" {
		o.Lexicon, err = addLexiconFile(o.Lexicon, f.lexFile)
	}
	if err == nil {
		o.Codes, err = loadCodes(f.codes)
	}
	return o, err
}

func nerTrain(ctx context.Context, args []string) error {
	f, err := parseNERTrain(args)
	if err != nil {
		return err
	}
	o, err := f.options()
	if err != nil {
		return err
	}
	train, dev, err := nerCorpora(f.data, f.corpora, f.full, f.fold)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "training on %d sentences, %d clusters, %d lexicon names\n", len(train), len(o.Clusters), len(o.Lexicon))
	start := time.Now()
	o.Progress = func(e, errs int) {
		fmt.Fprintf(os.Stderr, "epoch %d: %d token errors (%s)\n", e, errs, time.Since(start).Round(time.Second))
	}
	m, err := ner.Train(train, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %s, %d features\n", time.Since(start).Round(time.Second), m.Features())
	if err := m.SaveFile(f.out); err != nil {
		return err
	}
	if len(dev) > 0 {
		fmt.Fprintf(os.Stderr, "ANERcorp dev (%d sentences):\n", len(dev))
		if err := m.Evaluate(dev).Write(os.Stdout); err != nil {
			return err
		}
		_, _, f1 := m.EvaluateSentences(dev).Micro().PRF()
		_, err = fmt.Printf("Tag per sentence: micro F1=%.4f\n", f1)
		return err
	}
	return ctx.Err()
}

// nerCorpora loads the named corpora; ANERcorp's last 10% is returned
// as dev unless full is set.
func nerCorpora(dir, names string, full bool, fold int) (train, dev []ner.Sentence, err error) {
	for _, name := range strings.Split(names, ",") {
		name = strings.TrimSpace(name)
		s, err := ner.LoadCorpus(dir, name)
		if err != nil {
			return nil, nil, err
		}
		if name == "anercorp" && !full {
			s, dev = ner.SplitFold(s, fold)
		}
		train = append(train, s...)
	}
	if len(dev) > 0 {
		var n int
		train, n = ner.DropOverlap(train, dev)
		fmt.Fprintf(os.Stderr, "dropped %d training sentences that overlap the dev split\n", n)
	}
	return train, dev, nil
}

func loadClusters(path string) (map[string]ner.WordClass, error) {
	switch path {
	case "none":
		return nil, nil
	case "":
		return ner.EmbeddedClusters()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer f.Close()
	return ner.ReadClusters(f)
}

// kbLexicon lists kb actor and place aliases as name -> type.
func kbLexicon() (map[string]string, error) {
	k, err := kb.Load()
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	lex := map[string]string{}
	for _, n := range k.Names() {
		if n.Kind == "actor" || n.Kind == "place" {
			lex[n.Form] = string(n.Type)
		}
	}
	return lex, nil
}

func nerModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	return ner.LoadFile(path)
}

func nerTag(args []string) error {
	fs := flag.NewFlagSet("ner tag", flag.ContinueOnError)
	model := fs.String("model", "", "model `FILE` (default: the embedded model)")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("want one FILE: %w", errUsage)
	}
	m, err := nerModel(*model)
	if err != nil {
		return err
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(os.Stdout)
	if err := tagStream(m, f, w); err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	return w.Flush()
}

// tagStream copies CoNLL input to token<TAB>TAG lines, keeping blank
// lines, tagging each sentence as it ends.
func tagStream(m *ner.Model, r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var toks []string
	flush := func() {
		for i, t := range m.Tag(toks) {
			fmt.Fprintf(w, "%s\t%s\n", toks[i], t)
		}
		toks = toks[:0]
	}
	for sc.Scan() {
		line := strings.TrimPrefix(strings.TrimRight(sc.Text(), "\r"), "\ufeff")
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			fmt.Fprintln(w)
			continue
		}
		toks = append(toks, f[0])
	}
	flush()
	return sc.Err()
}

func nerEval(args []string) error {
	fs := flag.NewFlagSet("ner eval", flag.ContinueOnError)
	model := fs.String("model", "", "model `FILE` (default: the embedded model)")
	dev := fs.Bool("dev", false, "evaluate on the ANERcorp dev split (last 10% of train)")
	data := fs.String("data", defaultNERData, "NER corpora `DIR` for --dev")
	alone := fs.Bool("sentences", false, "tag each sentence alone (Tag, as the pipeline does) instead of as one document")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	m, err := nerModel(*model)
	if err != nil {
		return err
	}
	var sents []ner.Sentence
	switch {
	case *dev:
		all, err := ner.LoadCorpus(*data, "anercorp")
		if err != nil {
			return err
		}
		_, sents = ner.SplitDev(all)
	case len(pos) == 1:
		b, err := os.ReadFile(pos[0])
		if err != nil {
			return err
		}
		if sents, err = ner.ReadCoNLL(bytes.NewReader(b), ner.ReadOptions{}); err != nil {
			return fmt.Errorf("%s: %w", pos[0], err)
		}
	default:
		return fmt.Errorf("want FILE or --dev: %w", errUsage)
	}
	if *alone {
		return m.EvaluateSentences(sents).Write(os.Stdout)
	}
	return m.Evaluate(sents).Write(os.Stdout)
}

func nerClusters(args []string) error {
	fs := flag.NewFlagSet("ner clusters", flag.ContinueOnError)
	out := fs.String("out", "ner/data/clusters.tsv.gz", "write clusters to `FILE`")
	corpus := fs.String("corpus", "../shared/data/corpus/saudinewsnet", "`DIR` of *.jsonl.gz articles")
	var o ner.ClusterOptions
	fs.IntVar(&o.Vocab, "vocab", 0, "words to cluster (default 150000)")
	fs.IntVar(&o.Fine, "fine", 0, "fine clusters (default 1024)")
	fs.IntVar(&o.Contexts, "contexts", 0, "context words per side (default 300)")
	fs.IntVar(&o.Dims, "dims", 0, "projection size (default 96)")
	fs.IntVar(&o.MinCount, "min-count", 0, "minimum word frequency (default 5)")
	fs.IntVar(&o.Coarse, "coarse", 0, "coarse clusters (default 128)")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	paths, err := filepath.Glob(filepath.Join(*corpus, "*.jsonl.gz"))
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("clusters: no *.jsonl.gz in %s", *corpus)
	}
	start := time.Now()
	cl, err := ner.LearnClusters(paths, o)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := ner.WriteClusters(&buf, cl); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d words clustered in %s\n", len(cl), time.Since(start).Round(time.Second))
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}

// addLexiconFile adds name<TAB>class lines of path to lex; names already
// there keep their class.
func addLexiconFile(lex map[string]string, path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if lex == nil {
		lex = map[string]string{}
	}
	for n, line := range strings.Split(string(b), "\n") {
		name, class, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			if line != "" {
				return nil, fmt.Errorf("lexicon %s:%d: want name<TAB>class", path, n+1)
			}
			continue
		}
		if _, dup := lex[name]; !dup {
			lex[name] = class
		}
	}
	return lex, nil
}
