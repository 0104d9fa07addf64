package kb

import (
	"io/fs"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

var placeHeader = []string{"id", "name", "kind", "country", "admin1", "admin2", "lat", "lon", "aliases", "source"}

// placeKinds are the allowed kinds with their rank for disambiguation
// (higher wins when nothing else decides).
var placeKinds = map[string]int{
	"country": 9, "admin1": 8, "city": 7, "region": 6, "admin2": 5, "zone": 5,
	"admin3": 4, "town": 4, "neighbourhood": 3, "airport": 3, "base": 3,
	"crossing": 3, "oilfield": 3, "camp": 3, "facility": 2, "village": 2,
}

// placeFiles orders the place files: countries and provinces first, then
// curated files, then generated ones, so file order is stable.
func placeFiles(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "places/*.tsv")
	if err != nil {
		return nil, err
	}
	rank := func(n string) int {
		switch b := path.Base(n); {
		case b == "countries.tsv":
			return 0
		case b == "admin1.tsv":
			return 1
		case strings.HasPrefix(b, "curated"):
			return 2
		}
		return 3
	}
	sort.SliceStable(names, func(i, j int) bool {
		if ri, rj := rank(names[i]), rank(names[j]); ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	return names, nil
}

func (k *KB) readPlaces(fsys fs.FS, errs *errList) {
	files, err := placeFiles(fsys)
	if err != nil {
		errs.add(err)
		return
	}
	for _, name := range files {
		for _, r := range readTSV(fsys, name, placeHeader, []string{"population"}, errs) {
			p, extra, err := parsePlace(r)
			if err != nil {
				errs.add(err)
				continue
			}
			if _, dup := k.placeByID[p.ID]; dup {
				errs.add(r.errorf("duplicate id %q", p.ID))
				continue
			}
			k.addPlace(p, extra)
		}
	}
}

func (k *KB) addPlace(p *domain.Place, extra placeExtra) {
	k.places = append(k.places, p)
	k.placeByID[p.ID] = p
	k.placeInfo[p] = extra
	for _, form := range extra.linkOnly {
		k.linkOnly[linkOnlyKey("place", p.ID, form)] = true
	}
	if p.Kind == "country" {
		k.countries[p.Country] = p
	}
	for _, al := range extra.aliases {
		key := arabic.NormalizePhrase(al)
		k.placeIdx[key] = appendNew(k.placeIdx[key], p)
	}
}

// parsePlace reads one gazetteer row; an optional 11th column holds the
// population.
func parsePlace(r row) (*domain.Place, placeExtra, error) {
	f := r.fields
	p := &domain.Place{ID: f[0], Name: f[1], Kind: f[2], Country: f[3], Admin1: f[4], Admin2: f[5]}
	extra := placeExtra{source: f[9]}
	extra.aliases, extra.linkOnly = splitAliases(f[8])
	switch {
	case !validID(p.ID):
		return nil, extra, r.errorf("id %q is not a slug of a-z, 0-9 and -", p.ID)
	case p.Name == "":
		return nil, extra, r.errorf("place %s has no name", p.ID)
	case placeKinds[p.Kind] == 0:
		return nil, extra, r.errorf("kind %q of %s is not a place kind", p.Kind, p.ID)
	case p.Country == "" || !validCountry(p.Country):
		return nil, extra, r.errorf("country %q of %s is not an ISO2 code", p.Country, p.ID)
	case extra.source == "":
		return nil, extra, r.errorf("place %s has no source", p.ID)
	}
	var err error
	if p.Lat, err = parseCoord(f[6], 90); err != nil {
		return nil, extra, r.errorf("lat %q of %s: %v", f[6], p.ID, err)
	}
	if p.Lon, err = parseCoord(f[7], 180); err != nil {
		return nil, extra, r.errorf("lon %q of %s: %v", f[7], p.ID, err)
	}
	if f[10] != "" {
		if extra.population, err = strconv.Atoi(f[10]); err != nil || extra.population < 0 {
			return nil, extra, r.errorf("population %q of %s is not a count", f[10], p.ID)
		}
	}
	if len(extra.aliases) > 0 {
		p.NameAR = extra.aliases[0]
	}
	return p, extra, nil
}

func parseCoord(s string, limit float64) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, errorString("not a number")
	}
	if math.IsNaN(v) || v < -limit || v > limit {
		return 0, errorString("out of range")
	}
	return v, nil
}

// distanceKM is the great-circle distance between two points.
func distanceKM(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// DistanceKM returns the great-circle distance between two places.
func DistanceKM(a, b *domain.Place) float64 { return distanceKM(a.Lat, a.Lon, b.Lat, b.Lon) }
