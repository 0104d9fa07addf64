package kb

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"sync"

	"github.com/rasid-osint/rasid/domain"
)

//go:embed data
var embedded embed.FS

// KB is the parsed knowledge base. It is read-only after Parse except for
// the candidate counter, and safe for concurrent use.
type KB struct {
	actors    []*domain.Actor
	actorByID map[string]*domain.Actor
	actorIdx  map[string][]*domain.Actor // alias key -> actors

	places    []*domain.Place
	placeByID map[string]*domain.Place
	placeIdx  map[string][]*domain.Place // alias key -> places
	placeInfo map[*domain.Place]placeExtra
	countries map[string]*domain.Place // ISO2 -> country place

	generics      map[string]generic // pattern key -> descriptor
	demonyms      map[string]string  // nationality key -> ISO2
	qualifiers    []string           // normalised place qualifiers
	prefixes      []placePrefix      // words before place names
	suffixes      []string           // normalised directions after place names
	actorPrefixes []string           // words before actor names, longest first
	states        map[string]*domain.Actor
	police        map[string]*domain.Actor
	leaders       map[string][]leadership // actor id -> persons leading it
	successors    map[string][]leadership // actor id -> successors and their years

	names    []Name
	linkOnly map[string]bool // linkOnlyKey -> true

	mu    sync.Mutex
	cands map[string]int
}

// placeExtra holds gazetteer facts that domain.Place does not carry.
type placeExtra struct {
	aliases    []string
	linkOnly   []string
	population int
	source     string
}

// leadership is one dated "leads:" or "successor_of:" affiliation.
type leadership struct {
	person   *domain.Actor
	from, to int // years, 0 when open
}

var (
	loadOnce sync.Once
	loaded   *KB
	loadErr  error
)

// Load parses the embedded data once and returns the shared knowledge base.
// The error names the file, line and reason of every bad line.
func Load() (*KB, error) {
	loadOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			loadErr = fmt.Errorf("kb: embedded data: %w", err)
			return
		}
		loaded, loadErr = Parse(sub)
	})
	return loaded, loadErr
}

// Parse reads actors.tsv, generic_actors.tsv and places/*.tsv from fsys.
// A bad line gives an error such as `actors.tsv:17: inter "x" is not 0-8`;
// all bad lines are reported together.
func Parse(fsys fs.FS) (*KB, error) {
	k := &KB{
		actorByID:  map[string]*domain.Actor{},
		actorIdx:   map[string][]*domain.Actor{},
		placeByID:  map[string]*domain.Place{},
		placeIdx:   map[string][]*domain.Place{},
		placeInfo:  map[*domain.Place]placeExtra{},
		countries:  map[string]*domain.Place{},
		generics:   map[string]generic{},
		demonyms:   map[string]string{},
		states:     map[string]*domain.Actor{},
		police:     map[string]*domain.Actor{},
		leaders:    map[string][]leadership{},
		successors: map[string][]leadership{},
		cands:      map[string]int{},
		linkOnly:   map[string]bool{},
	}
	var errs errList
	k.readPlaces(fsys, &errs)
	k.readActors(fsys, &errs)
	k.readGenerics(fsys, &errs)
	k.readActorPrefixes(fsys, &errs)
	k.readDemonyms(fsys, &errs)
	k.readQualifiers(fsys, &errs)
	k.readPrefixes(fsys, &errs)
	if err := errs.err(); err != nil {
		return nil, err
	}
	k.buildNames()
	return k, nil
}

// Actors returns every actor in file order.
func (k *KB) Actors() []*domain.Actor { return k.actors }

// Places returns every place in file order (countries, provinces, curated
// places, then GeoNames cities).
func (k *KB) Places() []*domain.Place { return k.places }

// Actor returns the actor with the given id.
func (k *KB) Actor(id string) (*domain.Actor, bool) {
	a, ok := k.actorByID[id]
	return a, ok
}

// Place returns the place with the given id.
func (k *KB) Place(id string) (*domain.Place, bool) {
	p, ok := k.placeByID[id]
	return p, ok
}

// Aliases returns the Arabic names of a place as listed in the data.
func (k *KB) Aliases(p *domain.Place) []string { return k.placeInfo[p].aliases }

// Population returns a place's population, 0 when unknown.
func (k *KB) Population(p *domain.Place) int { return k.placeInfo[p].population }

// PlaceSource returns where a place's facts come from ("curated",
// "geonames:<id>", "iso3166-2-db", ...).
func (k *KB) PlaceSource(p *domain.Place) string { return k.placeInfo[p].source }

// StateForces returns the country's default state forces actor, nil if
// the knowledge base has none.
func (k *KB) StateForces(country string) *domain.Actor { return k.states[country] }

// StateForcesIn returns the country's state forces in the given year: the
// default actor, or the actor recorded as its successor_of for a range
// covering the year (Syria's forces from 2024). Year 0 gives the default.
func (k *KB) StateForcesIn(country string, year int) *domain.Actor {
	d := k.states[country]
	if d == nil || year == 0 {
		return d
	}
	for _, s := range k.successors[d.ID] {
		if (s.from == 0 || year >= s.from) && (s.to == 0 || year <= s.to) {
			return s.person
		}
	}
	return d
}

// Police returns the country's default police actor, nil if none.
func (k *KB) Police(country string) *domain.Actor { return k.police[country] }

// Country returns the country place for an ISO 3166-1 alpha-2 code.
func (k *KB) Country(cc string) (*domain.Place, bool) {
	p, ok := k.countries[cc]
	return p, ok
}

// Leader returns the person who led the actor in the given year (any
// leader when year is 0), false when none is known.
func (k *KB) Leader(actorID string, year int) (*domain.Actor, bool) {
	for _, l := range k.leaders[actorID] {
		if year == 0 || (l.from == 0 || year >= l.from) && (l.to == 0 || year <= l.to) {
			return l.person, true
		}
	}
	return nil, false
}

// NoteCandidate records a name that linked to nothing, so that unknown
// actors and places are kept and counted rather than dropped. It is safe
// for concurrent use.
func (k *KB) NoteCandidate(form string, typ domain.EntityType) {
	k.mu.Lock()
	k.cands[string(typ)+"\t"+form]++
	k.mu.Unlock()
}

// Candidates returns a copy of the unknown-name counts, keyed by
// "TYPE<tab>form".
func (k *KB) Candidates() map[string]int {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make(map[string]int, len(k.cands))
	for f, n := range k.cands {
		out[f] = n
	}
	return out
}

// CountryCodes returns the ISO2 codes of every country place, sorted.
func (k *KB) CountryCodes() []string {
	out := make([]string, 0, len(k.countries))
	for cc := range k.countries {
		out = append(out, cc)
	}
	sort.Strings(out)
	return out
}
