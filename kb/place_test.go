package kb

import (
	"testing"
	"testing/fstest"
)

func TestLinkPlace(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, form string
		ctx        Context
		want       string
	}{
		{"city", "البصرة", Context{}, "iq-c-basra"},
		{"clitic bal", "بالبصرة", Context{}, "iq-c-basra"},
		{"clitic wa", "وبغداد", Context{}, "iq-c-baghdad"},
		{"province prefix", "محافظة البصرة", Context{}, "iq-basra"},
		{"without al", "بصرة", Context{}, "iq-c-basra"},
		{"green zone", "المنطقة الخضراء", Context{Country: "IQ"}, "iq-n-green-zone"},
		{"base variant", "قاعدة فيكتوريا", Context{}, "iq-b-victory"},
		{"country", "العراق", Context{}, "iq"},
		{"country variant", "سورية", Context{}, "sy"},
		{"ta marbuta", "الحله", Context{}, "iq-c-hillah"},
		{"tripoli in lebanon", "طرابلس", Context{Country: "LB"}, "lb-c-tripoli"},
		{"yemeni district prefix", "مديرية حيس", Context{Country: "YE"}, "ye-d-hays"},
		{"sub-district prefix", "ناحية الكفل", Context{Country: "IQ"}, "iq-d-kifl"},
		{"countryside is the province", "ريف إدلب", Context{}, "sy-idleb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := k.LinkPlace(tt.form, tt.ctx)
			if !ok {
				t.Fatalf("LinkPlace(%q) found nothing", tt.form)
			}
			if l.Place.ID != tt.want {
				t.Errorf("LinkPlace(%q) = %s (%s), want %s", tt.form, l.Place.ID, l.Reason, tt.want)
			}
		})
	}
}

// ambiguous is a small gazetteer with one name in two countries and a
// second name near each of them.
var ambiguous = fstest.MapFS{
	"actors.tsv":         {Data: []byte(goodActors)},
	"generic_actors.tsv": {Data: []byte(goodGeneric)},
	"places/countries.tsv": {Data: []byte("id\tname\tkind\tcountry\tadmin1\tadmin2\tlat\tlon\taliases\tsource\n" +
		"iq\tIraq\tcountry\tIQ\t\t\t33.34\t44.40\tالعراق\tcurated\n" +
		"sy\tSyria\tcountry\tSY\t\t\t33.51\t36.29\tسوريا\tcurated\n")},
	"places/curated.tsv": {Data: []byte("id\tname\tkind\tcountry\tadmin1\tadmin2\tlat\tlon\taliases\tsource\tpopulation\n" +
		"iq-hilla\tHillah\tcity\tIQ\tBabil\t\t32.46\t44.42\tالحلة\tcurated\t500000\n" +
		"sy-hilla\tAl-Hilla\tvillage\tSY\tHama\t\t35.20\t36.70\tالحلة\tcurated\t\n" +
		"sy-hama\tHama\tcity\tSY\tHama\t\t35.13\t36.76\tحماة\tcurated\t\n" +
		"iq-kifl\tKifl\ttown\tIQ\tBabil\t\t32.22\t44.37\tالكفل\tcurated\t\n")},
}

func TestLinkPlaceAmbiguous(t *testing.T) {
	k, err := Parse(ambiguous)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		ctx       Context
		want, why string
	}{
		{"article in Syria", Context{Country: "SY"}, "sy-hilla", "country SY of article"},
		{"article in Iraq", Context{Country: "IQ"}, "iq-hilla", "country IQ of article"},
		{"near co-mentioned Hama", Context{Places: []string{"sy-hama"}}, "sy-hilla", "co-mentioned sy-hama"},
		{"near co-mentioned Kifl", Context{Places: []string{"iq-kifl"}}, "iq-hilla", "co-mentioned iq-kifl"},
		{"no context: kind", Context{}, "iq-hilla", "kind city"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := k.LinkPlace("الحلة", tt.ctx)
			if !ok {
				t.Fatal("no link")
			}
			if l.Place.ID != tt.want || l.Reason != tt.why {
				t.Errorf("got %s (%s), want %s (%s)", l.Place.ID, l.Reason, tt.want, tt.why)
			}
			if len(l.Candidates) != 2 {
				t.Errorf("%d candidates, want 2", len(l.Candidates))
			}
		})
	}
}

