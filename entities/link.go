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
	off := runeOffsets(a.Text)
	bare := map[*domain.Entity]domain.Mention{}
	for _, m := range ms {
		if m.typ == domain.PER {
			if m = r.trimTitles(a.Tokens, m); m.i >= m.j {
				continue
			}
		}
		text, span := surface(a, off, m.i, m.j)
		if m.namedWhole(a.Tokens, m.i) { // "بابل" is the name, not ب + "ابل"
			span = domain.Span{Start: a.Tokens[m.i].Start, End: a.Tokens[m.j-1].End}
			text = a.Text[off[span.Start]:off[span.End]]
		}
		mk := key(a.Tokens, m.i, m.j)
		men := domain.Mention{Span: span, Text: text, Source: m.source}
		if r.countryAsAdjective(a.Tokens, m, mk) {
			continue // "القوات السعودية", "الحكومة السعودية"
		}
		if _, generic := r.not[mk]; generic && !r.countryNamedLikeNisba(a.Tokens, m, mk) || isGeneric(m.refs) {
			if act, ok := r.kb.Generic(text, country); ok {
				descs = append(descs, &domain.Entity{Type: domain.ORG, Subtype: "generic", Name: act.Name, ActorID: act.ID, Mentions: []domain.Mention{men}})
			}
			continue
		}
		e, k := r.resolve(m, text, ctx)
		if e == nil {
			continue
		}
		if r.descriptorForm(e, a.Tokens[m.i:m.j]) {
			descs = append(descs, &domain.Entity{Type: domain.ORG, Subtype: "generic", Name: e.Name, ActorID: e.ActorID, Mentions: []domain.Mention{men}})
			if !r.namedBehindAircraft(a.Tokens, m) {
				continue
			}
			m.i++ // "طيران التحالف العربي" names the coalition
			text, span = surface(a, off, m.i, m.j)
			men = domain.Mention{Span: span, Text: text, Source: m.source}
		}
		mens := append([]domain.Mention{men}, r.nested(a, off, m)...)
		if n, ok := r.bareSite(a.Tokens, m); ok {
			text, span := surface(a, off, m.i+1, m.i+1+n)
			if m.namedWhole(a.Tokens, m.i+1) { // "قاعدة فكتوريا", not ف + "كتوريا"
				span = domain.Span{Start: a.Tokens[m.i+1].Start, End: a.Tokens[m.i+n].End}
				text = a.Text[off[span.Start]:off[span.End]]
			}
			bare[e] = domain.Mention{Span: span, Text: text, Source: "nested"}
		}
		keys := []string{k}
		if e.Type == domain.LOC {
			// a province and its capital, or a town with and without its
			// head word, are one place to the reader: "محافظة الحديدة",
			// "مدينة الحديدة", "الحديدة"
			keys = append(keys, "loc:"+phraseKey(mens[len(mens)-1].Text))
		}
		if e.Type == domain.ORG && e.ActorID == "" && m.j-m.i >= 2 && r.not.is(a.Tokens[m.i].Key, "org_prefix") {
			// an organisation with and without its head word is one:
			// "قيادة شرطة البصرة", "شرطة البصرة"; "قوات X", "X"
			keys = append(keys, string(domain.ORG)+":"+key(a.Tokens, m.i+1, m.j))
		}
		if e.Type == domain.ORG && e.ActorID == "" && m.j-m.i >= 3 && r.not.is(a.Tokens[m.j-1].Key, "descriptive") {
			keys = append(keys, string(domain.ORG)+":"+key(a.Tokens, m.i, m.j-1)) // "تحالف فتح السياسي", "تحالف فتح"
		}
		if old := firstKnown(byKey, keys); old != nil {
			old.Mentions = append(old.Mentions, mens...)
			for _, k := range keys {
				byKey[k] = old
			}
			continue
		}
		for _, k := range keys {
			byKey[k] = e
		}
		e.Mentions = mens
		ents = append(ents, e)
	}
	return r.mergeAliases(a.Tokens, mergeShortNames(addBareSites(ents, bare))), descs
}

