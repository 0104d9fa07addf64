// Package stories groups articles that report the same main event: copies
// and rewrites (near-duplicate text, found with MinHash/LSH in package
// dedup) and other outlets' versions (the same kind of main event in the
// same province within a day, told with the same named entities). It is
// online: an article joins the best story seen so far or starts one, so a
// batch and a live stream in the same order give the same stories.
package stories
