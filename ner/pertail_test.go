package ner

import (
	"strings"
	"testing"
)

// TestPerSurnames checks which one-word names become PER because a PER
// name of the document ends with them.
func TestPerSurnames(t *testing.T) {
	g := newGazetteer()
	g.add("washington", gPerson|gPlace|gTrainLOC)
	g.add("woods", gTrainPER)
	g.add("jordan", gFirst|gTrainLOC)
	g.add("chechnya", gTrainLOC)
	for _, c := range []struct {
		lang string
		doc  []string // sentences of "word/label" tokens
		want string   // the last sentence's labels
	}{
		{"en", []string{"MaliVai/B-PER Washington/I-PER lost", "said Washington/B-LOC ./O"}, "O B-PER O"},
		{"en", []string{"Tiger/B-PER Woods/I-PER won", "Woods/B-ORG shot 67"}, "B-PER O O"},
		{"en", []string{"Michael/B-PER Jordan/I-PER scored", "Jordan/B-LOC and Chicago/B-ORG"}, "B-PER O B-ORG"},
		{"en", []string{"Michael/B-PER Jordan/I-PER scored", "in Jordan/B-LOC 's film"}, "O B-PER O O"},
		// kept: a place after a locative preposition
		{"en", []string{"Actor Denzel/B-PER Washington/I-PER arrived", "arrived in Washington/B-LOC"}, "O O B-LOC"},
		{"en", []string{"Actor Denzel/B-PER Washington/I-PER arrived", "The film opens in Washington/B-LOC and New/B-LOC York/I-LOC"}, "O O O O B-LOC O B-LOC I-LOC"},
		{"en", []string{"Michael/B-PER Jordan/I-PER scored", "aid from Jordan/B-LOC ./O"}, "O O B-LOC O"},
		{"en", []string{"Michael/B-PER Jordan/I-PER scored", "flew To Jordan/B-LOC"}, "O O B-LOC"},
		// kept: a bare mention of a word the document also writes as a
		// place after a preposition
		{"en", []string{"Michael/B-PER Jordan/I-PER visited", "aid from Jordan/B-LOC", "Jordan/B-LOC has long relied on aid"}, "B-LOC O O O O O"},
		{"en", []string{"Michael/B-PER Jordan/I-PER flew to Jordan/B-LOC", "Jordan/B-LOC has long relied on aid"}, "B-LOC O O O O O"},
		// kept: a word the gazetteer does not list as a person's, a
		// one-word PER name, a word inside a longer name, a word labelled
		// O, other languages
		{"en", []string{"Lebed/B-PER Chechnya/I-PER plan", "in Chechnya/B-LOC"}, "O B-LOC"},
		{"en", []string{"Washington/B-PER lost", "in Washington/B-LOC"}, "O B-LOC"},
		{"en", []string{"MaliVai/B-PER Washington/I-PER lost", "Washington/B-LOC Post/I-LOC"}, "B-LOC I-LOC"},
		{"en", []string{"MaliVai/B-PER Washington/I-PER lost", "Washington said"}, "O O"},
		{"ru", []string{"MaliVai/B-PER Washington/I-PER lost", "said Washington/B-LOC"}, "O B-LOC"},
	} {
		var sents, labels [][]string
		for _, s := range c.doc {
			ws, ls := taggedWords(s)
			sents, labels = append(sents, ws), append(labels, ls)
		}
		m := &Model{Lang: c.lang, gaz: g}
		m.perSurnames(sents, labels)
		if got := strings.Join(labels[len(labels)-1], " "); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.lang, c.doc, got, c.want)
		}
	}
}
