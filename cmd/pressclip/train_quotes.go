package main

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/quotes"
)

func trainQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train quotes", "train quotes [--train DIR] [--out DIR]")
	train := fs.String("train", dataDir("train"), "training data `dir`")
	out := fs.String("out", "models", "`dir` to write the model into")
	if err := parse(fs, args); err != nil {
		return err
	}
	m, err := quotes.TrainShipped(ctx, *train, e.stderr)
	if err != nil {
		return err
	}
	b, err := m.Encode()
	if err != nil {
		return err
	}
	r := models.Recipe{
		File: quotes.ModelFile, Command: "pressclip train quotes",
		Data:    []string{"train/polnear-quotes-en/polnear-train-dev.tar.gz (data/train and data/dev)"},
		Seed:    1,
		Licence: "PolNeAR: no licence stated (Newell, Margolin, Ruths, LREC 2018); research use only",
	}
	if err := models.Save(*out, b, r); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s/%s (%d bytes)\n", *out, quotes.ModelFile, len(b))
	return nil
}
