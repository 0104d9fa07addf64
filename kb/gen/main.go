// Command gen rebuilds kb/data/places/countries.tsv and
// kb/data/places/geonames.tsv from registry packages and the curated files:
//
//	go run ./kb/gen [-data kb/data] [-work DIR]
//
// It downloads the Debian packages libgeonames0 and libgeonames-common
// (apt-get download, dpkg -x), extracts the GeoNames cities GResource with
// gresource and reads the Arabic names from geonames.mo; it takes Arabic
// country names from the npm package i18n-iso-countries (npm pack). Only
// data is used: the GPL library code is neither linked nor copied. It is
// not run by tests or CI; its output is committed.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// Pinned package versions.
const (
	countriesPkg = "i18n-iso-countries@7.14.0"
	resource     = "/com/lomiri/geonames/cities.compiled"
)

func main() {
	data := flag.String("data", "kb/data", "the kb data folder")
	work := flag.String("work", "", "work folder (default: a new temp folder, removed at the end)")
	flag.Parse()
	if err := run(*data, *work); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, work string) error {
	if work == "" {
		dir, err := os.MkdirTemp("", "kbgen")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		work = dir
	}
	src, err := fetch(work)
	if err != nil {
		return err
	}
	cities, err := parseCities(src.cities)
	if err != nil {
		return err
	}
	ar, err := parseMO(src.mo)
	if err != nil {
		return err
	}
	if err := writeCountries(filepath.Join(data, "places", "countries.tsv"), data, src, cities); err != nil {
		return err
	}
	n, err := writeGeoNames(filepath.Join(data, "places", "geonames.tsv"), data, cities, ar)
	if err != nil {
		return err
	}
	fmt.Printf("gen: %d cities read, %d Arabic names, %d rows written to geonames.tsv\n", len(cities), len(ar), n)
	return nil
}
