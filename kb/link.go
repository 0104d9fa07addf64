package kb

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// Context is what the linker knows of the article a form comes from.
type Context struct {
	// Country is the ISO2 code of the article's main country.
	Country string
	// Year is the year of the events, 0 when unknown.
	Year int
	// Actors are the ids of actors the article also names.
	Actors []string
	// Places are the ids of places the article also names.
	Places []string
}

// ActorLink is the result of LinkActor: the chosen actor, why, and every
// candidate in order of preference.
type ActorLink struct {
	Actor      *domain.Actor
	Reason     string
	Candidates []*domain.Actor
}

// PlaceLink is the result of LinkPlace: the chosen place, why, and every
// candidate in order of preference.
type PlaceLink struct {
	Place      *domain.Place
	Reason     string
	Candidates []*domain.Place
}

// Proclitic clusters tried on the first word of a form, longest first;
// the ones ending in ال keep the article.
var (
	alProclitics   = []string{"وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل"}
	bareProclitics = []string{"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"}
)

// formKeys returns the keys to try for a surface form, best first: the
// normalised form, the form with ال toggled on its first word, then with
// one proclitic cluster stripped (and ال toggled on that).
func formKeys(form string) []string {
	key := arabic.NormalizePhrase(form)
	if key == "" {
		return nil
	}
	first, rest, _ := strings.Cut(key, " ")
	join := func(w string) string {
		if rest == "" {
			return w
		}
		return w + " " + rest
	}
	out := []string{key, join(toggleAl(first))}
	for _, c := range alProclitics {
		if strings.HasPrefix(first, c) && len([]rune(first))-len([]rune(c)) >= 2 {
			w := "ال" + first[len(c):]
			out = append(out, join(w), join(toggleAl(w)))
		}
	}
	for _, c := range bareProclitics {
		if strings.HasPrefix(first, c) && len([]rune(first))-len([]rune(c)) >= 2 {
			w := first[len(c):]
			out = append(out, join(w), join(toggleAl(w)))
		}
	}
	return dedup(out)
}

func toggleAl(w string) string {
	if strings.HasPrefix(w, "ال") && len([]rune(w)) > 3 {
		return w[len("ال"):]
	}
	return "ال" + w
}

