package ner

import (
	"bytes"
	"strings"
	"testing"
)

// TestTrainSpans checks the span gazetteer (Config.Spans): a multi-word ORG
// name is matched in another case form and its words get the first,
// inner and last flags; a name whose words mostly occur together outside
// a name, and a one-word name, are not listed; the spans survive encoding.
func TestTrainSpans(t *testing.T) {
	f := func(s string) []string { return strings.Fields(s) }
	g := trainSpans([]Sentence{
		{Words: f("Министерство иностранных дел России заявило"), Labels: f("B-ORG I-ORG I-ORG I-ORG O")},
		{Words: f("В Москве Новый год"), Labels: f("O B-LOC B-LOC I-LOC")},
		{Words: f("Новый год наступил"), Labels: f("O O O")},
		{Words: f("Новый год близко"), Labels: f("O O O")},
		{Words: f("Газпром сообщил"), Labels: f("B-ORG O")},
	})
	if !g.hasSpans() {
		t.Fatal("no spans")
	}
	b := new(bytes.Buffer)
	g.encode(b)
	g2, err := decodeGazetteer(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, gz := range []*Gazetteer{g, g2} {
		words := f("Глава Министерства иностранных дел России и Новый год Газпрома")
		low, stm := lowered(words)
		fl := gazFlags(gz, low, stm)
		want := []uint32{0, gSpanORG | gSpanB, gSpanORG, gSpanORG, gSpanORG | gSpanL, 0, 0, 0, 0}
		for i := range words {
			if got := fl[i] & gSpanAll; got != want[i] {
				t.Errorf("%q: span flags %x, want %x", words[i], got, want[i])
			}
		}
	}
	if newGazetteer().hasSpans() || trainGazetteer(nil, false).hasSpans() {
		t.Error("spans in a gazetteer without them")
	}
}