func TestLocate(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, form, want string
		precision        int
	}{
		{"city", "بغداد", "iq-c-baghdad", 1},
		{"south of city", "جنوب بغداد", "iq-c-baghdad", 2},
		{"near airport", "قرب مطار بغداد", "iq-a-baghdad", 2},
		{"near airport with clitic", "بالقرب من مطار بغداد", "iq-a-baghdad", 2},
		{"province", "محافظة ديالى", "iq-diyala", 3},
		{"province without word", "ديالى", "iq-diyala", 3},
		{"country", "العراق", "iq", 3},
		{"district", "قضاء شط العرب", "iq-d-shatt-al-arab", 2},
		{"base", "قاعدة عين الأسد", "iq-b-ain-al-asad", 1},
		{"direction after", "ريف إدلب الجنوبي", "sy-idleb", 3},
		{"direction after a city", "الموصل الشرقية", "iq-c-mosul", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, _, ok := k.Locate(tt.form, Context{Country: "IQ"})
			if !ok {
				t.Fatalf("Locate(%q) found nothing", tt.form)
			}
			if loc.PlaceID != tt.want || loc.GeoPrecision != tt.precision {
				t.Errorf("Locate(%q) = %s precision %d, want %s precision %d", tt.form, loc.PlaceID, loc.GeoPrecision, tt.want, tt.precision)
			}
			if loc.Lat == nil || loc.Lon == nil || loc.Text != tt.form {
				t.Errorf("incomplete location %+v", loc)
			}
		})
	}
	if _, _, ok := k.Locate("جنوب", Context{}); ok {
		t.Error("a bare qualifier located")
	}
}

func TestFormKeys(t *testing.T) {
	tests := []struct {
		name, form, want string
	}{
		{"al toggle", "بصرة", "البصره"},
		{"bal", "بالبصرة", "البصره"},
		{"wall", "وللحشد", "الحشد"},
		{"wa bare", "وبغداد", "بغداد"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range formKeys(tt.form) {
				if k == tt.want {
					return
				}
			}
			t.Errorf("formKeys(%q) = %q, want it to contain %q", tt.form, formKeys(tt.form), tt.want)
		})
	}
}

func BenchmarkLinkPlace(b *testing.B) {
	k := mustLoad(b)
	ctx := Context{Country: "IQ", Places: []string{"iq-c-baghdad"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.LinkPlace("بالبصرة", ctx)
	}
}

func BenchmarkLinkActor(b *testing.B) {
	k := mustLoad(b)
	ctx := Context{Country: "IQ", Year: 2020, Actors: []string{"iq-pmf"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.LinkActor("وداعش", ctx)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(goodActors)
	f.Add(goodActors + "x\ty\tperson\t9\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, actors string) {
		fsys := fstest.MapFS{
			"actors.tsv":           {Data: []byte(actors)},
			"generic_actors.tsv":   {Data: []byte(goodGeneric)},
			"places/countries.tsv": {Data: []byte(goodPlaces)},
		}
		k, err := Parse(fsys)
		if err == nil && k == nil {
			t.Fatal("nil KB without error")
		}
	})
}

func FuzzLink(f *testing.F) {
	for _, s := range []string{"بالبصرة", "جنوب بغداد", "ريف حلب الشمالي", "عناصر من داعش", "و", "ال", "", "مديرية "} {
		f.Add(s)
	}
	k := mustLoad(f)
	f.Fuzz(func(t *testing.T, form string) {
		if l, ok := k.LinkPlace(form, Context{Country: "IQ"}); ok && (l.Place == nil || len(l.Candidates) == 0) {
			t.Fatalf("LinkPlace(%q) ok without a place", form)
		}
		if l, ok := k.LinkActor(form, Context{Country: "SY", Year: 2020}); ok && l.Actor == nil {
			t.Fatalf("LinkActor(%q) ok without an actor", form)
		}
		if loc, _, ok := k.Locate(form, Context{}); ok && (loc.Lat == nil || loc.GeoPrecision == 0) {
			t.Fatalf("Locate(%q) incomplete: %+v", form, loc)
		}
		k.Generic(form, "IQ")
	})
}
