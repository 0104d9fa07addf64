package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// chargeReach is how many words a group may stand after a word of
// accusation and still be the charge («بتهمة التعاون مع خلايا التنظيم»).
const chargeReach = 5

// charged reports a group named in a charge («اعتقلت … بتهمة الانتماء
// إلى التنظيم»): those arrested are accused of it; it did not act.
func (d *doc) charged(am *actorMention) bool {
	lo, hi := d.window(am.tok, am.tok-chargeReach, am.tok)
	for k := hi - 1; k >= lo; k-- {
		if complementizer(d.toks[k]) {
			return false
		}
		if _, ok := d.c.lx.roles["accused"].phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

// placedAt reports an actor right after a preposition of place («أمام
// سراي المدينة»): where the act happens, not whom it is aimed at.
func (d *doc) placedAt(am *actorMention) bool {
	k, ok := d.prevWord(am.tok)
	return ok && d.c.lx.roles["placedat"].has(d.toks[k].Key)
}

// prevWord returns the index of the word before token tok in its
// sentence, past quotes and punctuation (wordBefore gives its head stem).
func (d *doc) prevWord(tok int) (int, bool) {
	k := tok - 1
	for ; k >= 0 && !d.toks[k].IsWord(); k-- {
	}
	return k, k >= 0 && d.sameSentence(k, tok)
}

// prepositional reports a mention right after a preposition of role
// prep («في», «من»): such a name is never a verb's subject.
func (d *doc) prepositional(am *actorMention) bool {
	k, ok := d.prevWord(am.tok)
	if !ok || !d.c.lx.roles["prep"].has(d.toks[k].Key) {
		return false
	}
	// «قوة من الجيش» is part of the army: the subject, not a prepositional phrase
	return d.toks[k].Key != "من" || k == 0 || !d.c.lx.roles["partitive"].has(d.toks[k-1].Key)
}

// inEarlierClause reports an actor after the trigger inside a clause
// that tells an earlier act («بعدما», «بعد أن»).
func (d *doc) inEarlierClause(m match, am *actorMention) bool {
	for k := m.j; k < am.tok; k++ {
		if _, ok := d.c.lx.roles["earlier"].phraseAt(d.toks, k); ok {
			return true
		}
	}
	return false
}

// groupReach is how many words after an arrest trigger the group of
// those arrested may be named.
const groupReach = 10

// arrestedGroup reports the group those arrested or abducted belong to,
// named after them: after a word of belonging («ينتمون إلى كتائب حزب الله»,
// «تابعين لميليشيا …») or after «من» that follows fighters or people
// counted («خمسة مسلحين من جماعة …»). ACLED names that group as the
// arrest's target.
func (d *doc) arrestedGroup(am *actorMention, m match) bool {
	if m.t.sub != "Arrests" && m.t.sub != "Abduction/forced disappearance" || am.tok < m.j || am.tok > m.j+groupReach ||
		!d.sameSentence(m.i, am.tok) || am.ent.Type != domain.ORG {
		return false
	}
	lo, hi := d.window(am.tok, am.tok-4, am.tok)
	if d.hasRole("belong", lo, hi) {
		return true
	}
	k := am.tok - 1
	for ; k > m.j && (!d.toks[k].IsWord() || d.c.lx.roles["armed"].has(d.toks[k].Key) || d.c.lx.roles["grouphead"].has(d.toks[k].Key)); k-- {
	}
	if k <= m.j || d.toks[k].Key != "من" {
		return false
	}
	plo, phi := d.window(k, k-3, k)
	return d.hasRole("fighters", plo, phi) || d.hasRole("people", plo, phi) || d.hasRole("group", plo, phi) || d.countIn(plo, phi)
}

// ledBy reports an actor right after «بقيادة» whose group is named just
// before it among cands: it only describes that group.
func (d *doc) ledBy(am *actorMention, cands []*actorMention) bool {
	k := am.tok - 1
	if k < 1 || !d.sameSentence(k, am.tok) || !d.c.lx.roles["ledby"].has(d.toks[k].Key) {
		return false
	}
	for _, c := range cands {
		if c != am && c.tok < k && c.tok >= k-5 {
			return true
		}
	}
	return false
}

// newClause reports a «أن»/«إن» over tokens [from, to): what follows it
// belongs to another clause.
func (d *doc) newClause(from, to int) bool {
	for k := max(from, 0); k < to && k < len(d.toks); k++ {
		if complementizer(d.toks[k]) {
			return true
		}
	}
	return false
}

// launcher reports a mention right after a verb of launching with an
// object pronoun («صاروخ أطلقه الحوثيون»): the side whose weapon was
// stopped, the target of a disrupted weapons use.
func (d *doc) launcher(am *actorMention) bool {
	k, ok := d.prevWord(am.tok)
	return ok && d.c.lx.roles["launched"].has(d.toks[k].Key)
}

// wireCredit reports a name inside the parentheses of a dateline, before
// its dash: «عدن (سبأ) -», «بيروت (رويترز) -».
func (d *doc) wireCredit(tok int) bool {
	s := d.toks[tok].Sentence
	open := tok - 1
	if open < d.first[s] || open-d.first[s] > 4 || d.toks[open].Key != "(" {
		return false
	}
	for k := tok + 1; k < d.first[s+1] && k <= tok+4; k++ {
		if d.toks[k].Key == ")" {
			return k+1 < d.first[s+1] && strings.ContainsAny(d.toks[k+1].Key, "-–—")
		}
	}
	return false
}
