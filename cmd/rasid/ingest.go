package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/pipeline"
	"github.com/rasid-osint/rasid/store"
	"github.com/rasid-osint/rasid/store/sqlite"
	"github.com/rasid-osint/rasid/stories"
)

// ingestOptions are the flags of rasid ingest.
type ingestOptions struct {
	db string
	runFlags
}

// maxSaveFailures is how many consecutive failed saves stop an ingest: a
// few bad articles are skipped, a broken database is not hammered.
const maxSaveFailures = 20

func runIngest(ctx context.Context, args []string) error {
	var o ingestOptions
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.StringVar(&o.db, "db", "./rasid.db", "store articles in the SQLite database `FILE` (created if missing)")
	paths, err := pipelineCommand(fs, &o.runFlags, "usage: rasid ingest [flags] PATH...\n\nAnalyses articles (.txt with index.tsv, .html, .jsonl(.gz), .warc(.gz) files and folders)\nand stores them in batches, each article whole or not at all. Articles already stored\n(same content hash) are skipped, so an interrupted ingest can simply be run again.", args)
	if err != nil {
		return err
	}
	return ingest(ctx, paths, o)
}

// ingestStats counts what an ingest did.
type ingestStats struct {
	saved, dup, failed, consecutive int
	bar                             *progress // cleared before a message; nil when quiet
}

func ingest(ctx context.Context, paths []string, o ingestOptions) error {
	p, db, cl, err := openSession(ctx, o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	var bar *progress
	if !o.quiet {
		bar = newProgress("ingest", paths)
	}
	report := func(e error) {
		bar.finish() // clear the status line before the message
		fmt.Fprintln(os.Stderr, "rasid ingest: skipped", e)
	}
	is := ingestStats{bar: bar}
	w := store.NewWriter(ctx, db, store.DefaultBatch, is.add(ctx))
	opts := pipeline.Options{Workers: o.workers, Report: report, Stories: cl, Progress: bar.update, Prepare: db.Prepare}
	st, err := p.Run(ctx, paths, opts, w.Add)
	if werr := w.Close(); err == nil {
		err = werr
	}
	bar.finish()
	if !o.quiet {
		fmt.Fprintf(os.Stderr, "rasid ingest: %d articles read, %d stored, %d already stored, %d failed analysis, %d failed to store, %d events, %.1fs (%.0f articles/s) into %s\n",
			st.Read, is.saved, is.dup, st.Failed, is.failed, st.Events, st.Elapsed.Seconds(), float64(st.Read)/st.Elapsed.Seconds(), o.db)
	}
	if err != nil {
		return err
	}
	if st.Read == 0 && st.Failed+is.failed > 0 {
		return errors.New("no article could be stored")
	}
	return nil
}

// add records the outcome of one stored batch (on the writer's goroutine).
func (is *ingestStats) add(ctx context.Context) func([]*domain.Article, []store.SaveResult) error {
	return func(_ []*domain.Article, res []store.SaveResult) error {
		for _, r := range res {
			if err := is.count(ctx, r); err != nil {
				return err
			}
		}
		return nil
	}
}

// count records one article's outcome; a failure is reported and the batch
// goes on, unless the context is done or saves keep failing.
func (is *ingestStats) count(ctx context.Context, r store.SaveResult) error {
	switch {
	case r.Err == nil && r.Saved:
		is.saved++
	case r.Err == nil:
		is.dup++
	case ctx.Err() != nil:
		return ctx.Err()
	default:
		is.failed++
		if is.consecutive++; is.consecutive >= maxSaveFailures {
			return fmt.Errorf("%d saves failed in a row, last: %w", is.consecutive, r.Err)
		}
		is.bar.finish()
		fmt.Fprintln(os.Stderr, "rasid ingest: not stored:", r.Err)
		return nil
	}
	is.consecutive = 0
	return nil
}

// openSession builds the pipeline and opens the database, with the actor
// base saved and a story clusterer seeded from the stored articles: what
// ingest and watch both start from. The caller closes the database.
func openSession(ctx context.Context, path string) (*pipeline.Pipeline, *sqlite.DB, *stories.Clusterer, error) {
	p, err := pipeline.New()
	if err != nil {
		return nil, nil, nil, err
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := saveKB(ctx, db, p); err != nil {
		db.Close()
		return nil, nil, nil, err
	}
	cl, err := seedStories(ctx, db)
	if err != nil {
		db.Close()
		return nil, nil, nil, err
	}
	return p, db, cl, nil
}

// saveKB stores the knowledge base's actors, so actor pages show their
// aliases, kinds and affiliations.
func saveKB(ctx context.Context, db store.Store, p *pipeline.Pipeline) error {
	if p.KB == nil {
		return nil
	}
	var actors []domain.Actor
	for _, a := range p.KB.Actors() {
		actors = append(actors, *a)
	}
	return db.SaveActors(ctx, actors)
}

// seedStories replays the stored articles through a story clusterer, so
// that new articles join the stories already in the database.
func seedStories(ctx context.Context, db store.Store) (*stories.Clusterer, error) {
	cl := stories.NewClusterer()
	err := db.WalkArticles(ctx, store.EventFilter{}, func(a *domain.Article) error {
		cl.Assign(a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("replay stored stories: %w", err)
	}
	return cl, nil
}
