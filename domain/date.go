package domain

import (
	"encoding/json"
	"time"
)

// Precision says how exactly a date is known.
type Precision int

// Precisions, finest first. Their ACLED time_precision codes are 1, 2, 3.
const (
	Day Precision = iota + 1
	Week
	Month
	Year
)

// ACLED returns ACLED's time_precision code: 1 day, 2 week, 3 month or coarser.
func (p Precision) ACLED() int {
	switch p {
	case Day:
		return 1
	case Week:
		return 2
	default:
		return 3
	}
}

// String names the precision.
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "unknown"
}

// Date is a calendar day with the precision the text supports: for a month
// precision, Time is the month's first day, Min and Max its bounds.
type Date struct {
	Time      time.Time
	Precision Precision
	// Min and Max bound the interval the text supports (equal for a day).
	Min, Max time.Time
}

// DayDate returns a day-precision date.
func DayDate(t time.Time) Date {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return Date{Time: d, Precision: Day, Min: d, Max: d}
}

// ISO returns the date as YYYY-MM-DD.
func (d Date) ISO() string { return d.Time.Format("2006-01-02") }

// MarshalJSON writes the date as an ISO string, as the contract wants.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.ISO()) }
