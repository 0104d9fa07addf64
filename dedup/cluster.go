package dedup

import (
	"cmp"
	"slices"
	"time"
)

// ClusterOptions tunes a Clusterer. The zero value of a field means its
// default (see DefaultClusterOptions).
type ClusterOptions struct {
	// Window is how far apart (in article dates) two articles of a story
	// may be; older articles fall out of the clusterer.
	Window time.Duration
	// BodyJaccard is the estimated shingle Jaccard that joins two articles
	// on the body alone.
	BodyJaccard float64
	// MidJaccard joins two articles whose titles share at least
	// MidTitleWords content words.
	MidJaccard    float64
	MidTitleWords int
	// TitleOverlap is the title word overlap (shared words over the shorter
	// title) that joins two articles whose bodies share at least
	// TitleBodyJaccard.
	TitleOverlap     float64
	TitleBodyJaccard float64
	// MinTitleWords is the least number of shared title words for a title
	// match.
	MinTitleWords int
}

// DefaultClusterOptions are the thresholds measured on SaudiNewsNet (see
// docs/monitoring.md).
var DefaultClusterOptions = ClusterOptions{
	Window:           3 * 24 * time.Hour,
	BodyJaccard:      0.50,
	MidJaccard:       0.20,
	MidTitleWords:    2,
	TitleOverlap:     0.60,
	TitleBodyJaccard: 0.08,
	MinTitleWords:    3,
}

func (o ClusterOptions) withDefaults() ClusterOptions {
	d := DefaultClusterOptions
	d.Window = orDefault(o.Window, d.Window)
	d.BodyJaccard = orDefault(o.BodyJaccard, d.BodyJaccard)
	d.MidJaccard = orDefault(o.MidJaccard, d.MidJaccard)
	d.MidTitleWords = orDefault(o.MidTitleWords, d.MidTitleWords)
	d.TitleOverlap = orDefault(o.TitleOverlap, d.TitleOverlap)
	d.TitleBodyJaccard = orDefault(o.TitleBodyJaccard, d.TitleBodyJaccard)
	d.MinTitleWords = orDefault(o.MinTitleWords, d.MinTitleWords)
	return d
}

