// Command rasid turns Arabic news into conflict event data.
//
//	rasid extract [flags] PATH...   articles in, contract JSON Lines out
//	rasid help                      list the commands
//
// Each subcommand lives in its own file with its own flag set.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// commands lists every subcommand; each is defined in its own file and
// parses its own flags from args.
var commands = map[string]func(ctx context.Context, args []string) error{
	"extract": runExtract,
	"ingest":  runIngest,
	"export":  runExport,
	"kb":      runKB,
	"serve":   runServe,
	"ner":     runNER,
	"watch":   runWatch,
}

// summaries describe the commands in the help text.
var summaries = map[string]string{
	"extract": "extract events from articles to JSON Lines (the output contract)",
	"ingest":  "extract and store articles, events and stories in a SQLite database",
	"export":  "export stored events as ACLED CSV, JSON Lines, GeoJSON or GraphML",
	"serve":   "serve the analyst's web application",
	"watch":   "poll news feeds and pages into the database",
	"ner":     "train, run and evaluate the Arabic NER model",
	"kb":      "actor base and gazetteer statistics and lookups",
}

// errUsage marks a usage error: exit status 2, no extra message.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:]))
}

func run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage()
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "rasid: unknown command %q\n", args[0])
		usage()
		return 2
	}
	if err := cmd(ctx, args[1:]); err != nil {
		if errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp) {
			return 2
		}
		fmt.Fprintf(os.Stderr, "rasid %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage() {
	fmt.Fprintln(os.Stderr, "rasid (راصد): Arabic news in, conflict event data out.\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "  %-10s %s\n", n, summaries[n])
	}
	fmt.Fprintln(os.Stderr, "\nRun 'rasid COMMAND -h' for a command's flags.")
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments ("rasid extract DIR -o out.jsonl"), and returns
// the positional ones. "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// runFlags are the flags every command that runs the pipeline takes.
type runFlags struct {
	workers int
	quiet   bool
}

// pipelineCommand defines the shared flags on fs with its usage text,
// parses args and returns the paths, of which there must be at least one.
func pipelineCommand(fs *flag.FlagSet, rf *runFlags, usage string, args []string) ([]string, error) {
	fs.IntVar(&rf.workers, "workers", 0, "analyse articles on `N` goroutines (default: one per core)")
	fs.BoolVar(&rf.quiet, "q", false, "do not print progress and the summary line on standard error")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usage)
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		fs.Usage()
		return nil, errUsage
	}
	return paths, nil
}
