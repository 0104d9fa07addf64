package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rasid-osint/rasid/export"
	"github.com/rasid-osint/rasid/store"
	"github.com/rasid-osint/rasid/store/sqlite"
)

// exportOptions are the flags of rasid export.
type exportOptions struct {
	db, format, out string
	filter          store.EventFilter
}

func runExport(ctx context.Context, args []string) error {
	var o exportOptions
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.StringVar(&o.db, "db", "./rasid.db", "read the SQLite database `FILE`")
	fs.StringVar(&o.format, "format", "acled", "output `FORMAT`: "+strings.Join(export.Formats, ", "))
	fs.StringVar(&o.out, "o", "", "write to `FILE` (default: standard output)")
	parseFilter := filterFlags(fs, &o.filter)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rasid export [flags]\n\nWrites the stored events matching the filters as ACLED CSV, JSON Lines (the\nextraction contract, one article per line), GeoJSON points or a GraphML actor network.")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if err := parseFilter(); err != nil {
		fmt.Fprintln(fs.Output(), err)
		return errUsage
	}
	if len(rest) != 0 {
		fs.Usage()
		return errUsage
	}
	return exportTo(ctx, o)
}

// filterFlags defines the UI's event filters on fs; the returned function
// finishes parsing (dates) after fs.Parse.
func filterFlags(fs *flag.FlagSet, f *store.EventFilter) func() error {
	var from, to string
	fs.StringVar(&f.Type, "type", "", "keep events of this ACLED event `TYPE`")
	fs.StringVar(&f.SubType, "sub-type", "", "keep events of this ACLED sub-event `TYPE`")
	fs.StringVar(&from, "from", "", "keep events on or after `DATE` (YYYY-MM-DD)")
	fs.StringVar(&to, "to", "", "keep events on or before `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.Country, "country", "", "keep events in this country (ISO 3166 alpha-2 `CODE`)")
	fs.StringVar(&f.Admin1, "admin1", "", "keep events in this `PROVINCE` (English name)")
	fs.StringVar(&f.Actor, "actor", "", "keep events with this actor (`ID` or part of a name)")
	fs.IntVar(&f.MinOutlets, "min-outlets", 0, "keep events reported by at least `N` outlets")
	fs.StringVar(&f.Query, "q", "", "keep events whose articles match this Arabic full-text `QUERY`")
	fs.BoolVar(&f.PrimaryOnly, "primary", false, "drop events reported only as background")
	return func() error {
		for _, d := range []struct {
			s   string
			dst *time.Time
		}{{from, &f.From}, {to, &f.To}} {
			if d.s == "" {
				continue
			}
			t, err := time.Parse("2006-01-02", d.s)
			if err != nil {
				return fmt.Errorf("bad date %q: want YYYY-MM-DD", d.s)
			}
			*d.dst = t
		}
		return nil
	}
}

func exportTo(ctx context.Context, o exportOptions) (err error) {
	if _, err := os.Stat(o.db); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	db, err := sqlite.Open(ctx, o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	bw, err := createOutput(o.out)
	if err != nil {
		return err
	}
	if err := export.Write(ctx, db, o.format, o.filter, bw); err != nil {
		bw.Close()
		return err
	}
	return bw.Close()
}
