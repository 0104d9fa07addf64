package sqlite

import (
	"context"
	"testing"

	"github.com/rasid-osint/rasid/domain"
)

func TestMerge(t *testing.T) {
	const body = "اشتبكت قوات الجيش مع مسلحين في قرية الزهور شمال المدينة."
	base := evOpts{typ: domain.Battles, sub: "Armed clash", date: "2021-05-02", place: "الزهور", placeID: "g1",
		cc: "IQ", lat: 34.0, lon: 43.0, actor1: "الجيش", a1ID: "iq-army", actor2: "مسلحين", evidence: body, trigger: "اشتبكت"}
	mod := func(f func(*evOpts)) evOpts { o := base; f(&o); return o }
	cases := []struct {
		name        string
		second      evOpts
		sameOutlet  bool
		wantEvents  int
		wantOutlets int
	}{
		{"same event, two outlets", base, false, 1, 2},
		{"same event, same outlet", base, true, 1, 1},
		{"other day", mod(func(o *evOpts) { o.date = "2021-05-03" }), false, 2, 1},
		{"other type", mod(func(o *evOpts) { o.typ, o.sub = domain.Explosions, "Grenade" }), false, 2, 1},
		{"other actor", mod(func(o *evOpts) { o.actor2 = "عشيرة" }), false, 2, 1},
		{"battle actors swapped", mod(func(o *evOpts) {
			o.actor1, o.a1ID, o.actor2 = "مسلحين", "", "الجيش"
		}), false, 2, 1},
		{"other place id, 3 km away", mod(func(o *evOpts) { o.placeID, o.lat = "g2", 34.027 }), false, 1, 2},
		{"other place id, 30 km away", mod(func(o *evOpts) { o.placeID, o.lat = "g2", 34.27 }), false, 2, 1},
		{"no date", mod(func(o *evOpts) { o.date = "" }), false, 2, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := openTest(t)
			ctx := context.Background()
			a := art("a", "منفذ أ", "2021-05-03", "اشتباك", body)
			addEvent(t, a, base)
			b := art("b", "منفذ ب", "2021-05-03", "اشتباكات", body)
			if c.sameOutlet {
				b.Outlet = a.Outlet
			}
			addEvent(t, b, c.second)
			for _, x := range []*domain.Article{a, b} {
				if _, err := d.SaveArticle(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			if n := count(t, d, `SELECT COUNT(*) FROM events`); n != c.wantEvents {
				t.Errorf("%d events, want %d", n, c.wantEvents)
			}
			if n := count(t, d, `SELECT MAX(n_outlets) FROM events`); n != c.wantOutlets {
				t.Errorf("max outlets %d, want %d", n, c.wantOutlets)
			}
			checkConsistent(t, d)
		})
	}
}

// TestMergeBattleSwapped checks that a battle coded with the actors the
// other way round (both named the same way) merges.
func TestMergeBattleSwapped(t *testing.T) {
	d := openTest(t)
	ctx := context.Background()
	body := "اشتبكت قوات الجيش مع مسلحين في قرية الزهور."
	o := evOpts{typ: domain.Battles, sub: "Armed clash", date: "2021-05-02", place: "الزهور", cc: "IQ",
		actor1: "الجيش", actor2: "مسلحين", evidence: body}
	a := art("a", "أ", "2021-05-03", "اشتباك", body)
	addEvent(t, a, o)
	b := art("b", "ب", "2021-05-03", "اشتباكات", body)
	o.actor1, o.actor2 = o.actor2, o.actor1
	addEvent(t, b, o)
	for _, x := range []*domain.Article{a, b} {
		if _, err := d.SaveArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, d, `SELECT COUNT(*) FROM events`); n != 1 {
		t.Errorf("%d events, want 1", n)
	}
}

func TestDistanceKm(t *testing.T) {
	cases := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		min, max               float64
	}{
		{"same point", 33.3, 44.4, 33.3, 44.4, 0, 0.001},
		{"baghdad-basra", 33.31, 44.36, 30.51, 47.78, 430, 460},
		{"one degree of latitude", 10, 20, 11, 20, 110, 112},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := distanceKm(c.lat1, c.lon1, c.lat2, c.lon2)
			if got < c.min || got > c.max {
				t.Errorf("distance = %.2f, want in [%g, %g]", got, c.min, c.max)
			}
		})
	}
}
