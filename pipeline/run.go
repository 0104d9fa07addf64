package pipeline

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"time"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/source"
	"github.com/rasid-osint/rasid/stories"
)

// Options tune Run.
type Options struct {
	// Workers is the number of goroutines analysing articles; 0 means one
	// per core.
	Workers int
	// Report receives each bad item (an *source.ItemError); nil drops them.
	Report func(error)
	// Progress, when set, is called after each article with the counts.
	Progress func(done, failed int)
	// Stories assigns story ids; nil uses a fresh clusterer.
	Stories *stories.Clusterer
	// Prepare, when set, is called on the worker goroutines with each
	// article analysed without error, before the sink sees it: a store
	// prepares its rows there (store.Preparer), off the one writer.
	Prepare func(*domain.Article)
}

// Stats summarise a run.
type Stats struct {
	Read, Failed, Events int
	Elapsed              time.Duration
	StageTime            map[string]time.Duration
}

type job struct {
	seq int
	a   *domain.Article
	err error
}

// Run reads paths, analyses the articles on Workers goroutines, assigns
// stories and calls sink in input order. Memory stays bounded: at most a
// few articles per worker are in flight. A bad article is reported and
// skipped; a sink error or a cancelled context stops the run.
func (p *Pipeline) Run(ctx context.Context, paths []string, o Options, sink func(*domain.Article) error) (Stats, error) {
	t0 := time.Now()
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Report == nil {
		o.Report = func(error) {}
	}
	if o.Stories == nil {
		o.Stories = stories.NewClusterer()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, o.Workers*4)
	// room for the articles that finish while a slow one holds up the
	// ordered output: without it one long article stalls every worker
	done := make(chan job, o.Workers*64)
	var readErr error
	var reportMu sync.Mutex
	report := func(err error) { reportMu.Lock(); o.Report(err); reportMu.Unlock() }
	go func() {
		defer close(jobs)
		seq := 0
		readErr = source.Read(ctx, paths, func(a *domain.Article) error {
			select {
			case jobs <- job{seq: seq, a: a}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, report)
	}()
	var wg sync.WaitGroup
	for w := 0; w < o.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err = p.Process(ctx, j.a); j.err == nil {
					o.Stories.Prepare(j.a) // the costly part of story assignment, in parallel
					if o.Prepare != nil {
						o.Prepare(j.a)
					}
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	st, err := p.order(ctx, done, o, report, sink)
	cancel()
	for range done { // drain so workers finish
	}
	st.Elapsed, st.StageTime = time.Since(t0), p.StageTimes()
	if err == nil && readErr != nil && !errors.Is(readErr, context.Canceled) {
		err = readErr
	}
	return st, err
}

// order hands finished articles to the sink in input order.
func (p *Pipeline) order(ctx context.Context, done <-chan job, o Options, report func(error), sink func(*domain.Article) error) (Stats, error) {
	var st Stats
	pending := map[int]job{}
	next := 0
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if j.err != nil {
				st.Failed++
				report(&source.ItemError{Item: itemName(j.a), Reason: j.err.Error(), Err: j.err})
			} else {
				o.Stories.Assign(j.a)
				st.Read++
				st.Events += len(j.a.Events)
				if err := sink(j.a); err != nil {
					return st, err
				}
			}
			if o.Progress != nil {
				o.Progress(st.Read, st.Failed)
			}
		}
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
	}
	return st, nil
}

func itemName(a *domain.Article) string {
	if a.Source != "" {
		return a.Source
	}
	return a.DocID
}
