package main

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/stories"
)

func trainStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train stories", "train stories [--train DIR] [--eval DIR] [--out DIR]")
	train := fs.String("train", dataDir("train"), "training data `dir`")
	evalDir := fs.String("eval", dataDir("eval"), "evaluation data `dir` (slavic-ner's cross-topic train split only)")
	out := fs.String("out", "models", "`dir` to write the model into")
	if err := parse(fs, args); err != nil {
		return err
	}
	td := stories.TrainData{Train: *train, Eval: *evalDir}
	m, err := stories.Train(ctx, td)
	if err != nil {
		return err
	}
	b, err := m.Encode()
	if err != nil {
		return err
	}
	r := models.Recipe{
		File: stories.ModelFile, Command: "pressclip train stories", Data: td.Sources(),
		Licence: "MUSE dictionaries CC BY-NC 4.0; ner-uk CC BY-NC-SA 4.0; CoNLL-2003 Reuters (internal use); slavic-ner research only",
	}
	if err := models.Save(*out, b, r); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s/%s (%d bytes)\n", *out, stories.ModelFile, len(b))
	return nil
}
