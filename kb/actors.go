package kb

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

var actorHeader = []string{"id", "name", "kind", "inter", "country", "aliases", "affiliations", "wikidata", "source"}

// actorKinds are the allowed values of the kind column.
var actorKinds = map[string]bool{
	"state_forces": true, "police": true, "security_unit": true, "armed_group": true,
	"party": true, "government": true, "ministry": true, "person": true,
	"international": true, "media": true, "company": true, "other": true,
}

// relations are the allowed affiliation relations.
var relations = map[string]bool{
	"part_of": true, "allied_with": true, "backed_by": true, "leads": true,
	"member_of": true, "split_from": true, "rival_of": true, "successor_of": true,
}

func (k *KB) readActors(fsys fs.FS, errs *errList) {
	rows := readTSV(fsys, "actors.tsv", actorHeader, nil, errs)
	where := map[*domain.Actor]row{}
	for _, r := range rows {
		a, only, err := parseActor(r)
		if err != nil {
			errs.add(err)
			continue
		}
		for _, form := range only {
			k.linkOnly[linkOnlyKey("actor", a.ID, form)] = true
		}
		if _, dup := k.actorByID[a.ID]; dup {
			errs.add(r.errorf("duplicate id %q", a.ID))
			continue
		}
		k.actors = append(k.actors, a)
		k.actorByID[a.ID] = a
		where[a] = r
	}
	for _, a := range k.actors {
		k.indexActor(a, where[a], errs)
	}
}

func parseActor(r row) (a *domain.Actor, only []string, err error) {
	f := r.fields
	a = &domain.Actor{ID: f[0], Name: f[1], Kind: f[2], Country: f[4], Wikidata: f[7]}
	switch {
	case !validID(a.ID):
		return nil, nil, r.errorf("id %q is not a slug of a-z, 0-9 and -", a.ID)
	case a.Name == "":
		return nil, nil, r.errorf("actor %s has no name", a.ID)
	case !actorKinds[a.Kind]:
		return nil, nil, r.errorf("kind %q of %s is not one of the actor kinds", a.Kind, a.ID)
	case !validCountry(a.Country):
		return nil, nil, r.errorf("country %q of %s is not an ISO2 code", a.Country, a.ID)
	case a.Wikidata != "" && !strings.HasPrefix(a.Wikidata, "Q"):
		return nil, nil, r.errorf("wikidata %q of %s is not a Q-id", a.Wikidata, a.ID)
	}
	inter, aerr := strconv.Atoi(f[3])
	if aerr != nil || inter < 0 || inter > 8 {
		return nil, nil, r.errorf("inter %q is not 0-8", f[3])
	}
	a.Inter = inter
	a.Aliases, only = splitAliases(f[5])
	if f[6] != "" {
		for _, s := range strings.Split(f[6], ";") {
			af, ferr := parseAffiliation(strings.TrimSpace(s))
			if ferr != nil {
				return nil, nil, r.errorf("%s: %v", a.ID, ferr)
			}
			a.Affiliations = append(a.Affiliations, af)
		}
	}
	return a, only, nil
}

// parseAffiliation reads "relation:actor-id[:years]".
func parseAffiliation(s string) (domain.Affiliation, error) {
	parts := strings.SplitN(s, ":", 3)
	if len(parts) < 2 || !relations[parts[0]] || parts[1] == "" {
		return domain.Affiliation{}, errorString("affiliation " + strconv.Quote(s) + " is not relation:id[:years]")
	}
	af := domain.Affiliation{Relation: parts[0], ActorID: parts[1]}
	if len(parts) == 3 {
		af.Years = parts[2]
		if _, _, ok := parseYears(af.Years); !ok {
			return af, errorString("years " + strconv.Quote(af.Years) + " are not YYYY-[YYYY]")
		}
	}
	return af, nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

// parseYears reads "2014-", "2003-2011", "-2018" or "2019".
func parseYears(s string) (from, to int, ok bool) {
	lo, hi, dash := strings.Cut(s, "-")
	var err error
	if lo != "" {
		if from, err = strconv.Atoi(lo); err != nil {
			return 0, 0, false
		}
	}
	if !dash {
		return from, from, from != 0
	}
	if hi != "" {
		if to, err = strconv.Atoi(hi); err != nil {
			return 0, 0, false
		}
	}
	return from, to, true
}

// indexActor checks the actor's links and adds its aliases to the index.
func (k *KB) indexActor(a *domain.Actor, r row, errs *errList) {
	for _, af := range a.Affiliations {
		if _, ok := k.actorByID[af.ActorID]; !ok {
			errs.add(r.errorf("%s: affiliation %s:%s names an unknown actor", a.ID, af.Relation, af.ActorID))
			continue
		}
		from, to, _ := parseYears(af.Years)
		switch af.Relation {
		case "leads":
			k.leaders[af.ActorID] = append(k.leaders[af.ActorID], leadership{a, from, to})
		case "successor_of":
			k.successors[af.ActorID] = append(k.successors[af.ActorID], leadership{a, from, to})
		}
	}
	if a.Country != "" && a.ID == strings.ToLower(a.Country)+"-state-forces" {
		k.states[a.Country] = a
	}
	if a.Country != "" && a.ID == strings.ToLower(a.Country)+"-police" {
		k.police[a.Country] = a
	}
	for _, al := range a.Aliases {
		key := arabic.NormalizePhrase(al)
		k.actorIdx[key] = appendNew(k.actorIdx[key], a)
	}
}

// appendNew appends x to list unless it is there already.
func appendNew[T comparable](list []T, x T) []T {
	if slices.Contains(list, x) {
		return list
	}
	return append(list, x)
}
