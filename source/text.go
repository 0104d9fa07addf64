package source

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/rasid-osint/rasid/domain"
)

// meta is one row of an index.tsv.
type meta struct{ outlet, date, url, title string }

var (
	indexMu    sync.Mutex
	indexCache = map[string]map[string]meta{}
)

// indexFor returns the index.tsv rows of a folder, keyed by file name.
func indexFor(dir string) map[string]meta {
	indexMu.Lock()
	defer indexMu.Unlock()
	if m, ok := indexCache[dir]; ok {
		return m
	}
	m := map[string]meta{}
	indexCache[dir] = m
	f, err := os.Open(filepath.Join(dir, "index.tsv"))
	if err != nil {
		return m
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var cols map[string]int
	for sc.Scan() {
		fields := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, c := range fields {
				cols[strings.ToLower(strings.TrimSpace(c))] = i
			}
			continue
		}
		get := func(k string) string {
			if i, ok := cols[k]; ok && i < len(fields) {
				return strings.TrimSpace(fields[i])
			}
			return ""
		}
		m[get("file")] = meta{outlet: get("outlet"), date: get("date"), url: get("url"), title: get("title")}
	}
	return m
}

// readDecoded reads a whole text file as UTF-8, reporting why it cannot.
func readDecoded(path string, report Report) (string, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		report(itemErr(path, "cannot read: "+errReason(err), err))
		return "", false
	}
	text, why := decodeText(b)
	if why != "" {
		report(itemErr(path, why, nil))
		return "", false
	}
	return text, true
}

func readTextFile(ctx context.Context, path string, emit Emit, report Report) error {
	text, ok := readDecoded(path, report)
	if !ok {
		return nil
	}
	a := &domain.Article{DocID: docID(path), Source: path, Raw: text}
	m := indexFor(filepath.Dir(path))[filepath.Base(path)]
	a.Outlet, a.URL, a.Title = m.outlet, m.url, m.title
	a.Published = ParseMetaDate(m.date)
	return emit(a)
}

// ParseMetaDate reads a metadata date: ISO (2020-05-23, with an optional
// time), or RFC 1123 as feeds write it. It returns nil when it cannot.
func ParseMetaDate(s string) *domain.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02", "2006/01/02", time.RFC1123Z, time.RFC1123} {
		n := len(layout)
		if layout == time.RFC3339 || layout == time.RFC1123Z || layout == time.RFC1123 || len(s) < n {
			n = len(s)
		}
		if t, err := time.Parse(layout, s[:n]); err == nil && t.Year() > 1900 {
			d := domain.DayDate(t)
			return &d
		}
	}
	return nil
}
