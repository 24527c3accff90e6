// Package modeltest holds the check the model tests share: that a model,
// retrained or decoded and encoded again, gives back the very bytes
// models/recipes.json records for its file.
package modeltest

import (
	"testing"

	"github.com/pressclip/pressclip/models"
)

// Reproduces fails t unless encode returns bytes whose SHA-256 is the one
// recipes.json records for file, and returns those bytes. what says where
// the model came from ("retrained", "re-encoded") in the failure.
func Reproduces(t testing.TB, what, file string, encode func() ([]byte, error)) []byte {
	t.Helper()
	b, err := encode()
	if err != nil {
		t.Fatalf("%s %s: encode: %v", what, file, err)
	}
	r, err := models.RecipeOf(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := models.Checksum(b); got != r.SHA256 {
		t.Fatalf("%s %s: sha256 %s, recipe %s", what, file, got, r.SHA256)
	}
	return b
}