func dedup(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// criterion is one ranking feature with the reason it gives when it decides.
type criterion struct {
	score  float64
	reason string
}

// rank orders candidate indexes by their criteria (lexicographically,
// higher first, then by index) and returns the order and the reason the
// first one won.
func rank(n int, crit func(i int) []criterion) ([]int, string) {
	feats := make([][]criterion, n)
	order := make([]int, n)
	for i := range order {
		order[i] = i
		feats[i] = crit(i)
	}
	sort.SliceStable(order, func(a, b int) bool {
		fa, fb := feats[order[a]], feats[order[b]]
		for j := range fa {
			if fa[j].score != fb[j].score {
				return fa[j].score > fb[j].score
			}
		}
		return false
	})
	if n == 1 {
		return order, "only candidate"
	}
	best, next := feats[order[0]], feats[order[1]]
	for j := range best {
		if best[j].score != next[j].score {
			return order, best[j].reason
		}
	}
	return order, "first listed"
}

// LinkActor resolves a surface form to the best actor in context. The
// form is normalised; a leading ال is toggled and one proclitic cluster
// (و ف ب ل ك وب وال بال لل ...) stripped when the whole form is unknown.
// A country's name stands for its state forces; a leading word such as
// عناصر or أنصار (actor_prefixes.tsv) is dropped when the form is unknown.
func (k *KB) LinkActor(form string, c Context) (ActorLink, bool) {
	var cands []*domain.Actor
	for _, key := range formKeys(form) {
		if cands = k.actorIdx[key]; len(cands) > 0 {
			break
		}
	}
	if len(cands) == 0 {
		if l, ok := k.countryActor(form, c); ok {
			return l, true
		}
		if rest, ok := k.cutActorPrefix(form); ok {
			return k.LinkActor(rest, c)
		}
		return ActorLink{}, false
	}
	co := map[string]bool{}
	for _, id := range c.Actors {
		co[id] = true
	}
	order, reason := rank(len(cands), func(i int) []criterion {
		a := cands[i]
		return []criterion{
			k.actorCountry(a, c.Country),
			k.actorCoMention(a, co),
			k.actorYear(a, c.Year),
		}
	})
	out := make([]*domain.Actor, len(order))
	for i, j := range order {
		out[i] = cands[j]
	}
	return ActorLink{Actor: out[0], Reason: reason, Candidates: out}, true
}

// countryActor reads a country named as an actor ("شنت إسرائيل غارات")
// as that country's state forces.
func (k *KB) countryActor(form string, c Context) (ActorLink, bool) {
	l, ok := k.linkKeys(formKeys(form), c)
	if !ok || l.Place.Kind != "country" {
		return ActorLink{}, false
	}
	a := k.StateForcesIn(l.Place.Country, c.Year)
	if a == nil {
		return ActorLink{}, false
	}
	return ActorLink{Actor: a, Reason: "country " + l.Place.Country + " named for its forces", Candidates: []*domain.Actor{a}}, true
}

func (k *KB) actorCountry(a *domain.Actor, cc string) criterion {
	switch {
	case cc == "":
		return criterion{0, ""}
	case a.Country == cc:
		return criterion{2, "country " + cc + " of article"}
	case a.Country == "":
		return criterion{1, "transnational actor"}
	}
	return criterion{0, ""}
}

// actorCoMention scores an actor linked to a co-mentioned actor by an
// affiliation in either direction.
func (k *KB) actorCoMention(a *domain.Actor, co map[string]bool) criterion {
	if len(co) == 0 {
		return criterion{0, ""}
	}
	for _, af := range a.Affiliations {
		if co[af.ActorID] {
			return criterion{1, "co-mentioned " + af.ActorID}
		}
	}
	for id := range co {
		if b, ok := k.actorByID[id]; ok {
			for _, af := range b.Affiliations {
				if af.ActorID == a.ID {
					return criterion{1, "co-mentioned " + id}
				}
			}
		}
	}
	return criterion{0, ""}
}

// actorYear prefers actors with a dated affiliation (a leadership) that
// covers the year, the narrowest such range first, so that a title such as
// "رئيس الوزراء العراقي" goes to the office holder of that year.
func (k *KB) actorYear(a *domain.Actor, year int) criterion {
	if year == 0 {
		return criterion{0, ""}
	}
	dated, best := false, 0.0
	for _, af := range a.Affiliations {
		if af.Years == "" {
			continue
		}
		dated = true
		from, to, _ := parseYears(af.Years)
		if (from != 0 && year < from) || (to != 0 && year > to) {
			continue
		}
		end := to
		if end == 0 {
			end = year
		}
		if score := 2 + 1/float64(1+max(0, end-from)); score > best {
			best = score
		}
	}
	switch {
	case best > 0:
		return criterion{best, "active in " + itoa(year)}
	case dated:
		return criterion{0, ""}
	}
	return criterion{1, "active in " + itoa(year)}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

var actorPrefixHeader = []string{"prefix", "note"}

// readActorPrefixes reads actor_prefixes.tsv when the data has one,
// longest prefixes first.
func (k *KB) readActorPrefixes(fsys fs.FS, errs *errList) {
	if _, err := fs.Stat(fsys, "actor_prefixes.tsv"); err != nil {
		return
	}
	for _, r := range readTSV(fsys, "actor_prefixes.tsv", actorPrefixHeader, nil, errs) {
		if r.fields[0] == "" {
			errs.add(r.errorf("empty prefix"))
			continue
		}
		k.actorPrefixes = append(k.actorPrefixes, arabic.NormalizePhrase(r.fields[0]))
	}
	sort.SliceStable(k.actorPrefixes, func(i, j int) bool {
		return len(k.actorPrefixes[i]) > len(k.actorPrefixes[j])
	})
}

// cutActorPrefix drops a leading actor prefix (after one proclitic
// cluster) and a following من, تابعين ل or تابعون ل.
func (k *KB) cutActorPrefix(form string) (string, bool) {
	for _, key := range formKeys(form) {
		for _, pre := range k.actorPrefixes {
			rest, ok := strings.CutPrefix(key, pre+" ")
			if !ok || rest == "" {
				continue
			}
			for _, link := range []string{"من ", "تابعين ل", "تابعون ل", "التابعين ل"} {
				if r, ok := strings.CutPrefix(rest, link); ok && r != "" {
					return r, true
				}
			}
			return rest, true
		}
	}
	return "", false
}
