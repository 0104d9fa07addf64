package pipeline

import (
	"fmt"

	"github.com/rasid-osint/rasid/entities"
	"github.com/rasid-osint/rasid/ner"
)

// defaultTagger returns the embedded NER model (see package ner).
func defaultTagger() (entities.Tagger, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	return m, nil
}
