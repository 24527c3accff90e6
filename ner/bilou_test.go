package ner

import (
	"bytes"
	"compress/gzip"
	"context"
	"reflect"
	"strings"
	"testing"
)

func TestToBILOU(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"},
			[]string{"B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"}},
		{[]string{"O", "B-PER"}, []string{"O", "U-PER"}},
		{[]string{"B-PER", "B-PER", "I-PER"}, []string{"U-PER", "B-PER", "L-PER"}},
		{[]string{"B-PER", "I-LOC"}, []string{"U-PER", "L-LOC"}},
	} {
		if got := toBILOU(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("toBILOU(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestAllowedBILOU(t *testing.T) {
	labels := bilouLabels(labelSet)
	at := map[string]int{"^": -1}
	for i, l := range labels {
		at[l] = i
	}
	for _, c := range []struct {
		a, b string
		ok   bool
	}{
		{"^", "B-PER", true}, {"^", "U-PER", true}, {"^", "I-PER", false}, {"^", "L-PER", false},
		{"B-PER", "I-PER", true}, {"B-PER", "L-PER", true}, {"B-PER", "O", false}, {"B-PER", "L-LOC", false},
		{"I-ORG", "L-ORG", true}, {"I-ORG", "B-ORG", false},
		{"L-PER", "O", true}, {"L-PER", "B-LOC", true}, {"L-PER", "I-PER", false},
		{"U-LOC", "U-LOC", true}, {"U-LOC", "L-LOC", false}, {"O", "I-PER", false},
	} {
		if got := allowedBIO(labels, at[c.a], at[c.b]); got != c.ok {
			t.Errorf("%s -> %s allowed %v, want %v", c.a, c.b, got, c.ok)
		}
	}
	// BIO sets keep the BIO rule
	if !allowedBIO(labelSet, 0, 1) || allowedBIO(labelSet, 0, 2) || !allowedBIO(labelSet, 2, 0) {
		t.Error("BIO transitions changed")
	}
}

// TestBilouModelOutputsBIO: a BILOU model is trained on BIO data and tags
// in BIO, never ending a sentence inside a name.
func TestBilouModelOutputsBIO(t *testing.T) {
	var train []Sentence
	cities := []string{"киев", "львов", "харьков", "одесс"}
	names := []string{"иванов", "петров", "сидоров", "смирнов"}
	var corpus [][]string
	for r := 0; r < 4; r++ {
		for i := range cities {
			corpus = append(corpus, strings.Fields("в "+cities[(i+r)%4]+" сегодня тепло"))
			corpus = append(corpus, strings.Fields(names[(i+r)%4]+" сказал что"))
		}
	}
	for _, s := range corpus {
		lab := make([]string, len(s))
		for i := range s {
			lab[i] = "O"
		}
		if s[0] == "в" {
			lab[1] = "B-LOC"
		} else {
			lab[0] = "B-PER"
			lab[1] = "I-PER"
		}
		train = append(train, Sentence{Words: s, Labels: lab})
	}
	m, err := Train(context.Background(), Config{Lang: "ru", Epochs: 4, Bits: 12, Seed: 1, Bilou: true}, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// the label set travels in the model file: a decoded model still
	// tags in BIO
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(enc))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ words, want []string }{
		{[]string{"в", "киев", "сегодня", "тепло"}, []string{"O", "B-LOC", "O", "O"}},
		{[]string{"петров", "сказал", "что"}, []string{"B-PER", "I-PER", "O"}},
		{[]string{"петров", "сказал"}, []string{"B-PER", "I-PER"}},
	} {
		if got := m.TagWords(c.words); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: got %v, want %v", c.words, got, c.want)
		}
		if got := d.TagWords(c.words); !reflect.DeepEqual(got, c.want) {
			t.Errorf("decoded model: %v: got %v, want %v", c.words, got, c.want)
		}
	}
}