// orDefault returns v when it is set (positive), else def.
func orDefault[T int | float64 | time.Duration](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

// matches reports whether two articles with body Jaccard j, shared title
// words shared and title overlap t belong to one story.
func (o ClusterOptions) matches(j float64, shared int, t float64) bool {
	return j >= o.BodyJaccard || j >= o.MidJaccard && shared >= o.MidTitleWords ||
		shared >= o.MinTitleWords && t >= o.TitleOverlap && j >= o.TitleBodyJaccard
}

// Clusterer assigns articles to stories online over a sliding window of
// days. It is not safe for concurrent use: call Assign in input order.
type Clusterer struct {
	opt    ClusterOptions
	ix     *Index
	docs   map[string]*cdoc
	titles map[string][]string // title key -> doc ids
	latest time.Time           // latest article date seen
	swept  time.Time           // latest at the last sweep
}

type cdoc struct {
	story string
	date  time.Time
	title []string
}

// NewClusterer returns an empty clusterer with options o (zero fields take
// their defaults).
func NewClusterer(o ClusterOptions) *Clusterer {
	return &Clusterer{opt: o.withDefaults(), ix: NewIndex(), docs: map[string]*cdoc{},
		titles: map[string][]string{}}
}

// Len returns the number of articles inside the window.
func (c *Clusterer) Len() int { return len(c.docs) }

// Assign puts the article id (dated date, with body text and title) into a
// story and returns the story id: the story of the best-matching article in
// the window, or a new story "s-<id>". A zero date counts as the latest date
// seen. Assigning an id again returns its story unchanged.
func (c *Clusterer) Assign(id string, date time.Time, text, title string) string {
	return c.AssignSigned(id, date, Sign(text), title)
}

// AssignSigned is Assign with the body signature computed by the caller
// (for example by parallel workers), so that only the ordered part runs here.
func (c *Clusterer) AssignSigned(id string, date time.Time, sig Signature, title string) string {
	if d, ok := c.docs[id]; ok {
		return d.story
	}
	if date.IsZero() {
		date = c.latest
	}
	if date.After(c.latest) {
		c.latest = date
		c.sweep()
	}
	tw := TitleKeys(title)
	story := c.best(date, sig, tw)
	if story == "" {
		story = "s-" + id
	}
	c.add(id, date, sig, tw, story)
	return story
}

// Seed files an article whose story is already known (for example one
// read back from the database after a restart), so that new articles can
// join its story. Seeding the articles of a run in their order leaves the
// clusterer as that run left it.
func (c *Clusterer) Seed(id string, date time.Time, sig Signature, title, storyID string) {
	if _, ok := c.docs[id]; ok {
		return
	}
	if date.IsZero() {
		date = c.latest
	}
	if date.After(c.latest) {
		c.latest = date
		c.sweep()
	}
	c.add(id, date, sig, TitleKeys(title), storyID)
}

func (c *Clusterer) add(id string, date time.Time, sig Signature, tw []string, story string) {
	c.docs[id] = &cdoc{story: story, date: date, title: tw}
	c.ix.Add(id, sig)
	for _, k := range tw {
		c.titles[k] = append(c.titles[k], id)
	}
}

// best returns the story of the best match for an article, or "".
func (c *Clusterer) best(date time.Time, sig Signature, tw []string) string {
	type cand struct {
		id    string
		score float64
	}
	var top cand
	consider := func(id string, j float64, shared int) {
		d := c.docs[id]
		if d == nil || absDur(d.date.Sub(date)) > c.opt.Window {
			return
		}
		if shared < 0 {
			shared = countShared(tw, d.title)
		}
		t := overlap(shared, len(tw), len(d.title))
		if !c.opt.matches(j, shared, t) {
			return
		}
		s := j + 0.5*t
		if s > top.score || s == top.score && id < top.id {
			top = cand{id, s}
		}
	}
	for _, m := range c.ix.Query(sig, c.opt.TitleBodyJaccard) {
		consider(m.ID, m.Jaccard, -1)
	}
	for id, shared := range c.titleCandidates(tw) {
		if shared >= c.opt.MinTitleWords {
			other, _ := c.ix.Signature(id)
			consider(id, Jaccard(sig.Min, other.Min), shared)
		}
	}
	if top.id == "" {
		return ""
	}
	return c.docs[top.id].story
}

// titleCandidates counts, for each article sharing a title key with tw,
// how many keys it shares.
func (c *Clusterer) titleCandidates(tw []string) map[string]int {
	out := map[string]int{}
	for _, k := range tw {
		for _, id := range c.titles[k] {
			out[id]++
		}
	}
	return out
}

// sweep drops the articles older than the window before the latest date,
// at most once per hour of advance.
func (c *Clusterer) sweep() {
	if c.latest.Sub(c.swept) < time.Hour {
		return
	}
	c.swept = c.latest
	cut := c.latest.Add(-c.opt.Window)
	var old []string
	for id, d := range c.docs {
		if d.date.Before(cut) {
			old = append(old, id)
		}
	}
	slices.Sort(old)
	for _, id := range old {
		d := c.docs[id]
		for _, k := range d.title {
			c.titles[k] = slices.DeleteFunc(c.titles[k], func(s string) bool { return s == id })
			if len(c.titles[k]) == 0 {
				delete(c.titles, k)
			}
		}
		c.ix.Remove(id)
		delete(c.docs, id)
	}
}

func absDur(d time.Duration) time.Duration { return max(d, -d) }

func countShared(a, b []string) int {
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			n++
		}
	}
	return n
}

func overlap(shared, la, lb int) float64 {
	m := min(la, lb)
	if m == 0 {
		return 0
	}
	return float64(shared) / float64(m)
}

// TitleKeys returns the sorted distinct content words of a title: normalised,
// with a leading article or proclitic+article removed, without stop words
// and words under three letters.
func TitleKeys(title string) []string {
	var out []string
	for _, w := range Words(title) {
		if stopwords[w] {
			continue
		}
		w = stripArticle(w)
		if len([]rune(w)) < 3 || stopwords[w] {
			continue
		}
		out = append(out, w)
	}
	slices.SortFunc(out, cmp.Compare)
	return slices.Compact(out)
}
