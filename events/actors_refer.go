package events

import (
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// referredBack returns the groups a sentence refers back to: a definite
// head noun standing for a group named before ("أعلن الحزب" after "حزب
// الله", "الهيئة" after "هيئة تحرير الشام"), a generic descriptor after a
// demonstrative ("هذه الميليشيات" after "ميليشيا «ثأر الله»"), and
// fighters owned by an actor named earlier in the sentence ("أعلن الحزب أن
// مقاتليه …"). Each takes the antecedent's entity and words, at the
// position of the words that refer.
func (d *doc) referredBack(s int, covered map[int]bool) []*actorMention {
	var out []*actorMention
	var last *actorMention // the latest actor named in the sentence
	ai := 0
	for k := d.first[s]; k < d.first[s+1]; k++ {
		for ai < len(d.actors[s]) && d.actors[s][ai].tok < k {
			last = &d.actors[s][ai]
			ai++
		}
		key := d.toks[k].Key
		switch {
		case !covered[k] && d.c.lx.roles["anaphor"].has(key):
			if ante := d.antecedent(k, key); ante != nil {
				am := &actorMention{ent: ante.ent, men: ante.men, tok: k}
				out = append(out, am)
				last = am
			}
		case !covered[k] && d.c.lx.roles["owned"].has(key) && d.canOwn(last):
			out = append(out, &actorMention{ent: last.ent, men: last.men, tok: k})
		}
	}
	return out
}

// canOwn reports an actor that may own fighters or aircraft: an
// organisation that is neither civilians nor protesters nor a target.
func (d *doc) canOwn(am *actorMention) bool {
	if am == nil || am.ent.Type != domain.ORG {
		return false
	}
	key := d.toks[am.tok].Key
	return !d.civilian(key) && !d.c.lx.roles["protesters"].has(key) && !d.targetMarked(am.tok)
}

// demonstrativeRef returns the named group a generic descriptor preceded
// by a demonstrative refers to ("هذه الميليشيات"), or nil.
func (d *doc) demonstrativeRef(am *actorMention) *actorMention {
	k := am.tok
	if am.ent.Subtype != "generic" || k == 0 || !d.c.lx.roles["demonstrative"].has(d.toks[k-1].Key) {
		return nil
	}
	ante := d.antecedent(k, d.toks[k].Key)
	if ante == nil {
		return nil
	}
	return &actorMention{ent: ante.ent, men: ante.men, tok: k}
}

// antecedent finds the latest named group before token k whose name, or
// the word before it, is the head noun key without its article: "حزب الله"
// for "الحزب", "تنظيم «داعش»" for "التنظيم", "ميليشيا «ثأر الله»" for
// "الميليشيات".
func (d *doc) antecedent(k int, key string) *actorMention {
	head := headStem(key)
	if head == "" {
		return nil
	}
	for s := d.toks[k].Sentence; s >= 0; s-- {
		for i := len(d.actors[s]) - 1; i >= 0; i-- {
			am := &d.actors[s][i]
			if am.tok >= k || am.ent.Type != domain.ORG || am.ent.ActorID == "" || am.ent.Subtype == "generic" {
				continue
			}
			if headStem(d.toks[am.tok].Key) == head || d.wordBefore(am.tok) == head || d.namedWith(am.ent, head) {
				return am
			}
		}
	}
	return nil
}

// namedWith reports a group one of whose mentions, anywhere in the
// article, starts with the head noun: "الهيئة" after «تحرير الشام» when
// the text also writes «هيئة تحرير الشام».
func (d *doc) namedWith(e *domain.Entity, head string) bool {
	for _, mn := range e.Mentions {
		if k := d.tokenAt(mn.Start); k < len(d.toks) && headStem(d.toks[k].Key) == head {
			return true
		}
	}
	return false
}

// headStem returns a group head noun without article, plural or dual
// ending ("الميليشيات" gives "ميليشي"; "حزب" stays), or "" when key is not
// one ("داعش").
func headStem(key string) string {
	key = strings.TrimPrefix(key, "ال")
	key = strings.Replace(key, "مليشي", "ميليشي", 1)
	for _, e := range []string{"ات", "ه", "ا"} {
		if strings.HasPrefix(key, "ميليشي") {
			key = strings.TrimSuffix(key, e)
		}
	}
	switch key {
	case "حزب", "حركه", "جماعه", "تنظيم", "هييه", "فصيل", "ميليشي", "جبهه":
		return key
	}
	return ""
}

// wordBefore returns the head stem of the word before token k, skipping
// quotation marks ("تنظيم «داعش»").
func (d *doc) wordBefore(k int) string {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.toks[j].IsWord() {
			return headStem(d.toks[j].Key)
		}
	}
	return ""
}

// forcesMention returns how the article names country cc's forces, the
// words nearest the trigger: the state forces' own mention ("الجيش
// الإسرائيلي"), a force word with the nationality ("العدو الإسرائيلي"), or
// the country ("إسرائيل").
func (d *doc) forcesMention(cc string, m match) (string, domain.Span, bool) {
	at := d.toks[m.i].Start
	var best domain.Mention
	found, rank := false, 0
	consider := func(mn domain.Mention, r int) {
		if !found || r < rank || r == rank && abs(mn.Start-at) < abs(best.Start-at) {
			best, found, rank = mn, true, r
		}
	}
	st := d.c.kb.StateForces(cc)
	for _, e := range d.a.Entities {
		for _, mn := range e.Mentions {
			switch {
			case st != nil && e.ActorID == st.ID:
				consider(mn, 0)
			case e.Type == domain.LOC && e.Place != nil && e.Place.Kind == "country" && e.Place.Country == cc:
				consider(mn, 2)
			}
		}
	}
	for k := 1; k < len(d.toks); k++ {
		if d.nisbaOf(k) == cc && d.platform(k-1) && strings.HasPrefix(d.toks[k-1].Key, "ال") {
			sp := domain.Span{Start: d.toks[k-1].Start, End: d.toks[k].End}
			consider(domain.Mention{Text: d.a.Slice(sp), Span: sp}, 1)
		}
	}
	return best.Text, best.Span, found
}

