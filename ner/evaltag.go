package ner

// EvaluateSentences tags each sentence alone with Tag, as the pipeline
// does, and scores them against their tags.
func (m *Model) EvaluateSentences(sents []Sentence) *Score {
	s := NewScore()
	for _, sent := range sents {
		s.Add(sent.Tags, m.Tag(sent.Tokens))
	}
	return s
}
