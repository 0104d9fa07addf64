package events

import "strings"

// isSource reports an actor that reports the event: a media outlet, or an
// actor right after a reporting word ("وفق المرصد", "قالت وزارة الصحة").
func (d *doc) isSource(am *actorMention) bool {
	if am.ent.Subtype == "media" || d.c.lx.roles["sourcehead"].has(d.toks[am.tok].Key) || d.namedOutlet(am) || d.toldTo(am) || d.comments(am) || d.sourceWithin(am) {
		return true
	}
	lo, hi := d.window(am.tok, am.tok-2, am.tok)
	if d.hasRole("source", lo, hi) || d.reportsOther(am) {
		return true
	}
	key := d.toks[am.tok].Key
	civil := d.civilian(key) || d.c.lx.roles["protesters"].has(key)
	switch am.ent.Subtype {
	case "state_forces", "armed_group", "police", "security_unit", "person", "generic":
		if !civil {
			return false // a combatant that speaks of its own action is in it
		}
	}
	return d.hasRole("report", lo, hi)
}

// comments reports the subject of a verb that comments on an event
// («دان», «استنكر», «زار»): within eight words after it, with no preposition
// between (those it visits or mourns are not its subject).
func (d *doc) comments(am *actorMention) bool {
	if p := d.toks[am.tok].Prefix; strings.Contains(p, "ل") || strings.Contains(p, "ب") {
		return false
	}
	lo, hi := d.window(am.tok, am.tok-8, am.tok)
	set := d.c.lx.roles["comment"]
	for k := hi - 1; k >= lo; k-- {
		switch key := d.toks[k].Key; {
		case key == "من", key == "علي", key == "عن", key == "في", key == "الي", key == "الذي", key == "التي", key == "الذين",
			inIt(key), d.c.lx.roles["hurt"].has(key), d.c.lx.roles["hurtnoun"].has(key):
			return false // a preposition or another clause: not the comment's subject
		}
		if _, ok := set.phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

// toldTo reports an outlet a source spoke to: after "لـ" following a
// source or a reporting word ("قال مصدر أمني لـ«الصحيفة»").
func (d *doc) toldTo(am *actorMention) bool {
	k := am.tok
	if d.toks[k].Prefix != "ل" {
		for k--; k > 0 && !d.toks[k].IsWord(); k-- {
		}
		if k < 0 || d.toks[k].Norm != "ل" {
			return false
		}
	}
	lo, hi := d.window(k, k-5, k)
	if d.hasRole("report", lo, hi) {
		return true
	}
	return d.sourceNoun(lo, hi)
}

// sourceNoun reports a source noun over tokens [lo, hi).
func (d *doc) sourceNoun(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch d.toks[j].Key {
		case "مصدر", "مصادر", "مسوول", "مسوولون", "مسوولان":
			return true
		}
	}
	return false
}

// sourceWithin reports an actor a source belongs to ("مصادر في الجيش"):
// it reports the event.
func (d *doc) sourceWithin(am *actorMention) bool {
	k := am.tok - 1
	if k < 1 || d.toks[k].Key != "في" {
		return false
	}
	lo, hi := d.window(k, k-2, k)
	return d.sourceNoun(lo, hi)
}

// speaksOfItself reports an actor that says it did the event itself
// ("أعلنت وزارة الدفاع أنها قصفت …", "قال الجيش إنه استهدف …"): the
// pronoun after "أن" refers back to it, so it is the initiator.
func (d *doc) speaksOfItself(am *actorMention, m match) bool {
	if am.ent.Subtype == "media" || am.tok >= m.i {
		return false
	}
	end := d.tokenAt(max(am.men.End-1, am.men.Start))
	for k := end + 1; k < m.i && k <= end+4; k++ {
		switch strings.TrimPrefix(d.toks[k].Norm, "ب") {
		case "انه", "انها", "انهم":
			return k+3 >= m.i
		}
	}
	return false
}

// announcesArrest reports the subject of «أعلن» whose object is an arrest
// («أعلنت قيادة الشرطة، اليوم، اعتقال شخصين»): who announces an arrest
// made it.
func (d *doc) announcesArrest(am *actorMention, m match) bool {
	if m.t.sub != "Arrests" || am.ent.Subtype == "media" || am.tok >= m.i || am.tok < m.i-10 {
		return false
	}
	announced := false
	for k := max(am.tok-2, 0); k < am.tok; k++ {
		announced = announced || strings.HasPrefix(strings.TrimPrefix(d.toks[k].Key, "و"), "اعلن")
	}
	for k := am.tok + 1; k < m.i && announced; k++ {
		if complementizer(d.toks[k]) {
			return false // "أعلن … أن": a reported clause has its own subject
		}
	}
	return announced
}

// clauseReach is how many tokens may stand between a reporting verb's
// subject and the «أن»/«إن» of its clause («أعلنت الخلية في العراق، اليوم، أن»).
const clauseReach = 8

// reportsOther reports the subject of a reporting verb whose clause (or
// direct quote) has a subject of its own («أعلنت خلية الإعلام الأمني أن ثلاثة صواريخ
// سقطت»): whoever it is, it tells of the event and did not do it. A
// clause that refers back to it («أنها قصفت», «أن قواته قصفت») does not
// count: the speaker did it.
func (d *doc) reportsOther(am *actorMention) bool {
	lo, hi := d.window(am.tok, am.tok-2, am.tok)
	if !d.hasRole("report", lo, hi) {
		return false
	}
	end := d.tokenAt(max(am.men.End-1, am.men.Start))
	for k := end + 1; k <= end+clauseReach && d.sameSentence(am.tok, k); k++ {
		t := d.toks[k]
		switch t.Text {
		case "«", "\"", "“", ":": // a direct quote: «قال مدير المرصد: "خطفت الجبهة …"»
			return !d.ownForces(k+1) && !d.namesAgain(am, k+1)
		}
		switch strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ب") {
		case "انه", "انها", "انهم":
			return false
		case "ان":
			return !d.ownForces(k+1) && !d.namesAgain(am, k+1)
		}
		if d.c.lx.roles["report"].has(t.Key) {
			return false // another reporting verb: another speaker
		}
	}
	return false
}

