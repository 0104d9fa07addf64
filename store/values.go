package store

import (
	"fmt"
	"net/url"
	"strconv"
	"time"
)

// Query parameter names of EventFilter and Page, shared by the web API and
// anything that links to it. They match the JSON names of the fields.
const (
	ParamType        = "type"
	ParamSubType     = "sub_type"
	ParamFrom        = "from"
	ParamTo          = "to"
	ParamCountry     = "country"
	ParamAdmin1      = "admin1"
	ParamActor       = "actor"
	ParamMinOutlets  = "min_outlets"
	ParamQuery       = "q"
	ParamPrimaryOnly = "primary_only"
	ParamStoryID     = "story_id"
	ParamLimit       = "limit"
	ParamOffset      = "offset"
	ParamSort        = "sort"
	ParamDesc        = "desc"
)

// FilterFromValues reads a filter from URL query values; dates are
// YYYY-MM-DD. It returns an error naming the first bad parameter.
func FilterFromValues(v url.Values) (EventFilter, error) {
	f := EventFilter{
		Type: v.Get(ParamType), SubType: v.Get(ParamSubType), Country: v.Get(ParamCountry),
		Admin1: v.Get(ParamAdmin1), Actor: v.Get(ParamActor), Query: v.Get(ParamQuery), StoryID: v.Get(ParamStoryID),
	}
	var err error
	if f.From, err = dateParam(v, ParamFrom); err != nil {
		return f, err
	}
	if f.To, err = dateParam(v, ParamTo); err != nil {
		return f, err
	}
	if f.MinOutlets, err = intParam(v, ParamMinOutlets); err != nil {
		return f, err
	}
	f.PrimaryOnly, err = boolParam(v, ParamPrimaryOnly)
	return f, err
}

// Values returns f as URL query values (zero fields left out), the inverse
// of FilterFromValues.
func (f EventFilter) Values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set(ParamType, f.Type)
	set(ParamSubType, f.SubType)
	set(ParamCountry, f.Country)
	set(ParamAdmin1, f.Admin1)
	set(ParamActor, f.Actor)
	set(ParamQuery, f.Query)
	set(ParamStoryID, f.StoryID)
	if !f.From.IsZero() {
		v.Set(ParamFrom, f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		v.Set(ParamTo, f.To.Format(time.DateOnly))
	}
	if f.MinOutlets > 0 {
		v.Set(ParamMinOutlets, strconv.Itoa(f.MinOutlets))
	}
	if f.PrimaryOnly {
		v.Set(ParamPrimaryOnly, "1")
	}
	return v
}

// PageFromValues reads a page from URL query values.
func PageFromValues(v url.Values) (Page, error) {
	var p Page
	var err error
	if p.Limit, err = intParam(v, ParamLimit); err != nil {
		return p, err
	}
	if p.Offset, err = intParam(v, ParamOffset); err != nil {
		return p, err
	}
	p.Sort = v.Get(ParamSort)
	switch p.Sort {
	case "", SortDate, SortType, SortCountry, SortOutlets, SortFatalities, SortRelevance:
	default:
		return p, fmt.Errorf("%s: unknown sort key %q", ParamSort, p.Sort)
	}
	p.Desc, err = boolParam(v, ParamDesc)
	return p, err
}

func dateParam(v url.Values, k string) (time.Time, error) {
	s := v.Get(k)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, fmt.Errorf("%s: %q is not a YYYY-MM-DD date", k, s)
	}
	return t, nil
}

func intParam(v url.Values, k string) (int, error) {
	s := v.Get(k)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s: %q is not a whole number", k, s)
	}
	return n, nil
}

func boolParam(v url.Values, k string) (bool, error) {
	s := v.Get(k)
	if s == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, fmt.Errorf("%s: %q is not true or false", k, s)
	}
	return b, nil
}
