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

// TestLexiconFloor checks that a word a language's lexicon lacks costs at
// least the lexicon's rarest word there, and a listed word at most its
// counted cost, while a language without a lexicon keeps the chain's cost.
func TestLexiconFloor(t *testing.T) {
	dir := linguaDir(t)
	m, err := Train(context.Background(), TrainConfig{Dir: dir, Languages: []string{"en", "uk", "ru"}, Keep: [3]int{500, 500, 500}})
	if err != nil {
		t.Fatal(err)
	}
	m.setLexicon(map[string]map[string]uint8{
		"uk": {"так": quantise(0.01), "рідкісне": quantise(1e-5)},
		"ru": {"и": quantise(0.04), "так": quantise(0.01)},
	})
	uk, ru, en := 1, 2, 0
	hash := func(w string) uint64 {
		h := uint64(wordHashSeed)
		for _, r := range w {
			h = wordHash(h, r)
		}
		return h
	}
	cands := []int{en, uk, ru}
	for _, tc := range []struct {
		word          string
		chain         float64
		wantUK, wantR float64
	}{
		{"и", 2, float64(quantise(1e-5)-1) / costScale, 2}, // the chain is likelier than the count
		{"так", 20, float64(quantise(0.01)-1) / costScale, float64(quantise(0.01)-1) / costScale},
		{"невідоме", 30, 30, 30},
	} {
		wc := []float64{tc.chain, tc.chain, tc.chain}
		cost := make([]float64, 3)
		m.endWord(hash(tc.word), wc, cands, cost)
		if cost[uk] != tc.wantUK || cost[ru] != tc.wantR || cost[en] != tc.chain {
			t.Errorf("%q: costs en/uk/ru %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", tc.word, cost[en], cost[uk], cost[ru], tc.chain, tc.wantUK, tc.wantR)
		}
		if wc[0] != 0 || wc[1] != 0 || wc[2] != 0 {
			t.Errorf("%q: word costs not cleared: %v", tc.word, wc)
		}
	}
}
