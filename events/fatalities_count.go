package events

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/domain"
)

// number reads a count at token j of the tokens before last, as
// arabic.ParseNumber does, and also the compounds it misses: «واحد
// وعشرون» (the tokenizer splits «واحد» as «و» + «احد») and a unit joined
// to a ten the tokenizer left whole («ثلاثة وعشرون»).
func (d *doc) number(j, last int) (arabic.Number, bool) {
	toks := d.toks[:last]
	if j >= len(toks) {
		return arabic.Number{}, false
	}
	n, ok := arabic.ParseNumber(toks, j)
	if !ok && toks[j].Key == "احد" && toks[j].Prefix == "و" { // «واحد»
		n = arabic.Number{Value: 1, Span: toks[j].Span, Tokens: 1}
		ok = true
	}
	if !ok || n.Vague || n.Value >= 10 || j+n.Tokens >= len(toks) {
		return n, ok
	}
	if ten, found := joinedTen(toks[j+n.Tokens]); found && n.Tokens == 1 {
		n.Value += ten
		n.Span.End = toks[j+n.Tokens].End
		n.Tokens++
	}
	return n, ok
}

// joinedTen reads a ten written with «و» in one token («وعشرون»): 20 to 90.
func joinedTen(t domain.Token) (int, bool) {
	key, ok := strings.CutPrefix(t.Key, "و")
	if !ok || t.Prefix != "" {
		return 0, false
	}
	t.Key, t.Norm = key, key
	n, ok := arabic.ParseNumber([]domain.Token{t}, 0)
	if !ok || n.Vague || n.Value < 20 || n.Value >= 100 || n.Value%10 != 0 {
		return 0, false
	}
	return n.Value, true
}

// joinedDigits reads a count in digits written with «و» in one token
// ("و5").
func joinedDigits(t domain.Token) (int, bool) {
	rest, ok := strings.CutPrefix(t.Key, "و")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return 0, false
	}
	v, err := strconv.Atoi(rest)
	return v, err == nil
}

// hedge returns how many tokens at j hedge a count that follows: «نحو»,
// «حوالي», «قرابة», «ما لا يقل عن», «لا يقل عن», «أكثر من», «ما يزيد
// على»; 0 when there is none.
func (d *doc) hedge(j, last int) int {
	keys := func(n int) string {
		var ws []string
		for k := j; k < j+n && k < last; k++ {
			ws = append(ws, d.toks[k].Key)
		}
		return strings.Join(ws, " ")
	}
	switch keys(1) {
	case "نحو", "حوالي", "قرابه":
		return 1
	}
	switch keys(2) {
	case "اكثر من":
		return 2
	}
	switch keys(3) {
	case "لا يقل عن", "لا تقل عن":
		return 3
	}
	switch keys(4) {
	case "ما لا يقل عن", "ما يزيد علي", "ما يزيد عن":
		return 4
	}
	return 0
}

// peopleCount reads a people noun that counts itself at token j: a dual
// («ضابطان», «شخصين») is two, a singular («جندي», «مدني», «شاب») one.
// Plurals and nisba plurals («مدنيين» is read as a plural) count nothing.
func (d *doc) peopleCount(j int) (int, bool) {
	if j >= len(d.toks) || !d.toks[j].IsWord() || !d.peopleNoun(j) && !d.vaguePerson(j) {
		return 0, false
	}
	key := d.toks[j].Key
	switch {
	case strings.HasSuffix(key, "يين"), strings.HasSuffix(key, "يون"), strings.HasSuffix(key, "ون"), strings.HasSuffix(key, "ات"):
		return 0, false
	case dual(key), d.possessedDual(key):
		return 2, true
	case strings.HasPrefix(key, "ال"), key == "اشخاص", key == "عناصر", key == "جنود", key == "ضباط":
		return 0, false
	case strings.HasSuffix(key, "ين"), strings.HasSuffix(key, "ان"):
		return 0, false
	}
	return 1, true
}

// possessedDual reports a dual noun of kin that lost its ن to a
// possessive pronoun: «طفلاها» (her two children), «شقيقاه» (his two
// brothers), «ابنتاها» (her two daughters); the stem is in roles.tsv kin.
func (d *doc) possessedDual(key string) bool {
	kin := d.c.lx.roles["kin"]
	for _, end := range []string{"اهما", "اهم", "اها", "اه"} {
		stem, ok := strings.CutSuffix(key, end)
		if !ok || len([]rune(stem)) < 2 {
			continue
		}
		return kin.has(stem) || strings.HasSuffix(stem, "ت") && kin.has(strings.TrimSuffix(stem, "ت")+"ه")
	}
	return false
}

