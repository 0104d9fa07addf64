package export

import (
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
)

// Validate checks one JSON line against the extraction output contract:
// required fields and their types, entity types, ACLED types and sub-types
// (other event types are allowed), ISO dates, and spans inside the text.
// It returns the first problem found.
func Validate(line []byte) error {
	var a Article
	if err := json.Unmarshal(line, &a); err != nil {
		return fmt.Errorf("not a contract object: %w", err)
	}
	if a.DocID == "" {
		return fmt.Errorf("doc_id is empty")
	}
	n := utf8.RuneCountInString(a.Text)
	if a.Published != nil && !isoDate(*a.Published) {
		return fmt.Errorf("%s: published %q is not an ISO date", a.DocID, *a.Published)
	}
	if a.StoryID == nil || *a.StoryID == "" {
		return fmt.Errorf("%s: story_id is empty", a.DocID)
	}
	for _, e := range a.Entities {
		if e.Type != "PER" && e.Type != "ORG" && e.Type != "LOC" {
			return fmt.Errorf("%s: entity type %q", a.DocID, e.Type)
		}
		if len(e.Mentions) == 0 {
			return fmt.Errorf("%s: entity %q has no mentions", a.DocID, e.Name)
		}
		for _, m := range e.Mentions {
			if m.Text == "" || m.Start < 0 || m.End > n || m.Start >= m.End {
				return fmt.Errorf("%s: mention %q span [%d,%d) outside the %d-rune text", a.DocID, m.Text, m.Start, m.End, n)
			}
		}
	}
	for _, ev := range a.Events {
		if err := validateEvent(ev, n); err != nil {
			return fmt.Errorf("%s: %w", a.DocID, err)
		}
	}
	return nil
}

func validateEvent(ev Event, n int) error {
	if _, acled := domain.Taxonomy[ev.EventType]; acled && !domain.ValidACLED(ev.EventType, ev.SubEventType) {
		return fmt.Errorf("event %s: %q is not a sub-event type of %q", ev.ID, ev.SubEventType, ev.EventType)
	}
	if ev.Date != nil && !isoDate(*ev.Date) {
		return fmt.Errorf("event %s: date %q is not ISO", ev.ID, *ev.Date)
	}
	if ev.Evidence.Start < 0 || ev.Evidence.End > n || ev.Evidence.Start >= ev.Evidence.End {
		return fmt.Errorf("event %s: evidence [%d,%d) outside the %d-rune text", ev.ID, ev.Evidence.Start, ev.Evidence.End, n)
	}
	if l := ev.Location; l != nil && (l.Lat == nil) != (l.Lon == nil) {
		return fmt.Errorf("event %s: location has only one coordinate", ev.ID)
	}
	if ev.Fatalities != nil && *ev.Fatalities < 0 {
		return fmt.Errorf("event %s: negative fatalities", ev.ID)
	}
	return nil
}

func isoDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
