package dates

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/rasid-osint/rasid/arabic"
	"github.com/rasid-osint/rasid/internal/tsv"
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
	err := tsv.Read("calendar.tsv", []byte(s), 3, func(f []string) error {
		num, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("number %q: %w", f[2], err)
		}
		words := strings.Fields(arabic.Normalize(f[1]))
		switch f[0] {
		case "greg", "hijri":
			c.months[words[0]] = append(c.months[words[0]], monthName{words, num, f[0] == "hijri"})
		case "weekday":
			c.weekdays[words[0]] = num
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		return nil
	})
	return c, err
}
