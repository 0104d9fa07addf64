package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// withoutShadowed drops a generic descriptor standing where a named group
// was placed on the same words ("مسلحون تابعون لكتائب …": the gunmen are
// the group).
func withoutShadowed(cands []*actorMention) []*actorMention {
	named := map[int]bool{}
	for _, am := range cands {
		if am.ent.Subtype != "generic" {
			named[am.tok] = true
		}
	}
	out := cands[:0]
	for _, am := range cands {
		if am.ent.Subtype != "generic" || !named[am.tok] {
			out = append(out, am)
		}
	}
	return out
}

// withoutTitles drops a generic descriptor followed by a person's name,
// past its adjectives ("الناشط المدني فلان", "الشاب فلان"): the name
// names the actor.
func (d *doc) withoutTitles(cands []*actorMention, ends map[*actorMention]int) []*actorMention {
	person := map[int]bool{}
	for _, am := range cands {
		if am.ent.Type == domain.PER {
			person[am.tok] = true
		}
	}
	out := cands[:0]
	for _, am := range cands {
		if am.ent.Subtype == "generic" {
			k := ends[am]
			for k < len(d.toks) && k < ends[am]+2 && !person[k] && d.toks[k].IsWord() && definiteAdjective(d.toks[k].Key) {
				k++
			}
			if person[k] {
				continue
			}
		}
		out = append(out, am)
	}
	return out
}

// memberOf joins a member noun ("مسلحي", "عناصر", "جنود", "المسلحين") to
// the group named right after it, its genitive or its apposition
// ("المسلحين الحوثيين"): the phrase is one actor, the group.
func (d *doc) memberOf(cands []*actorMention, ends map[*actorMention]int, s int, covered map[int]bool) []*actorMention {
	at := map[int]*actorMention{} // generic descriptors by first token
	for _, am := range cands {
		if am.ent.Subtype == "generic" {
			at[am.tok] = am
		}
	}
	drop := map[*actorMention]bool{}
	for i, am := range cands {
		if am.ent.Subtype == "generic" {
			continue
		}
		k := am.tok - 1
		for k > d.first[s] && (!d.toks[k].IsWord() || headStem(d.toks[k].Key) != "" && !covered[k]) {
			k-- // "مسلحي تنظيم «داعش»"
		}
		key := d.toks[k].Key
		if k < d.first[s] || covered[k] && at[k] == nil || !d.c.lx.roles["fighters"].has(key) && !d.c.lx.roles["soldiers"].has(key) {
			continue
		}
		if g := at[k]; g != nil { // "المسلحين الحوثيين": the descriptor names the group
			drop[g] = true
		}
		sp, text := d.phrase(k, ends[am])
		cands[i] = &actorMention{ent: am.ent, men: domain.Mention{Text: text, Span: sp}, tok: k}
		covered[k] = true
	}
	out := cands[:0]
	for _, am := range cands {
		if !drop[am] {
			out = append(out, am)
		}
	}
	return out
}

// ownedPlatform returns an affiliated group as the weapon, force or
// fighters it owns ("الطائرات المقاتلة التابعة للتحالف": the coalition, at
// the aircraft), or nil when what it owns is anything else or the owner is
// a person.
func (d *doc) ownedPlatform(am *actorMention) *actorMention {
	s := d.toks[am.tok].Sentence
	j := am.tok - 2
	for j > d.first[s] && definiteAdjective(d.toks[j].Key) && !d.forceWord(j) {
		j--
	}
	if j < d.first[s] || !d.forceWord(j) || am.ent.Type != domain.ORG {
		return nil
	}
	for j > d.first[s] && d.platform(j-1) { // "الطائرات المقاتلة"
		j--
	}
	sp, text := d.phrase(j, d.tokenAt(max(am.men.End-1, am.men.Start))+1)
	return &actorMention{ent: am.ent, men: domain.Mention{Text: text, Span: sp}, tok: j}
}

// ownedSite reports an owner named after "تابعة ل" of positions or
// stores ("مواقع تابعة لكتائب حزب الله"): hit there, the owner is the
// target, so it stays a party to the event.
func (d *doc) ownedSite(am *actorMention) bool {
	s := d.toks[am.tok].Sentence
	j := am.tok - 2
	set := d.c.lx.roles["ownedsite"]
	for j > d.first[s] && definiteAdjective(d.toks[j].Key) && !set.has(d.toks[j].Key) { // "مبنى" ends like one
		j--
	}
	if j > d.first[s] && !set.has(d.toks[j].Key) && set.has(d.toks[j-1].Key) {
		j-- // "نقطة تفتيش تابعة ل…": the post and its genitive
	}
	return j >= d.first[s] && set.has(d.toks[j].Key)
}

// forceWord reports a weapon, force, fighter or soldier word at token k
// ("الطائرات", "وحدات", "مسلحين تابعين ل…").
func (d *doc) forceWord(k int) bool {
	key := d.toks[k].Key
	return d.platform(k) || d.c.lx.roles["fighters"].has(key) || d.c.lx.roles["soldiers"].has(key)
}

// affiliated reports a mention right after "التابعة ل", "الموالية ل": it
// says whom something belongs to, it is no party to the event.
func (d *doc) affiliated(k int) bool {
	set := d.c.lx.roles["affiliation"]
	if k > 0 && set.has(d.toks[k-1].Key) {
		return true
	}
	// "الموالي للرئيس المخلوع فلان": a title with ل between
	for j := k - 2; j >= max(k-3, 0); j-- {
		if set.has(d.toks[j].Key) && strings.HasPrefix(d.toks[j+1].Prefix, "ل") {
			return d.toks[j].Sentence == d.toks[k].Sentence
		}
	}
	return false
}
