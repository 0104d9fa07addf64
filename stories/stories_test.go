package stories

import (
	"testing"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

func article(id, day, text, typ, admin1 string, lat float64, names ...string) *domain.Article {
	t, _ := time.Parse("2006-01-02", day)
	d := domain.DayDate(t)
	a := &domain.Article{DocID: id, Published: &d, Title: text, Text: text}
	lon := 44.0
	a.Events = []*domain.Event{{EventType: typ, Primary: true, Date: &d,
		Location: &domain.Location{Admin1: admin1, Country: "IQ", Lat: &lat, Lon: &lon}}}
	for _, n := range names {
		a.Entities = append(a.Entities, &domain.Entity{Type: domain.ORG, Name: n, ActorID: n})
	}
	return a
}

func TestAssign(t *testing.T) {
	long := "سقطت ثلاثة صواريخ على قاعدة عسكرية شمال المدينة مساء الاثنين ولم تسفر عن إصابات بحسب بيان رسمي صدر عن قيادة العمليات المشتركة التي فتحت تحقيقا في الهجوم"
	cases := []struct {
		name string
		a, b *domain.Article
		same bool
	}{
		{"copy of the same text", article("a", "2021-03-01", long, domain.Explosions, "Baghdad", 33.3),
			article("b", "2021-03-01", long, domain.Explosions, "Baghdad", 33.3), true},
		{"other outlet, same event and names", article("a", "2021-03-01", "نص أول عن الهجوم", domain.Riots, "Basra", 30.5, "x", "y"),
			article("b", "2021-03-02", "رواية ثانية مختلفة", domain.Riots, "Basra", 30.5, "x", "y", "z"), true},
		{"same event, neighbouring province within 30 km", article("a", "2021-03-01", "نص أول", domain.Explosions, "Damascus", 33.5, "x", "y"),
			article("b", "2021-03-01", "نص ثان", domain.Explosions, "Rural Damascus", 33.4, "x", "y"), true},
		{"same place and day, other event type", article("a", "2021-03-01", "نص أول", domain.Riots, "Basra", 30.5, "x", "y"),
			article("b", "2021-03-01", "نص ثان", domain.Protests, "Basra", 30.5, "x", "y"), false},
		{"same type and place, too few shared names", article("a", "2021-03-01", "نص أول", domain.Riots, "Basra", 30.5, "x"),
			article("b", "2021-03-01", "نص ثان", domain.Riots, "Basra", 30.5, "x"), false},
		{"a week apart", article("a", "2021-03-01", "نص أول", domain.Riots, "Basra", 30.5, "x", "y"),
			article("b", "2021-03-08", "نص ثان", domain.Riots, "Basra", 30.5, "x", "y"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := NewClusterer()
			sa, sb := cl.Assign(c.a), cl.Assign(c.b)
			if (sa == sb) != c.same {
				t.Errorf("stories %q and %q, want same=%v", sa, sb, c.same)
			}
			if again := cl.Assign(c.a); again != sa {
				t.Errorf("assigning again changed the story: %q -> %q", sa, again)
			}
		})
	}
}

func BenchmarkAssign(b *testing.B) {
	cl := NewClusterer()
	for i := 0; i < b.N; i++ {
		a := article(string(rune('a'+i%26))+time.Duration(i).String(), "2021-03-01", "سقطت ثلاثة صواريخ على قاعدة عسكرية شمال المدينة", domain.Riots, "Basra", 30.5, "x")
		cl.Assign(a)
	}
}
