package ner

import (
	"crypto/sha256"
	"testing"

	"github.com/pressclip/pressclip/internal/testinput"
)

// TestWriteTrainingKey checks that the key a kept ner-dev model is found
// by changes with the name lists under the data root and with the
// features of any training sentence, the last one too, and not otherwise.
func TestWriteTrainingKey(t *testing.T) {
	cfg := Recipes["en"].Config
	cfg.Lang = "xx" // reads only the Wikidata name list
	s := func(word, label string) Sentence {
		return Sentence{Words: []string{word, "left"}, Labels: []string{label, "O"}}
	}
	train := [][]Sentence{{s("Anna", "B-PER"), s("Boris", "B-PER")}, {s("Clara", "B-PER")}}
	lists := "Anna\tAnna\t9\nBoris\tBoris\t3\n"
	type featFunc = func(words, low, stm []string, gz []uint32, style uint32, bits uint) [][]uint32
	// lastChanged is sentFeatures with one feature more on the last
	// training sentence ("Clara") only
	lastChanged := func(words, low, stm []string, gz []uint32, style uint32, bits uint) [][]uint32 {
		fs := sentFeatures(words, low, stm, gz, style, bits)
		if words[0] == "Clara" {
			fs[0] = append(fs[0], 1)
		}
		return fs
	}
	key := func(root string, feats featFunc) string {
		h := sha256.New()
		if err := writeTrainingKey(h, cfg, root, train, feats); err != nil {
			t.Fatal(err)
		}
		return string(h.Sum(nil))
	}
	base := key(testinput.NameListRoot(t, lists), sentFeatures)
	for _, c := range []struct {
		name  string
		lists string
		feats featFunc
		same  bool
	}{
		{"same inputs", lists, sentFeatures, true},
		{"a name list line changed", "Anna\tAnna\t9\nBoris\tBoris\t7\n", sentFeatures, false},
		{"a name added to a list", lists + "Clara\tClara\t9\n", sentFeatures, false},
		{"a feature of the last sentence changed", lists, lastChanged, false},
	} {
		if got := key(testinput.NameListRoot(t, c.lists), c.feats) == base; got != c.same {
			t.Errorf("%s: same key %v, want %v", c.name, got, c.same)
		}
	}
}
