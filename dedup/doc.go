// Package dedup finds exact and near-duplicate articles and groups articles
// into stories, online and without comparing each new article with every
// stored one.
//
// Text is normalised with arabic.Normalize and cut into words. Two
// signatures are computed from the words, both with fixed seeds so that they
// are the same in every process and may be stored:
//
//   - SimHash-64 over 2-word shingles: one uint64; near-duplicates differ in
//     few bits (Hamming distance).
//   - MinHash over 3-word shingles (128 hash functions, a []uint64): the share
//     of equal slots estimates the Jaccard similarity of the shingle sets.
//
// An Index files MinHash signatures under banded LSH keys (32 bands of 4
// rows), so a query returns only the documents that share at least one band
// with it; those candidates are then scored exactly on their signatures.
//
// A Clusterer assigns each article to a story over a sliding window of days:
// the article joins the story of its best-matching recent article (by body
// shingles and title words) or starts a new story. Given the same input in
// the same order it returns the same story ids, in batch or in a stream.
package dedup
