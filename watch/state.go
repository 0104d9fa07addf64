package watch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// FeedState is what is remembered about one feed or watched page.
type FeedState struct {
	Validators
	// Hash is the content hash of a watched page's last version.
	Hash string `json:"hash,omitempty"`
	// Failures counts consecutive failed polls.
	Failures  int       `json:"failures,omitempty"`
	LastError string    `json:"last_error,omitempty"`
	LastOK    time.Time `json:"last_ok,omitzero"`
}

// ItemState is what is remembered about one article page.
type ItemState struct {
	// DocID is the id the article was handed on with (or the id of the
	// article with the same content).
	DocID string `json:"doc_id,omitempty"`
	// Done is true once the page was fetched and handled (or found to be a
	// copy of a page handled before).
	Done bool `json:"done,omitempty"`
	// Failed is true once the page was given up.
	Failed    bool   `json:"failed,omitempty"`
	Attempts  int    `json:"attempts,omitempty"`
	LastError string `json:"last_error,omitempty"`
	// Seen is when the item was first recorded.
	Seen time.Time `json:"seen,omitzero"`
}

// HashEntry records the document a page content hash belongs to.
type HashEntry struct {
	DocID string    `json:"doc_id"`
	Seen  time.Time `json:"seen"`
}

// State is the watcher's memory, kept in a JSON file. Its methods are safe
// for concurrent use.
type State struct {
	mu   sync.Mutex
	path string
	data stateData
	// busy holds the article URLs being fetched now, so that two outlets
	// listing the same article do not both fetch it.
	busy map[string]bool
}

type stateData struct {
	Feeds map[string]*FeedState `json:"feeds"`
	// Items are keyed by article URL.
	Items map[string]*ItemState `json:"items"`
	// GUIDs maps feed item GUIDs to article URLs.
	GUIDs map[string]string `json:"guids"`
	// Hashes maps page content hashes to document ids.
	Hashes map[string]HashEntry `json:"hashes"`
}

// LoadState reads the state file at path; a missing file is an empty state.
// An empty path keeps the state in memory only.
func LoadState(path string) (*State, error) {
	s := &State{path: path, data: stateData{Feeds: map[string]*FeedState{},
		Items: map[string]*ItemState{}, GUIDs: map[string]string{}, Hashes: map[string]HashEntry{}}}
	if path == "" {
		return s, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("watch state %s: %w", path, err)
	}
	if err := json.Unmarshal(b, &s.data); err != nil {
		return nil, fmt.Errorf("watch state %s: %w", path, err)
	}
	if s.data.Feeds == nil {
		s.data.Feeds = map[string]*FeedState{}
	}
	if s.data.Items == nil {
		s.data.Items = map[string]*ItemState{}
	}
	if s.data.GUIDs == nil {
		s.data.GUIDs = map[string]string{}
	}
	if s.data.Hashes == nil {
		s.data.Hashes = map[string]HashEntry{}
	}
	return s, nil
}

// Save writes the state file atomically (a temporary file renamed over it).
func (s *State) Save() error {
	if s.path == "" {
		return nil
	}
	s.mu.Lock()
	b, err := json.MarshalIndent(&s.data, "", " ")
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("watch state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), filepath.Base(s.path)+".*")
	if err != nil {
		return fmt.Errorf("watch state: %w", err)
	}
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("watch state %s: %w", s.path, err)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		return fmt.Errorf("watch state %s: %w", s.path, err)
	}
	return nil
}

// Feed returns a copy of the state of feed or page u.
func (s *State) Feed(u string) FeedState {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.data.Feeds[u]; f != nil {
		return *f
	}
	return FeedState{}
}

// SetFeed records the state of feed or page u.
func (s *State) SetFeed(u string, f FeedState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data.Feeds[u] = &f
}

// Item returns a copy of the state of the article at u (found by URL or
// by guid) and whether it is known.
func (s *State) Item(guid, u string) (ItemState, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.data.GUIDs[guid]; ok && guid != "" {
		u = v
	}
	if it := s.data.Items[u]; it != nil {
		return *it, true
	}
	return ItemState{}, false
}

// SetItem records the state of the article at u and its guid.
func (s *State) SetItem(guid, u string, it ItemState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if it.Seen.IsZero() {
		it.Seen = time.Now().UTC()
	}
	s.data.Items[u] = &it
	if guid != "" {
		s.data.GUIDs[guid] = u
	}
}

// ClaimHash records that content hash h belongs to docID, unless it is
// already known; it returns the owning docID and whether h was new.
func (s *State) ClaimHash(h, docID string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.data.Hashes[h]; ok {
		return e.DocID, false
	}
	s.data.Hashes[h] = HashEntry{DocID: docID, Seen: time.Now().UTC()}
	return docID, true
}

// ReleaseHash forgets content hash h (after its page failed to be handled).
func (s *State) ReleaseHash(h string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.data.Hashes, h)
}

// Prune forgets the articles and content hashes first seen before cutoff,
// so the state file does not grow without end. A forgotten article still
// listed in its feed is fetched again; the store's content hash then keeps
// it from being stored twice.
func (s *State) Prune(cutoff time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for u, it := range s.data.Items {
		if !it.Seen.IsZero() && it.Seen.Before(cutoff) {
			delete(s.data.Items, u)
		}
	}
	for g, u := range s.data.GUIDs {
		if _, ok := s.data.Items[u]; !ok {
			delete(s.data.GUIDs, g)
		}
	}
	for h, e := range s.data.Hashes {
		if e.Seen.Before(cutoff) {
			delete(s.data.Hashes, h)
		}
	}
}

// Claim marks the article at u as being fetched and reports whether the
// caller may fetch it: false when another poll is fetching it already.
func (s *State) Claim(u string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.busy == nil {
		s.busy = map[string]bool{}
	}
	if s.busy[u] {
		return false
	}
	s.busy[u] = true
	return true
}

// Release ends a Claim.
func (s *State) Release(u string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.busy, u)
}
