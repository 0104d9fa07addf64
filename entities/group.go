// Grouping: the forms of one entity that link alone does not join (a
// person's short name, a site's bare place name).

package entities

import (
	"slices"
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// mergeShortNames folds a one-word person mention ("الكاظمي") into the
// person whose longer name ends with it ("مصطفى الكاظمي").
func mergeShortNames(ents []*domain.Entity) []*domain.Entity {
	last := map[string]*domain.Entity{}
	for _, e := range ents {
		if e.Type != domain.PER {
			continue
		}
		for _, m := range e.Mentions {
			if ws := strings.Fields(phraseKey(m.Text)); len(ws) > 1 {
				if _, ok := last[ws[len(ws)-1]]; !ok {
					last[ws[len(ws)-1]] = e
				}
			}
		}
	}
	ends := map[string]*domain.Entity{} // "أحمد الرميمة" for "أحمد جليل الرميمة"
	for _, e := range ents {
		if e.Type != domain.PER {
			continue
		}
		for _, m := range e.Mentions {
			if ws := strings.Fields(phraseKey(m.Text)); len(ws) > 2 {
				if _, ok := ends[ws[0]+" "+ws[len(ws)-1]]; !ok {
					ends[ws[0]+" "+ws[len(ws)-1]] = e
				}
			}
		}
	}
	out := ents[:0]
	for _, e := range ents {
		if full := shortFormOf(e, last, ends); full != nil {
			full.Mentions = append(full.Mentions, e.Mentions...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// shortFormOf returns the person whose longer name e's first mention
// shortens: its family name alone, or its first and last names.
func shortFormOf(e *domain.Entity, last, ends map[string]*domain.Entity) *domain.Entity {
	if e.Type != domain.PER || e.ActorID != "" || len(e.Mentions) == 0 {
		return nil
	}
	var full *domain.Entity
	switch ws := strings.Fields(phraseKey(e.Mentions[0].Text)); len(ws) {
	case 1:
		full = last[ws[0]]
	case 2:
		full = ends[ws[0]+" "+ws[1]]
	}
	if full == e {
		return nil
	}
	return full
}

// addBareSites gives a site named after a known place ("قاعدة عين
// الأسد") the place's name as a further form when the article names no
// such place on its own: the reader takes "عين الأسد" for the base.
func addBareSites(ents []*domain.Entity, bare map[*domain.Entity]domain.Mention) []*domain.Entity {
	if len(bare) == 0 {
		return ents
	}
	named := map[string]bool{}
	for _, e := range ents {
		if _, site := bare[e]; !site && e.Type == domain.LOC {
			for _, m := range e.Mentions {
				named[phraseKey(m.Text)] = true
			}
		}
	}
	for _, e := range ents {
		if m, ok := bare[e]; ok && !named[phraseKey(m.Text)] {
			e.Mentions = append(e.Mentions, m)
		}
	}
	return ents
}

// bareSite reports a site that news also calls by its place's name alone
// ("قاعدة عين الأسد", "مخيم اليرموك"), whether the gazetteer lists the
// site or the place, and how many words that name has.
func (r *Recognizer) bareSite(toks []domain.Token, m mention) (int, bool) {
	if m.j-m.i < 2 || m.typ != domain.LOC || !r.cueIs(toks[m.i].Key, "bare_site") {
		return 0, false
	}
	switch {
	case m.source == "site" && len(m.refs) > 0:
		return min(len(strings.Fields(m.refs[0].Key)), m.j-m.i-1), true
	case m.source == "lexicon":
		return m.j - m.i - 1, true
	}
	return 0, false
}

// cueIs reports a one-word cue listed under kind.
func (r *Recognizer) cueIs(k, kind string) bool {
	n, ok := r.cues.root.next[k]
	return ok && slices.Contains(n.vals, kind)
}

// mergeAliases joins a person's name given as another's alias: "أحمد الخبيل،
// المعروف بـ«أبو خولة»", "أحمد الخبيل (أبو خولة)".
func (r *Recognizer) mergeAliases(toks []domain.Token, ents []*domain.Entity) []*domain.Entity {
	if len(toks) == 0 || len(ents) < 2 {
		return ents
	}
	tokOf := make([]int, toks[len(toks)-1].End+1)
	for k, t := range toks {
		for p := t.Start; p < t.End; p++ {
			tokOf[p] = k
		}
	}
	starts, ends := map[int]*domain.Entity{}, map[int]*domain.Entity{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start < m.End && m.End <= len(tokOf) {
				starts[tokOf[m.Start]], ends[tokOf[m.End-1]] = e, e
			}
		}
	}
	into := map[*domain.Entity]*domain.Entity{}
	for k := 1; k < len(toks)-1; k++ {
		var a, b *domain.Entity
		switch {
		case r.cueIs(toks[k].Key, "alias"):
			a, b = ends[skipBack(toks, k-1)], starts[skipOn(toks, k+1)]
		case toks[k].Key == "(" && toks[k-1].IsWord():
			a, b = ends[k-1], starts[k+1]
		}
		if a != nil && b != nil && a != b && a.Type == domain.PER && b.Type == domain.PER && into[b] == nil && b.ActorID == "" {
			into[b] = a
			a.Mentions = append(a.Mentions, b.Mentions...)
		}
	}
	if len(into) == 0 {
		return ents
	}
	return slices.DeleteFunc(ents, func(e *domain.Entity) bool { return into[e] != nil })
}

// skipBack returns the index of the word before toks[k], past a comma.
func skipBack(toks []domain.Token, k int) int {
	for k > 0 && !toks[k].IsWord() {
		k--
	}
	return k
}

// skipOn returns the index of the name after toks[k], past "بـ", "باسم"
// and an opening quote.
func skipOn(toks []domain.Token, k int) int {
	for n := 0; k < len(toks)-1 && n < 3; n++ {
		if t := toks[k]; t.IsWord() && t.Key != "ب" && t.Key != "باسم" && t.Key != "اسم" {
			break
		}
		k++
	}
	return k
}
