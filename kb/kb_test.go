package kb

import (
	"strings"
	"testing"
	"testing/fstest"
)

func mustLoad(t testing.TB) *KB {
	t.Helper()
	k, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return k
}

func TestLoadCounts(t *testing.T) {
	k := mustLoad(t)
	if n := len(k.Actors()); n < 100 {
		t.Errorf("%d actors, want >= 100", n)
	}
	if n := len(k.Places()); n < 300 {
		t.Errorf("%d places, want >= 300", n)
	}
	for _, cc := range []string{"IQ", "SY", "LB", "YE", "IR", "US", "RU", "TR", "IL", "SA"} {
		if k.StateForces(cc) == nil {
			t.Errorf("no default state forces for %s", cc)
		}
		if _, ok := k.Country(cc); !ok {
			t.Errorf("no country place for %s", cc)
		}
	}
	if got := k.StateForces("IQ").Name; got != "Military Forces of Iraq (2020-)" {
		t.Errorf("StateForces(IQ) = %q", got)
	}
}

func TestNames(t *testing.T) {
	k := mustLoad(t)
	var sawActor, sawPlace, sawGeneric bool
	for _, n := range k.Names() {
		if n.Key == "" || n.Form == "" || n.ID == "" {
			t.Fatalf("incomplete name %+v", n)
		}
		switch {
		case n.Kind == "actor" && n.ID == "iq-kataib-hezbollah" && n.Type == "ORG":
			sawActor = true
		case n.Kind == "place" && n.ID == "iq-c-basra" && n.Type == "LOC":
			sawPlace = true
		case n.Kind == "generic" && n.Key == "متظاهرون":
			sawGeneric = true
		}
	}
	for _, n := range k.Names() {
		if n.Form == "صور" || n.Form == "القاعدة" {
			t.Errorf("link-only alias %q given to the matcher", n.Form)
		}
	}
	if l, ok := k.LinkPlace("صور", Context{Country: "LB"}); !ok || l.Place.ID != "lb-c-tyre" {
		t.Errorf("link-only alias صور does not link: %+v", l)
	}
	if !sawActor || !sawPlace || !sawGeneric {
		t.Errorf("Names misses actor %v place %v generic %v", sawActor, sawPlace, sawGeneric)
	}
}

func TestLinkActor(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, form string
		ctx        Context
		want       string
	}{
		{"exact", "كتائب حزب الله", Context{}, "iq-kataib-hezbollah"},
		{"alias", "حزب الله العراقي", Context{}, "iq-kataib-hezbollah"},
		{"hamza variant", "عصائب اهل الحق", Context{}, "iq-asaib-ahl-al-haq"},
		{"clitic wal", "وللحشد", Context{Country: "IQ"}, "iq-pmf"},
		{"clitic bal", "بالحشد الشعبي", Context{}, "iq-pmf"},
		{"american spelling", "القوات الأمريكية", Context{}, "us-state-forces"},
		{"american spelling 2", "القوات الأميركية", Context{}, "us-state-forces"},
		{"militia spelling", "مليشيا الحوثي", Context{}, "ye-houthis"},
		{"militia spelling 2", "ميليشيا الحوثي", Context{}, "ye-houthis"},
		{"daesh by country IQ", "داعش", Context{Country: "IQ"}, "is-iq"},
		{"daesh by country SY", "تنظيم الدولة", Context{Country: "SY"}, "is-sy"},
		{"daesh elsewhere", "داعش", Context{Country: "EG"}, "is"},
		{"person short", "الكاظمي", Context{}, "iq-kadhimi"},
		{"diacritics", "الكَاظِمِيّ", Context{}, "iq-kadhimi"},
		{"country for its forces", "إسرائيل", Context{Country: "SY"}, "il-state-forces"},
		{"country with clitic", "وتركيا", Context{Country: "IQ"}, "tr-state-forces"},
		{"members of", "عناصر من كتائب حزب الله", Context{}, "iq-kataib-hezbollah"},
		{"supporters of", "وأنصار التيار الصدري", Context{}, "iq-sadrist-movement"},
		{"spokesman of", "المتحدث باسم الحشد الشعبي", Context{}, "iq-pmf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := k.LinkActor(tt.form, tt.ctx)
			if !ok {
				t.Fatalf("LinkActor(%q) found nothing", tt.form)
			}
			if l.Actor.ID != tt.want {
				t.Errorf("LinkActor(%q) = %s (%s), want %s", tt.form, l.Actor.ID, l.Reason, tt.want)
			}
			if l.Reason == "" || len(l.Candidates) == 0 {
				t.Errorf("no reason or candidates: %+v", l)
			}
		})
	}
	if _, ok := k.LinkActor("كلمة لا توجد", Context{}); ok {
		t.Error("unknown form linked")
	}
}

