// Package ner is rasid's statistical Arabic named-entity recogniser.
//
// It is an averaged structured perceptron with first-order Viterbi
// decoding over IOB2 tags for four types: PERS, LOC, ORG and MISC.
// Features are hashed to 64-bit keys (token, matching key, affixes,
// clitic-stripped form, word shape, neighbouring tokens, word clusters
// learned from unlabeled news, optional lexicon classes, a jackknifed
// gazetteer of the training corpora's own entities, and the neighbours
// of a word's other occurrences in nearby sentences), so tagging
// allocates little and runs at hundreds of thousands of tokens a second.
// Tag takes one sentence; TagDoc takes a document's sentences in order
// and uses the document context.
//
// Word classes come from a cluster file: context-count clusters
// (LearnClusters), or skip-gram vectors (LearnEmbeddings, word2vec's
// method in one seeded thread) clustered by k-means and by recursive
// bisection into a binary hierarchy whose path prefixes are features
// (EmbedClusters); the vectors themselves, binarised per dimension, are
// features too (BinaryCodes).
//
// The trained model is embedded gzip-compressed (data/model.bin.gz) and
// loaded once by Default. Models work on surface tokens with clitics not
// split, the ANERcorp convention. Training corpora are read from the
// shared data folder at run time; none of their text is in this package.
package ner
