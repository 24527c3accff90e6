package langid

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/internal/modeltest"
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
	modeltest.Reproduces(t, "retrained", ModelFile, m.Encode)
}

// TestTrainKeepOf checks that KeepOf widens the named languages' tables
// only: each keeps its own number of tri-, quadri- and fivegrams.
func TestTrainKeepOf(t *testing.T) {
	dir := linguaDir(t)
	cfg := TrainConfig{Dir: dir, Languages: []string{"en", "uk", "ru"}, Keep: [3]int{2000, 2000, 2000},
		KeepOf: map[string][3]int{"uk": {3000, 2500, 4000}}}
	m, err := Train(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]int{"en": {2000, 2000, 2000}, "uk": {3000, 2500, 4000}, "ru": {2000, 2000, 2000}}
	for l, code := range m.langs {
		for n := 3; n <= maxOrder; n++ {
			tb := &m.tables[n-1]
			got := 0
			tb.refs(func(_ uint64, ref uint32) {
				if m.cost(tb, ref, l) != 0 {
					got++
				}
			})
			if got != want[code][n-3] {
				t.Errorf("%s order %d: %d n-grams kept, want %d", code, n, got, want[code][n-3])
			}
		}
	}
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
			ref, ok := m2.lookup(1, k)
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

// TestAddMuse checks which MUSE words widen a lexicon: lower-cased words
// of the language's side of each dictionary line, Cyrillic letters of its
// alphabet only, each added with at most the cost of a word seen MuseCount
// times in the larger of the uk and ru texts; with a rank weight, a word of
// the language's own dictionary (ranked by its order there) mixes its
// counted frequency with the mean count of the ranks in its power of two.
func TestAddMuse(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "train/muse-dict-uk-ru-en")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		// ranks: категория 1, десять 2, рыба 3 (hello: not Cyrillic; світло: і)
		"ru-en.dict.gz": "category @ Категория\nhello @ hello\nlight @ світло\nten @ десять\nfish @ рыба\nten @ десять\n",
		"en-ru.dict.gz": "ёлка @ tree\nщі @ soup\nрыба @ fish\n",
		"uk-en.dict.gz": "category @ категорія\nfish @ рыба\n",
		"en-uk.dict.gz": "їжак @ hedgehog\n",
	}
	for f, text := range files {
		b, err := gzipBytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	floor := quantise(1.0 / 1000) // seen once in the larger text (ru): one cost for both languages
	tests := []struct {
		rankWeight float64
		wantRu     map[string]uint8
		wantUk     map[string]uint8
	}{
		{0, map[string]uint8{"десять": 7, "категория": floor, "рыба": floor, "ёлка": floor},
			map[string]uint8{"категорія": floor, "їжак": floor}},
		// rank 2's bin holds десять (10 of 1000 words) and рыба (0): mean 0.005;
		// rank 1's bin has no counted word, so категория keeps the floor
		{0.5, map[string]uint8{"десять": quantise(0.5*0.01 + 0.5*0.005), "категория": floor, "рыба": quantise(0.5 * 0.005), "ёлка": floor},
			map[string]uint8{"категорія": floor, "їжак": floor}},
	}
	for _, tt := range tests {
		lex := map[string]map[string]uint8{"ru": {"десять": 7}, "uk": {}, "en": {}}
		counts := map[string]map[string]int{"ru": {"десять": 10, "год": 990}, "uk": {"так": 100}}
		totals := map[string]int{"ru": 1000, "uk": 100, "en": 10}
		if err := addMuse(lex, counts, totals, root, 1, tt.rankWeight); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			lang string
			want map[string]uint8
		}{{"ru", tt.wantRu}, {"uk", tt.wantUk}, {"en", map[string]uint8{}}} {
			got := lex[c.lang]
			if len(got) != len(c.want) {
				t.Errorf("weight %v: %s lexicon %v, want %v", tt.rankWeight, c.lang, got, c.want)
				continue
			}
			for w, q := range c.want {
				if got[w] != q {
					t.Errorf("weight %v: %s %q cost %d, want %d", tt.rankWeight, c.lang, w, got[w], q)
				}
			}
		}
	}
}