func TestLinkActorByYear(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, form string
		year       int
		want       string
	}{
		{"us president 2015", "الرئيس الأمريكي", 2015, "us-obama"},
		{"us president 2019", "الرئيس الأميركي", 2019, "us-trump"},
		{"us president 2023", "الرئيس الأمريكي", 2023, "us-biden"},
		{"us president 2025", "الرئيس الأمريكي", 2025, "us-trump"},
		{"iraqi pm 2016", "رئيس الوزراء العراقي", 2016, "iq-abadi"},
		{"iraqi pm 2021", "رئيس الوزراء العراقي", 2021, "iq-kadhimi"},
		{"iraqi pm 2023", "ورئيس الوزراء العراقي", 2023, "iq-sudani"},
		{"iranian president 2022", "الرئيس الإيراني", 2022, "ir-raisi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := k.LinkActor(tt.form, Context{Year: tt.year})
			if !ok || l.Actor.ID != tt.want {
				t.Fatalf("LinkActor(%q, %d) = %+v, want %s", tt.form, tt.year, l.Actor, tt.want)
			}
			if l.Reason != "active in "+itoa(tt.year) {
				t.Errorf("reason %q", l.Reason)
			}
		})
	}
	for _, n := range k.Names() {
		if n.Form == "الرئيس الأمريكي" {
			t.Error("a title reached the matcher")
		}
	}
}

func TestLinkActorReason(t *testing.T) {
	k := mustLoad(t)
	l, _ := k.LinkActor("داعش", Context{Country: "IQ"})
	if l.Reason != "country IQ of article" || len(l.Candidates) < 3 {
		t.Errorf("reason %q, %d candidates", l.Reason, len(l.Candidates))
	}
	l, _ = k.LinkActor("كتائب سيد الشهداء", Context{})
	if l.Reason != "only candidate" {
		t.Errorf("reason %q, want only candidate", l.Reason)
	}
}

func TestGeneric(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, form, cc, want string
	}{
		{"unknown gunmen", "مسلحون مجهولون", "IQ", "Unidentified Armed Group (Iraq)"},
		{"gunmen accusative", "مسلحين مجهولين", "SY", "Unidentified Armed Group (Syria)"},
		{"protesters", "متظاهرون", "IQ", "Protesters (Iraq)"},
		{"protesters with al and clitic", "والمتظاهرين", "LB", "Protesters (Lebanon)"},
		{"security forces", "القوات الأمنية", "IQ", "Military Forces of Iraq (2020-)"},
		{"police", "الشرطة", "IQ", "Police Forces of Iraq (2020-)"},
		{"no country", "متظاهرون", "", "Protesters"},
		{"nationality feminine", "ألمانية", "IQ", "Civilians (Germany)"},
		{"gunmen of a clan", "مسلحين من عشيرة", "IQ", "Unidentified Clan Militia (Iraq)"},
		{"prefix before generic", "عناصر الميليشيات", "IQ", "Unidentified Armed Group (Iraq)"},
		{"unknown drone", "طائرة مسيرة مجهولة", "IQ", "Unidentified Military Forces"},
		{"checkpoint", "سيطرة أمنية", "IQ", "Military Forces of Iraq (2020-)"},
		{"displaced", "النازحين", "SY", "Refugees/IDPs (Syria)"},
		{"nationality plural with al", "والأمريكيين", "IQ", "Civilians (United States)"},
		{"an epithet for one actor, wherever it is named", "جيش العدو الإسرائيلي", "LB", "Military Forces of Israel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := k.Generic(tt.form, tt.cc)
			if !ok {
				t.Fatalf("Generic(%q, %s) found nothing", tt.form, tt.cc)
			}
			if a.Name != tt.want {
				t.Errorf("Generic(%q, %s) = %q, want %q", tt.form, tt.cc, a.Name, tt.want)
			}
		})
	}
	if a, _ := k.Generic("متظاهرون", "IQ"); a.ID != "generic:protesters:iq" || a.Inter != 6 {
		t.Errorf("generic actor %+v", a)
	}
}

func TestStateForcesIn(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, cc string
		year     int
		want     string
	}{
		{"syria before 2024", "SY", 2020, "sy-state-forces"},
		{"syria after 2024", "SY", 2025, "sy-state-forces-2024"},
		{"no year", "SY", 0, "sy-state-forces"},
		{"iraq", "IQ", 2025, "iq-state-forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := k.StateForcesIn(tt.cc, tt.year); a == nil || a.ID != tt.want {
				t.Errorf("StateForcesIn(%s, %d) = %v, want %s", tt.cc, tt.year, a, tt.want)
			}
		})
	}
	if a, ok := k.GenericIn("قوات الأمن", "SY", 2025); !ok || a.ID != "sy-state-forces-2024" {
		t.Errorf("GenericIn(قوات الأمن, SY, 2025) = %v", a)
	}
}

