package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// MaxWARCRecordBytes caps the block of one WARC record; larger records are
// skipped and reported.
const MaxWARCRecordBytes = MaxFileBytes + 64<<10

// Record is one HTTP response read from a WARC file.
type Record struct {
	// URI is the WARC-Target-URI.
	URI string
	// Date is the WARC-Date: when the page was fetched.
	Date time.Time
	// Status is the HTTP status code.
	Status int
	// ContentType is the media type of the payload, without parameters.
	ContentType string
	// Body is the HTTP payload, with any content encoding undone.
	Body []byte
}

// ReadWARC reads a WARC file (plain, or gzip-compressed in one or many
// members as Common Crawl writes it) and calls emit for each response record
// that holds an HTML page fetched with status 200, in file order. Other
// records are passed over. It stops at the first malformed record header
// (the rest of the file cannot be located) or when emit returns an error.
func ReadWARC(r io.Reader, emit func(Record) error) error {
	return readWARC(r, emit, func(string, error) {})
}

// readWARC is ReadWARC that also reports response records it cannot use.
func readWARC(r io.Reader, emit func(Record) error, skip func(uri string, err error)) error {
	br, err := warcStream(r)
	if err != nil {
		return err
	}
	for n := 1; ; n++ {
		h, err := readWARCHeader(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("warc record %d: %w", n, err)
		}
		block, err := readWARCBlock(br, h)
		if err != nil {
			return fmt.Errorf("warc record %d (%s): %w", n, h["warc-target-uri"], err)
		}
		if !isHTTPResponse(h) || block == nil {
			continue
		}
		rec, err := parseResponse(h, block)
		if err != nil {
			skip(rec.URI, err)
			continue
		}
		if rec.Status != http.StatusOK || !isHTML(rec.ContentType) {
			continue
		}
		if err := emit(rec); err != nil {
			return err
		}
	}
}

// warcStream returns a buffered reader over the uncompressed WARC data.
func warcStream(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br) // multistream by default
		if err != nil {
			return nil, fmt.Errorf("not a gzip stream: %w", err)
		}
		return bufio.NewReaderSize(zr, 1<<16), nil
	}
	return br, nil
}

// readWARCHeader reads the version line and named fields of one record;
// names are lower-cased. It returns io.EOF at a clean end of input.
func readWARCHeader(br *bufio.Reader) (map[string]string, error) {
	var line string
	for {
		l, err := br.ReadString('\n')
		if err == io.EOF && strings.TrimSpace(l) == "" {
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("truncated record header: %w", err)
		}
		if line = strings.TrimSpace(l); line != "" {
			break
		}
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("expected a WARC version line, found %.40q", line)
	}
	h := map[string]string{}
	for {
		l, err := br.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("truncated record header: %w", err)
		}
		l = strings.TrimRight(l, "\r\n")
		if l == "" {
			return h, nil
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("malformed header line %.60q", l)
		}
		h[strings.ToLower(strings.TrimSpace(name))] = strings.TrimSpace(value)
	}
}

// readWARCBlock reads the record's Content-Length bytes. It returns a nil
// block (and no error) for a record too big to keep, after skipping it.
func readWARCBlock(br *bufio.Reader, h map[string]string) ([]byte, error) {
	size, err := strconv.ParseInt(h["content-length"], 10, 64)
	if err != nil || size < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", h["content-length"])
	}
	if size > MaxWARCRecordBytes {
		if _, err := io.CopyN(io.Discard, br, size); err != nil {
			return nil, fmt.Errorf("truncated block: %w", err)
		}
		return nil, nil
	}
	block := make([]byte, size)
	if _, err := io.ReadFull(br, block); err != nil {
		return nil, fmt.Errorf("truncated block: %w", err)
	}
	return block, nil
}

func isHTTPResponse(h map[string]string) bool {
	return strings.EqualFold(h["warc-type"], "response") &&
		strings.HasPrefix(strings.ToLower(h["content-type"]), "application/http")
}