// countryNamedLikeNisba reports a listed place written like a nationality
// adjective ("سورية" is Syria in many outlets, and "Syrian" after a
// feminine or plural noun: "مقاتلة سورية", "قوات سورية").
func (r *Recognizer) countryNamedLikeNisba(toks []domain.Token, m mention, mk string) bool {
	if m.source != "lexicon" || m.typ != domain.LOC || !r.not.is(mk, "nisba") {
		return false
	}
	if m.i == 0 || toks[m.i-1].Sentence != toks[m.i].Sentence || toks[m.i].Prefix != "" {
		return true // "في سورية", "بسورية"
	}
	prev := toks[m.i-1]
	k := prev.Key
	if _, function := r.fw[k]; function || strings.HasPrefix(k, "ال") || r.not.is(k, "place_prefix") || !prev.IsWord() {
		return true
	}
	return !strings.HasSuffix(k, "ه") && !strings.HasSuffix(k, "ات")
}

// countryAsAdjective reports a one-word listed place shaped like a
// feminine nisba ("السعودية") used as the adjective of the definite
// feminine or plural noun before it ("القوات السعودية", "النخبة
// السعودية"), not as the country ("في السعودية").
func (r *Recognizer) countryAsAdjective(toks []domain.Token, m mention, mk string) bool {
	if m.source != "lexicon" || m.typ != domain.LOC || m.j-m.i != 1 || m.i == 0 || toks[m.i].Prefix != "" || !strings.HasPrefix(mk, "ال") || !strings.HasSuffix(mk, "يه") {
		return false
	}
	prev := toks[m.i-1]
	k := prev.Key
	if prev.Sentence != toks[m.i].Sentence || !strings.HasPrefix(k, "ال") || r.not.is(k, "place_prefix") {
		return false
	}
	if _, function := r.fw[k]; function {
		return false
	}
	return strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "ات")
}

// namedBehindAircraft reports a force named after its aircraft by its
// own name ("طيران التحالف"), not by a nationality or an adjective
// ("الطيران الروسي", "الطيران الحربي").
func (r *Recognizer) namedBehindAircraft(toks []domain.Token, m mention) bool {
	if m.j-m.i < 2 || !r.not.is(toks[m.i].Key, "air_head") {
		return false
	}
	k := toks[m.i+1].Key
	if _, listed := r.not[key(toks, m.i+1, m.j)]; listed || r.not.is(k, "nisba") || adjectival(k) {
		return false
	}
	return toks[m.i+1].Prefix == ""
}

func isGeneric(refs []kb.Name) bool {
	return len(refs) > 0 && refs[0].Kind == "generic"
}

// resolve links a mention to the knowledge base, returning the entity and
// its grouping key.
func (r *Recognizer) resolve(m mention, text string, ctx kb.Context) (*domain.Entity, string) {
	if m.source == "site" {
		return r.site(m, text, ctx)
	}
	for _, ref := range m.refs {
		switch ref.Kind {
		case "place":
			if l, ok := r.kb.LinkPlace(ref.Form, ctx); ok && r.plausiblePlace(l.Place, m, ctx) {
				p := l.Place
				return &domain.Entity{Type: domain.LOC, Subtype: p.Kind, Name: p.Name, Place: p}, "place:" + p.ID
			}
		case "actor":
			if l, ok := r.kb.LinkActor(ref.Form, ctx); ok {
				typ := domain.ORG
				if l.Actor.Kind == "person" {
					typ = domain.PER
				}
				return &domain.Entity{Type: typ, Subtype: l.Actor.Kind, Name: l.Actor.Name, ActorID: l.Actor.ID}, "actor:" + l.Actor.ID
			}
		}
	}
	if len(m.refs) > 0 {
		return nil, "" // a listed name that links to nothing here is a common word
	}
	if m.typ == domain.LOC {
		if l, ok := r.kb.LinkPlace(text, ctx); ok { // a name the matcher does not propose ("الخيام")
			return &domain.Entity{Type: domain.LOC, Subtype: l.Place.Kind, Name: l.Place.Name, Place: l.Place}, "place:" + l.Place.ID
		}
	}
	r.kb.NoteCandidate(text, m.typ)
	return &domain.Entity{Type: m.typ, Name: text}, string(m.typ) + ":" + phraseKey(text)
}

