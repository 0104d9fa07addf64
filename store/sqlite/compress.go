package sqlite

import (
	"bytes"
	"compress/flate"
	"io"
	"sync"
)

// minCompress is the raw text length from which it is stored compressed.
const minCompress = 256

// writers pools DEFLATE compressors: each holds about a megabyte of
// state, too much to allocate for every article.
var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// deflate compresses s.
func deflate(s string) []byte {
	var b bytes.Buffer
	w := writers.Get().(*flate.Writer)
	w.Reset(&b)
	io.WriteString(w, s)
	w.Close()
	writers.Put(w)
	return b.Bytes()
}

// inflate decompresses what deflate wrote.
func inflate(b []byte) (string, error) {
	r := flate.NewReader(bytes.NewReader(b))
	defer r.Close()
	out, err := io.ReadAll(r)
	return string(out), err
}

// rawCols splits an article's raw text into the raw and raw_z columns
// (raw_z is NULL, an untyped nil, for short texts).
func rawCols(raw string) (string, any) {
	if len(raw) < minCompress {
		return raw, nil
	}
	return "", deflate(raw)
}