func TestCandidates(t *testing.T) {
	k := mustLoad(t)
	k.NoteCandidate("لواء مجهول", "ORG")
	k.NoteCandidate("لواء مجهول", "ORG")
	if n := k.Candidates()["ORG\tلواء مجهول"]; n != 2 {
		t.Errorf("candidate count %d, want 2", n)
	}
}

const goodActors = "id\tname\tkind\tinter\tcountry\taliases\taffiliations\twikidata\tsource\n" +
	"xx-state-forces\tMilitary Forces of X\tstate_forces\t1\tXX\tجيش اكس\t\t\tcurated\n"

const goodPlaces = "id\tname\tkind\tcountry\tadmin1\tadmin2\tlat\tlon\taliases\tsource\n" +
	"xx\tX\tcountry\tXX\t\t\t1\t2\tاكس\tcurated\n"

const goodGeneric = "pattern\tname\tinter\tnote\nمتظاهرون\tProtesters ({country})\t6\t\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file, body, want string
	}{
		{"bad inter", "actors.tsv", goodActors + "# c\nxx-a\tA\tarmed_group\tx\tXX\t\t\t\tcurated\n", `actors.tsv:4: inter "x" is not 0-8`},
		{"bad id", "actors.tsv", goodActors + "xx A\tA\tarmed_group\t2\tXX\t\t\t\tcurated\n", `actors.tsv:3: id "xx A" is not a slug`},
		{"bad kind", "actors.tsv", goodActors + "xx-a\tA\tgang\t2\tXX\t\t\t\tcurated\n", `actors.tsv:3: kind "gang"`},
		{"unknown affiliation", "actors.tsv", goodActors + "xx-a\tA\tarmed_group\t2\tXX\t\tpart_of:nope\t\tcurated\n", "actors.tsv:3: xx-a: affiliation part_of:nope names an unknown actor"},
		{"duplicate id", "actors.tsv", goodActors + "xx-state-forces\tA\tarmed_group\t2\tXX\t\t\t\tcurated\n", `actors.tsv:3: duplicate id`},
		{"bad lat", "places/countries.tsv", goodPlaces + "yy\tY\tcountry\tYY\t\t\tnorth\t2\tواي\tcurated\n", `places/countries.tsv:3: lat "north"`},
		{"no source", "places/countries.tsv", goodPlaces + "yy\tY\tcountry\tYY\t\t\t1\t2\tواي\t\n", `places/countries.tsv:3: place yy has no source`},
		{"bad header", "generic_actors.tsv", "pattern\tname\n", "generic_actors.tsv:1: header"},
		{"bad generic", "generic_actors.tsv", goodGeneric + "محتجون\t@army\t1\t\n", `generic_actors.tsv:3: name "@army"`},
		{"generic naming an unknown actor", "generic_actors.tsv", goodGeneric + "جيش العدو\t@actor:nope\t1\t\n", `generic_actors.tsv:3: name "@actor:nope": no such actor`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"actors.tsv":           {Data: []byte(goodActors)},
				"generic_actors.tsv":   {Data: []byte(goodGeneric)},
				"places/countries.tsv": {Data: []byte(goodPlaces)},
			}
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.body)}
			_, err := Parse(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	fsys := fstest.MapFS{
		"actors.tsv":           {Data: []byte(goodActors)},
		"generic_actors.tsv":   {Data: []byte(goodGeneric)},
		"places/countries.tsv": {Data: []byte(goodPlaces)},
	}
	if _, err := Parse(fsys); err != nil {
		t.Errorf("good data: %v", err)
	}
}

func TestInterIn(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, id, cc string
		want         int
	}{
		{"us forces in iraq", "us-state-forces", "IQ", 8},
		{"us forces at home", "us-state-forces", "US", 1},
		{"iraqi army in iraq", "iq-state-forces", "IQ", 1},
		{"militia abroad keeps its code", "iq-kataib-hezbollah", "SY", 3},
		{"no event country", "tr-state-forces", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := k.Actor(tt.id)
			if !ok {
				t.Fatalf("no actor %s", tt.id)
			}
			if got := InterIn(a, tt.cc); got != tt.want {
				t.Errorf("InterIn(%s, %s) = %d, want %d", tt.id, tt.cc, got, tt.want)
			}
		})
	}
}
