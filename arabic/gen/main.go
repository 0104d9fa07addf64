// Command gen rebuilds the vocabulary file data/words.tsv.gz from an
// unlabeled corpus of Arabic news in gzipped JSON Lines (objects with
// "title" and "text"). Only word counts are written, never text.
//
//	go run ./arabic/gen -corpus ../shared/data/corpus/saudinewsnet -out arabic/data/words.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/source"
)

func main() {
	corpus := flag.String("corpus", "../shared/data/corpus/saudinewsnet", "folder of .jsonl.gz files")
	out := flag.String("out", "arabic/data/words.tsv.gz", "output file")
	min := flag.Int("min", 3, "minimum count kept")
	flag.Parse()
	if err := run(*corpus, *out, *min); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(corpus, out string, min int) error {
	files, err := filepath.Glob(filepath.Join(corpus, "*.jsonl.gz"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no .jsonl.gz files in %s", corpus)
	}
	counts := map[string]int{}
	err = source.Read(context.Background(), files, func(a *domain.Article) error {
		for _, w := range strings.FieldsFunc(arabic.Normalize(a.Title+" "+a.Raw), notArabicLetter) {
			counts[w]++
		}
		return nil
	}, func(error) {}) // records without text add no words
	if err != nil {
		return err
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= min {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fo, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(fo, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		fmt.Fprintf(bw, "%s\t%d\n", w, counts[w])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d words (count >= %d) from %d files\n", len(words), min, len(files))
	return fo.Close()
}

func notArabicLetter(r rune) bool { return r < 0x0621 || r > 0x064A }
