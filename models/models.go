// Package models embeds the trained models pressclip ships, so that a plain
// `go install` works with no data beside it. The files are data only; the code
// that trained them lives with each capability (`pressclip train …`), and
// recipes.json records for every file the command, the data, the seed and the
// SHA-256 that retraining must reproduce.
package models

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
)

//go:embed *.gz recipes.json
var files embed.FS

// Recipe records how one model file was made.
type Recipe struct {
	File    string   `json:"file"`
	Command string   `json:"command"`
	Data    []string `json:"data"`
	Seed    int64    `json:"seed"`
	// Seeds, when more than one, is how many models trained with seeds
	// Seed, Seed+1, … were averaged into this one.
	Seeds   int    `json:"seeds,omitempty"`
	SHA256  string `json:"sha256"`
	Licence string `json:"licence"`
}

// Recipes returns the recorded recipe of every shipped model.
func Recipes() ([]Recipe, error) {
	b, err := files.ReadFile("recipes.json")
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	var rs []Recipe
	if err := json.Unmarshal(b, &rs); err != nil {
		return nil, fmt.Errorf("models: recipes.json: %w", err)
	}
	return rs, nil
}

// RecipeOf returns the recorded recipe of the model file named file, or an
// error when recipes.json records none.
func RecipeOf(file string) (Recipe, error) {
	rs, err := Recipes()
	if err != nil {
		return Recipe{}, err
	}
	for _, r := range rs {
		if r.File == file {
			return r, nil
		}
	}
	return Recipe{}, fmt.Errorf("models: no recipe for %s in recipes.json", file)
}

// Raw returns the stored (gzipped) bytes of a model file.
func Raw(name string) ([]byte, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	return b, nil
}

// Open returns a reader of the decompressed contents of model file name
// (e.g. "ner-en.gz").
func Open(name string) (io.Reader, error) {
	b, err := Raw(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", name, err)
	}
	return zr, nil
}

// Checksum returns the hex SHA-256 of b, the form recipes.json records.
func Checksum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
