package main

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/eval/extracteval"
	"github.com/pressclip/pressclip/eval/langideval"
	"github.com/pressclip/pressclip/eval/nereval"
	"github.com/pressclip/pressclip/eval/peopleeval"
	"github.com/pressclip/pressclip/eval/quoteseval"
	"github.com/pressclip/pressclip/eval/storieseval"
	"github.com/pressclip/pressclip/eval/timexeval"
)

// evalTasks lists every `pressclip eval TASK`.
func evalTasks() map[string]eval.Task {
	return map[string]eval.Task{
		"extract":     extracteval.Run,
		"extract-dev": extracteval.RunDev,
		"people":      peopleeval.Run,
		"people-dev":  peopleeval.RunDev,
		"ner":         nereval.Run,
		"ner-dev":     nereval.RunDev,
		"quotes":      quoteseval.Run,
		"quotes-dev":  quoteseval.RunDev,
		"stories":     storieseval.Run,
		"stories-dev": storieseval.RunDev,
		"timex":       timexeval.Run,
		"timex-dev":   timexeval.RunDev,
		"langid":      langideval.Run,
		"langid-dev":  langideval.RunDev,
	}
}

func runEval(ctx context.Context, e *env, args []string) error {
	tasks := evalTasks()
	fs := newFlags(e, "eval", "eval [--data DIR] [--json] [--misses FILE] TASK   (tasks: "+joinKeys(tasks)+")")
	data := fs.String("data", dataDir("eval"), "evaluation data `dir`")
	train := fs.String("train", dataDir("train"), "training data `dir` (for held-out parts of training sets)")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	quiet := fs.Bool("q", false, "no progress lines on stderr")
	misses := fs.String("misses", "", "write the pages a tuning task gets wrong to `file` (extract-dev, ner-dev, quotes-dev, timex-dev)")
	args, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageError{fmt.Errorf("want one task, one of: %s", joinKeys(tasks))}
	}
	name := args[0]
	task, ok := tasks[name]
	if !ok {
		return usageError{fmt.Errorf("unknown task %q, want one of: %s", name, joinKeys(tasks))}
	}
	o := eval.Options{Data: *data, Train: *train, Misses: *misses}
	if !*quiet {
		o.Log = e.stderr
	}
	rep, err := task(ctx, o)
	if err != nil {
		return fmt.Errorf("eval %s: %w", name, err)
	}
	rep.Task = name
	if *asJSON {
		return rep.WriteJSON(e.stdout)
	}
	return rep.WriteTable(e.stdout)
}
