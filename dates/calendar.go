package dates

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/rasid-osint/rasid/arabic"
)

//go:embed data/calendar.tsv
var dataFS embed.FS

// calendar holds the month and weekday names, keyed by normalised words.
type calendar struct {
	months   map[string][]monthName // by first word
	weekdays map[string]int
}

type monthName struct {
	words []string
	num   int
	hijri bool
}

var (
	cal     *calendar
	calErr  error
	calOnce sync.Once
)

func loadCalendar() (*calendar, error) {
	calOnce.Do(func() {
		b, err := dataFS.ReadFile("data/calendar.tsv")
		if err != nil {
			calErr = err
			return
		}
		cal, calErr = parseCalendar(string(b))
	})
	return cal, calErr
}

func parseCalendar(s string) (*calendar, error) {
	c := &calendar{months: map[string][]monthName{}, weekdays: map[string]int{}}
	sc := bufio.NewScanner(strings.NewReader(s))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("calendar.tsv:%d: want 3 columns", n)
		}
		num, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("calendar.tsv:%d: number %q: %w", n, f[2], err)
		}
		words := strings.Fields(arabic.Normalize(f[1]))
		switch f[0] {
		case "greg", "hijri":
			c.months[words[0]] = append(c.months[words[0]], monthName{words, num, f[0] == "hijri"})
		case "weekday":
			c.weekdays[words[0]] = num
		default:
			return nil, fmt.Errorf("calendar.tsv:%d: unknown kind %q", n, f[0])
		}
	}
	return c, sc.Err()
}
