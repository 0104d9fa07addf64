package export

import (
	"bufio"
	"bytes"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/countries.tsv
var countriesTSV []byte

// Country is an ISO 3166-1 country with its ACLED region.
type Country struct {
	Alpha2, Alpha3 string
	Numeric        int
	Name, Region   string
}

var (
	countriesOnce sync.Once
	countries     map[string]Country
)

// LookupCountry returns the country with the ISO alpha-2 code cc.
func LookupCountry(cc string) (Country, bool) {
	countriesOnce.Do(func() { countries = parseCountries(countriesTSV) })
	c, ok := countries[strings.ToUpper(cc)]
	return c, ok
}

// parseCountries reads countries.tsv; malformed lines are skipped (the
// package tests check there are none).
func parseCountries(b []byte) map[string]Country {
	m := map[string]Country{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for first := true; sc.Scan(); first = false {
		f := strings.Split(sc.Text(), "\t")
		if first || len(f) != 5 {
			continue
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			continue
		}
		m[f[0]] = Country{Alpha2: f[0], Alpha3: f[1], Numeric: n, Name: f[3], Region: f[4]}
	}
	return m
}