// region lists the countries whose towns Arabic conflict news names.
var region = map[string]bool{"IQ": true, "SY": true, "LB": true, "YE": true, "JO": true, "IR": true,
	"SA": true, "AE": true, "QA": true, "KW": true, "BH": true, "OM": true, "EG": true, "IL": true,
	"PS": true, "TR": true, "LY": true, "TN": true, "DZ": true, "MA": true, "SD": true}

// plausiblePlace refuses one-word gazetteer towns that are more likely a
// common word: a GeoNames town of the region outside the article's
// country with under 100,000 people, or a word the news corpus uses over
// 5,000 times.
func (r *Recognizer) plausiblePlace(p *domain.Place, m mention, ctx kb.Context) bool {
	if m.j-m.i > 1 || !strings.HasPrefix(r.kb.PlaceSource(p), "geonames") {
		return true
	}
	if _, fw := r.fw[m.refs[0].Key]; fw || r.vocab.Count(m.refs[0].Key) > 5000 {
		return false
	}
	// outside the region the gazetteer holds only cities of a million and
	// more (kb/gen), so only towns of the region need the size check
	return p.Country == ctx.Country || !region[p.Country] || r.kb.Population(p) >= 100000
}

// trimTitles drops the titles, nationality adjectives and commas a person
// mention starts with ("الرئيس السوري بشار الأسد" gives "بشار الأسد").
func (r *Recognizer) trimTitles(toks []domain.Token, m mention) mention {
	for m.i < m.j-1 {
		if kinds, n := r.cues.longest(toks, m.i); n > 0 && n < m.j-m.i && (kinds[0] == "title" || kinds[0] == "title_given") {
			m.i += n
			continue
		}
		k := toks[m.i].Key
		if r.not.is(k, "nisba") || r.isSkip(k) || k == "،" || k == "," {
			m.i++
			continue
		}
		break
	}
	return m
}

// descriptorForm reports an actor named by a generic phrase, kept for
// events but not an entity: a state force by its generic head ("القوات
// العراقية", "قوات الأمن") unless a longer name follows the head ("قوى
// الأمن الداخلي", "قوات الأمن الخاصة"), and any force by its aircraft
// ("الطيران الروسي", "طيران التحالف").
func (r *Recognizer) descriptorForm(e *domain.Entity, toks []domain.Token) bool {
	if e.ActorID != "" && r.not.is(toks[0].Key, "air_head") {
		return true // an airline the base does not list keeps its name ("طيران ناس")
	}
	switch e.Subtype {
	case "state_forces", "police":
		return r.not.is(toks[0].Key, "generic_head") && !r.properName(toks)
	}
	if e.ActorID == "" || len(toks) < 2 {
		return false
	}
	if r.not.is(toks[0].Key, "group_noun") { // "التنظيم المتطرف", "الجماعة الإرهابية"
		return r.describedOnly(toks[1:])
	}
	return r.not.is(toks[0].Key, "gov_head") && r.adjectivesOnly(toks[1:])
}

// describedOnly reports describing and nationality adjectives only.
func (r *Recognizer) describedOnly(toks []domain.Token) bool {
	for _, t := range toks {
		if t.Prefix != "" || !r.not.is(t.Key, "descriptive") && !r.not.is(t.Key, "nisba") {
			return false
		}
	}
	return true
}

// adjectivesOnly reports definite adjectives ("اليمنية", "الشرعية"): a
// government named by them is a descriptor, "حكومة الوفاق" a name.
func (r *Recognizer) adjectivesOnly(toks []domain.Token) bool {
	for _, t := range toks {
		if t.Prefix != "" || !strings.HasPrefix(t.Key, "ال") || !adjectival(t.Key) && !r.not.is(t.Key, "nisba") {
			return false
		}
	}
	return true
}

