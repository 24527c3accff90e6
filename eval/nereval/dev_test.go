package nereval

import (
	"testing"

	"github.com/pressclip/pressclip/internal/testinput"
	"github.com/pressclip/pressclip/ner"
)

// TestDevModelKey checks that a kept dev model is keyed by its
// configuration, by every word, label and boundary of its training
// documents and by the name lists under the data root.
func TestDevModelKey(t *testing.T) {
	s := func(word, label string) ner.Sentence {
		return ner.Sentence{Words: []string{word}, Labels: []string{label}}
	}
	cfg := ner.Recipes["en"].Config
	cfg.Lang = "xx" // reads only the Wikidata name list
	seed2 := cfg
	seed2.Seed++
	lists := "Anna\tAnna\t9\n"
	base := [][]ner.Sentence{{s("Anna", "B-PER"), s("left", "O")}}
	key := func(cfg ner.Config, lists string, train [][]ner.Sentence) [32]byte {
		k, err := devModelKey(cfg, testinput.NameListRoot(t, lists), train)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	k0 := key(cfg, lists, base)
	for _, c := range []struct {
		name  string
		cfg   ner.Config
		lists string
		train [][]ner.Sentence
		same  bool
	}{
		{"same inputs", cfg, lists, [][]ner.Sentence{{s("Anna", "B-PER"), s("left", "O")}}, true},
		{"another config", seed2, lists, base, false},
		{"another label", cfg, lists, [][]ner.Sentence{{s("Anna", "B-ORG"), s("left", "O")}}, false},
		{"another word", cfg, lists, [][]ner.Sentence{{s("Anne", "B-PER"), s("left", "O")}}, false},
		{"sentences joined", cfg, lists, [][]ner.Sentence{{ner.Sentence{Words: []string{"Anna", "left"}, Labels: []string{"B-PER", "O"}}}}, false},
		{"documents split", cfg, lists, [][]ner.Sentence{{s("Anna", "B-PER")}, {s("left", "O")}}, false},
		{"another name list", cfg, "Anna\tAnna\t9\nLeft\tLeft\t9\n", base, false},
	} {
		if got := key(c.cfg, c.lists, c.train) == k0; got != c.same {
			t.Errorf("%s: same key %v, want %v", c.name, got, c.same)
		}
	}
}
