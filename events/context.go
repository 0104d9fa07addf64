package events

import (
	"strings"

	"github.com/rasid-osint/rasid/dates"
	"github.com/rasid-osint/rasid/domain"
)

// doc is an article prepared for event coding: tokens and mentions
// bucketed by sentence, dates resolved, the anchor date chosen.
type doc struct {
	c       *Coder
	a       *domain.Article
	toks    []domain.Token
	first   []int // first[s] is the index of sentence s's first token; first[len] = len(toks)
	datesIn [][]dates.Expr
	places  [][]placeMention
	// unplaced are places named in a sentence that the gazetteer lacks
	unplaced [][]placeMention
	actors   [][]actorMention
	anchor   *domain.Date
	country  string
	// ref is the date relative expressions count from: the publication
	// date, or, without one, the latest full date the text gives.
	ref *domain.Date
}

func newDoc(a *domain.Article, c *Coder) *doc {
	d := &doc{c: c, a: a, toks: a.Tokens}
	n := len(a.Sentences)
	d.first = make([]int, n+1)
	s := 0
	for i, t := range a.Tokens {
		for s < t.Sentence {
			s++
			d.first[s] = i
		}
	}
	for s++; s <= n; s++ {
		d.first[s] = len(a.Tokens)
	}
	d.datesIn = make([][]dates.Expr, n)
	d.ref = referenceDate(a)
	all := dates.Find(a.Tokens, d.ref)
	dates.Resolve(all, d.ref)
	for _, e := range all {
		if e.Kind == "after" && e.Date.Time.IsZero() {
			continue
		}
		if si := a.SentenceOf(e.Span.Start); si >= 0 {
			d.datesIn[si] = append(d.datesIn[si], e)
		}
	}
	d.anchor = d.anchorDate()
	d.collectMentions()
	return d
}

// anchorDate is the first day-precision date of the headline or the two
// sentences after it that is not after the publication date, or the
// publication date.
func (d *doc) anchorDate() *domain.Date {
	for s := 0; s < len(d.datesIn) && s < 3; s++ {
		for _, e := range d.datesIn[s] {
			if d.ref != nil && e.Date.Time.After(d.ref.Time) {
				continue // «بعد يومين من المعارك»: a duration, not the news's day
			}
			if e.Date.Precision == domain.Day {
				dt := e.Date
				return &dt
			}
		}
	}
	return d.ref
}

// referenceDate is the publication date or, when the metadata and the
// dateline give none, the latest day-precision date written in the text.
func referenceDate(a *domain.Article) *domain.Date {
	if a.Published != nil {
		return a.Published
	}
	var ref *domain.Date
	for _, e := range dates.Find(a.Tokens, nil) {
		if e.Date.Precision == domain.Day && (ref == nil || e.Date.Time.After(ref.Time)) {
			d := e.Date
			ref = &d
		}
	}
	return ref
}

// words in [from, to) of the sentence of token i, clamped to it.
func (d *doc) window(i, from, to int) (int, int) {
	if len(d.toks) == 0 {
		return 0, 0
	}
	s := d.toks[min(max(i, 0), len(d.toks)-1)].Sentence
	lo, hi := max(from, d.first[s]), min(to, d.first[s+1])
	return lo, hi
}

