package stories

import (
	"math"
	"strings"
	"sync"
	"time"

	"github.com/rasid-osint/rasid/dedup"
	"github.com/rasid-osint/rasid/domain"
)

// MaxStoryKm is how far apart two outlets may place the same event (one
// names the town, the other the district or the nearest city).
const MaxStoryKm = 30

// MinSharedNames is how many named entities (people, organisations, places
// below the province; at least one not a place) two articles must share
// for their main events to make one story.
const MinSharedNames = 2

// Clusterer assigns story ids. It is safe for concurrent use; ids depend
// on the order of Assign calls.
type Clusterer struct {
	mu     sync.Mutex
	text   *dedup.Clusterer
	alias  map[string]string // text-cluster story -> story
	mains  []mainEvent       // the primary events of earlier articles
	window time.Duration
	sigs   sync.Map // doc id -> dedup.Signature computed ahead by Prepare
}

// Prepare computes the article's text signature, the costly part of
// Assign, so that parallel workers can do it before the ordered Assign.
// It is safe for concurrent use.
func (c *Clusterer) Prepare(a *domain.Article) {
	c.sigs.Store(a.DocID, dedup.Sign(a.Text))
}

// mainEvent is the signature of an article's main event.
type mainEvent struct {
	story, typ, admin1, country string
	day                         time.Time
	lat, lon                    float64
	located                     bool
	names                       map[string]bool
}

// NewClusterer returns an empty Clusterer with a three-day window.
func NewClusterer() *Clusterer {
	return &Clusterer{text: dedup.NewClusterer(dedup.ClusterOptions{}), alias: map[string]string{}, window: 3 * 24 * time.Hour}
}

// Assign sets and returns a.StoryID.
func (c *Clusterer) Assign(a *domain.Article) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var date time.Time
	if a.Published != nil {
		date = a.Published.Time
	}
	var ts string
	if sig, ok := c.sigs.LoadAndDelete(a.DocID); ok {
		ts = c.text.AssignSigned(a.DocID, date, sig.(dedup.Signature), a.Title)
	} else {
		ts = c.text.Assign(a.DocID, date, a.Text, a.Title)
	}
	story, known := c.alias[ts]
	if !known {
		story = ts
		mains := mainsOf(a)
		for _, m := range mains {
			if s, found := c.matchMain(m); found {
				story = s
				break
			}
		}
		for _, m := range mains {
			m.story = story
			c.mains = append(c.mains, m)
		}
		c.alias[ts] = story
	}
	a.StoryID = story
	return story
}

// matchMain finds an earlier article's story with the same main event.
func (c *Clusterer) matchMain(m mainEvent) (string, bool) {
	for i := len(c.mains) - 1; i >= 0; i-- {
		o := c.mains[i]
		gap := o.day.Sub(m.day)
		if gap < -c.window || gap > c.window {
			continue
		}
		if o.typ != m.typ || o.country != m.country || gap < -24*time.Hour || gap > 24*time.Hour {
			continue
		}
		if o.located && m.located {
			if km(o.lat, o.lon, m.lat, m.lon) > MaxStoryKm {
				continue
			}
		} else if o.admin1 != m.admin1 {
			continue
		}
		shared, actors := 0, 0
		for n := range m.names {
			if o.names[n] {
				shared++
				if !strings.HasPrefix(n, "place:") {
					actors++
				}
			}
		}
		if shared >= MinSharedNames && actors >= 1 {
			return o.story, true
		}
	}
	return "", false
}

// mainsOf returns the signatures of the article's primary ACLED events.
func mainsOf(a *domain.Article) []mainEvent {
	names := entityKeys(a)
	var out []mainEvent
	for _, ev := range a.Events {
		if !ev.Primary || ev.Date == nil || ev.Location == nil || domain.DisorderType(ev.EventType) == "" {
			continue
		}
		m := mainEvent{typ: ev.EventType, admin1: ev.Location.Admin1, country: ev.Location.Country, day: ev.Date.Time, names: names}
		if ev.Location.Lat != nil && ev.Location.Lon != nil {
			m.lat, m.lon, m.located = *ev.Location.Lat, *ev.Location.Lon, true
		}
		out = append(out, m)
	}
	return out
}

// entityKeys are the article's named people, organisations and places
// below the province (a province's or country's name is shared by every
// story from it). Place keys start with "place:".
func entityKeys(a *domain.Article) map[string]bool {
	names := map[string]bool{}
	for _, e := range a.Entities {
		if e.Place != nil && (e.Place.Kind == "country" || e.Place.Kind == "admin1") {
			continue
		}
		key := e.ActorID
		if e.Place != nil {
			key = "place:" + e.Place.ID
		}
		if key == "" {
			key = string(e.Type) + ":" + e.Name
		}
		names[key] = true
	}
	return names
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * 6371 * math.Asin(math.Sqrt(math.Min(1, h)))
}
