package models

import (
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestRecipesMatchFiles checks that every shipped model has a recipe and that
// its bytes are the ones the recipe recorded.
func TestRecipesMatchFiles(t *testing.T) {
	rs, err := Recipes()
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]Recipe{}
	for _, r := range rs {
		byFile[r.File] = r
	}
	names, err := fs.Glob(files, "*.gz")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		r, ok := byFile[name]
		if !ok {
			t.Errorf("%s has no recipe in recipes.json", name)
			continue
		}
		b, err := Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := Checksum(b); got != r.SHA256 {
			t.Errorf("%s: sha256 %s, recipe says %s", name, got, r.SHA256)
		}
		if !strings.HasPrefix(r.Command, "pressclip train ") || len(r.Data) == 0 || r.Licence == "" {
			t.Errorf("%s: recipe incomplete: %+v", name, r)
		}
		delete(byFile, name)
	}
	for name := range byFile {
		t.Errorf("recipe for %s, which is not shipped", name)
	}
}

// TestDataMDListsModels checks that DATA.md, the licence ledger at the
// repository root, names every shipped model.
func TestDataMDListsModels(t *testing.T) {
	b, err := os.ReadFile("../DATA.md")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if !strings.Contains(string(b), "`"+r.File+"`") {
			t.Errorf("DATA.md does not list %s", r.File)
		}
	}
}

func TestRecipeOf(t *testing.T) {
	rs, err := Recipes()
	if err != nil || len(rs) == 0 {
		t.Fatalf("Recipes: %d, %v", len(rs), err)
	}
	for _, want := range rs {
		got, err := RecipeOf(want.File)
		if err != nil || got.SHA256 != want.SHA256 || got.Command != want.Command {
			t.Errorf("RecipeOf(%q) = %+v, %v; want %+v", want.File, got, err, want)
		}
	}
	if _, err := RecipeOf("no-such-model.gz"); err == nil {
		t.Error("RecipeOf of an unrecorded file: no error")
	}
}

// TestBlobsMatchFiles checks that every embedded .gz file is also one of the
// strings Raw, Open and Release use, with the same bytes.
func TestBlobsMatchFiles(t *testing.T) {
	names, err := fs.Glob(files, "*.gz")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(blobs) {
		t.Errorf("%d embedded .gz files, %d blobs", len(names), len(blobs))
	}
	for _, name := range names {
		b, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := blobs[name]; !ok || s != string(b) {
			t.Errorf("%s: blob missing or different (listed %v)", name, ok)
		}
	}
}

// TestReleaseKeepsBytes checks that after Release every model file still
// reads back whole (its pages come back from the executable) and decompresses.
func TestReleaseKeepsBytes(t *testing.T) {
	rs, err := Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		Release()
		b, err := Raw(r.File)
		if err != nil {
			t.Fatal(err)
		}
		if got := Checksum(b); got != r.SHA256 {
			t.Errorf("%s after Release: sha256 %s, recipe says %s", r.File, got, r.SHA256)
		}
		Release()
		zr, err := Open(r.File)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := io.Copy(io.Discard, zr); err != nil || n == 0 {
			t.Errorf("%s after Release: read %d bytes, %v", r.File, n, err)
		}
	}
}
