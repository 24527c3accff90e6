package main

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/names"
)

func trainNames(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train names", "train names [--train DIR] [--eval DIR] [--out DIR]")
	train := fs.String("train", dataDir("train"), "training data `dir`")
	evalDir := fs.String("eval", dataDir("eval"), "evaluation data `dir` (slavic-ner's cross-topic train split only)")
	out := fs.String("out", "models", "`dir` to write the model into")
	if err := parse(fs, args); err != nil {
		return err
	}
	td := names.TrainData{Train: *train, Eval: *evalDir}
	m, err := names.Train(ctx, td)
	if err != nil {
		return err
	}
	b, err := m.Encode()
	if err != nil {
		return err
	}
	r := models.Recipe{
		File: names.ModelFile, Command: "pressclip train names", Data: td.Sources(),
		Licence: names.Licence,
	}
	if err := models.Save(*out, b, r); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s/%s (%d bytes)\n", *out, names.ModelFile, len(b))
	return nil
}
