package domain

// EntityType is the coarse class of a named entity.
type EntityType string

// The coarse entity classes of the output contract.
const (
	PER EntityType = "PER"
	ORG EntityType = "ORG"
	LOC EntityType = "LOC"
)

// Mention is one place in the text where an entity is named.
type Mention struct {
	Span
	// Text is the mention as written, without proclitics.
	Text string `json:"text"`
	// Source says what found it: "lexicon", "pattern", "model", "link".
	Source string `json:"source,omitempty"`
}

// Entity is a person, organisation or place named in an article, with all
// of its mentions linked together.
type Entity struct {
	Type    EntityType `json:"type"`
	Subtype string     `json:"subtype,omitempty"`
	// Name is the canonical (English where known) name.
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
	// ActorID links to the actor knowledge base, when known.
	ActorID string `json:"actor_id,omitempty"`
	// Place is the gazetteer entry for a location, when known.
	Place *Place `json:"place,omitempty"`
}

// Actor is an entry of the actor knowledge base.
type Actor struct {
	ID string `json:"id"`
	// Name is the English name in ACLED's style.
	Name string `json:"name"`
	// Kind is the actor's kind: state, armed_group, party, person, ...
	Kind string `json:"kind,omitempty"`
	// Inter is ACLED's actor type code (1-8), 0 when none applies.
	Inter int `json:"inter"`
	// Country is an ISO 3166-1 alpha-2 code.
	Country string `json:"country,omitempty"`
	// Aliases are Arabic names and spelling variants.
	Aliases []string `json:"aliases,omitempty"`
	// Affiliations are links to other actors.
	Affiliations []Affiliation `json:"affiliations,omitempty"`
	// Wikidata is a Q-id, when known.
	Wikidata string `json:"wikidata,omitempty"`
}

// Affiliation links an actor to another: part_of, allied_with, backed_by.
type Affiliation struct {
	Relation string `json:"relation"`
	ActorID  string `json:"actor_id"`
	// Years is a free range such as "2014-" or "2003-2011".
	Years string `json:"years,omitempty"`
}

// Place is a gazetteer entry.
type Place struct {
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
	// NameAR is the main Arabic name.
	NameAR string `json:"name_ar,omitempty"`
	// Kind is country, admin1, city, district, town, base, airport, ...
	Kind    string  `json:"kind,omitempty"`
	Admin1  string  `json:"admin1,omitempty"`
	Admin2  string  `json:"admin2,omitempty"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}