// sinceOutbreak reports a toll counted over a war or a season rather than
// for one event: within fourteen words after the kill word at k, «منذ»
// with a word of beginning or a duration ("منذ اندلاع القتال", "منذ نحو 4
// أشهر"), or «خلال» with a period ("خلال الأشهر الماضية"); or, in the four
// words before it, a series or wave ("سلسلة الهجمات التي أودت بحياة").
func (d *doc) sinceOutbreak(k, s int) bool {
	end := d.first[s+1]
	for j := max(k-4, d.first[s]); j < k; j++ {
		if d.toks[j].Key == "سلسله" || d.toks[j].Key == "موجه" { // "سلسلة الهجمات التي أودت بحياة 300"
			return true
		}
	}
	for j := k + 1; j+1 < end && j <= k+14; j++ {
		next := d.toks[j+1].Key
		switch d.toks[j].Key {
		case "منذ":
			switch next {
			case "اندلاع", "بدء", "بدايه", "مطلع", "انطلاق", "اول", "نحو", "حوالي":
				return true
			}
			if n, ok := d.number(j+1, end); ok && j+1+n.Tokens < end && measureWords[d.toks[j+1+n.Tokens].Key] {
				return true
			}
		case "خلال":
			switch strings.TrimPrefix(next, "ال") {
			case "اشهر", "شهور", "شهر", "شهرين", "اسابيع", "سنوات", "اعوام", "عام", "سنه", "حرب":
				return true
			}
		}
	}
	return false
}

// cumulative reports a hedged count of a thousand or more ("أكثر من 3200
// شخص"): a war's toll, not one event's.
func cumulative(n arabic.Number, hedged bool) bool {
	return hedged && n.Value >= 1000
}

// toll reads a death toll named as such at token k: «حصيلة» or «عدد» with
// the dead («القتلى», «الضحايا», «الشهداء») and the figure after «إلى» or
// right after them ("ارتفعت حصيلة القتلى إلى 12", "بلغ عدد الضحايا 9"),
// or «حصيلة» and a figure of the dead ("ارتفعت حصيلة الهجوم إلى 12
// قتيلا"). A toll of the wounded or the arrested is none.
func (d *doc) toll(k, s int) (int, domain.Span, bool) {
	key := strings.TrimPrefix(d.toks[k].Key, "ال")
	if key != "حصيله" && key != "عدد" {
		return 0, domain.Span{}, false
	}
	last := d.first[s+1]
	dead := false
	for j := k + 1; j < last && j <= k+8; j++ {
		w := d.toks[j].Key
		if w != "الي" { // «إلى» is no definite noun
			w = strings.TrimPrefix(w, "ال")
		}
		switch {
		case w == "قتلي" || w == "ضحايا" || w == "شهداء" || w == "وفيات":
			dead = true
		case d.c.lx.roles["wounded"].has(d.toks[j].Key) || w == "جرحي" || w == "مصابين" || w == "اصابات":
			return 0, domain.Span{}, false
		case (w == "الي" || dead) && (key == "حصيله" || dead):
			at := j
			if w == "الي" {
				at++
			}
			at += d.hedge(at, last)
			if at < last && d.isCount(at, last) && !d.inDate(s, at) {
				n, _ := d.number(at, last)
				if !n.Vague && !cumulative(n, true) && (dead || d.deadAfter(at+n.Tokens, last)) {
					return n.Value, domain.Span{Start: d.toks[k].Start, End: n.Span.End}, true
				}
			}
			if w == "الي" {
				return 0, domain.Span{}, false
			}
		}
	}
	return 0, domain.Span{}, false
}

// risenToll raises an event's toll to the figure a later word gives it:
// "ارتفعت حصيلة القتلى إلى 15", "حصيلة … ارتفعت إلى 15" in one of its sentences or the two after
// its last, when no other event owns that sentence. The highest figure is
// the toll.
func (d *doc) risenToll(ev *domain.Event, sents []int, owner map[int]*domain.Event) {
	if ev.EventType == domain.Strategic || ev.Fatalities == nil && len(sents) == 0 {
		return
	}
	last := slices.Max(sents)
	for s := slices.Min(sents); s <= last+2 && s < len(d.a.Sentences); s++ {
		if o, ok := owner[s]; ok && o != ev || s > last && d.recallsOther(s, ev) {
			continue
		}
		for k := d.first[s]; k < d.first[s+1]; k++ {
			if !strings.HasPrefix(strings.TrimPrefix(d.toks[k].Key, "و"), "ارتفع") {
				continue
			}
			for j := max(k-3, d.first[s]); j < d.first[s+1] && j <= k+3; j++ {
				if v, sp, ok := d.toll(j, s); ok && (ev.Fatalities == nil || v > *ev.Fatalities) {
					ev.Fatalities, ev.FatalitiesSpan = &v, &sp
				}
			}
		}
	}
}

// deadAfter reports a word for the dead at k or k+1 ("12 قتيلا").
func (d *doc) deadAfter(k, last int) bool {
	for j := k; j < last && j <= k+1; j++ {
		if d.c.lx.roles["kill"].has(d.toks[j].Key) {
			return true
		}
	}
	return false
}

// deadDual reports the dual of a word for the dead ("قتيلان", "شهيدين"):
// two deaths.
func deadDual(key string) bool {
	switch key {
	case "قتيلان", "قتيلين", "شهيدان", "شهيدين":
		return true
	}
	return false
}
