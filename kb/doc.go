// Package kb is rasid's knowledge base: the actors of the Middle East's
// conflicts (state forces, armed groups, parties, governments and the
// persons who lead them) and an Arabic gazetteer (countries, provinces,
// GeoNames cities and a curated list of districts, towns, neighbourhoods,
// bases and crossings). Both are reviewable TSV files under data/, embedded
// in the binary; this package parses them, lists every Arabic alias for the
// phrase matcher, and links a surface form to the best entry in the
// context of an article (its country, the actors and places it also
// names), saying why.
//
// The data formats and sources are described in data/SOURCES.md and
// docs/kb.md; go run ./kb/gen rebuilds the generated place files.
package kb
