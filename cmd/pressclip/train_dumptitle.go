package main

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/models"
)

func trainDumpTitle(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train dump-title", "train dump-title [--eval DIR] [--out DIR]")
	eval := fs.String("eval", dataDir("eval"), "evaluation data `dir` (../shared/eval: trafilatura-eval and its text dumps, the issue's extraction tuning set)")
	out := fs.String("out", "models", "`dir` to write the model into")
	if err := parse(fs, args); err != nil {
		return err
	}
	w, err := dump.TrainTitle(*eval, e.stderr)
	if err != nil {
		return err
	}
	b, err := dump.EncodeTitleWeights(w)
	if err != nil {
		return err
	}
	r := models.Recipe{
		File: dump.TitleModelFile, Command: "pressclip train dump-title",
		Data:    []string{"eval/text-dumps/trafilatura-eval/*.txt.gz with titles from eval/trafilatura-eval/evaldata.json (trafilatura-eval is the issue's extraction tuning set; its dump-title figure is in-sample)"},
		Seed:    0,
		Licence: "trafilatura-eval: Apache-2.0 repository, annotations by BBAW et al.; the pages are third-party web pages (keep in-house)",
	}
	if err := models.Save(*out, b, r); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s/%s (%d bytes)\n", *out, dump.TitleModelFile, len(b))
	return nil
}
