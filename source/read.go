package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rasid-osint/rasid/domain"
)

// MaxFileBytes caps the size of one text or HTML file.
const MaxFileBytes = 8 << 20

// MaxArchiveBytes caps the size of one JSON Lines or WARC file.
const MaxArchiveBytes = 4 << 30

// ItemError reports one item that could not be read: a file, or a line or
// record inside one.
type ItemError struct {
	Item   string
	Reason string
	Err    error
}

// Error returns "<item>: <reason>".
func (e *ItemError) Error() string { return e.Item + ": " + e.Reason }

// Unwrap returns the underlying error, if any.
func (e *ItemError) Unwrap() error { return e.Err }

func itemErr(item, reason string, err error) *ItemError {
	return &ItemError{Item: item, Reason: reason, Err: err}
}

// Emit receives each article read. Returning an error stops the batch.
type Emit func(*domain.Article) error

// Report receives each bad item.
type Report func(error)

// format reads one kind of file.
type format struct {
	suffixes []string
	maxBytes int64
	read     func(ctx context.Context, path string, emit Emit, report Report) error
}

// formats lists the readers by file name ending, written out once.
var formats = []format{
	{[]string{".txt"}, MaxFileBytes, readTextFile},
	{[]string{".html", ".htm"}, MaxFileBytes, readHTMLFile},
	{[]string{".jsonl", ".jsonl.gz", ".json.gz"}, MaxArchiveBytes, readJSONLFile},
	{[]string{".warc", ".warc.gz"}, MaxArchiveBytes, readWARCFile},
}

func formatOf(path string) (format, bool) {
	name := strings.ToLower(filepath.Base(path))
	for _, f := range formats {
		for _, s := range f.suffixes {
			if strings.HasSuffix(name, s) {
				return f, true
			}
		}
	}
	return format{}, false
}

// Read walks files and folders in name order and emits every article in
// them. A path given explicitly with an unknown ending is reported; inside
// folders such files (index.tsv, notes) are passed over. Only an emit error
// or a cancelled context stops it.
func Read(ctx context.Context, paths []string, emit Emit, report Report) error {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			report(itemErr(p, "cannot open: "+errReason(err), err))
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, info, true, emit, report); err != nil {
				return err
			}
			continue
		}
		files, err := listDir(p)
		if err != nil {
			report(itemErr(p, "cannot list folder: "+errReason(err), err))
			continue
		}
		for _, f := range files {
			fi, err := os.Stat(f)
			if err != nil {
				report(itemErr(f, "cannot open: "+errReason(err), err))
				continue
			}
			if err := readFile(ctx, f, fi, false, emit, report); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

func listDir(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func readFile(ctx context.Context, path string, info fs.FileInfo, explicit bool, emit Emit, report Report) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, ok := formatOf(path)
	if !ok {
		if explicit {
			report(itemErr(path, "unsupported file type (want .txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz)", nil))
		}
		return nil
	}
	if info.Size() > f.maxBytes {
		report(itemErr(path, fmt.Sprintf("file is %d bytes, over the %d-byte cap", info.Size(), f.maxBytes), nil))
		return nil
	}
	return f.read(ctx, path, emit, report)
}

func errReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// docID returns a file's stem: its name without folder and endings.
func docID(path string) string {
	name := filepath.Base(path)
	for _, s := range []string{".jsonl.gz", ".warc.gz", ".json.gz"} {
		if strings.HasSuffix(strings.ToLower(name), s) {
			return name[:len(name)-len(s)]
		}
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}
