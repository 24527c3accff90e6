package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/pressclip/pressclip/langid"
	"github.com/pressclip/pressclip/models"
)

func trainLangid(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train langid", "train langid [--lingua DIR] [--shared DIR] [--out DIR]")
	lingua := fs.String("lingua", "", "lingua-go "+langid.LinguaVersion+" language-models `dir` (default: in the Go module cache)")
	sharedDir := fs.String("shared", filepath.Dir(dataDir("train")), "../shared `dir` (training text for word frequencies)")
	out := fs.String("out", "models", "`dir` to write the model into")
	if err := parse(fs, args); err != nil {
		return err
	}
	dir := *lingua
	if dir == "" {
		d, err := langid.LinguaDir()
		if err != nil {
			return err
		}
		dir = d
	}
	m, err := langid.Train(ctx, langid.ShippedConfig(dir, *sharedDir))
	if err != nil {
		return err
	}
	b, err := m.Encode()
	if err != nil {
		return err
	}
	if err := models.Save(*out, b, langid.ShippedRecipe()); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s/%s (%d bytes)\n", *out, langid.ModelFile, len(b))
	return nil
}
