package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// ACLEDColumns are ACLED's CSV columns, in ACLED's order.
var ACLEDColumns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
	"interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
	"latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}

// ACLEDWriter writes merged events as ACLED CSV rows.
type ACLEDWriter struct {
	w      *csv.Writer
	header bool
}

// NewACLED returns a writer that writes the header before the first row.
func NewACLED(w io.Writer) *ACLEDWriter { return &ACLEDWriter{w: csv.NewWriter(w)} }

// Write writes one event.
func (a *ACLEDWriter) Write(e *store.Event) error {
	if !a.header {
		a.header = true
		if err := a.w.Write(ACLEDColumns); err != nil {
			return fmt.Errorf("acled header: %w", err)
		}
	}
	if err := a.w.Write(ACLEDRow(e)); err != nil {
		return fmt.Errorf("acled event %s: %w", e.ID, err)
	}
	return nil
}

// Close writes the header if no row was written and flushes.
func (a *ACLEDWriter) Close() error {
	if !a.header {
		a.header = true
		a.w.Write(ACLEDColumns)
	}
	a.w.Flush()
	return a.w.Error()
}

// Interaction returns ACLED's two-digit interaction code: the two actors'
// inter codes, the smaller first; a lone actor gives inter1 * 10.
func Interaction(inter1, inter2 int) int {
	if inter1 == 0 || inter2 == 0 {
		return (inter1 + inter2) * 10
	}
	if inter1 > inter2 {
		inter1, inter2 = inter2, inter1
	}
	return inter1*10 + inter2
}

// ACLEDRow returns an event's ACLED columns, in ACLEDColumns' order.
func ACLEDRow(e *store.Event) []string {
	a1, a2 := actorCols(e.Actor1), actorCols(e.Actor2)
	l := e.Location
	if l == nil {
		l = &domain.Location{}
	}
	c, _ := LookupCountry(l.Country)
	id := c.Alpha3
	if id == "" {
		id = "XXX"
	}
	row := map[string]string{
		"event_id_cnty": id + e.ID, "disorder_type": domain.DisorderType(e.EventType),
		"event_type": e.EventType, "sub_event_type": e.SubEventType,
		"actor1": a1.name, "inter1": a1.inter, "actor2": a2.name, "inter2": a2.inter,
		"interaction": strconv.Itoa(Interaction(a1.code, a2.code)),
		"region":      c.Region, "country": c.Name, "admin1": l.Admin1, "admin2": e.Admin2,
		"location": firstNonEmpty(l.Name, l.Text), "source": strings.Join(e.Outlets, "; "),
		"notes": e.EvidenceText, "fatalities": "0", "timestamp": strconv.FormatInt(e.IngestedAt, 10),
	}
	if c.Numeric != 0 {
		row["iso"] = strconv.Itoa(c.Numeric)
	}
	if d := e.Date; d != nil {
		row["event_date"], row["year"] = d.ISO(), strconv.Itoa(d.Time.Year())
		row["time_precision"] = strconv.Itoa(d.Precision.ACLED())
	}
	if a2.code == 7 {
		row["civilian_targeting"] = "Civilian targeting"
	}
	if l.Lat != nil && l.Lon != nil {
		row["latitude"] = strconv.FormatFloat(*l.Lat, 'f', 4, 64)
		row["longitude"] = strconv.FormatFloat(*l.Lon, 'f', 4, 64)
		row["geo_precision"] = strconv.Itoa(max(l.GeoPrecision, 1))
	}
	if e.Fatalities != nil {
		row["fatalities"] = strconv.Itoa(*e.Fatalities)
	}
	row["tags"] = tags(e)
	out := make([]string, len(ACLEDColumns))
	for i, col := range ACLEDColumns {
		out[i] = row[col]
	}
	return out
}

type actorFields struct {
	name, inter string
	code        int
}

func actorCols(a *domain.EventActor) actorFields {
	if a == nil {
		return actorFields{inter: "0"}
	}
	return actorFields{name: firstNonEmpty(a.Name, a.Text), inter: strconv.Itoa(a.Inter), code: a.Inter}
}

func tags(e *store.Event) string {
	var t []string
	if e.Disputed {
		t = append(t, "disputed")
	}
	if !e.Primary {
		t = append(t, "background")
	}
	if e.Fatalities == nil {
		t = append(t, "fatalities not reported")
	}
	return strings.Join(t, "; ")
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