// nisbaOf returns the country of a nationality adjective at token k, in
// any number ("عراقيان", "السوريين"), or "".
func (d *doc) nisbaOf(k int) string {
	key := d.toks[k].Key
	if cc, ok := d.c.lx.nisba[key]; ok {
		return cc
	}
	for _, e := range []string{"ان", "ين", "ون"} {
		if stem, ok := strings.CutSuffix(key, e); ok && len([]rune(stem)) >= 4 {
			if cc, ok := d.c.lx.nisba[stem]; ok {
				return cc
			}
		}
	}
	return ""
}

// platform reports a weapon or force word at token k, with or without the
// article ("طائرات", "الطائرات").
func (d *doc) platform(k int) bool {
	set := d.c.lx.roles["platform"]
	key := d.toks[k].Key
	return set.has(key) || set.has(strings.TrimPrefix(key, "ال"))
}

// previousSubject returns the subject a plural verb trigger without one
// carries over from the sentence before ("هاجم مسلحون حاجزا للشرطة.
// وقتلوا …"): the last actor there that is neither a reporter, a victim
// nor a target. Nil when the trigger is a noun or the verb is not plural.
func (d *doc) previousSubject(m match, s int) *actorMention {
	if m.t.noun || s < 2 || !strings.HasSuffix(d.toks[m.i].Key, "وا") {
		return nil
	}
	prev := d.actors[s-1]
	for i := len(prev) - 1; i >= 0; i-- {
		am := &prev[i]
		key := d.toks[am.tok].Key
		if am.ent.Type != domain.ORG || d.isSource(am) || d.targetMarked(am.tok) ||
			d.civilian(key) || d.c.lx.roles["protesters"].has(key) {
			continue
		}
		return am
	}
	return nil
}

// nationalForce names the initiator by a nationality word qualifying the
// trigger or a weapon or force near it ("مسيّرة إسرائيلية", "غارة تركية",
// "طائرات حربية روسية … شنت غارات"): that country's state forces. A
// nationality on the attack itself ("قصف مدفعي إسرائيلي") names no one in
// those words; the actor is then given as the article names the country's
// forces ("الجيش الإسرائيلي"). A nationality on a target ("استهدفوا ثكنة …
// الإسرائيلية") is not the initiator's.
func (d *doc) nationalForce(m match) *domain.EventActor {
	s := d.toks[m.i].Sentence
	lo := max(m.i-5, d.first[s])
	for k := m.i - 1; k >= lo; k-- {
		if complementizer(d.toks[k]) { // «أعلن الجيش العراقي أن صواريخ …»: not the weapon's nationality
			lo = k + 1
			break
		}
	}
	for k := lo; k < len(d.toks) && k <= m.j+3 && d.toks[k].Sentence == s; k++ { // "قصفت طائرات حربية تركية"
		cc, ok := d.c.lx.nisba[d.toks[k].Key]
		if !ok {
			continue
		}
		head, ok := d.nisbaHead(k, m)
		if !ok {
			continue
		}
		for head > d.first[s] && (head < m.i || head >= m.j) && d.platform(head-1) {
			head-- // "أجهزة الأمن المصرية"
		}
		from := m.i // the trigger qualified: "غارة تركية"
		if head < m.i || head >= m.j {
			from = head // the force itself: "الطيران الحربي السوري"
		}
		t := d.toks[from]
		sp := domain.Span{Start: t.Start + arabic.PrefixLen(t.Text, t.Prefix), End: d.toks[k].End}
		ea := &domain.EventActor{Text: d.a.Slice(sp), Span: &sp, Name: cc}
		if st := d.c.kb.StateForces(cc); st != nil {
			ea.Name, ea.ActorID, ea.Inter = st.Name, st.ID, st.Inter
		}
		if !d.platform(head) {
			if text, fs, ok := d.forcesMention(cc, m); ok {
				ea.Text, ea.Span = text, &fs
			}
		}
		return ea
	}
	return nil
}

// nisbaHead returns the noun the nationality word at k qualifies when it is
// a trigger word or a weapon or force: the nearest word before k that is
// not an adjective, at most three words back, past a hedge ("يعتقد أنها").
func (d *doc) nisbaHead(k int, m match) (int, bool) {
	lo := k - 3
	for j := k - 1; j >= max(lo, d.first[d.toks[k].Sentence]); j-- {
		if believed(d.toks[j].Key) { // "طائرات حربية يعتقد أنها روسية"
			lo--
			continue
		}
		if j >= m.i && j < m.j || d.platform(j) {
			return j, true
		}
		if j > d.first[d.toks[k].Sentence] && strings.HasPrefix(d.toks[j].Key, "ال") && d.platform(j-1) {
			return j - 1, true // a genitive after the force: "سلاح الجو التركي"
		}
		if !definiteAdjective(d.toks[j].Key) {
			return 0, false
		}
	}
	return 0, false
}

// believed reports the words of a hedged attribution between a weapon and
// its nationality ("طائرات يعتقد أنها روسية", "يرجح أنها تركية").
func believed(key string) bool {
	switch key {
	case "يعتقد", "يرجح", "يشتبه", "انها", "انه", "بانها":
		return true
	}
	return false
}
