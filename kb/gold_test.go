package kb

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// goldEvent holds the gold fields the knowledge base is measured on.
type goldEvent struct {
	LocationForms []string `json:"location_forms"`
	Lat, Lon      *float64
	Country       string   `json:"country"`
	Actor1Forms   []string `json:"actor1_forms"`
	Actor2Forms   []string `json:"actor2_forms"`
}

type goldDoc struct {
	Published string      `json:"published"`
	Events    []goldEvent `json:"events"`
}

// goldScore counts how many gold places link within 25 km and how many
// gold actor forms link to an actor or a generic descriptor.
type goldScore struct {
	events, placed, forms, linked int
}

func scoreGold(t *testing.T, k *KB, dir string) (goldScore, bool) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		return goldScore{}, false
	}
	var s goldScore
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d goldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		year := 0
		if len(d.Published) >= 4 {
			year, _ = strconv.Atoi(d.Published[:4])
		}
		for _, e := range d.Events {
			s.add(k, e, Context{Country: e.Country, Year: year})
		}
	}
	return s, true
}

func (s *goldScore) add(k *KB, e goldEvent, c Context) {
	if e.Lat != nil && e.Lon != nil && len(e.LocationForms) > 0 {
		s.events++
		for _, form := range e.LocationForms {
			if loc, _, ok := k.Locate(form, c); ok && distanceKM(*loc.Lat, *loc.Lon, *e.Lat, *e.Lon) <= 25 {
				s.placed++
				break
			}
		}
	}
	for _, forms := range [][]string{e.Actor1Forms, e.Actor2Forms} {
		if len(forms) == 0 {
			continue
		}
		s.forms++
		for _, form := range forms {
			_, okA := k.LinkActor(form, c)
			_, okG := k.Generic(form, c.Country)
			if okA || okG {
				s.linked++
				break
			}
		}
	}
}

// TestGold measures linking on the dev gold (read at run time from
// ../shared) and on the repository's held-out eval gold. The floors are
// the levels reached; a drop fails the test.
func TestGold(t *testing.T) {
	k := mustLoad(t)
	sets := []struct {
		name, dir          string
		placeMin, actorMin float64
	}{
		{"dev", "/work/shared/dev/gold", 0.9, 0.85},
		{"eval", "../testdata/eval/gold", 0.8, 0.8},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			s, ok := scoreGold(t, k, set.dir)
			if !ok {
				t.Skipf("no gold files in %s (the shared folder is absent)", set.dir)
			}
			pr := float64(s.placed) / float64(max(1, s.events))
			ar := float64(s.linked) / float64(max(1, s.forms))
			t.Logf("%s: places within 25 km %d/%d (%.2f); actor slots linked %d/%d (%.2f)", set.name, s.placed, s.events, pr, s.linked, s.forms, ar)
			if pr < set.placeMin || ar < set.actorMin {
				t.Errorf("below the floor: places %.2f (min %.2f), actors %.2f (min %.2f)", pr, set.placeMin, ar, set.actorMin)
			}
		})
	}
}
