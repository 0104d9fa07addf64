package kb

import (
	"io/fs"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

var genericHeader = []string{"pattern", "name", "inter", "note"}

// generic is one descriptor of generic_actors.tsv.
type generic struct {
	pattern string
	name    string // template with {country}, or @state_forces / @police, or @actor:ID (one actor wherever it is named)
	inter   int
}

func (k *KB) readGenerics(fsys fs.FS, errs *errList) {
	for _, r := range readTSV(fsys, "generic_actors.tsv", genericHeader, nil, errs) {
		g := generic{pattern: r.fields[0], name: r.fields[1]}
		inter, err := strconv.Atoi(r.fields[2])
		switch {
		case g.pattern == "" || g.name == "":
			errs.add(r.errorf("pattern and name must not be empty"))
			continue
		case err != nil || inter < 0 || inter > 8:
			errs.add(r.errorf("inter %q is not 0-8", r.fields[2]))
			continue
		case strings.HasPrefix(g.name, "@actor:"):
			if _, ok := k.Actor(strings.TrimPrefix(g.name, "@actor:")); !ok {
				errs.add(r.errorf("name %q: no such actor", g.name))
				continue
			}
		case strings.HasPrefix(g.name, "@") && g.name != "@state_forces" && g.name != "@police":
			errs.add(r.errorf("name %q: only @state_forces, @police and @actor:ID are defined", g.name))
			continue
		}
		g.inter = inter
		key := arabic.NormalizePhrase(g.pattern)
		if _, dup := k.generics[key]; dup {
			errs.add(r.errorf("duplicate pattern %q", g.pattern))
			continue
		}
		k.generics[key] = g
	}
}

// Generic maps a descriptor ("مسلحون مجهولون", "المتظاهرين") to ACLED's
// generic actor for the country; a bare nationality ("ألمانية") gives the
// civilians of its own country. The result is the country's default state forces or
// police actor, or a synthetic actor with id "generic:<slug>:<cc>" such as
// "Protesters (Iraq)". Proclitics and a leading ال are tried as for
// LinkActor.
func (k *KB) Generic(form, country string) (*domain.Actor, bool) {
	return k.GenericIn(form, country, 0)
}

// GenericIn is Generic for an event year: @state_forces gives the forces
// of that year (StateForcesIn), such as Syria's after 2024.
func (k *KB) GenericIn(form, country string, year int) (*domain.Actor, bool) {
	for _, key := range formKeys(form) {
		g, ok := k.generics[key]
		if !ok {
			continue
		}
		return k.resolveGeneric(g, country, year)
	}
	for _, key := range formKeys(form) {
		if cc, ok := k.demonyms[key]; ok {
			return k.resolveGeneric(generic{name: "Civilians ({country})", inter: 7}, cc, year)
		}
	}
	if rest, ok := k.cutActorPrefix(form); ok {
		return k.GenericIn(rest, country, year)
	}
	return nil, false
}

var demonymHeader = []string{"form", "cc", "note"}

// demonymSuffixes are the endings added to a masculine nationality
// adjective: feminine, plural nominative and oblique.
var demonymSuffixes = []string{"", "ه", "ون", "ين"}

// readDemonyms reads demonyms.tsv when the data has one.
func (k *KB) readDemonyms(fsys fs.FS, errs *errList) {
	if _, err := fs.Stat(fsys, "demonyms.tsv"); err != nil {
		return
	}
	for _, r := range readTSV(fsys, "demonyms.tsv", demonymHeader, nil, errs) {
		form, cc := r.fields[0], r.fields[1]
		if form == "" || cc == "" || !validCountry(cc) {
			errs.add(r.errorf("demonym %q needs a form and an ISO2 country, got %q", form, cc))
			continue
		}
		base := arabic.NormalizePhrase(form)
		for _, suf := range demonymSuffixes {
			k.demonyms[base+suf] = cc
			k.demonyms["ال"+base+suf] = cc
		}
	}
}

func (k *KB) resolveGeneric(g generic, country string, year int) (*domain.Actor, bool) {
	switch g.name {
	case "@state_forces":
		a := k.StateForcesIn(country, year)
		return a, a != nil
	case "@police":
		if a := k.Police(country); a != nil {
			return a, true
		}
		a := k.StateForcesIn(country, year)
		return a, a != nil
	}
	if id, ok := strings.CutPrefix(g.name, "@actor:"); ok {
		return k.Actor(id)
	}
	name := g.name
	if c, ok := k.countries[country]; ok {
		name = strings.ReplaceAll(name, "{country}", c.Name)
	} else {
		name = strings.ReplaceAll(strings.ReplaceAll(name, " ({country})", ""), "{country}", "")
	}
	slug := slugify(strings.ReplaceAll(strings.ReplaceAll(g.name, "({country})", ""), "{country}", ""))
	return &domain.Actor{
		ID:      "generic:" + slug + ":" + strings.ToLower(country),
		Name:    name,
		Kind:    "generic",
		Inter:   g.inter,
		Country: country,
	}, true
}

// slugify lower-cases s and joins its ASCII words with dashes.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// foreignInter are the kinds whose inter becomes 8 (external forces) when
// they act outside their own country.
var foreignInter = map[string]bool{
	"state_forces": true, "police": true, "security_unit": true,
	"government": true, "ministry": true,
}

// InterIn returns the actor's ACLED inter code for an event in country:
// a state's forces acting in another country are external forces (8).
func InterIn(a *domain.Actor, country string) int {
	if foreignInter[a.Kind] && a.Country != "" && country != "" && a.Country != country {
		return 8
	}
	return a.Inter
}
