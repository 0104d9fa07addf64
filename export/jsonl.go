package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/rasid-osint/rasid/domain"
)

// Article is one line of the contract format (see the shared contract
// README). Fields beyond the contract's are extras the scorer ignores.
type Article struct {
	DocID     string   `json:"doc_id"`
	Published *string  `json:"published"`
	Text      string   `json:"text"`
	StoryID   *string  `json:"story_id"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"`
	Outlet    string   `json:"outlet,omitempty"`
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title,omitempty"`
	Warnings  []string `json:"warnings,omitempty"`
}

// Entity is a contract entity.
type Entity struct {
	Type     string    `json:"type"`
	Subtype  string    `json:"subtype,omitempty"`
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
	ActorID  string    `json:"actor_id,omitempty"`
	PlaceID  string    `json:"place_id,omitempty"`
}

// Mention is a contract mention: rune offsets into the article's text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is a contract event.
type Event struct {
	ID            string               `json:"id,omitempty"`
	EventType     string               `json:"event_type"`
	SubEventType  string               `json:"sub_event_type"`
	Date          *string              `json:"date"`
	DateMin       *string              `json:"date_min,omitempty"`
	DateMax       *string              `json:"date_max,omitempty"`
	TimePrecision int                  `json:"time_precision,omitempty"`
	Location      *Location            `json:"location"`
	Actor1        *Actor               `json:"actor1"`
	Actor2        *Actor               `json:"actor2"`
	Fatalities    *int                 `json:"fatalities"`
	Evidence      domain.Span          `json:"evidence"`
	EvidenceText  string               `json:"evidence_text,omitempty"`
	Trigger       *domain.Span         `json:"trigger,omitempty"`
	TriggerText   string               `json:"trigger_text,omitempty"`
	Primary       bool                 `json:"primary"`
	Disputed      bool                 `json:"disputed"`
	Sources       []domain.EventSource `json:"sources,omitempty"`
}

// Location is a contract location.
type Location struct {
	Text         string       `json:"text"`
	Name         string       `json:"name"`
	Admin1       string       `json:"admin1"`
	Country      string       `json:"country"`
	Lat          *float64     `json:"lat"`
	Lon          *float64     `json:"lon"`
	GeoPrecision int          `json:"geo_precision,omitempty"`
	PlaceID      string       `json:"place_id,omitempty"`
	Span         *domain.Span `json:"span,omitempty"`
}

// Actor is a contract actor.
type Actor struct {
	Text    string       `json:"text"`
	Name    string       `json:"name"`
	ActorID string       `json:"actor_id,omitempty"`
	Inter   int          `json:"inter,omitempty"`
	Span    *domain.Span `json:"span,omitempty"`
}

// WriteArticle writes a as one JSON line of the contract format.
func WriteArticle(w io.Writer, a *domain.Article) error {
	b, err := json.Marshal(Contract(a))
	if err != nil {
		return fmt.Errorf("article %s: %w", a.DocID, err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("article %s: %w", a.DocID, err)
	}
	return nil
}

// Contract maps an article to the contract's structure.
func Contract(a *domain.Article) *Article {
	c := &Article{DocID: a.DocID, Text: a.Text, Outlet: a.Outlet, URL: a.URL, Title: a.Title,
		Warnings: a.Warnings, Entities: []Entity{}, Events: []Event{}}
	if a.Published != nil && !a.Published.Time.IsZero() {
		c.Published = strPtr(a.Published.ISO())
	}
	if a.StoryID != "" {
		c.StoryID = strPtr(a.StoryID)
	}
	for _, e := range a.Entities {
		c.Entities = append(c.Entities, contractEntity(e))
	}
	for _, e := range a.Events {
		c.Events = append(c.Events, contractEvent(a, e))
	}
	return c
}

func contractEntity(e *domain.Entity) Entity {
	ce := Entity{Type: string(e.Type), Subtype: e.Subtype, Name: e.Name, ActorID: e.ActorID, Mentions: []Mention{}}
	if e.Place != nil {
		ce.PlaceID = e.Place.ID
	}
	for _, m := range e.Mentions {
		ce.Mentions = append(ce.Mentions, Mention{Text: m.Text, Start: m.Start, End: m.End})
	}
	return ce
}

func contractEvent(a *domain.Article, e *domain.Event) Event {
	ce := Event{ID: e.ID, EventType: e.EventType, SubEventType: e.SubEventType, Fatalities: e.Fatalities,
		Evidence: e.Evidence, EvidenceText: a.Slice(e.Evidence), TriggerText: e.TriggerText,
		Primary: e.Primary, Disputed: e.Disputed, Sources: e.Sources,
		Actor1: contractActor(e.Actor1), Actor2: contractActor(e.Actor2)}
	if e.Trigger.End > e.Trigger.Start {
		t := e.Trigger
		ce.Trigger = &t
	}
	if d := e.Date; d != nil && !d.Time.IsZero() {
		ce.Date, ce.TimePrecision = strPtr(d.ISO()), d.Precision.ACLED()
		if !d.Min.IsZero() {
			ce.DateMin = strPtr(d.Min.Format("2006-01-02"))
		}
		if !d.Max.IsZero() {
			ce.DateMax = strPtr(d.Max.Format("2006-01-02"))
		}
	}
	if l := e.Location; l != nil {
		ce.Location = &Location{Text: l.Text, Name: l.Name, Admin1: l.Admin1, Country: l.Country,
			Lat: l.Lat, Lon: l.Lon, GeoPrecision: l.GeoPrecision, PlaceID: l.PlaceID, Span: l.Span}
	}
	return ce
}

func contractActor(a *domain.EventActor) *Actor {
	if a == nil {
		return nil
	}
	return &Actor{Text: a.Text, Name: a.Name, ActorID: a.ActorID, Inter: a.Inter, Span: a.Span}
}

func strPtr(s string) *string { return &s }
