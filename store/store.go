package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

// ErrNotFound is returned (wrapped) when an article, event, story or actor
// asked for by id does not exist.
var ErrNotFound = errors.New("not found")

// SaveResult is what happened to one article of SaveArticles: stored,
// already stored (Saved false, Err nil) or failed (Err).
type SaveResult struct {
	Saved bool
	Err   error
}

// Store persists analysed articles and answers the analyst's questions.
// Implementations are safe for concurrent use. Every method returns the
// context's error when ctx is cancelled, and wraps storage failures with %w.
type Store interface {
	// SaveArticle stores one analysed article, its story, entities, actors,
	// places and events in a single transaction, merging its events with
	// events already stored (same type, actors, day and place). It returns
	// saved=false and no error when an article with the same ContentHash is
	// already stored.
	SaveArticle(ctx context.Context, a *domain.Article) (saved bool, err error)
	// SaveArticles stores several articles in one transaction, as
	// SaveArticle would one by one but much faster in bulk. Each article is
	// stored whole or not at all: one that fails is left out, with its error
	// in its result, and the others are kept. The error is for the batch
	// (it could not begin or commit): then nothing of it is stored.
	SaveArticles(ctx context.Context, as []*domain.Article) ([]SaveResult, error)
	// HasArticle reports whether an article with this content hash is stored.
	HasArticle(ctx context.Context, hash string) (bool, error)
	// SaveActors stores (or replaces) knowledge-base actors, so that actor
	// pages show aliases, kinds and affiliations.
	SaveActors(ctx context.Context, actors []domain.Actor) error

	// Overview returns the counts of the landing page.
	Overview(ctx context.Context) (*Overview, error)
	// Events returns one page of merged events matching f, sorted by p.
	// Outlets and Articles are filled; Sources is not (Event and WalkEvents
	// fill it).
	Events(ctx context.Context, f EventFilter, p Page) (*EventPage, error)
	// Event returns one merged event with its evidence in every source
	// article; the error wraps ErrNotFound when id is unknown.
	Event(ctx context.Context, id string) (*EventDetail, error)
	// Article returns one article with its entities, events and story
	// siblings; the error wraps ErrNotFound when docID is unknown.
	Article(ctx context.Context, docID string) (*ArticleDetail, error)
	// Story returns a story with all of its articles; the error wraps
	// ErrNotFound when id is unknown.
	Story(ctx context.Context, id string) (*StoryDetail, error)
	// Actor returns an actor's page data; the error wraps ErrNotFound when
	// id is unknown. Ids are knowledge-base ids, or "n:" + normalised name
	// for actors that are not in the knowledge base.
	Actor(ctx context.Context, id string) (*ActorDetail, error)
	// Actors lists actors whose name or alias contains q (all when q is
	// empty), most active first.
	Actors(ctx context.Context, q string, p Page) ([]ActorSummary, error)
	// MapPoints returns the events matching f that have coordinates.
	MapPoints(ctx context.Context, f EventFilter) ([]MapPoint, error)
	// Timeline returns the number of events matching f per day and type,
	// ordered by day.
	Timeline(ctx context.Context, f EventFilter) ([]TimelineCount, error)
	// Network returns actors as nodes and shared events as weighted edges,
	// over the events matching f.
	Network(ctx context.Context, f NetworkFilter) (*Network, error)
	// Search runs an Arabic full-text query over article titles and texts
	// and returns the hits with snippets, best first.
	Search(ctx context.Context, q string, p Page) (*SearchResult, error)

	// Facets lists the values the filters can take (countries, provinces,
	// sub-types, outlets) with their event counts, and the date range.
	Facets(ctx context.Context) (*Facets, error)
	// Articles returns one page of articles, newest first (SortDate), with
	// the total number stored.
	Articles(ctx context.Context, p Page) (*ArticlePage, error)
	// Stories returns one page of stories, latest first.
	Stories(ctx context.Context, p Page) ([]StorySummary, error)

	// WalkEvents calls fn for every merged event matching f, in date order,
	// stopping at fn's first error (exports use it).
	WalkEvents(ctx context.Context, f EventFilter, fn func(*Event) error) error
	// WalkArticles calls fn for every stored article, rebuilt with its
	// entities and events, in ingest order; with a non-empty filter only for
	// articles that report at least one matching event.
	WalkArticles(ctx context.Context, f EventFilter, fn func(*domain.Article) error) error

	// Close releases the store.
	Close() error
}

// ContentHash returns the identity of an article for idempotent ingest: the
// SHA-256 of its outlet, raw text (or cleaned text when Raw is empty) and
// title, in hex.
func ContentHash(a *domain.Article) string {
	h := sha256.New()
	body := a.Raw
	if body == "" {
		body = a.Text
	}
	for _, s := range []string{a.Outlet, "\x00", a.Title, "\x00", body} {
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Preparer is a Store that can do ahead, on any goroutine, the part of
// saving an article that needs no database (hashing, compressing,
// encoding, indexing keys), so that the one writer only runs statements.
// Prepare is safe for concurrent use; an article saved without it is
// saved the same.
type Preparer interface {
	Prepare(a *domain.Article)
}

// EventFilter selects merged events. Zero fields do not filter.
type EventFilter struct {
	Type    string `json:"type,omitempty"`
	SubType string `json:"sub_type,omitempty"`
	// From and To bound the event date, inclusive (zero = open).
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Country is an ISO 3166-1 alpha-2 code.
	Country string `json:"country,omitempty"`
	// Admin1 is the province name as stored (English).
	Admin1 string `json:"admin1,omitempty"`
	// Actor is an actor id (exact) or a name fragment (Arabic or English).
	Actor string `json:"actor,omitempty"`
	// MinOutlets keeps events reported by at least this many outlets.
	MinOutlets int `json:"min_outlets,omitempty"`
	// Query is an Arabic full-text query over the source articles.
	Query string `json:"q,omitempty"`
	// PrimaryOnly drops events that every source reports only as background.
	PrimaryOnly bool `json:"primary_only,omitempty"`
	// StoryID keeps events reported by articles of this story.
	StoryID string `json:"story_id,omitempty"`
}

// IsZero reports whether f selects everything.
func (f EventFilter) IsZero() bool { return f == EventFilter{} }

// Sort keys for Page.Sort. An empty Sort means SortDate, descending.
const (
	SortDate       = "date"
	SortType       = "type"
	SortCountry    = "country"
	SortOutlets    = "outlets"
	SortFatalities = "fatalities"
	SortRelevance  = "relevance" // Search only
)

// Page selects a page of a result list.
type Page struct {
	// Limit is the page size; 0 means 50, and it is capped at 1000.
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
	// Sort is one of the Sort constants; Desc reverses it.
	Sort string `json:"sort,omitempty"`
	Desc bool   `json:"desc,omitempty"`
}

// Normalize returns p with defaults applied: limit 50 (max 1000), offset >= 0.
func (p Page) Normalize() Page {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	if p.Limit > 1000 {
		p.Limit = 1000
	}
	if p.Offset < 0 {
		p.Offset = 0
	}
	return p
}
