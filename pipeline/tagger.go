package pipeline

import "github.com/rasid-osint/rasid/entities"

// defaultTagger returns the embedded NER model, or nil until one ships.
func defaultTagger() (entities.Tagger, error) { return nil, nil }
