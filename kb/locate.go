package kb

import (
	"io/fs"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

var qualifierHeader = []string{"pattern", "position", "note"}

// readQualifiers reads place_qualifiers.tsv when the data has one.
func (k *KB) readQualifiers(fsys fs.FS, errs *errList) {
	if _, err := fs.Stat(fsys, "place_qualifiers.tsv"); err != nil {
		return
	}
	for _, r := range readTSV(fsys, "place_qualifiers.tsv", qualifierHeader, nil, errs) {
		key := arabic.NormalizePhrase(r.fields[0])
		switch {
		case key == "":
			errs.add(r.errorf("empty pattern"))
		case r.fields[1] == "before":
			k.qualifiers = append(k.qualifiers, key)
		case r.fields[1] == "after":
			k.suffixes = append(k.suffixes, key)
		default:
			errs.add(r.errorf("position %q is not before or after", r.fields[1]))
		}
	}
}

// SplitQualifier removes a leading qualifier such as "جنوب" or "بالقرب
// من", and a trailing direction such as "الشمالي", from a place mention.
// It returns the rest (normalised) and true when something was removed.
func (k *KB) SplitQualifier(form string) (string, bool) {
	forms := k.qualifiedForms(form)
	if len(forms) == 0 {
		return arabic.NormalizePhrase(form), false
	}
	return forms[len(forms)-1], true
}

// qualifiedForms lists a mention without its trailing direction, without
// its leading qualifier, and without both, in that order.
func (k *KB) qualifiedForms(form string) []string {
	key := arabic.NormalizePhrase(form)
	head := k.cutQualifier(key)
	var out []string
	if tail := k.cutSuffix(key); tail != key {
		out = append(out, tail)
	}
	if head != key {
		out = append(out, head)
		if both := k.cutSuffix(head); both != head {
			out = append(out, both)
		}
	}
	return out
}

// cutQualifier removes the longest leading qualifier (with a proclitic
// or في/الى before it).
func (k *KB) cutQualifier(key string) string {
	best := ""
	for _, q := range k.qualifiers {
		for _, head := range []string{q, "و" + q, "ف" + q, "ب" + q, "في " + q, "الى " + q} {
			if strings.HasPrefix(key, head+" ") && len(head) > len(best) {
				best = head
			}
		}
	}
	return strings.TrimSpace(key[len(best):])
}

// cutSuffix removes a trailing direction word.
func (k *KB) cutSuffix(key string) string {
	for _, suf := range k.suffixes {
		if r, ok := strings.CutSuffix(key, " "+suf); ok && r != "" {
			return r
		}
	}
	return key
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
	for _, rest := range k.qualifiedForms(form) {
		if ok {
			break
		}
		l, ok = k.LinkPlace(rest, c)
		qualified = ok
	}
	if !ok {
		return nil, PlaceLink{}, false
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
