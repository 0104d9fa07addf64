// Package kbtest builds a small knowledge base for the stage tests, so
// that they do not depend on the size or wording of the shipped data.
package kbtest

import (
	"testing"
	"testing/fstest"

	"github.com/rasid-osint/rasid/kb"
)

const actors = "id\tname\tkind\tinter\tcountry\taliases\taffiliations\twikidata\tsource\n" +
	"iq-state-forces\tMilitary Forces of Iraq (2020-)\tstate_forces\t1\tIQ\tالجيش العراقي\t\t\ttest\n" +
	"iq-kataib-hezbollah\tKataib Hezbollah\tarmed_group\t3\tIQ\tكتائب حزب الله|حزب الله العراقي\t\t\ttest\n" +
	"ye-houthis\tAnsar Allah (Houthis)\tarmed_group\t2\tYE\tجماعة الحوثي|الحوثيون|الحوثيين|أنصار الله\t\t\ttest\n" +
	"iq-pm-kadhimi\tMustafa al-Kadhimi\tperson\t0\tIQ\tمصطفى الكاظمي|الكاظمي\t\t\ttest\n" +
	"int-is\tIslamic State\tarmed_group\t2\t\tتنظيم داعش|داعش|تنظيم الدولة الإسلامية\t\t\ttest\n"

const generics = "pattern\tname\tinter\tnote\n" +
	"القوات الأمنية\t@state_forces\t1\ttest\n" +
	"قوات الأمن\t@state_forces\t1\ttest\n" +
	"مسلحون مجهولون\tUnidentified Armed Group ({country})\t3\ttest\n" +
	"مسلحين مجهولين\tUnidentified Armed Group ({country})\t3\ttest\n" +
	"مسلحون\tUnidentified Armed Group ({country})\t3\ttest\n" +
	"متظاهرين\tProtesters ({country})\t6\ttest\n" +
	"ناشط\tCivilians ({country})\t7\ttest\n"

const places = "id\tname\tkind\tcountry\tadmin1\tadmin2\tlat\tlon\taliases\tsource\n" +
	"iq\tIraq\tcountry\tIQ\t\t\t33.2\t43.7\tالعراق\ttest\n" +
	"ye\tYemen\tcountry\tYE\t\t\t15.6\t48.0\tاليمن\ttest\n" +
	"iq-baghdad\tBaghdad\tcity\tIQ\tBaghdad\t\t33.31\t44.37\tبغداد\ttest\n" +
	"iq-basra\tBasra\tcity\tIQ\tBasra\t\t30.51\t47.78\tالبصرة\ttest\n" +
	"iq-green-zone\tGreen Zone\tzone\tIQ\tBaghdad\t\t33.30\t44.39\tالمنطقة الخضراء\ttest\n" +
	"iq-bgw\tBaghdad International Airport\tairport\tIQ\tBaghdad\t\t33.26\t44.23\tمطار بغداد|مطار بغداد الدولي\ttest\n" +
	"ye-hodeidah\tAl Hudaydah\tcity\tYE\tAl Hudaydah\t\t14.80\t42.95\tالحديدة\ttest\n" +
	"iq-babil\tBabil\tadmin1\tIQ\tBabil\t\t32.5\t44.4\tبابل\ttest\n" +
	"lb-aitaroun\tAitaroun\ttown\tLB\tNabatieh\t\t33.117\t35.471\tعيترون\ttest\n" +
	"il-avivim\tAvivim\ttown\tIL\tNorthern\t\t33.088\t35.470\tأفيفيم\ttest\n" +
	"ye-bayda\tAl Bayda\tcity\tYE\tAl Bayda\t\t13.99\t45.57\t~البيضاء\ttest\n"

// FS returns the test data as a file system in kb's layout.
func FS() fstest.MapFS {
	return fstest.MapFS{
		"actors.tsv":         {Data: []byte(actors)},
		"generic_actors.tsv": {Data: []byte(generics)},
		"places/test.tsv":    {Data: []byte(places)},
	}
}

// KB parses the test data or fails the test.
func KB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Parse(FS())
	if err != nil {
		t.Fatal(err)
	}
	return k
}
