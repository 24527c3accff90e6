package dump

import (
	"bytes"
	"compress/gzip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
	"github.com/pressclip/pressclip/models"
)

// TestTitleWeightsFile checks that the shipped headline weights decode,
// give every feature a weight, and encode back to the same bytes.
func TestTitleWeightsFile(t *testing.T) {
	raw, err := models.Raw(TitleModelFile)
	if err != nil {
		t.Fatal(err)
	}
	w := titleWeights()
	b, err := EncodeTitleWeights(w)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, raw) {
		t.Fatal("re-encoded headline weights differ from the shipped file")
	}
	for k, n := range titleFeatureNames {
		if n == "" {
			t.Errorf("feature %d has no name in the model file", k)
		}
	}
}

// TestDecodeTitleWeightsRejects checks that a file missing a feature,
// naming an unknown or repeated one, or holding a bad number is an error.
func TestDecodeTitleWeightsRejects(t *testing.T) {
	zr, err := models.Open(TitleModelFile)
	if err != nil {
		t.Fatal(err)
	}
	good, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(string(good), "\n"), "\n")
	for name, in := range map[string]string{
		"missing":  strings.Join(lines[1:], ""),
		"unknown":  string(good) + "copyright\t0.00\n",
		"repeated": string(good) + lines[0],
		"number":   strings.Replace(string(good), lines[0], strings.SplitN(lines[0], "\t", 2)[0]+"\tx\n", 1),
		"no tab":   "midLength 1.0\n",
		"empty":    "",
	} {
		if _, err := DecodeTitleWeights(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := DecodeTitleWeights(bytes.NewReader(good)); err != nil {
		t.Errorf("shipped file: %v", err)
	}
}

// TestTitleRetrainChecksum refits the headline weights from zero on
// trafilatura-eval's text dumps, as `pressclip train dump-title` does, and
// checks the file matches the shipped one and its recipe byte for byte.
func TestTitleRetrainChecksum(t *testing.T) {
	shared.Require(t, "eval/text-dumps/trafilatura-eval")
	evalDir := filepath.Dir(shared.Require(t, "eval/trafilatura-eval"))
	w, err := TrainTitle(evalDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodeTitleWeights(w)
	if err != nil {
		t.Fatal(err)
	}
	r, err := models.RecipeOf(TitleModelFile)
	if err != nil {
		t.Fatal(err)
	}
	want := r.SHA256
	if got := models.Checksum(b); got != want {
		zr, _ := gzip.NewReader(bytes.NewReader(b))
		txt, _ := io.ReadAll(zr)
		t.Fatalf("retrained %s checksum %s, recipe says %s; weights:\n%s", TitleModelFile, got, want, txt)
	}
}
