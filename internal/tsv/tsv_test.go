package tsv

import (
	"errors"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	data := []byte("# comment\n\na\tb\r\nc\td\n")
	var got []string
	if err := Read("x.tsv", data, 2, func(f []string) error { got = append(got, strings.Join(f, "+")); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "a+b,c+d" {
		t.Errorf("rows = %q", got)
	}
	cases := map[string]struct {
		data string
		row  func([]string) error
		want string
	}{
		"wrong field count": {"a\tb\nc\n", func([]string) error { return nil }, "x.tsv:2: want 2"},
		"row error":         {"a\tb\n", func([]string) error { return errors.New("bad value") }, "x.tsv:1: bad value"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := Read("x.tsv", []byte(c.data), 2, c.row)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
}
