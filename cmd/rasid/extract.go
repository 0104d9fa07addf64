package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/export"
	"github.com/rasid-osint/rasid/pipeline"
)

// extractOptions are the flags of rasid extract.
type extractOptions struct {
	out string
	runFlags
}

func runExtract(ctx context.Context, args []string) error {
	var o extractOptions
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.StringVar(&o.out, "o", "", "write JSON Lines to `FILE` (default: standard output)")
	paths, err := pipelineCommand(fs, &o.runFlags, "usage: rasid extract [flags] PATH...\n\nReads .txt (with index.tsv), .html, .jsonl(.gz) and .warc(.gz) files and folders;\nwrites one JSON object per article. Bad items are reported on standard error.", args)
	if err != nil {
		return err
	}
	return extract(ctx, paths, o)
}

func extract(ctx context.Context, paths []string, o extractOptions) (err error) {
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	bw, err := createOutput(o.out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := bw.Close(); err == nil {
			err = cerr
		}
	}()
	bad := 0
	var bar *progress
	if !o.quiet {
		bar = newProgress("extract", paths)
	}
	report := func(e error) {
		bad++
		bar.finish() // clear the status line before the message
		fmt.Fprintln(os.Stderr, "rasid extract: skipped", e)
	}
	st, err := p.Run(ctx, paths, pipeline.Options{Workers: o.workers, Report: report, Progress: bar.update},
		func(a *domain.Article) error { return export.WriteArticle(bw, a) })
	bar.finish()
	if err != nil {
		return err
	}
	if !o.quiet {
		fmt.Fprintf(os.Stderr, "rasid extract: %d articles, %d events, %d skipped, %.1fs (%.0f articles/s)\n",
			st.Read, st.Events, bad, st.Elapsed.Seconds(), float64(st.Read)/st.Elapsed.Seconds())
	}
	if st.Read == 0 {
		return errors.New("no article could be read")
	}
	return nil
}
