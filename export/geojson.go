package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rasid-osint/rasid/store"
)

// GeoJSONWriter streams merged events with coordinates as a GeoJSON
// FeatureCollection of points; events without coordinates are skipped.
type GeoJSONWriter struct {
	w     io.Writer
	n     int
	begun bool
}

// NewGeoJSON returns a GeoJSON writer.
func NewGeoJSON(w io.Writer) *GeoJSONWriter { return &GeoJSONWriter{w: w} }

type feature struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   geometry       `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

func (g *GeoJSONWriter) begin() error {
	if g.begun {
		return nil
	}
	g.begun = true
	_, err := io.WriteString(g.w, `{"type":"FeatureCollection","features":[`)
	return err
}

// Write writes one event as a point feature.
func (g *GeoJSONWriter) Write(e *store.Event) error {
	if err := g.begin(); err != nil {
		return err
	}
	l := e.Location
	if l == nil || l.Lat == nil || l.Lon == nil {
		return nil
	}
	b, err := json.Marshal(feature{Type: "Feature", ID: e.ID,
		Geometry:   geometry{Type: "Point", Coordinates: [2]float64{*l.Lon, *l.Lat}},
		Properties: properties(e)})
	if err != nil {
		return fmt.Errorf("geojson event %s: %w", e.ID, err)
	}
	sep := "\n"
	if g.n > 0 {
		sep = ",\n"
	}
	g.n++
	if _, err := io.WriteString(g.w, sep+string(b)); err != nil {
		return fmt.Errorf("geojson event %s: %w", e.ID, err)
	}
	return nil
}

func properties(e *store.Event) map[string]any {
	p := map[string]any{
		"event_type": e.EventType, "sub_event_type": e.SubEventType, "country": e.Location.Country,
		"admin1": e.Location.Admin1, "location": firstNonEmpty(e.Location.Name, e.Location.Text),
		"location_text": e.Location.Text, "geo_precision": e.Location.GeoPrecision,
		"fatalities": e.Fatalities, "outlets": len(e.Outlets), "articles": e.Articles,
		"source": strings.Join(e.Outlets, "; "), "notes": e.EvidenceText,
		"primary": e.Primary, "disputed": e.Disputed,
	}
	if e.Date != nil {
		p["date"] = e.Date.ISO()
		p["time_precision"] = e.Date.Precision.ACLED()
	}
	if e.Actor1 != nil {
		p["actor1"] = firstNonEmpty(e.Actor1.Name, e.Actor1.Text)
	}
	if e.Actor2 != nil {
		p["actor2"] = firstNonEmpty(e.Actor2.Name, e.Actor2.Text)
	}
	return p
}

// Close ends the collection.
func (g *GeoJSONWriter) Close() error {
	if err := g.begin(); err != nil {
		return err
	}
	_, err := io.WriteString(g.w, "\n]}\n")
	return err
}
