package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

// recordingStore keeps the doc ids it stored, in order. Saving an id in
// failOn fails, and a batch holding one fails as a whole, as a
// transaction that cannot commit would.
type recordingStore struct {
	Store
	mu      sync.Mutex
	saved   []string
	failOn  map[string]bool
	batches int
}

func (s *recordingStore) SaveArticles(ctx context.Context, as []*domain.Article) ([]SaveResult, error) {
	s.batches++
	for _, a := range as {
		if s.failOn[a.DocID] {
			return nil, errors.New("disk full")
		}
	}
	res := make([]SaveResult, len(as))
	for i, a := range as {
		res[i].Saved, res[i].Err = s.SaveArticle(ctx, a)
	}
	return res, nil
}

func (s *recordingStore) SaveArticle(_ context.Context, a *domain.Article) (bool, error) {
	if s.failOn[a.DocID] {
		return false, fmt.Errorf("save %s: disk full", a.DocID)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saved = append(s.saved, a.DocID)
	return true, nil
}

func TestWriter(t *testing.T) {
	const size = 16
	tests := []struct {
		name        string
		n           int
		failOn      []int
		stopOnFail  bool // done returns an error for a batch with a failure
		wantSaved   int
		wantBatches int
		wantErr     bool
	}{
		{name: "less than a batch", n: 5, wantSaved: 5, wantBatches: 1},
		{name: "no article", n: 0, wantSaved: 0, wantBatches: 0},
		{name: "several batches and a rest", n: 3*size + 7, wantSaved: 3*size + 7, wantBatches: 4},
		{name: "a bad article is stored alone, the batch goes on", n: 2 * size, failOn: []int{3, 20}, wantSaved: 2*size - 2, wantBatches: 2},
		{name: "an error from done stops the writer", n: 4 * size, failOn: []int{size + 1}, stopOnFail: true, wantSaved: 2*size - 1, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &recordingStore{failOn: map[string]bool{}}
			as := make([]*domain.Article, tc.n)
			for i := range as {
				as[i] = &domain.Article{DocID: fmt.Sprintf("a%04d", i)}
			}
			for _, i := range tc.failOn {
				s.failOn[as[i].DocID] = true
			}
			var failed, results int
			done := func(b []*domain.Article, res []SaveResult) error {
				if len(b) != len(res) {
					t.Errorf("%d results for %d articles", len(res), len(b))
				}
				results += len(res)
				for _, r := range res {
					if r.Err != nil {
						failed++
						if tc.stopOnFail {
							return r.Err
						}
					}
				}
				return nil
			}
			w := NewWriter(context.Background(), s, size, done)
			var err error
			for _, a := range as {
				if err = w.Add(a); err != nil {
					break
				}
			}
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("error %v, want error: %v", err, tc.wantErr)
			}
			if len(s.saved) != tc.wantSaved || failed != len(tc.failOn) {
				t.Errorf("%d saved, %d failed; want %d and %d", len(s.saved), failed, tc.wantSaved, len(tc.failOn))
			}
			if !tc.wantErr && (s.batches != tc.wantBatches || results != tc.n) {
				t.Errorf("%d batches, %d results; want %d and %d", s.batches, results, tc.wantBatches, tc.n)
			}
			if !slices.IsSorted(s.saved) {
				t.Errorf("not stored in the order added: %v", s.saved)
			}
		})
	}
}
