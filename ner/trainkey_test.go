package ner

import (
	"compress/gzip"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

// writeNameList makes a data root whose only name list (the one every
// language reads) holds lines, and returns the root.
func writeNameList(t *testing.T, lines string) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "train", "person-names-uk-ru-en")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "wikidata_en_ru_name_tokens_80.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(lines)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return root
}

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
	base := key(writeNameList(t, lists), sentFeatures)
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
		if got := key(writeNameList(t, c.lists), c.feats) == base; got != c.same {
			t.Errorf("%s: same key %v, want %v", c.name, got, c.same)
		}
	}
}
