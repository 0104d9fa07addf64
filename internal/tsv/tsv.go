// Package tsv reads rasid's lexicon files: UTF-8 lines of tab-separated
// fields; blank lines and lines starting with # are comments.
package tsv

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Read calls row with the fields of each data line of the file name. When
// cols > 0 every line must have exactly cols fields. An error, from Read or
// from row, names the file and line: "triggers.tsv:12: ...".
func Read(name string, data []byte, cols int, row func(fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if cols > 0 && len(f) != cols {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, have %d", name, n, cols, len(f))
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
