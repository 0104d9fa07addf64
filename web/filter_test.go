package web

import (
	"net/url"
	"testing"
	"time"

	"github.com/rasid-osint/rasid/store"
)

func TestParseFilter(t *testing.T) {
	tests := []struct {
		name, query string
		want        store.EventFilter
		bad         bool
	}{
		{"empty", "", store.EventFilter{}, false},
		{"all fields", "type=Battles&sub_type=Armed+clash&from=2021-01-02&to=2021-03-04&country=iq&admin1=Basra&actor=iq-army&min_outlets=2&q=%D9%82%D8%AA%D9%84&primary=1&story=s-3",
			store.EventFilter{Type: "Battles", SubType: "Armed clash", From: time.Date(2021, 1, 2, 0, 0, 0, 0, time.UTC),
				To: time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), Country: "IQ", Admin1: "Basra", Actor: "iq-army", MinOutlets: 2,
				Query: "قتل", PrimaryOnly: true, StoryID: "s-3"}, false},
		{"spaces trimmed", "type=+Riots+&primary=0", store.EventFilter{Type: "Riots"}, false},
		{"bad date", "from=03/04/2021", store.EventFilter{}, true},
		{"bad outlets", "min_outlets=-1", store.EventFilter{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, _ := url.ParseQuery(tc.query)
			got, err := parseFilter(q)
			if (err != nil) != tc.bad {
				t.Fatalf("parseFilter(%q) error %v, want error %v", tc.query, err, tc.bad)
			}
			if tc.bad {
				return
			}
			if got != tc.want {
				t.Errorf("parseFilter(%q) = %+v, want %+v", tc.query, got, tc.want)
			}
			back, err := parseFilter(filterQuery(got))
			if err != nil || back != got {
				t.Errorf("filterQuery round trip: %+v, %v", back, err)
			}
		})
	}
}

func TestParsePage(t *testing.T) {
	tests := []struct {
		name, query string
		want        store.Page
		bad         bool
	}{
		{"default newest first", "", store.Page{Limit: 50, Desc: true}, false},
		{"sort ascending", "sort=outlets&limit=10&offset=20", store.Page{Limit: 10, Offset: 20, Sort: "outlets"}, false},
		{"sort descending", "sort=date&desc=1", store.Page{Limit: 50, Sort: "date", Desc: true}, false},
		{"bad sort", "sort=drop+table", store.Page{}, true},
		{"bad limit", "limit=5000", store.Page{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, _ := url.ParseQuery(tc.query)
			got, err := parsePage(q)
			if (err != nil) != tc.bad {
				t.Fatalf("parsePage(%q) error %v, want error %v", tc.query, err, tc.bad)
			}
			if !tc.bad && got != tc.want {
				t.Errorf("parsePage(%q) = %+v, want %+v", tc.query, got, tc.want)
			}
		})
	}
}

// FuzzParseFilter checks that any query either fails with a bad-request
// error or gives a filter that survives the trip back to a query.
func FuzzParseFilter(f *testing.F) {
	f.Add("type=Battles&from=2021-01-02&min_outlets=2&q=%D9%82%D8%AA%D9%84")
	f.Add("country=iq&primary=yes&to=2020-02-30")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			t.Skip()
		}
		got, err := parseFilter(q)
		if err != nil {
			if status(err) != 400 {
				t.Fatalf("parseFilter(%q): error %v is not a bad request", raw, err)
			}
			return
		}
		back, err := parseFilter(filterQuery(got))
		if err != nil || back != got {
			t.Fatalf("parseFilter(%q) = %+v; round trip gives %+v, %v", raw, got, back, err)
		}
	})
}
