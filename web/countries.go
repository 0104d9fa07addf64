package web

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/rasid-osint/rasid/export"
)

//go:embed data/countries_ar.tsv
var countriesAR string

var (
	arOnce  sync.Once
	arNames map[string]string
)

// countryLabel names a country code for display: "العراق · Iraq (IQ)",
// with whichever names are known.
func countryLabel(cc string) string {
	arOnce.Do(func() { arNames = parseNames(countriesAR) })
	var parts []string
	if ar := arNames[strings.ToUpper(cc)]; ar != "" {
		parts = append(parts, ar)
	}
	if c, ok := export.LookupCountry(cc); ok {
		parts = append(parts, c.Name)
	}
	if len(parts) == 0 {
		return cc
	}
	return strings.Join(parts, " · ") + " (" + cc + ")"
}

// parseNames reads "code<TAB>name" lines, skipping comments and the header.
func parseNames(tsv string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(tsv, "\n") {
		code, name, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || strings.HasPrefix(code, "#") || code == "alpha2" {
			continue
		}
		m[code] = name
	}
	return m
}
