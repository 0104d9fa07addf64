package web

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/store"
)

// eventTypes are ACLED's event types in display order, with Arabic labels
// and the CSS class of their colour (the map and timeline use the same).
var eventTypes = []struct{ Name, AR, Class string }{
	{domain.Battles, "معارك", "t-battles"},
	{domain.Explosions, "انفجارات وعنف عن بعد", "t-explosions"},
	{domain.ViolenceCivilian, "عنف ضد المدنيين", "t-civilians"},
	{domain.Protests, "احتجاجات", "t-protests"},
	{domain.Riots, "أعمال شغب", "t-riots"},
	{domain.Strategic, "تطورات استراتيجية", "t-strategic"},
}

// funcs are the template functions.
var funcs = template.FuncMap{
	"pathesc":    pathEscape,
	"set":        with,
	"encode":     func(q url.Values) string { return q.Encode() },
	"typeAR":     typeAR,
	"typeClass":  typeClass,
	"eventTypes": func() any { return eventTypes },
	"date":       dateISO,
	"deaths":     deaths,
	"join":       strings.Join,
	"add":        func(a, b int) int { return a + b },
	"sub":        func(a, b int) int { return a - b },
	"itoa":       strconv.Itoa,
	"evidence":   evidenceHTML,
	"entities":   entitiesHTML,
	"actorName":  actorName,
	"subtypes":   func() map[string][]string { return domain.Taxonomy },
}

// typeAR returns the Arabic label of an event type ("" when unknown).
func typeAR(t string) string {
	for _, e := range eventTypes {
		if e.Name == t {
			return e.AR
		}
	}
	return ""
}

// typeClass returns the colour class of an event type.
func typeClass(t string) string {
	for _, e := range eventTypes {
		if e.Name == t {
			return e.Class
		}
	}
	return "t-other"
}

// dateISO writes a date, or "—" when unknown.
func dateISO(d *domain.Date) string {
	if d == nil || d.Time.IsZero() {
		return "—"
	}
	return d.ISO()
}

// deaths writes a death toll, or "—" when not reported.
func deaths(n *int) string {
	if n == nil {
		return "—"
	}
	return strconv.Itoa(*n)
}

// actorName writes an event actor as "Name (text)".
func actorName(a *domain.EventActor) string {
	switch {
	case a == nil:
		return "—"
	case a.Name != "" && a.Text != "" && a.Name != a.Text:
		return a.Name + " (" + a.Text + ")"
	case a.Name != "":
		return a.Name
	}
	return a.Text
}

// evidenceHTML returns a source article's text with the evidence sentence
// in a <mark> and the other highlights (trigger, actors, place...) inside.
func evidenceHTML(ev store.EventEvidence) template.HTML {
	marks := []Mark{{Span: ev.Evidence, Tag: "mark", Class: "evidence", Title: "evidence · الدليل"}}
	for _, h := range ev.Highlights {
		if h != ev.Evidence {
			marks = append(marks, Mark{Span: h, Class: "hl"})
		}
	}
	return Highlight(ev.Text, marks)
}

// entitiesHTML returns an article's text with each entity mention in a
// span coloured by its type, titled with its canonical name.
func entitiesHTML(a *domain.Article) template.HTML {
	var marks []Mark
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			title := string(e.Type) + ": " + e.Name
			if e.Subtype != "" {
				title += " (" + e.Subtype + ")"
			}
			marks = append(marks, Mark{Span: m.Span, Tag: "mark", Class: "ent ent-" + strings.ToLower(string(e.Type)), Title: title})
		}
	}
	return Highlight(a.Text, marks)
}

func init() {
	funcs["form"] = filterForm
	funcs["province"] = province
	funcs["country"] = countryLabel
	funcs["sortKeys"] = func() any { return sortOptions }
	funcs["toggle"] = func(desc bool) string {
		if desc {
			return ""
		}
		return "1"
	}
	funcs["deref"] = func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', 4, 64)
	}
}

// formData is what the "filters" template receives.
type formData struct {
	Action string
	Filter store.EventFilter
	Facets *store.Facets
}

// filterForm builds the filter form's data; nil facets become empty.
func filterForm(action string, f store.EventFilter, fac *store.Facets) formData {
	if fac == nil {
		fac = &store.Facets{}
	}
	return formData{Action: action, Filter: f, Facets: fac}
}

// province returns the province of a facet key "CC/Province".
func province(key string) string {
	if _, p, ok := strings.Cut(key, "/"); ok {
		return p
	}
	return key
}

// sortOptions are the sort links of the events table.
var sortOptions = []struct{ Key, AR string }{
	{store.SortDate, "التاريخ"}, {store.SortType, "النوع"}, {store.SortCountry, "البلد"},
	{store.SortOutlets, "المصادر"}, {store.SortFatalities, "القتلى"},
}
