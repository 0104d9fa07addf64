package kb

import (
	"sort"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// Name is one Arabic alias for the phrase matcher.
type Name struct {
	// Form is the alias as written in the data file.
	Form string
	// Key is arabic.NormalizePhrase(Form).
	Key string
	// Kind is "actor", "place" or "generic".
	Kind string
	// ID is the actor or place id; for a generic descriptor, its key.
	ID string
	// Type is PER for persons, LOC for places, ORG otherwise.
	Type domain.EntityType
}

// Names lists the Arabic aliases of actors, places and generic
// descriptors for the phrase matcher, sorted by key then kind and id.
// Aliases marked link-only in the data (common words such as صور or
// حديثة) are left out: LinkActor and LinkPlace still accept them.
func (k *KB) Names() []Name { return k.names }

func (k *KB) buildNames() {
	var out []Name
	for _, a := range k.actors {
		typ := domain.ORG
		if a.Kind == "person" {
			typ = domain.PER
		}
		for _, al := range a.Aliases {
			if k.linkOnly[linkOnlyKey("actor", a.ID, al)] {
				continue
			}
			out = append(out, Name{al, arabic.NormalizePhrase(al), "actor", a.ID, typ})
		}
	}
	for _, p := range k.places {
		for _, al := range k.placeInfo[p].aliases {
			if k.linkOnly[linkOnlyKey("place", p.ID, al)] {
				continue
			}
			out = append(out, Name{al, arabic.NormalizePhrase(al), "place", p.ID, domain.LOC})
		}
	}
	for key, g := range k.generics {
		out = append(out, Name{g.pattern, key, "generic", key, domain.ORG})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.ID < b.ID
	})
	k.names = out
}
