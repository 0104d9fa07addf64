package events

import (
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// plotKindReach is how many words after a generic plan («مخطط»,
// «محاولة») the word that makes it violent may come.
const plotKindReach = 3

// foilsWeapons reports a foiling trigger whose object is an attack or a
// weapon: a plot word after it, or a generic plan («محاولة», «مخطط»,
// «عملية») that a plot word or a word of violence qualifies («محاولة
// تسلل», «مخطط إرهابي»). «إحباط مخطط لإثارة الفوضى» is not one.
func (d *doc) foilsWeapons(m match) bool {
	lo, hi := d.window(m.j, m.j, m.j+senseReach)
	if d.hasWord("plot", lo, hi) {
		return true
	}
	for k := lo; k < hi; k++ {
		if _, ok := d.c.lx.prec["plothead"].phraseAt(d.toks, k); ok {
			qlo, qhi := d.window(k, k+1, k+1+plotKindReach)
			if d.hasWord("plotkind", qlo, qhi) {
				return true
			}
		}
	}
	return false
}

// foundReach is how many words before a weapon noun a word of finding or
// seizing makes it a weapon found, not used.
const foundReach = 8

// foundWeapon reports a weapon noun a few words after a word of finding or
// seizing («عثرت وحدة من فوج الهندسة على عبوة ناسفة»): a weapon found,
// which ACLED codes as a disrupted weapons use, not an explosion.
func (d *doc) foundWeapon(m match) bool {
	lo, hi := d.window(m.i, m.i-foundReach, m.i)
	return m.t.noun && m.t.typ == domain.Explosions && d.hasWord("found", lo, hi)
}

// causedExplosion reports an explosion word that is the object of a verb
// of effect («تسببت الغارات بانفجارات», «أدى القصف إلى انفجار»): what
// another act caused. As the subject («أدى انفجار عبوة إلى مقتل …») it is
// the act.
func (d *doc) causedExplosion(m match) bool {
	if m.t.sub != "Remote explosive/landmine/IED" || !strings.HasPrefix(d.toks[m.i].Key, "انفجار") && !strings.HasPrefix(strings.TrimPrefix(d.toks[m.i].Norm, "ب"), "انفجار") {
		return false
	}
	object := strings.HasPrefix(d.toks[m.i].Norm, "ب") || m.i > 0 && d.toks[m.i-1].Key == "الي"
	return object && d.hasWord("effect", max(m.i-4, d.first[d.toks[m.i].Sentence]), m.i)
}

// seriesReach is how many words before a noun trigger «موجة» or «تشهد»
// may stand («وتشهد محافظتا إب وعدن مواجهات عنيفة … منذ»).
const seriesReach = 6

// wave reports a noun trigger after «موجة»/«سلسلة» or a present «تشهد»
// in a sentence with «منذ» («وتشهد جبهات مأرب منذ مطلع شباط معارك
// عنيفة»): a run of events over a period, not one event.
func (d *doc) wave(m match) bool {
	if !m.t.noun || !d.hasWord("series", max(m.i-seriesReach, d.first[d.toks[m.i].Sentence]), m.i) {
		return false
	}
	s := d.toks[m.i].Sentence
	for k := d.first[s]; k < d.first[s+1]; k++ {
		if d.toks[k].Key == "منذ" {
			return true
		}
	}
	return false
}
