package source

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/rasid-osint/rasid/domain"
)

// MaxLineBytes caps one JSON Lines record.
const MaxLineBytes = 16 << 20

// record is one JSON Lines article.
type record struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	URL    string          `json:"url"`
	Outlet string          `json:"outlet"`
	Date   string          `json:"date"`
}

func readJSONLFile(ctx context.Context, path string, emit Emit, report Report) error {
	f, err := os.Open(path)
	if err != nil {
		report(itemErr(path, "cannot open: "+errReason(err), err))
		return nil
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			report(itemErr(path, "not a gzip file: "+err.Error(), err))
			return nil
		}
		defer zr.Close()
		r = zr
	}
	return readJSONL(ctx, path, r, emit, report)
}

func readJSONL(ctx context.Context, path string, r io.Reader, emit Emit, report Report) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := readLine(br)
		if len(line) > 0 {
			if e := emitRecord(path, n, line, emit, report); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			report(itemErr(fmt.Sprintf("%s:%d", path, n), "read failed: "+err.Error(), err))
			return nil
		}
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// readLine reads one line, refusing to hold more than MaxLineBytes.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) <= MaxLineBytes {
			line = append(line, chunk...)
		} else if line != nil {
			line = line[:0:0] // over the cap: keep reading to the end, mark empty
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, err
	}
}

func emitRecord(path string, n int, line []byte, emit Emit, report Report) error {
	item := fmt.Sprintf("%s:%d", path, n)
	line = []byte(strings.TrimSpace(string(line)))
	if len(line) == 0 {
		return nil
	}
	if !utf8.Valid(line) {
		report(itemErr(item, "line is not valid UTF-8", nil))
		return nil
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		report(itemErr(item, "malformed JSON: "+err.Error(), err))
		return nil
	}
	id := strings.Trim(string(rec.ID), `"`)
	if id == "" || id == "null" {
		id = fmt.Sprintf("%s-%d", docID(path), n)
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.Title) == "" {
		report(itemErr(item, "record has no title and no text", nil))
		return nil
	}
	a := &domain.Article{DocID: id, Source: item, Outlet: rec.Outlet, URL: rec.URL,
		Title: strings.TrimSpace(rec.Title), Raw: rec.Text, Published: ParseMetaDate(rec.Date)}
	return emit(a)
}
