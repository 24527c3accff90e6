// Command pressclip turns raw news pages into structured records — article
// text, metadata, language, entities, people, quotations and dates — and
// stores, links and serves them. It is flags and wiring only; the work lives
// in the packages it calls.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError marks an error in how the command was called (exit status 2).
type usageError struct{ error }

// errFailedPages marks a batch in which some page failed (exit status 1).
var errFailedPages = errors.New("some pages failed")

func commands() map[string]command {
	return map[string]command{
		"extract": {"extract records from pages: pressclip extract PATH...", runExtract},
		"eval":    {"evaluate a capability: pressclip eval TASK", runEval},
		"train":   {"train a model: pressclip train MODEL", runTrain},
		"stories": {"group pages into stories and topics: pressclip stories PATH...", runStories},
		"ingest":  {"store pages in a database: pressclip ingest [--db pressclip.db] PATH...", runIngest},
		"serve":   {"serve the web UI and JSON API: pressclip serve [--db pressclip.db] [--addr 127.0.0.1:8080] [--max-active N]", runServe},
		"demo":    {"ingest the bundled example pages and serve them: pressclip demo", runDemo},
		"bench":   {"measure speed and memory of the whole pipeline: pressclip bench", runBench},
		"langid":  {"identify the language of each line: pressclip langid [FILE...]", runLangid},
	}
}

// defaultMemoryLimit is the soft heap limit pressclip runs under unless
// GOMEMLIMIT says otherwise: near it the collector works harder instead of
// letting the heap double, which keeps a 1,000-page batch under 300 MB.
const defaultMemoryLimit = 256 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(run(ctx, e, os.Args[1:]))
}

func run(ctx context.Context, e *env, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "pressclip: unknown command %q\n", args[0])
		usage(e.stderr, cmds)
		return 2
	}
	err := c.run(ctx, e, args[1:])
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "pressclip %s: %v\n", args[0], err)
		return 2
	case errors.Is(err, errFailedPages):
		fmt.Fprintf(e.stderr, "pressclip %s: %v\n", args[0], err)
		return 1
	default:
		fmt.Fprintf(e.stderr, "pressclip %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: pressclip COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
}

// newFlags returns a FlagSet that reports errors instead of exiting.
func newFlags(e *env, name, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: pressclip %s\n", usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags and turns a bad flag into a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}

// parseInterspersed parses flags that may come before or after the
// positional arguments (pressclip eval ner --json) and returns the positional
// ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dataDir returns the default location of ../shared/<sub>: beside the
// working directory's repository, as CI lays it out.
func dataDir(sub string) string {
	for _, base := range []string{"../shared", "../../shared", "../../../shared"} {
		p := base + "/" + sub
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
	}
	return "../shared/" + sub
}

func joinKeys[V any](m map[string]V) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}