// parseResponse decodes the HTTP response held in a record's block.
func parseResponse(h map[string]string, block []byte) (Record, error) {
	rec := Record{URI: strings.Trim(h["warc-target-uri"], "<>")}
	if t, err := time.Parse(time.RFC3339Nano, h["warc-date"]); err == nil {
		rec.Date = t
	}
	status, header, body, err := readHTTP(block)
	if err != nil {
		return rec, err
	}
	rec.Status = status
	if body, err = decodePayload(header.Get("Content-Encoding"), body); err != nil {
		return rec, err
	}
	rec.Body = body
	rec.ContentType = mediaType(header.Get("Content-Type"), body)
	return rec, nil
}

// readHTTP splits a stored HTTP response into status, header and body. It
// uses net/http and, for the odd servers whose headers net/http refuses,
// a lenient reader that keeps the "Name: value" lines it understands.
func readHTTP(block []byte) (int, http.Header, []byte, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return readHTTPLenient(block)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxFileBytes+1))
	if err != nil {
		// Archives keep the headers but usually store the body already
		// de-chunked: fall back to the bytes after the header.
		_, _, raw, lerr := readHTTPLenient(block)
		if lerr != nil {
			return 0, nil, nil, fmt.Errorf("unreadable HTTP body: %w", err)
		}
		body = raw
	}
	return resp.StatusCode, resp.Header, body, nil
}

func readHTTPLenient(block []byte) (int, http.Header, []byte, error) {
	head, body, ok := bytes.Cut(block, []byte("\r\n\r\n"))
	if !ok {
		if head, body, ok = bytes.Cut(block, []byte("\n\n")); !ok {
			return 0, nil, nil, fmt.Errorf("malformed HTTP response: no end of header")
		}
	}
	lines := strings.Split(strings.ReplaceAll(string(head), "\r\n", "\n"), "\n")
	fields := strings.Fields(lines[0])
	if len(fields) < 2 || !strings.HasPrefix(fields[0], "HTTP/") {
		return 0, nil, nil, fmt.Errorf("malformed HTTP status line %.60q", lines[0])
	}
	status, err := strconv.Atoi(fields[1])
	if err != nil {
		return 0, nil, nil, fmt.Errorf("malformed HTTP status line %.60q", lines[0])
	}
	h := http.Header{}
	for _, l := range lines[1:] {
		if name, value, ok := strings.Cut(l, ":"); ok && name != "" && !strings.ContainsAny(name, " \t") {
			h.Add(name, strings.TrimSpace(value))
		}
	}
	return status, h, body, nil
}

// decodePayload undoes a gzip content encoding when the body really is
// gzip (Common Crawl stores bodies decoded but may keep the header).
func decodePayload(encoding string, body []byte) ([]byte, error) {
	if !strings.Contains(strings.ToLower(encoding), "gzip") || len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("bad gzip payload: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("bad gzip payload: %w", err)
	}
	return out, nil
}

// mediaType returns the declared media type, or a sniffed one.
func mediaType(declared string, body []byte) string {
	if mt, _, err := mime.ParseMediaType(declared); err == nil && mt != "" {
		return strings.ToLower(mt)
	}
	mt, _, _ := mime.ParseMediaType(http.DetectContentType(body))
	return mt
}

func isHTML(mt string) bool { return mt == "text/html" || mt == "application/xhtml+xml" }

// readWARCFile emits an article for each HTML page of a WARC file. Article
// ids are "<file stem>-<n>" with n counting the HTML pages from 1; Source
// is "<path>:<n>".
func readWARCFile(ctx context.Context, path string, emit Emit, report Report) error {
	f, err := os.Open(path)
	if err != nil {
		report(itemErr(path, "cannot open: "+errReason(err), err))
		return nil
	}
	defer f.Close()
	n := 0
	var stop error
	err = readWARC(f, func(rec Record) error {
		n++
		if n%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		item := fmt.Sprintf("%s:%d", path, n)
		text, why := decodeText(rec.Body)
		if why != "" {
			report(itemErr(item+" "+rec.URI, why, nil))
			return nil
		}
		a, err := ReadHTML(fmt.Sprintf("%s-%d", docID(path), n), rec.URI, []byte(text), rec.Date)
		if err != nil {
			report(itemErr(item+" "+rec.URI, err.Error(), err))
			return nil
		}
		a.Source = item
		if stop = emit(a); stop != nil {
			return stop
		}
		return nil
	}, func(uri string, err error) {
		report(itemErr(path+" "+uri, err.Error(), err))
	})
	if stop != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if err != nil {
		report(itemErr(path, err.Error(), err))
	}
	return nil
}
