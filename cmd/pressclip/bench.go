package main

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/bench"
	"github.com/pressclip/pressclip/eval"
)

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench", "bench [--data DIR] [--pages N] [-j N] [--json]")
	data := fs.String("data", dataDir("eval"), "evaluation data `dir` (text-dumps, article-extraction-benchmark, trafilatura-eval)")
	pages := fs.Int("pages", 1000, "at most `N` pages of each kind")
	workers := fs.Int("j", 0, "pages processed at once (0: all cores)")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	quiet := fs.Bool("q", false, "no progress lines on stderr")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", rest)}
	}
	o := bench.Options{Options: eval.Options{Data: *data}, Workers: *workers, Pages: *pages}
	if !*quiet {
		o.Log = e.stderr
	}
	rep, err := bench.Run(ctx, o)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	rep.Task = "bench"
	if *asJSON {
		return rep.WriteJSON(e.stdout)
	}
	return rep.WriteTable(e.stdout)
}