// hasRole reports whether a word of role kind occurs in tokens [lo, hi).
func (d *doc) hasRole(kind string, lo, hi int) bool {
	set := d.c.lx.roles[kind]
	if set == nil {
		return false
	}
	hi = min(hi, len(d.toks))
	for k := lo; k < hi; k++ {
		if _, ok := set.phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

// negated reports a negation, threat or plan just before the trigger.
func (d *doc) negated(m match) bool {
	lo, hi := d.window(m.i, m.i-3, m.i)
	return d.hasRole("neg", lo, hi)
}

// condition checks the trigger's condition on who acts and who is hit.
func (d *doc) condition(m match) bool {
	if pass, ok := d.senseCondition(m); ok {
		return pass
	}
	s := d.toks[m.i].Sentence
	switch m.t.cond {
	case "crowd":
		lo, hi := d.window(m.i, m.i-8, m.i+6)
		return d.hasRole("crowd", lo, hi) && !d.stateActs(m) || d.crowdPronoun(m)
	case "protesters":
		lo, hi := d.window(m.j, m.j, m.j+6)
		return d.hasRole("protesters", lo, hi)
	case "civilians":
		lo, hi := d.window(m.j, m.j, m.j+4)
		return (d.hasRole("civilians", lo, hi) || d.hasWord("victim", lo, hi) || d.unlistedPersonIn(lo, hi)) && !d.hasRole("protesters", lo, hi+2)
	case "victim_before":
		return d.victimBefore(m)
	case "territory":
		return d.territory(m)
	case "reached":
		lo, hi := d.window(m.i, m.i-reachBefore, m.j+3)
		return d.hasWord("reach", lo, hi) && d.hasWord("pact", d.first[s], d.first[s+1]) && !d.hasWord("nuclear", d.first[s], d.first[s+1])
	case "offensive":
		return d.offensive(m)
	case "person":
		lo, hi := d.window(m.j, m.j, m.j+3)
		return d.personIn(lo, hi) && !(lo < hi && groupPlural(d.toks[lo].Key))
	case "nisba": // «ضربات أميركية»: a state's strikes are air strikes
		if m.j >= len(d.toks) || !d.sameSentence(m.i, m.j) {
			return false
		}
		_, ok := d.c.lx.nisba[d.toks[m.j].Key]
		return ok
	case "echo":
		return d.echoesNisba(m)
	case "targeted":
		lo, hi := d.window(m.i, m.i-8, m.i)
		return d.hasWord("targetverb", lo, hi)
	case "by_drone": // «استهدفت … ثكنة زرعيت بمسيّرة»: the instrument, not a march
		lo, hi := d.window(m.i, m.i-8, m.i)
		return strings.Contains(d.toks[m.i].Prefix, "ب") && d.hasWord("targetverb", lo, hi) && !d.hasWord("march", d.first[s], d.first[s+1])
	case "armed", "not_state":
		lo, hi := d.window(m.i, max(d.first[s], m.i-8), m.j+8)
		return d.hasRole("armed", lo, hi) && !d.stateActs(m)
	}
	return true
}

// echoesNisba reports a definite trigger word («الضربات») that the
// article said before without the article and with a nationality
// adjective («ضربات أميركية»): it names those strikes again.
func (d *doc) echoesNisba(m match) bool {
	bare := strings.TrimPrefix(d.toks[m.i].Key, "ال")
	for k := 0; k+1 < m.i; k++ {
		if d.toks[k].Key == bare {
			if _, ok := d.c.lx.nisba[d.toks[k+1].Key]; ok {
				return true
			}
		}
	}
	return false
}

// groupPlural reports a plural gentilic («الحوثيين», «الصدريون»): a
// group expelled, not a person dismissed.
func groupPlural(key string) bool {
	return len([]rune(key)) > 5 && (strings.HasSuffix(key, "يين") || strings.HasSuffix(key, "يون"))
}

// stateActs reports state forces named just before the trigger.
func (d *doc) stateActs(m match) bool {
	lo, hi := d.window(m.i, m.i-4, m.i+4)
	for k := lo; k < hi; k++ {
		if d.hasRole("state", k, k+1) && !d.stateTargeted(k) {
			return true
		}
	}
	return false
}

// stateTargeted reports a state force at token k named as what was hit:
// "حاجزاً للجيش", "على الجيش", "ضد قوات الأمن".
func (d *doc) stateTargeted(k int) bool {
	if p := d.toks[k].Prefix; p == "ل" || p == "لل" {
		return true
	}
	if k == 0 {
		return false
	}
	prev := d.toks[k-1].Key
	return prev == "علي" || prev == "ضد" || d.c.lx.roles["site"].has(prev)
}

// unlistedPersonIn reports a person over tokens [lo, hi) whom the actor
// base does not list: the base lists leaders and commanders, so a person
// it lacks is most likely a civilian (an activist, a researcher).
func (d *doc) unlistedPersonIn(lo, hi int) bool {
	return d.personMatching(lo, hi, func(e *domain.Entity) bool { return e.ActorID == "" })
}

// personIn reports a person entity mention over tokens [lo, hi).
func (d *doc) personIn(lo, hi int) bool {
	return d.personMatching(lo, hi, func(*domain.Entity) bool { return true })
}

func (d *doc) personMatching(lo, hi int, ok func(*domain.Entity) bool) bool {
	if lo >= hi {
		return false
	}
	span := domain.Span{Start: d.toks[lo].Start, End: d.toks[hi-1].End}
	for _, e := range d.a.Entities {
		if e.Type != domain.PER || !ok(e) {
			continue
		}
		for _, mn := range e.Mentions {
			if span.Overlaps(mn.Span) {
				return true
			}
		}
	}
	return false
}

// disputed reports a sentence that holds both a claim and a denial.
func (d *doc) disputed(s int) bool {
	claim, deny := false, false
	for i := d.first[s]; i < d.first[s+1]; i++ {
		switch d.toks[i].Key {
		case "زعم", "زعمت", "ادعي", "ادعت", "يزعم":
			claim = true
		case "نفي", "نفت", "ينفي", "تنفي":
			deny = true
		}
	}
	return claim && deny
}

// crime reports a sentence about ordinary crime (a dispute, a theft, drugs,
// the prosecution) that names no armed or political group.
func (d *doc) crime(s int) bool {
	lo, hi := d.first[s], d.first[s+1]
	graft := d.hasRole("graft", lo, hi) && !d.hasRole("crowd", lo, hi) && !d.hasRole("protesters", lo, hi)
	if !d.hasRole("crime", lo, hi) && !graft || d.clanFight(s) {
		return false
	}
	return !d.politicalActorIn(s)
}

// politicalActorIn reports an armed group, party or security force named
// in sentence s: with one there, crime words do not make it ordinary crime.
func (d *doc) politicalActorIn(s int) bool {
	for _, am := range d.actors[s] {
		switch am.ent.Subtype {
		case "armed_group", "party", "state_forces", "security_unit":
			return true
		}
	}
	return false
}

// reachBefore is how many words before «اتفاق» the verb that reached it
// may stand: the parties, a time and commas come between («توصلت اللجنة المركزية في درعا
// واللجنة الأمنية، مساء الاثنين، إلى اتفاق»).
const reachBefore = 20
