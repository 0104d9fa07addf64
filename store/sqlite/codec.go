package sqlite

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

const isoDay = "2006-01-02"

// dateCols is a date as stored: ISO day, precision, bounds.
type dateCols struct {
	Day       sql.NullString
	Precision int
	Min, Max  sql.NullString
}

func toDateCols(d *domain.Date) dateCols {
	if d == nil || d.Time.IsZero() {
		return dateCols{}
	}
	c := dateCols{Day: nullStr(d.ISO()), Precision: int(d.Precision)}
	if !d.Min.IsZero() {
		c.Min = nullStr(d.Min.Format(isoDay))
	}
	if !d.Max.IsZero() {
		c.Max = nullStr(d.Max.Format(isoDay))
	}
	return c
}

func (c dateCols) date() *domain.Date {
	if !c.Day.Valid {
		return nil
	}
	t, err := time.Parse(isoDay, c.Day.String)
	if err != nil {
		return nil
	}
	d := &domain.Date{Time: t, Precision: domain.Precision(c.Precision), Min: t, Max: t}
	if m, err := time.Parse(isoDay, c.Min.String); err == nil {
		d.Min = m
	}
	if m, err := time.Parse(isoDay, c.Max.String); err == nil {
		d.Max = m
	}
	return d
}

func nullStr(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// jsonDate is domain.Date in a form that round-trips through JSON.
type jsonDate struct {
	Day       string    `json:"day"`
	Precision int       `json:"precision"`
	Min       time.Time `json:"min"`
	Max       time.Time `json:"max"`
}

type plainEvent domain.Event

// jsonEvent shadows domain.Event's Date (whose JSON form is a bare ISO
// string) with a form that keeps precision and bounds.
type jsonEvent struct {
	*plainEvent
	Date *jsonDate `json:"date"`
}

// encodeEvent serialises one article's coding of an event.
func encodeEvent(e *domain.Event) (string, error) {
	pe := plainEvent(*e)
	pe.Sources = nil
	j := jsonEvent{plainEvent: &pe}
	if e.Date != nil {
		j.Date = &jsonDate{e.Date.ISO(), int(e.Date.Precision), e.Date.Min, e.Date.Max}
	}
	b, err := json.Marshal(j)
	return string(b), err
}

// decodeEvent reads what encodeEvent wrote.
func decodeEvent(s string) (*domain.Event, error) {
	var pe plainEvent
	j := jsonEvent{plainEvent: &pe}
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		return nil, err
	}
	e := domain.Event(pe)
	e.Date = nil
	if j.Date != nil {
		t, err := time.Parse(isoDay, j.Date.Day)
		if err == nil {
			e.Date = &domain.Date{Time: t, Precision: domain.Precision(j.Date.Precision), Min: j.Date.Min, Max: j.Date.Max}
		}
	}
	return &e, nil
}

// splitTabs splits a tab-separated list; "" gives an empty list.
func splitTabs(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, "\t")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
