package store

import (
	"context"

	"github.com/rasid-osint/rasid/domain"
)

// DefaultBatch is how many articles a Writer of rasid ingest stores per
// transaction: one commit per article costs about as much as analysing
// the article, and 512 a batch was no faster than 128.
const DefaultBatch = 128

// Writer stores analysed articles in batches, one transaction each, on
// its own goroutine, so that the caller goes on analysing while a batch
// is written: a database has one writer, and waiting for it in the
// pipeline's ordered output leaves the analysis workers idle. At most one
// full batch waits while another is written, so memory stays bounded.
// Add and Close are called from one goroutine; articles are stored in the
// order they are added.
type Writer struct {
	s       Store
	size    int
	done    func([]*domain.Article, []SaveResult) error
	pending []*domain.Article
	batches chan []*domain.Article
	stopped chan struct{} // closed when the writing goroutine returns
	err     error         // why it returned early; read after stopped
}

// NewWriter starts a writer into s that stores batches of size articles
// and, on the writing goroutine, calls done with each batch and its
// results. When a batch fails as a whole (it could not begin or commit),
// its articles are stored one by one, so that one cause of failure does
// not cost the others. An error from done, or the context's, stops the
// writer: the next Add or Close returns it.
func NewWriter(ctx context.Context, s Store, size int, done func([]*domain.Article, []SaveResult) error) *Writer {
	w := &Writer{s: s, size: max(size, 1), done: done,
		batches: make(chan []*domain.Article, 1), stopped: make(chan struct{})}
	go func() {
		defer close(w.stopped)
		for as := range w.batches {
			if err := w.write(ctx, as); err != nil {
				w.err = err
				return
			}
		}
	}()
	return w
}

func (w *Writer) write(ctx context.Context, as []*domain.Article) error {
	res, err := w.s.SaveArticles(ctx, as)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		res = make([]SaveResult, len(as))
		for i, a := range as {
			res[i].Saved, res[i].Err = w.s.SaveArticle(ctx, a)
		}
	}
	return w.done(as, res)
}

// Add queues a and hands a full batch to the writing goroutine. It
// returns the error the writer stopped on, if it has.
func (w *Writer) Add(a *domain.Article) error {
	w.pending = append(w.pending, a)
	if len(w.pending) < w.size {
		return nil
	}
	return w.send()
}

func (w *Writer) send() error {
	as := w.pending
	w.pending = make([]*domain.Article, 0, w.size)
	select {
	case w.batches <- as:
		return nil
	case <-w.stopped:
		return w.err
	}
}

// Close stores what is queued, waits for the writing goroutine and
// returns the error it stopped on, if any. Call it once, after the last
// Add; what done counted is final when it returns.
func (w *Writer) Close() error {
	var err error
	if len(w.pending) > 0 {
		err = w.send()
	}
	close(w.batches)
	<-w.stopped
	if w.err != nil {
		return w.err
	}
	return err
}
