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
}

// State is the watcher's memory, kept in a JSON file. Its methods are safe
// for concurrent use.
type State struct {
	mu   sync.Mutex
	path string
	data stateData
}

type stateData struct {
	Feeds map[string]*FeedState `json:"feeds"`
	// Items are keyed by article URL.
	Items map[string]*ItemState `json:"items"`
	// GUIDs maps feed item GUIDs to article URLs.
	GUIDs map[string]string `json:"guids"`
	// Hashes maps page content hashes to document ids.
	Hashes map[string]string `json:"hashes"`
}

// LoadState reads the state file at path; a missing file is an empty state.
// An empty path keeps the state in memory only.
func LoadState(path string) (*State, error) {
	s := &State{path: path, data: stateData{Feeds: map[string]*FeedState{},
		Items: map[string]*ItemState{}, GUIDs: map[string]string{}, Hashes: map[string]string{}}}
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
		s.data.Hashes = map[string]string{}
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
	if owner, ok := s.data.Hashes[h]; ok {
		return owner, false
	}
	s.data.Hashes[h] = docID
	return docID, true
}

// ReleaseHash forgets content hash h (after its page failed to be handled).
func (s *State) ReleaseHash(h string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.data.Hashes, h)
}
