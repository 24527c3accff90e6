package langid

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
	"github.com/pressclip/pressclip/models"
)

func modelsRaw() ([]byte, error) { return models.Raw(ModelFile) }

func linguaDir(t *testing.T) string {
	t.Helper()
	dir, err := LinguaDir()
	if err != nil {
		if os.Getenv("CI") != "" { // .ci/run downloads them: missing is a failure there
			t.Fatalf("lingua-go tables not in the module cache: %v", err)
		}
		t.Skipf("lingua-go tables not in the module cache: %v", err)
	}
	return dir
}

// TestRetrainMatchesRecipe retrains the shipped model and checks that it is
// byte for byte the file recipes.json records.
func TestRetrainMatchesRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("retraining takes ~20 s")
	}
	dir := linguaDir(t)
	m, err := Train(context.Background(), ShippedConfig(dir, filepath.Dir(shared.Require(t, "train"))))
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	rs, err := models.Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.File == ModelFile {
			if got := models.Checksum(b); got != r.SHA256 {
				t.Fatalf("retrained %s: sha256 %s, recipe %s", ModelFile, got, r.SHA256)
			}
			return
		}
	}
	t.Fatalf("no recipe for %s", ModelFile)
}

// TestTrainSmall trains a three-language model and checks that it
// survives encoding and tells its languages apart.
func TestTrainSmall(t *testing.T) {
	dir := linguaDir(t)
	cfg := TrainConfig{Dir: dir, Languages: []string{"en", "uk", "ru"}, Keep: [3]int{2000, 2000, 2000}}
	m, err := Train(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	b2, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Fatal("two encodings of one model differ")
	}
	m2, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	id := NewWith(m2, nil)
	for text, want := range map[string]string{ukPara: "uk", ruPara: "ru", enPara: "en"} {
		if got, _ := id.Detect(text); got != want {
			t.Errorf("small model: %q → %s, want %s", text[:20], got, want)
		}
	}
	if _, err := Train(context.Background(), TrainConfig{Dir: dir, Languages: []string{"xx"}}); err == nil {
		t.Error("unknown language: want an error")
	}
}
