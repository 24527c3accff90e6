package nereval

import (
	"testing"

	"github.com/pressclip/pressclip/ner"
)

// TestDevModelKey checks that a kept dev model is keyed by its
// configuration and by every word, label and boundary of its training
// documents.
func TestDevModelKey(t *testing.T) {
	s := func(word, label string) ner.Sentence {
		return ner.Sentence{Words: []string{word}, Labels: []string{label}}
	}
	base := [][]ner.Sentence{{s("Anna", "B-PER"), s("left", "O")}}
	key := devModelKey([]byte(`{"Lang":"en"}`), base)
	for _, c := range []struct {
		name  string
		cfg   string
		train [][]ner.Sentence
		same  bool
	}{
		{"same inputs", `{"Lang":"en"}`, [][]ner.Sentence{{s("Anna", "B-PER"), s("left", "O")}}, true},
		{"another config", `{"Lang":"en","Seed":2}`, base, false},
		{"another label", `{"Lang":"en"}`, [][]ner.Sentence{{s("Anna", "B-ORG"), s("left", "O")}}, false},
		{"another word", `{"Lang":"en"}`, [][]ner.Sentence{{s("Anne", "B-PER"), s("left", "O")}}, false},
		{"sentences joined", `{"Lang":"en"}`, [][]ner.Sentence{{ner.Sentence{Words: []string{"Anna", "left"}, Labels: []string{"B-PER", "O"}}}}, false},
		{"documents split", `{"Lang":"en"}`, [][]ner.Sentence{{s("Anna", "B-PER")}, {s("left", "O")}}, false},
	} {
		if got := devModelKey([]byte(c.cfg), c.train) == key; got != c.same {
			t.Errorf("%s: same key %v, want %v", c.name, got, c.same)
		}
	}
}
