package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// progress draws one status line on a terminal: articles done, skipped,
// rate, elapsed time and, when the number of articles is known in advance
// (folders of .txt and .html files), the time left. It stays silent when
// standard error is not a terminal.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	verb     string
	total    int
	start    time.Time
	last     time.Time
	done     int
	failed   int
	disabled bool
}

func newProgress(verb string, paths []string) *progress {
	p := &progress{w: os.Stderr, verb: verb, start: time.Now(), total: countFiles(paths)}
	fi, err := os.Stderr.Stat()
	p.disabled = err != nil || fi.Mode()&os.ModeCharDevice == 0
	return p
}

// update records the counts and redraws at most five times a second.
func (p *progress) update(done, failed int) {
	if p == nil || p.disabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done, p.failed = done, failed
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	el := now.Sub(p.start)
	n := p.done + p.failed
	rate := float64(n) / max(el.Seconds(), 1e-3)
	line := fmt.Sprintf("rasid %s: %d articles (%d failed) · %.0f/s · %s", p.verb, p.done, p.failed, rate, el.Truncate(time.Second))
	if p.total > 0 && rate > 0 && n <= p.total {
		left := time.Duration(float64(p.total-n)/rate) * time.Second
		line += fmt.Sprintf(" · %d%% · ETA %s", 100*n/p.total, left.Truncate(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
}

// finish clears the status line (also before a message is printed).
func (p *progress) finish() {
	if p == nil || p.disabled {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
}

// countFiles counts the article files under paths when every one is a
// .txt or .html file (one article each); it returns 0 when the inputs hold
// archives, whose article count is unknown until read.
func countFiles(paths []string) int {
	n, unknown := 0, false
	for _, root := range paths {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch ext := strings.ToLower(filepath.Ext(path)); ext {
			case ".txt", ".html", ".htm":
				n++
			case ".jsonl", ".gz", ".warc":
				unknown = true
				return filepath.SkipAll
			}
			return nil
		})
		if err != nil || unknown {
			return 0
		}
	}
	return n
}
