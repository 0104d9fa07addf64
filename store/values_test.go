package store_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/store"
)

func TestFilterValues(t *testing.T) {
	day := time.Date(2021, 5, 2, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		query   string
		want    store.EventFilter
		wantErr bool
	}{
		{"empty", "", store.EventFilter{}, false},
		{"all", "type=Battles&sub_type=Armed+clash&from=2021-05-02&to=2021-05-02&country=IQ&admin1=Basra&actor=iq-pmf&min_outlets=2&q=%D9%82%D8%AA%D9%84&primary_only=1&story_id=s-1",
			store.EventFilter{Type: "Battles", SubType: "Armed clash", From: day, To: day, Country: "IQ", Admin1: "Basra",
				Actor: "iq-pmf", MinOutlets: 2, Query: "قتل", PrimaryOnly: true, StoryID: "s-1"}, false},
		{"bad date", "from=02/05/2021", store.EventFilter{}, true},
		{"bad number", "min_outlets=two", store.EventFilter{}, true},
		{"negative number", "min_outlets=-1", store.EventFilter{}, true},
		{"bad bool", "primary_only=maybe", store.EventFilter{}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, _ := url.ParseQuery(c.query)
			got, err := store.FilterFromValues(v)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if c.wantErr {
				return
			}
			if got != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
			back, err := store.FilterFromValues(got.Values())
			if err != nil || back != got {
				t.Errorf("round trip: %+v, %v", back, err)
			}
		})
	}
}

func TestPageValues(t *testing.T) {
	cases := []struct {
		name    string
		query   string
		want    store.Page
		wantErr bool
	}{
		{"empty", "", store.Page{}, false},
		{"full", "limit=20&offset=40&sort=outlets&desc=true", store.Page{Limit: 20, Offset: 40, Sort: store.SortOutlets, Desc: true}, false},
		{"unknown sort", "sort=color", store.Page{}, true},
		{"bad limit", "limit=x", store.Page{}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, _ := url.ParseQuery(c.query)
			got, err := store.PageFromValues(v)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if !c.wantErr && got != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}
