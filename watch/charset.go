package watch

import (
	"mime"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// toUTF8 returns a page's bytes as UTF-8 when they are not UTF-8 already
// and the Content-Type header names their charset. Otherwise the bytes are
// returned as they are, and the page's own <meta charset> is left to the
// HTML reader.
func toUTF8(body []byte, contentType string) []byte {
	if utf8.Valid(body) {
		return body
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return body
	}
	enc, err := htmlindex.Get(params["charset"])
	if err != nil {
		return body
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return out
}
