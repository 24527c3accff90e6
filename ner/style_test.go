package ner

import (
	"context"
	"reflect"
	"testing"
)

// TestStyles trains on two corpora that disagree on whether the word
// "party" belongs to an organisation's name, and checks that each style
// tags by its own corpus's convention while the shared weights still find
// the name.
func TestStyles(t *testing.T) {
	words := []string{"the", "party", "Yabloko", "said", "so"}
	a := []Sentence{{Words: words, Labels: []string{"O", "B-ORG", "I-ORG", "O", "O"}, style: "factru"}}
	b := []Sentence{{Words: words, Labels: []string{"O", "O", "B-ORG", "O", "O"}, style: "nerel"}}
	var train []Sentence
	for range 20 {
		train = append(train, a[0], b[0])
	}
	m, err := Train(context.Background(), Config{Lang: "ru", Epochs: 5, Bits: 16, Seed: 1}, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		style string
		want  []string
	}{{"factru", a[0].Labels}, {"nerel", b[0].Labels}} {
		if got := m.WithStyle(tc.style).TagWords(words); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("style %s: got %v want %v", tc.style, got, tc.want)
		}
	}
	if got := Mentions(m.TagWords(words)); len(got) != 1 || got[0].Last != 3 || got[0].Type != "ORG" {
		t.Errorf("shared style: got %v, want one ORG ending at Yabloko", got)
	}
	if m.style != 0 || styleHash("") != 0 {
		t.Error("WithStyle changed the model or the empty style has features")
	}
}