// ownForces reports a clause whose first word carries a possessive
// pronoun («قواته», «طائراتها», «عناصرهم»): the speaker's own forces.
func (d *doc) ownForces(k int) bool {
	for ; k < len(d.toks) && !d.toks[k].IsWord(); k++ {
	}
	if k >= len(d.toks) {
		return false
	}
	w := []rune(d.toks[k].Text)
	if len(w) < 4 {
		return false
	}
	end := string(w[len(w)-2:])
	return w[len(w)-1] == 'ه' || end == "ها" || end == "هم"
}

// namedOutlet reports a name right after an outlet's head noun («قناة
// «المسيرة»», «وكالة سبأ»): a medium, which reports.
func (d *doc) namedOutlet(am *actorMention) bool {
	k, ok := d.prevWord(am.tok)
	return ok && d.c.lx.roles["sourcehead"].has(d.toks[k].Key)
}

// namesAgain reports a clause whose first word is the head of the
// speaker's own name («الناطق باسم المقاومة الشعبية … أن المقاومة
// سيطرت»): the speaker speaks of itself.
func (d *doc) namesAgain(am *actorMention, k int) bool {
	for ; k < len(d.toks) && !d.toks[k].IsWord(); k++ {
	}
	if k >= len(d.toks) || !d.sameSentence(am.tok, k) {
		return false
	}
	head := strings.TrimPrefix(d.toks[am.tok].Key, "ال")
	return len([]rune(head)) >= 3 && strings.TrimPrefix(d.toks[k].Key, "ال") == head
}
