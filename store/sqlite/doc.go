// Package sqlite implements store.Store on an embedded SQLite database
// (github.com/ncruces/go-sqlite3, pure Go): WAL journal, foreign keys,
// numbered migrations embedded in the binary, and an FTS5 full-text index
// whose tokenizer is rasid's Arabic tokenizer (diacritics, tatweel, alef
// forms and proclitics folded away), with byte offsets into the original
// text so that snippet() and highlight() work.
//
// Each article is saved in its own transaction, identified by its content
// hash, so an interrupted ingest leaves a consistent database and a rerun
// resumes. Events from different articles that are the same event (same
// type, actors, day and place) are merged into one row that keeps every
// source article and counts distinct outlets.
package sqlite
