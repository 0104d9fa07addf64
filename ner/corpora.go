package ner

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Corpus describes one training corpus under the shared NER data folder.
type Corpus struct {
	Name    string
	File    string // path relative to the data folder
	Options ReadOptions
	// Map turns the corpus's raw tag column into one of tagNames.
	Map func(raw string) string
	// Join re-attaches split clitics (NewsFANE) when set.
	Join bool
}

// Corpora are the corpora rasid knows how to read, by name.
var Corpora = map[string]Corpus{
	"anercorp": {Name: "anercorp", File: "anercorp/ANERCorp_CamelLab_train.reconstructed.txt",
		Map: mapCoarse},
	"aqmar": {Name: "aqmar", File: "aqmar/train.txt", Map: mapCoarse},
	"newsfane": {Name: "newsfane", File: "newsfane/NewsFANE_Gold_2014_170K.minus-ANERcorp-test-overlap.txt",
		Map: mapFine, Join: true},
	"wojood": {Name: "wojood", File: "wojood-sample/train.txt",
		Options: ReadOptions{Column: TagAll, Separator: "$#$"}, Map: mapNested},
}

// splitTag splits "B-X" into "B" and "X"; O and malformed tags give "".
func splitTag(t string) (string, string) {
	if len(t) > 2 && (t[:2] == "B-" || t[:2] == "I-") {
		return t[:1], t[2:]
	}
	return "", ""
}

// mapCoarse maps ANERcorp/AQMAR tags (PER/PERS, MIS/MISC, LOC, ORG).
func mapCoarse(raw string) string {
	p, typ := splitTag(raw)
	if p == "" {
		return "O"
	}
	typ = canonType(typ)
	switch typ {
	case "PERS", "LOC", "ORG", "MISC":
		return p + "-" + typ
	}
	return "O"
}

// fineTypes maps NewsFANE's fine classes to the four coarse types. PER
// subclasses become PERS except Group (peoples such as "the Arabs",
// which ANERcorp leaves O); GPE, LOC and FAC become LOC; ORG subclasses
// ORG; vehicles, weapons and products MISC.
var fineTypes = map[string]string{}

func init() {
	add := func(typ, names string) {
		for _, n := range strings.Fields(names) {
			fineTypes[n] = typ
		}
	}
	add("PERS", "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police")
	add("ORG", "Government Non-Governmental Commercial Educational Media Religious_ORG Sports Medical-Science Entertainment")
	add("LOC", "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Special "+
		"Water-Body Land-Region-Natural Celestial Boundary Address Region-General Region-International "+
		"Building-Grounds Subarea-Facility Path Airport Plant")
	add("MISC", "Book Movie Sound Software Hardware Food Drug Land Air Water Subarea-Vehicle "+
		"Shooting Projectile Exploding Blunt Sharp Chemical Biological Nuclear")
}

func mapFine(raw string) string {
	p, typ := splitTag(raw)
	if c, ok := fineTypes[typ]; ok && p != "" {
		return p + "-" + c
	}
	return "O"
}

// wojoodTypes maps Wojood's 21 types; the rest (NORP, OCC, dates,
// numbers, ...) are O as in ANERcorp.
var wojoodTypes = map[string]string{"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
	"FAC": "LOC", "EVENT": "MISC", "PRODUCT": "MISC", "CURR": "MISC"}

// mapNested takes the outermost Wojood layer whose type maps to one of
// the four; the caller repairs the IOB2 sequence afterwards.
func mapNested(raw string) string {
	for _, t := range strings.Fields(raw) {
		p, typ := splitTag(t)
		if c, ok := wojoodTypes[typ]; ok && p != "" {
			return p + "-" + c
		}
	}
	return "O"
}

// LoadCorpus reads the named corpus from dir with its tags mapped to
// the four types and valid IOB2.
func LoadCorpus(dir, name string) ([]Sentence, error) {
	c, ok := Corpora[name]
	if !ok {
		return nil, fmt.Errorf("corpus %q: unknown (have anercorp, aqmar, newsfane, wojood)", name)
	}
	f, err := os.Open(filepath.Join(dir, c.File))
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", name, err)
	}
	defer f.Close()
	sents, err := c.Read(f)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", name, err)
	}
	return sents, nil
}

// Read reads the corpus's format from r, maps its tags, repairs IOB2
// and re-attaches split clitics where the corpus splits them.
func (c Corpus) Read(r io.Reader) ([]Sentence, error) {
	sents, err := ReadCoNLL(r, c.Options)
	for i := range sents {
		for j, t := range sents[i].Tags {
			sents[i].Tags[j] = c.Map(t)
		}
		RepairIOB(sents[i].Tags)
		sents[i].Source = c.Name
		if c.Join {
			sents[i] = joinClitics(sents[i])
		}
	}
	return sents, err
}

// SplitDev splits sentences into the first 90% (train) and the last
// 10% (dev), the held-out split used for rasid's reported numbers.
func SplitDev(sents []Sentence) (train, dev []Sentence) { return SplitFold(sents, 9) }

// SplitFold holds out the k-th tenth (0-9) of sentences as dev; k = 9
// is SplitDev. Other folds are for checking how stable a dev measure is.
func SplitFold(sents []Sentence, k int) (train, dev []Sentence) {
	lo, hi := len(sents)*k/10, len(sents)*(k+1)/10
	train = append(append([]Sentence(nil), sents[:lo]...), sents[hi:]...)
	return train, sents[lo:hi]
}
