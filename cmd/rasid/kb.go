package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/rasid-osint/rasid/kb"
)

// runKB dispatches rasid kb stats | lookup.
func runKB(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kb", flag.ContinueOnError)
	country := fs.String("country", "", "article `CC` (ISO2) for lookup context")
	year := fs.Int("year", 0, "event `YEAR` for lookup context")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rasid kb stats\n       rasid kb lookup [-country CC] [-year YYYY] NAME...\n\nstats prints actor and place counts by country and kind; lookup links each\nArabic NAME to actors, places and generic descriptors, with candidates and\nthe reason for the choice.")
		fs.PrintDefaults()
	}
	if len(args) == 0 {
		fs.Usage()
		return errUsage
	}
	sub := args[0]
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	k, err := kb.Load()
	if err != nil {
		return err
	}
	switch sub {
	case "stats":
		return kbStats(os.Stdout, k)
	case "lookup":
		if fs.NArg() == 0 {
			fs.Usage()
			return errUsage
		}
		c := kb.Context{Country: strings.ToUpper(*country), Year: *year}
		for _, name := range fs.Args() {
			kbLookup(os.Stdout, k, name, c)
		}
		return nil
	}
	fs.Usage()
	return errUsage
}

// kbStats prints counts by country and kind for actors and places.
func kbStats(w io.Writer, k *kb.KB) error {
	actors := map[[2]string]int{}
	for _, a := range k.Actors() {
		actors[[2]string{orDash(a.Country), a.Kind}]++
	}
	places := map[[2]string]int{}
	for _, p := range k.Places() {
		places[[2]string{p.Country, p.Kind}]++
	}
	fmt.Fprintf(w, "actors: %d   places: %d   names: %d\n\n", len(k.Actors()), len(k.Places()), len(k.Names()))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	printCounts(tw, "actors", actors)
	fmt.Fprintln(tw)
	printCounts(tw, "places", places)
	return tw.Flush()
}

// printCounts prints one line per country with its kinds and counts,
// countries with most entries first.
func printCounts(w io.Writer, what string, counts map[[2]string]int) {
	byCountry := map[string][]string{}
	total := map[string]int{}
	for key, n := range counts {
		byCountry[key[0]] = append(byCountry[key[0]], fmt.Sprintf("%s %d", key[1], n))
		total[key[0]] += n
	}
	ccs := make([]string, 0, len(total))
	for cc := range total {
		ccs = append(ccs, cc)
	}
	sort.Slice(ccs, func(i, j int) bool {
		if total[ccs[i]] != total[ccs[j]] {
			return total[ccs[i]] > total[ccs[j]]
		}
		return ccs[i] < ccs[j]
	})
	fmt.Fprintf(w, "%s\tcountry\ttotal\tby kind\n", what)
	for _, cc := range ccs {
		kinds := byCountry[cc]
		sort.Strings(kinds)
		fmt.Fprintf(w, "\t%s\t%d\t%s\n", cc, total[cc], strings.Join(kinds, ", "))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// kbLookup prints what a name links to.
func kbLookup(w io.Writer, k *kb.KB, name string, c kb.Context) {
	fmt.Fprintf(w, "%s\n", name)
	found := false
	if l, ok := k.LinkActor(name, c); ok {
		found = true
		fmt.Fprintf(w, "  actor: %s  %q  inter %d  (%s)\n", l.Actor.ID, l.Actor.Name, l.Actor.Inter, l.Reason)
		for _, a := range l.Candidates[1:] {
			fmt.Fprintf(w, "    also: %s  %q  %s\n", a.ID, a.Name, orDash(a.Country))
		}
	}
	if a, ok := k.Generic(name, c.Country); ok {
		found = true
		fmt.Fprintf(w, "  generic: %s  %q  inter %d\n", a.ID, a.Name, a.Inter)
	}
	if loc, l, ok := k.Locate(name, c); ok {
		found = true
		p := l.Place
		fmt.Fprintf(w, "  place: %s  %q  %s  %s/%s  %.4f,%.4f  geo_precision %d  (%s)\n", p.ID, p.Name, p.Kind, p.Country, orDash(p.Admin1), p.Lat, p.Lon, loc.GeoPrecision, l.Reason)
		for _, q := range l.Candidates[1:] {
			fmt.Fprintf(w, "    also: %s  %q  %s  %s/%s\n", q.ID, q.Name, q.Kind, q.Country, orDash(q.Admin1))
		}
	}
	if !found {
		fmt.Fprintln(w, "  no match")
	}
}
