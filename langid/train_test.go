package langid

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
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
	// letters outside a language's alphabet cost what unseen letters cost
	li := map[string]int{}
	for i, l := range m2.langs {
		li[l] = i
	}
	for _, tt := range []struct {
		lang, letters string
	}{{"uk", notInAlphabet["uk"]}, {"ru", notInAlphabet["ru"]}, {"ru", "ыэ"}} {
		for _, r := range tt.letters {
			k, ok := m2.key(string(r))
			if !ok {
				continue
			}
			ref, ok := m2.tables[0].rows[k]
			c := uint8(0)
			if ok {
				c = m2.cost(&m2.tables[0], ref, li[tt.lang])
			}
			own := strings.ContainsRune(notInAlphabet[tt.lang], r)
			if own && c != 0 {
				t.Errorf("%s keeps %q (cost %d), not in its alphabet", tt.lang, r, c)
			}
			if !own && c == 0 {
				t.Errorf("%s lacks %q", tt.lang, r)
			}
		}
	}
	if _, err := Train(context.Background(), TrainConfig{Dir: dir, Languages: []string{"xx"}}); err == nil {
		t.Error("unknown language: want an error")
	}
}

// TestWordEnds checks the word-end probabilities derived from conditional
// n-gram probabilities: the share of an n-gram's occurrences no letter
// follows, mixed (endMix) with the estimate for a shorter ending, and for
// one letter with the language's mean.
func TestWordEnds(t *testing.T) {
	var cond [maxOrder]map[string]float64
	cond[0] = map[string]float64{"a": 0.5, "b": 0.5}
	cond[1] = map[string]float64{"ab": 0.5, "ba": 1}
	cond[2] = map[string]float64{"aba": 0.2}
	cond[3] = map[string]float64{}
	cond[4] = map[string]float64{}
	ends := wordEnds(cond)
	mean := 0.5*0.5 + 0.5*0 // a ends half the time, b never
	endB := max((1-endMix)*0+endMix*mean, 1e-6)
	tests := []struct {
		n    int
		g    string
		want float64
	}{
		{1, "a", (1-endMix)*0.5 + endMix*mean},
		{1, "b", endB},
		{2, "ab", (1-endMix)*0.8 + endMix*endB},
		{2, "ba", (1-endMix)*1 + endMix*((1-endMix)*0.5+endMix*mean)},
	}
	for _, tt := range tests {
		if got := ends[tt.n-1][tt.g]; math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("p(end | %q) = %v, want %v", tt.g, got, tt.want)
		}
	}
	if _, ok := ends[2]["aba"]; !ok {
		t.Error("no end probability for a kept trigram")
	}
}
