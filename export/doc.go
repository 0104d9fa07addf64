// Package export writes rasid's data in the formats analysts exchange:
// ACLED-style CSV, JSON Lines in the extraction contract's format,
// GeoJSON event points and a GraphML actor network for Gephi.
//
// WriteArticle is the one mapping from domain.Article to the contract's
// JSON; `rasid extract` and `rasid export --format jsonl` both use it.
package export
