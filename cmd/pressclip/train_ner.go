package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/ner"
)

func trainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner", "train ner --lang en|uk|ru [--train DIR] [--out DIR]")
	lang := fs.String("lang", "", "language: en, uk or ru")
	train := fs.String("train", dataDir("train"), "training data `dir` (../shared/train; its parent holds eval/slavic-ner)")
	out := fs.String("out", "models", "`dir` to write the model into")
	if err := parse(fs, args); err != nil {
		return err
	}
	rec, ok := ner.Recipes[*lang]
	if !ok {
		return usageError{fmt.Errorf("train ner: --lang must be en, uk or ru, got %q", *lang)}
	}
	m, err := ner.TrainShipped(ctx, *lang, filepath.Dir(filepath.Clean(*train)), 0, e.stderr)
	if err != nil {
		return err
	}
	b, err := m.Encode()
	if err != nil {
		return err
	}
	r := models.Recipe{
		File: ner.ModelFile(*lang), Command: "pressclip train ner --lang " + *lang,
		Data: rec.Sources, Seed: int64(rec.Seed), Licence: ner.Licence[*lang],
	}
	if rec.Seeds > 1 {
		r.Seeds = rec.Seeds
	}
	if err := models.Save(*out, b, r); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s/%s (%d bytes)\n", *out, r.File, len(b))
	return nil
}
