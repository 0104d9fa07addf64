package domain

// ACLED's event types.
const (
	Battles          = "Battles"
	Explosions       = "Explosions/Remote violence"
	ViolenceCivilian = "Violence against civilians"
	Protests         = "Protests"
	Riots            = "Riots"
	Strategic        = "Strategic developments"
)

// Taxonomy lists ACLED's sub-event types under each event type.
var Taxonomy = map[string][]string{
	Battles:          {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
	Explosions:       {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
	ViolenceCivilian: {"Sexual violence", "Attack", "Abduction/forced disappearance"},
	Protests:         {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
	Riots:            {"Violent demonstration", "Mob violence"},
	Strategic:        {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}

// ValidACLED reports whether (typ, sub) is a pair of ACLED's taxonomy.
func ValidACLED(typ, sub string) bool {
	for _, s := range Taxonomy[typ] {
		if s == sub {
			return true
		}
	}
	return false
}

// DisorderType returns ACLED's disorder_type for an event type.
func DisorderType(typ string) string {
	switch typ {
	case Protests, Riots:
		return "Demonstrations"
	case Strategic:
		return "Strategic developments"
	case Battles, Explosions, ViolenceCivilian:
		return "Political violence"
	}
	return ""
}

// Event is one coded event: who did what to whom, where and when, with the
// sentence that says so.
type Event struct {
	ID           string `json:"id,omitempty"`
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
	// Date is the best estimate of the event day, nil when unknown.
	Date *Date `json:"date"`
	// DateSpan is where the text gives the date, when it does.
	DateSpan *Span       `json:"date_span,omitempty"`
	Location *Location   `json:"location"`
	Actor1   *EventActor `json:"actor1"`
	Actor2   *EventActor `json:"actor2"`
	// Fatalities is the reported number of deaths, nil when not said.
	Fatalities *int `json:"fatalities"`
	// FatalitiesSpan is where the text gives the number.
	FatalitiesSpan *Span `json:"fatalities_span,omitempty"`
	// Evidence is the sentence that reports the event.
	Evidence Span `json:"evidence"`
	// Trigger is the word or phrase that signalled the event.
	Trigger Span `json:"trigger"`
	// TriggerText is the trigger as written.
	TriggerText string `json:"trigger_text,omitempty"`
	// Primary is true for news, false for background the article recalls.
	Primary bool `json:"primary"`
	// Disputed is true when the report is a claim that others deny.
	Disputed bool `json:"disputed,omitempty"`
	// Sources are the articles and outlets that report the event.
	Sources []EventSource `json:"sources,omitempty"`
}

// Location is where an event happened.
type Location struct {
	// Text is the place as written, without proclitics.
	Text    string   `json:"text"`
	Span    *Span    `json:"span,omitempty"`
	Name    string   `json:"name,omitempty"`
	Admin1  string   `json:"admin1,omitempty"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
	// GeoPrecision is ACLED's geo_precision: 1 the place itself, 2 near
	// it or part of a region, 3 a province or larger.
	GeoPrecision int `json:"geo_precision,omitempty"`
	// PlaceID links to the gazetteer.
	PlaceID string `json:"place_id,omitempty"`
}

// EventActor is an event's initiator or target.
type EventActor struct {
	// Text is the actor as written.
	Text string `json:"text"`
	Span *Span  `json:"span,omitempty"`
	// Name is the actor's canonical name (ACLED style where known).
	Name string `json:"name"`
	// ActorID links to the actor knowledge base.
	ActorID string `json:"actor_id,omitempty"`
	// Inter is ACLED's actor type code.
	Inter int `json:"inter,omitempty"`
}

// EventSource is one article reporting an event.
type EventSource struct {
	DocID  string `json:"doc_id"`
	Outlet string `json:"outlet,omitempty"`
}
