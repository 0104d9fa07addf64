package main

import (
	"flag"
	"fmt"
	"os"
)

// nerPrefixes upgrades a model saved before phrase prefixes were kept:
// it rebuilds the prefixes of its lexicon and gazetteer phrases from the
// training data (the corpora's training split and the kb lexicon) and
// saves the model with them. Tags do not change; tagging gets faster.
func nerPrefixes(args []string) error {
	fs := flag.NewFlagSet("ner prefixes", flag.ContinueOnError)
	model := fs.String("model", "", "model `FILE` to upgrade (default: the embedded model)")
	out := fs.String("out", "", "write the upgraded model to `FILE`")
	data := fs.String("data", defaultNERData, "NER corpora `DIR`")
	corpora := fs.String("corpora", "anercorp,newsfane,wojood,aqmar", "the corpora the model was trained on")
	fold := fs.Int("fold", 9, "the tenth of ANERcorp train held out when the model was trained")
	full := fs.Bool("full", false, "the model was trained on all of ANERcorp train")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("--out is required: %w", errUsage)
	}
	m, err := nerModel(*model)
	if err != nil {
		return err
	}
	train, _, err := nerCorpora(*data, *corpora, *full, *fold)
	if err != nil {
		return err
	}
	lex, err := kbLexicon()
	if err != nil {
		return err
	}
	if err := m.AddPhrasePrefixes(train, lex); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "phrase prefixes rebuilt from %d sentences and %d lexicon names\n", len(train), len(lex))
	return m.SaveFile(*out)
}
