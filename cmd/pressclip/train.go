package main

import (
	"context"
	"fmt"
)

// trainer builds one model family from ../shared/train into models/.
type trainer func(ctx context.Context, e *env, args []string) error

// trainers lists every `pressclip train MODEL`.
func trainers() map[string]trainer {
	return map[string]trainer{
		"names":      trainNames,
		"stories":    trainStories,
		"quotes":     trainQuotes,
		"ner":        trainNER,
		"langid":     trainLangid,
		"dump-title": trainDumpTitle,
	}
}

func runTrain(ctx context.Context, e *env, args []string) error {
	ts := trainers()
	if len(args) == 0 {
		return usageError{fmt.Errorf("want a model, one of: %s", joinKeys(ts))}
	}
	t, ok := ts[args[0]]
	if !ok {
		return usageError{fmt.Errorf("unknown model %q, want one of: %s", args[0], joinKeys(ts))}
	}
	return t(ctx, e, args[1:])
}
