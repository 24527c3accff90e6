// Package models embeds the trained models pressclip ships, so that a plain
// `go install` works with no data beside it. The files are data only; the code
// that trained them lives with each capability (`pressclip train …`), and
// recipes.json records for every file the command, the data, the seed and the
// SHA-256 that retraining must reproduce.
package models

import (
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

//go:embed *.gz recipes.json
var files embed.FS

// The model files again, as strings: the compiler stores one copy of each
// file's bytes for both (its data symbols are named by content), and a
// string gives the address Release needs. TestBlobsMatchFiles checks that
// every embedded .gz file is listed here.
var (
	//go:embed dump-title.gz
	dumpTitleGz string
	//go:embed langid.gz
	langidGz string
	//go:embed names.gz
	namesGz string
	//go:embed ner-en.gz
	nerEnGz string
	//go:embed ner-ru.gz
	nerRuGz string
	//go:embed ner-uk.gz
	nerUkGz string
	//go:embed quotes-en.gz
	quotesEnGz string
	//go:embed stories.gz
	storiesGz string

	blobs = map[string]string{
		"dump-title.gz": dumpTitleGz,
		"langid.gz":     langidGz,
		"names.gz":      namesGz,
		"ner-en.gz":     nerEnGz,
		"ner-ru.gz":     nerRuGz,
		"ner-uk.gz":     nerUkGz,
		"quotes-en.gz":  quotesEnGz,
		"stories.gz":    storiesGz,
	}
)

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
	if s, ok := blobs[name]; ok {
		return []byte(s), nil
	}
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	return b, nil
}

// Open returns a reader of the decompressed contents of model file name
// (e.g. "ner-en.gz"). It reads the embedded bytes in place, without a copy.
func Open(name string) (io.Reader, error) {
	s, ok := blobs[name]
	if !ok {
		b, err := Raw(name)
		if err != nil {
			return nil, err
		}
		s = string(b)
	}
	zr, err := gzip.NewReader(strings.NewReader(s))
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
