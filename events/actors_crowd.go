package events

import "github.com/rasid-osint/rasid/domain"

// protestCrowd names the crowd of a protest that found no first actor:
// the crowd phrase in the words before the trigger ("نظم العشرات من أهالي
// سنجار وقفة احتجاجية", "نفذ العشرات اعتصاماً"), as ACLED's protesters of
// the article's country.
func (d *doc) protestCrowd(m match, s int) *domain.EventActor {
	crowd := d.c.lx.roles["crowd"]
	for k := max(d.first[s], m.i-8); k < m.i; k++ {
		if !crowd.has(d.toks[k].Key) {
			continue
		}
		end := k + 1
		for end < m.i && end-k < 7 && d.toks[end].IsWord() && !crowdStop[d.toks[end].Key] {
			end++ // "من أهالي سنجار", "من الخريجين العاطلين عن العمل"
		}
		sp, text := d.phrase(k, end)
		ea := &domain.EventActor{Text: text, Span: &sp, Name: "Protesters", Inter: 6}
		if c, ok := d.c.kb.Country(d.country); ok {
			ea.Name = "Protesters (" + c.Name + ")"
		}
		return ea
	}
	return nil
}

// crowdStop ends a crowd phrase: where, when, and what they did next.
var crowdStop = map[string]bool{"في": true, "امام": true, "عند": true, "قرب": true, "وسط": true,
	"ظهر": true, "صباح": true, "مساء": true, "امس": true, "اليوم": true, "يوم": true, "ليل": true,
	"فجر": true, "بعد": true, "قبل": true, "الي": true, "علي": true}
