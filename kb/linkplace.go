package kb

import (
	"math"
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// nearKM is how close a candidate must be to a co-mentioned place to be
// preferred for it.
const nearKM = 100

// LinkPlace resolves a surface form to the best place in context: the
// article's country first, then places near co-mentioned places, then kind
// (country > province > city > ...), then population.
func (k *KB) LinkPlace(form string, c Context) (PlaceLink, bool) {
	if l, ok := k.linkKeys(formKeys(form), c); ok {
		return l, true
	}
	return k.linkPrefixed(form, c)
}

// linkKeys ranks the places of the first key that has any.
func (k *KB) linkKeys(keys []string, c Context) (PlaceLink, bool) {
	var cands []*domain.Place
	for _, key := range keys {
		if cands = k.placeIdx[key]; len(cands) > 0 {
			break
		}
	}
	if len(cands) == 0 {
		return PlaceLink{}, false
	}
	var co []*domain.Place
	for _, id := range c.Places {
		if p, ok := k.placeByID[id]; ok {
			co = append(co, p)
		}
	}
	order, reason := rank(len(cands), func(i int) []criterion {
		p := cands[i]
		return []criterion{
			placeCountry(p, c.Country),
			placeNear(p, co),
			{float64(placeKinds[p.Kind]), "kind " + p.Kind},
			k.placeCurated(p),
			{math.Log1p(float64(k.placeInfo[p].population)), "population"},
		}
	})
	out := make([]*domain.Place, len(order))
	for i, j := range order {
		out[i] = cands[j]
	}
	return PlaceLink{Place: out[0], Reason: reason, Candidates: out}, true
}

// placeCurated prefers the hand-written conflict places over generated
// rows of the same kind.
func (k *KB) placeCurated(p *domain.Place) criterion {
	if strings.HasPrefix(k.placeInfo[p].source, "curated") {
		return criterion{1, "curated place"}
	}
	return criterion{0, ""}
}

func placeCountry(p *domain.Place, cc string) criterion {
	if cc != "" && p.Country == cc {
		return criterion{1, "country " + cc + " of article"}
	}
	return criterion{0, ""}
}

// placeNear scores a candidate by closeness to the co-mentioned places:
// the same province or within nearKM of one of them.
func placeNear(p *domain.Place, co []*domain.Place) criterion {
	best := criterion{0, ""}
	for _, q := range co {
		if q == p || q.Kind == "country" {
			continue
		}
		if q.Country == p.Country && q.Admin1 != "" && q.Admin1 == p.Admin1 {
			return criterion{2, "co-mentioned " + q.ID}
		}
		if DistanceKM(p, q) <= nearKM {
			best = criterion{1, "co-mentioned " + q.ID}
		}
	}
	return best
}
