package entities

import (
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/domain"
	"github.com/rasid-osint/rasid/kb"
)

// link turns mentions into entities (one per actor, place or name) and
// descriptors (generic actors).
func (r *Recognizer) link(a *domain.Article, ms []mention, country string) (ents, descs []*domain.Entity) {
	sort.SliceStable(ms, func(x, y int) bool { return ms[x].i < ms[y].i })
	byKey := map[string]*domain.Entity{}
	year := 0
	if a.Published != nil {
		year = a.Published.Time.Year()
	}
	ctx := kb.Context{Country: country, Year: year}
	for _, m := range ms {
		text, span := surface(a, m.i, m.j)
		mk := key(a.Tokens, m.i, m.j)
		men := domain.Mention{Span: span, Text: text, Source: m.source}
		if _, generic := r.not[mk]; generic || isGeneric(m.refs) {
			if act, ok := r.kb.Generic(text, country); ok {
				descs = append(descs, &domain.Entity{Type: domain.ORG, Subtype: "generic", Name: act.Name, ActorID: act.ID, Mentions: []domain.Mention{men}})
			}
			continue
		}
		e, k := r.resolve(m, text, ctx)
		if old, ok := byKey[k]; ok {
			old.Mentions = append(old.Mentions, men)
			continue
		}
		e.Mentions = []domain.Mention{men}
		byKey[k] = e
		ents = append(ents, e)
	}
	return mergeShortNames(ents), descs
}

func isGeneric(refs []kb.Name) bool {
	return len(refs) > 0 && refs[0].Kind == "generic"
}

// resolve links a mention to the knowledge base, returning the entity and
// its grouping key.
func (r *Recognizer) resolve(m mention, text string, ctx kb.Context) (*domain.Entity, string) {
	for _, ref := range m.refs {
		switch ref.Kind {
		case "place":
			if l, ok := r.kb.LinkPlace(text, ctx); ok {
				p := l.Place
				return &domain.Entity{Type: domain.LOC, Subtype: p.Kind, Name: p.Name, Place: p}, "place:" + p.ID
			}
		case "actor":
			if l, ok := r.kb.LinkActor(text, ctx); ok {
				typ := domain.ORG
				if l.Actor.Kind == "person" {
					typ = domain.PER
				}
				return &domain.Entity{Type: typ, Subtype: l.Actor.Kind, Name: l.Actor.Name, ActorID: l.Actor.ID}, "actor:" + l.Actor.ID
			}
		}
	}
	r.kb.NoteCandidate(text, m.typ)
	return &domain.Entity{Type: m.typ, Name: text}, string(m.typ) + ":" + normKey(text)
}

func normKey(s string) string { return phraseKey(s) }

// mergeShortNames folds a one-word person mention ("الكاظمي") into the
// person whose longer name ends with it ("مصطفى الكاظمي").
func mergeShortNames(ents []*domain.Entity) []*domain.Entity {
	last := map[string]*domain.Entity{}
	for _, e := range ents {
		if e.Type != domain.PER {
			continue
		}
		for _, m := range e.Mentions {
			if ws := strings.Fields(normKey(m.Text)); len(ws) > 1 {
				if _, ok := last[ws[len(ws)-1]]; !ok {
					last[ws[len(ws)-1]] = e
				}
			}
		}
	}
	out := ents[:0]
	for _, e := range ents {
		if e.Type == domain.PER && e.ActorID == "" && len(e.Mentions) > 0 {
			if ws := strings.Fields(normKey(e.Mentions[0].Text)); len(ws) == 1 {
				if full, ok := last[ws[0]]; ok && full != e {
					full.Mentions = append(full.Mentions, e.Mentions...)
					continue
				}
			}
		}
		out = append(out, e)
	}
	return out
}
