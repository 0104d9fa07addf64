package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/clean"
	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/entities"
	"github.com/rasid-osint/rasid/events"
	"github.com/rasid-osint/rasid/kb"
)

// Stage is one step of the per-article analysis. Process must be safe for
// concurrent use on different articles.
type Stage interface {
	Name() string
	Process(ctx context.Context, a *domain.Article) error
}

// Pipeline runs the stages in order.
type Pipeline struct {
	stages []Stage
	KB     *kb.KB

	mu    sync.Mutex
	times map[string]time.Duration
}

// Config chooses optional parts of the pipeline.
type Config struct {
	// Tagger is the statistical NER model; nil runs without one.
	Tagger entities.Tagger
}

// New builds the pipeline with the embedded data and the default tagger.
func New() (*Pipeline, error) {
	tagger, err := defaultTagger()
	if err != nil {
		return nil, err
	}
	return NewWith(Config{Tagger: tagger})
}

// NewWith builds the pipeline with cfg.
func NewWith(cfg Config) (*Pipeline, error) {
	k, err := kb.Load()
	if err != nil {
		return nil, fmt.Errorf("load knowledge base: %w", err)
	}
	cl, err := clean.New()
	if err != nil {
		return nil, fmt.Errorf("load cleaner: %w", err)
	}
	rec, err := entities.New(k, cfg.Tagger)
	if err != nil {
		return nil, fmt.Errorf("load entity lexicons: %w", err)
	}
	coder, err := events.New(k)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{KB: k, times: map[string]time.Duration{}}
	p.stages = []Stage{cl, textStage{}, rec, coder}
	return p, nil
}

// Process runs every stage on a. The error names the failing stage. A
// panic inside a stage is turned into an error for this article alone, so
// that one article never takes a batch down.
func (p *Pipeline) Process(ctx context.Context, a *domain.Article) (err error) {
	stage := ""
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v", stage, r)
		}
	}()
	for _, s := range p.stages {
		stage = s.Name()
		t0 := time.Now()
		if err := s.Process(ctx, a); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
		p.addTime(s.Name(), time.Since(t0))
	}
	return nil
}

func (p *Pipeline) addTime(stage string, d time.Duration) {
	p.mu.Lock()
	p.times[stage] += d
	p.mu.Unlock()
}

// StageTimes returns the time spent in each stage so far, summed over workers.
func (p *Pipeline) StageTimes() map[string]time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]time.Duration, len(p.times))
	for k, v := range p.times {
		out[k] = v
	}
	return out
}

// textStage splits the cleaned text into sentences and tokens.
type textStage struct{}

func (textStage) Name() string { return "text" }

func (textStage) Process(_ context.Context, a *domain.Article) error {
	a.Sentences, a.Tokens = arabic.Analyze(a.Text)
	return nil
}