// properName reports a force's own name after its generic head: two or
// more definite words, none of them a nationality ("قوى الأمن الداخلي",
// "قوات الأمن الخاصة"; not "قوات الأمن العراقية", "القوات الأمريكية في
// العراق").
func (r *Recognizer) properName(toks []domain.Token) bool {
	if len(toks) < 3 {
		return false
	}
	for _, t := range toks[1:] {
		if t.Prefix != "" || !strings.HasPrefix(t.Key, "ال") || r.not.is(t.Key, "nisba") || r.not.is(strings.TrimSuffix(t.Key, "ه"), "nisba") {
			return false
		}
	}
	return true
}

// nested returns the shorter names inside a mention: a place without the
// word before it ("ريف حمص" gives "حمص") and a name without a trailing
// nationality adjective ("حزب الله اللبناني" gives "حزب الله").
func (r *Recognizer) nested(a *domain.Article, off []int32, m mention) []domain.Mention {
	var out []domain.Mention
	add := func(i, j int) {
		text, span := surface(a, off, i, j)
		out = append(out, domain.Mention{Span: span, Text: text, Source: "nested"})
	}
	toks := a.Tokens
	if m.j-m.i >= 2 && (r.not.is(toks[m.i].Key, "place_prefix") || r.not.is(toks[m.i].Key, "org_prefix")) &&
		!(m.j-m.i == 2 && (r.not.is(toks[m.i+1].Key, "nisba") || r.not.is(toks[m.i+1].Key, "never_alone"))) {
		text, span := surface(a, off, m.i+1, m.j)
		if m.namedWhole(toks, m.i+1) { // "محافظة بابل" gives "بابل", not "ابل"
			span = domain.Span{Start: toks[m.i+1].Start, End: toks[m.j-1].End}
			text = a.Text[off[span.Start]:off[span.End]]
		}
		out = append(out, domain.Mention{Span: span, Text: text, Source: "nested"})
	}
	if last := toks[m.j-1].Key; m.typ != domain.PER && (r.not.is(last, "nisba") && m.j-m.i >= 2 || r.not.is(last, "descriptive") && m.j-m.i >= 3) {
		_, generic := r.not[key(toks, m.i, m.j-1)]
		commonPlace := m.typ == domain.LOC && m.j-m.i == 2 && !r.rare(toks[m.i].Key) // "الجمهورية اليمنية" is no "الجمهورية"
		if !generic && !commonPlace {
			add(m.i, m.j-1)
		}
	}
	return out
}

// site makes the entity of a site named after a known town ("مطار تلعفر"):
// its own name, placed at the town.
func (r *Recognizer) site(m mention, text string, ctx kb.Context) (*domain.Entity, string) {
	e := &domain.Entity{Type: domain.LOC, Subtype: "site", Name: text}
	if len(m.refs) > 0 {
		if l, ok := r.kb.LinkPlace(m.refs[0].Form, ctx); ok {
			p := *l.Place
			p.ID, p.Name, p.NameAR, p.Kind = "site:"+phraseKey(text), text, text, "facility"
			e.Place = &p
		}
	}
	return e, "site:" + phraseKey(text)
}

func firstKnown(byKey map[string]*domain.Entity, keys []string) *domain.Entity {
	for _, k := range keys {
		if e, ok := byKey[k]; ok {
			return e
		}
	}
	return nil
}

// namedWhole reports that token k of a lexicon mention is written whole
// in the name it matched, letters the tokenizer took for a proclitic
// included: the knowledge base lists "بابل", though "ب" + "ابل" is the
// likelier split of the word in running text.
func (m mention) namedWhole(toks []domain.Token, k int) bool {
	if toks[k].Prefix == "" || len(m.refs) == 0 {
		return false
	}
	words := strings.Fields(m.refs[0].Key)
	return k-m.i < len(words) && words[k-m.i] == toks[k].Norm
}
