package models

import (
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
