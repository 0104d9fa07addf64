// Package source reads articles from files and folders: plain text with an
// index.tsv beside it, saved web pages, JSON Lines (optionally gzipped) and
// WARC archives. Bad items (undecodable, empty, binary, oversized,
// malformed) are reported one by one as *ItemError and the batch goes on.
package source
