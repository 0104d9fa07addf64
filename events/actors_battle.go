package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// between reads "بين X وY" right after the trigger, or later in a
// battle's clause: X and Y are the two sides, in that order.
func (d *doc) between(m match, s int, cands []*actorMention) (x, y *actorMention, ok bool) {
	k, reach := m.j, 2
	if m.t.typ == domain.Battles { // "دارت اشتباكات عنيفة، صباح الأربعاء، في مدينة … بين"
		reach = 16
	}
	for k < d.first[s+1] && k <= m.j+reach && d.toks[k].Key != "بين" {
		k++
	}
	if k >= d.first[s+1] || d.toks[k].Key != "بين" {
		return nil, nil, false
	}
	var other *actorMention // the first other actor, joined by «و» or not
	for _, am := range cands {
		if am.tok <= k || am.tok > k+16 || d.isSource(am) {
			continue
		}
		if x == nil {
			x = am
			continue
		}
		if am.tok <= x.tok || am.ent == x.ent {
			continue
		}
		if other == nil && am.tok <= k+12 {
			other = am
		}
		if y == nil && d.conjoined(am.tok) { // "بين القوات، وفي مقدمتها ألوية …، ومقاتلي الجماعة"
			y = am
		}
	}
	if y == nil {
		y = other
	}
	return x, y, x != nil && y != nil
}

// assaults reports a side of a battle said to have attacked: a verb of
// assault as the word right after its name ("ومسلحين حاولوا اقتحام المقر", "ومقاتلين
// هاجموا الموقع"). That side started it.
func (d *doc) assaults(am *actorMention) bool {
	end := d.tokenAt(max(am.men.End-1, am.men.Start)) + 1
	lo, hi := d.window(am.tok, end, end+1)
	return d.hasRole("assault", lo, hi)
}

// conjoined reports an actor whose first word carries «و», or follows «و»,
// a quotation mark after it («و«قوات …»») or a head noun with it («ومرتزقة
// حزب الله»): the second side after «بين».
func (d *doc) conjoined(k int) bool {
	if strings.HasPrefix(d.toks[k].Prefix, "و") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if d.toks[j].Norm == "و" || strings.HasPrefix(d.toks[j].Text, "و") && !d.toks[j].IsWord() {
			return true
		}
		if d.toks[j].IsWord() { // a head noun before the name: "ومرتزقة حزب الله"
			return j == k-1 && strings.HasPrefix(d.toks[j].Prefix, "و") && !d.hasRole("report", j, j+1)
		}
	}
	return false
}

// withMarker reports "مع" over tokens [from, to): the other side of a
// clash ("اشتباكات مع مسلحي التنظيم").
func (d *doc) withMarker(from, to int) bool {
	for k := max(from, 0); k < to && k < len(d.toks); k++ {
		if d.toks[k].Key == "مع" {
			return true
		}
	}
	return false
}
