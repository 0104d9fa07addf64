// Package clean removes site chrome from article text (share and comment
// widgets, archive tags, link-to-source lines, stray letters, repeated
// lines, photo credits, wire sign-offs), keeps every body paragraph, picks
// the headline, and reads a dateline into the publication date when the
// metadata lacks one.
package clean
