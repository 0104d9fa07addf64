package kb

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// row is one data line of a TSV file, with its position for errors.
type row struct {
	file   string
	line   int
	fields []string
}

// errorf returns an error naming the row's file and line.
func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// errList collects one error per bad line and goes on.
type errList []error

func (e *errList) add(err error) {
	if err != nil {
		*e = append(*e, err)
	}
}

func (e errList) err() error {
	const max = 50
	if len(e) > max {
		return errors.Join(append(e[:max:max], fmt.Errorf("... and %d more errors", len(e)-max))...)
	}
	return errors.Join(e...)
}

// readTSV reads a tab-separated file whose first non-comment line is the
// header want, optionally followed by the names in opt. Blank lines and
// lines starting with # are skipped. Rows are padded with "" to
// len(want)+len(opt) columns.
func readTSV(fsys fs.FS, name string, want, opt []string, errs *errList) []row {
	f, err := fsys.Open(name)
	if err != nil {
		errs.add(fmt.Errorf("%s: %w", name, err))
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var rows []row
	header := false
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		r := row{file: name, line: n, fields: strings.Split(text, "\t")}
		if !header {
			header = true
			if !headerOK(r.fields, want, opt) {
				errs.add(r.errorf("header is %q, want %q", strings.Join(r.fields, ","), strings.Join(want, ",")))
				return nil
			}
			continue
		}
		if err := r.pad(len(want) + len(opt)); err != nil {
			errs.add(err)
			continue
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		errs.add(fmt.Errorf("%s: %w", name, err))
	}
	if !header {
		errs.add(fmt.Errorf("%s: no header line", name))
	}
	return rows
}

// pad checks that the row has at most width columns, fills missing
// trailing ones with "" and trims every field.
func (r *row) pad(width int) error {
	if len(r.fields) > width {
		return r.errorf("%d columns, want at most %d", len(r.fields), width)
	}
	for len(r.fields) < width {
		r.fields = append(r.fields, "")
	}
	for i := range r.fields {
		r.fields[i] = strings.TrimSpace(r.fields[i])
	}
	return nil
}

// linkOnlyMark starts an alias that is also a common word (صور, حديثة,
// القاعدة): the linker accepts it, but Names does not give it to the
// phrase matcher.
const linkOnlyMark = "~"

// splitAliases splits a |-separated alias list, dropping empty items and
// duplicates. It returns every form without its mark, and the forms that
// were marked link-only.
func splitAliases(s string) (all []string, linkOnly []string) {
	seen := map[string]bool{}
	for _, a := range strings.Split(s, "|") {
		a = strings.Join(strings.Fields(a), " ")
		only := strings.HasPrefix(a, linkOnlyMark)
		a = strings.TrimSpace(strings.TrimPrefix(a, linkOnlyMark))
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		all = append(all, a)
		if only {
			linkOnly = append(linkOnly, a)
		}
	}
	return all, linkOnly
}

// linkOnlyKey names one link-only alias of an actor or place.
func linkOnlyKey(kind, id, form string) string { return kind + "\x00" + id + "\x00" + form }

// validCountry reports whether cc is empty or two upper-case letters.
func validCountry(cc string) bool {
	if cc == "" {
		return true
	}
	return len(cc) == 2 && cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z'
}

// headerOK reports whether fields are want followed by a prefix of opt.
func headerOK(fields, want, opt []string) bool {
	all := append(append([]string{}, want...), opt...)
	if len(fields) < len(want) || len(fields) > len(all) {
		return false
	}
	for i, f := range fields {
		if strings.TrimSpace(f) != all[i] {
			return false
		}
	}
	return true
}

// validID reports whether id is a slug: lower-case ASCII letters, digits
// and dashes.
func validID(id string) bool {
	if id == "" {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
