package kb

import (
	"io/fs"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

var qualifierHeader = []string{"pattern", "note"}

// readQualifiers reads place_qualifiers.tsv when the data has one.
func (k *KB) readQualifiers(fsys fs.FS, errs *errList) {
	if _, err := fs.Stat(fsys, "place_qualifiers.tsv"); err != nil {
		return
	}
	for _, r := range readTSV(fsys, "place_qualifiers.tsv", qualifierHeader, nil, errs) {
		if r.fields[0] == "" {
			errs.add(r.errorf("empty pattern"))
			continue
		}
		k.qualifiers = append(k.qualifiers, arabic.NormalizePhrase(r.fields[0]))
	}
}

// SplitQualifier removes a leading qualifier such as "جنوب" or "بالقرب
// من" from a place mention. It returns the rest and true when one was
// removed; the rest is normalised.
func (k *KB) SplitQualifier(form string) (string, bool) {
	key := arabic.NormalizePhrase(form)
	best := ""
	for _, q := range k.qualifiers {
		for _, head := range []string{q, "و" + q, "ف" + q, "ب" + q, "في " + q, "الى " + q} {
			if strings.HasPrefix(key, head+" ") && len(head) > len(best) {
				best = head
			}
		}
	}
	if best == "" {
		return key, false
	}
	return strings.TrimSpace(key[len(best):]), true
}

// Precision returns ACLED's geo_precision for a linked place: 3 for a
// country or province, 2 for a district, a region or an approximate
// mention (qualified), 1 for a town, neighbourhood or site.
func Precision(p *domain.Place, qualified bool) int {
	switch p.Kind {
	case "country", "admin1":
		return 3
	case "admin2", "region":
		return 2
	}
	if qualified {
		return 2
	}
	return 1
}

// Locate links a place mention, qualified or not ("جنوب بغداد", "قرب
// مطار بغداد"), and returns the event location with its geo_precision.
func (k *KB) Locate(form string, c Context) (*domain.Location, PlaceLink, bool) {
	l, ok := k.LinkPlace(form, c)
	qualified := false
	if !ok {
		rest, q := k.SplitQualifier(form)
		if !q {
			return nil, PlaceLink{}, false
		}
		if l, ok = k.LinkPlace(rest, c); !ok {
			return nil, PlaceLink{}, false
		}
		qualified = true
	}
	p := l.Place
	lat, lon := p.Lat, p.Lon
	return &domain.Location{
		Text:         form,
		Name:         p.Name,
		Admin1:       p.Admin1,
		Country:      p.Country,
		Lat:          &lat,
		Lon:          &lon,
		GeoPrecision: Precision(p, qualified),
		PlaceID:      p.ID,
	}, l, true
}

var prefixHeader = []string{"prefix", "kind", "note"}

// placePrefix is a word put before a place name, with the kind it prefers.
type placePrefix struct{ key, kind string }

// readPrefixes reads place_prefixes.tsv when the data has one.
func (k *KB) readPrefixes(fsys fs.FS, errs *errList) {
	if _, err := fs.Stat(fsys, "place_prefixes.tsv"); err != nil {
		return
	}
	for _, r := range readTSV(fsys, "place_prefixes.tsv", prefixHeader, nil, errs) {
		if r.fields[0] == "" || r.fields[1] != "" && placeKinds[r.fields[1]] == 0 {
			errs.add(r.errorf("prefix %q with kind %q: need a prefix and a place kind", r.fields[0], r.fields[1]))
			continue
		}
		k.prefixes = append(k.prefixes, placePrefix{arabic.NormalizePhrase(r.fields[0]), r.fields[1]})
	}
}

// linkPrefixed links a form such as "مديرية حيس" through its name when
// the whole form is unknown, preferring the kind the word names.
func (k *KB) linkPrefixed(form string, c Context) (PlaceLink, bool) {
	keys := formKeys(form)
	if len(keys) == 0 {
		return PlaceLink{}, false
	}
	for _, key := range keys {
		for _, pre := range k.prefixes {
			rest, ok := strings.CutPrefix(key, pre.key+" ")
			if !ok || rest == "" {
				continue
			}
			l, ok := k.linkKeys(formKeys(rest), c)
			if !ok {
				continue
			}
			for _, p := range l.Candidates {
				if p.Kind == pre.kind && p != l.Place {
					l.Place, l.Reason = p, "named as "+pre.kind
					break
				}
			}
			return l, true
		}
	}
	return PlaceLink{}, false
}
