package store

import "github.com/rasid-osint/rasid/domain"

// Count is a label with a number (a type, a country, a month...).
type Count struct {
	Key string `json:"key"`
	N   int    `json:"n"`
}

// Overview holds the landing page's numbers.
type Overview struct {
	Articles  int     `json:"articles"`
	Events    int     `json:"events"`
	Stories   int     `json:"stories"`
	Actors    int     `json:"actors"`
	Outlets   int     `json:"outlets"`
	ByType    []Count `json:"by_type"`
	ByCountry []Count `json:"by_country"`
	// LatestStories are the most recently published stories.
	LatestStories []StorySummary `json:"latest_stories"`
}

// Event is a merged event: the coding of its first source article, with
// every source article and outlet that reports it. Event.ID is the store's
// id for the merged event.
type Event struct {
	domain.Event
	// Outlets are the distinct outlets reporting it, sorted.
	Outlets []string `json:"outlets"`
	// Articles is the number of source articles.
	Articles int `json:"articles"`
	// EvidenceText is the evidence sentence of the first source article.
	EvidenceText string `json:"evidence_text"`
	// Admin2 is the district of the place, when the gazetteer knows it.
	Admin2 string `json:"admin2,omitempty"`
	// IngestedAt is when the event was first stored (Unix seconds).
	IngestedAt int64 `json:"ingested_at"`
}

// EventPage is one page of merged events.
type EventPage struct {
	Total  int      `json:"total"`
	Events []*Event `json:"events"`
}

// EventDetail is an event with its evidence in each source article.
type EventDetail struct {
	Event *Event `json:"event"`
	// Sources hold each reporting article's text and the spans to highlight.
	Sources []EventEvidence `json:"sources"`
}

// EventEvidence is one source article's report of an event: the article's
// text and the rune spans to highlight in it.
type EventEvidence struct {
	Article ArticleSummary `json:"article"`
	Text    string         `json:"text"`
	// Coding is the event as coded from this article.
	Coding *domain.Event `json:"coding"`
	// Evidence is the evidence sentence; Highlights also hold the trigger,
	// actors, place, date and fatalities spans where known.
	Evidence   domain.Span   `json:"evidence"`
	Highlights []domain.Span `json:"highlights"`
}

// ArticleSummary is an article's line in a list.
type ArticleSummary struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // ISO date or ""
	StoryID   string `json:"story_id,omitempty"`
	Events    int    `json:"events"`
}

// ArticleDetail is an article page: the full article (text, entities with
// mentions, events as coded from it), the merged events it feeds, and the
// other articles of its story.
type ArticleDetail struct {
	Article *domain.Article `json:"article"`
	// EventIDs[i] is the merged event id of Article.Events[i].
	EventIDs []string         `json:"event_ids"`
	Siblings []ArticleSummary `json:"siblings"`
}

// StorySummary is a story's line in a list.
type StorySummary struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles int      `json:"articles"`
	Outlets  []string `json:"outlets"`
	First    string   `json:"first,omitempty"` // earliest publication, ISO
	Last     string   `json:"last,omitempty"`  // latest publication, ISO
}

// StoryDetail is a story with all of its articles' texts, for side-by-side
// reading, and the merged events they report.
type StoryDetail struct {
	Story    StorySummary   `json:"story"`
	Articles []StoryArticle `json:"articles"`
	Events   []*Event       `json:"events"`
}

// StoryArticle is one article of a story.
type StoryArticle struct {
	ArticleSummary
	Text string `json:"text"`
}

// ActorSummary is an actor's line in a list.
type ActorSummary struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"`
	Inter  int    `json:"inter,omitempty"`
	Events int    `json:"events"`
}

// ActorDetail is an actor page.
type ActorDetail struct {
	Actor domain.Actor `json:"actor"`
	// InKB is true when the actor comes from the knowledge base.
	InKB bool `json:"in_kb"`
	// Forms are the surface forms seen in the articles, most frequent first.
	Forms []Count `json:"forms"`
	// Affiliated are the actors its affiliations point to.
	Affiliated []ActorSummary `json:"affiliated"`
	// ByMonth counts its events per month ("2021-05").
	ByMonth []Count `json:"by_month"`
	// CoActors are the actors it shares events with, most shared first.
	CoActors []ActorSummary `json:"co_actors"`
	// Recent are its latest events.
	Recent []*Event `json:"recent"`
	Events int      `json:"events"`
}

// MapPoint is an event with coordinates.
type MapPoint struct {
	ID           string  `json:"id"`
	EventType    string  `json:"event_type"`
	SubEventType string  `json:"sub_event_type"`
	Date         string  `json:"date,omitempty"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	Location     string  `json:"location"`
	Outlets      int     `json:"outlets"`
	Fatalities   *int    `json:"fatalities"`
}

// TimelineCount is the number of events of one type on one day.
type TimelineCount struct {
	Day       string `json:"day"`
	EventType string `json:"event_type"`
	N         int    `json:"n"`
}

// NetworkFilter selects the events a network is built from, and trims it.
type NetworkFilter struct {
	EventFilter
	// MinWeight drops edges with fewer shared events (0 = 1).
	MinWeight int `json:"min_weight,omitempty"`
	// MaxNodes keeps the most active actors (0 = 200).
	MaxNodes int `json:"max_nodes,omitempty"`
}

// Network is an actor graph.
type Network struct {
	Nodes []NetworkNode `json:"nodes"`
	Edges []NetworkEdge `json:"edges"`
}

// NetworkNode is an actor.
type NetworkNode struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"`
	Inter  int    `json:"inter,omitempty"`
	Events int    `json:"events"`
}

// NetworkEdge links two actors that appear in Weight events together.
type NetworkEdge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Weight int    `json:"weight"`
}

// SearchResult is one page of full-text hits.
type SearchResult struct {
	Total int         `json:"total"`
	Hits  []SearchHit `json:"hits"`
}

// SearchHit is an article matching a full-text query.
type SearchHit struct {
	Article ArticleSummary `json:"article"`
	// Snippet is a passage of the text cut into parts; Match parts are the
	// query's matches. Text is raw: the UI escapes it.
	Snippet []SnippetPart `json:"snippet"`
	Score   float64       `json:"score"`
}

// SnippetPart is a run of snippet text, a match or not.
type SnippetPart struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// Facets are the values the event filters can take, with event counts.
type Facets struct {
	Types     []Count `json:"types"`
	SubTypes  []Count `json:"sub_types"`
	Countries []Count `json:"countries"`
	// Admin1 keys are "CC/Province" (country code, a slash, the province).
	Admin1  []Count `json:"admin1"`
	Outlets []Count `json:"outlets"`
	// First and Last are the earliest and latest event days (ISO), or "".
	First string `json:"first"`
	Last  string `json:"last"`
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Total    int              `json:"total"`
	Articles []ArticleSummary `json:"articles"`
}
