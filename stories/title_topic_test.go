package stories

import (
	"strings"
	"testing"
)

// TestTitleWordsInTopicVector: a title's content words and the lead's
// lower-case words join the topic vector in the languages titleInTopic
// names (through the dictionary for uk/ru); capitalised lead words and
// body words past the lead stay story evidence, and an unmapped language's
// title and lead words stay out.
func TestTitleWordsInTopicVector(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang, title, body string
		in, out                 []string // raw words whose term must / must not be in the topic vector
	}{
		{"English title", "en", "Actress enters rehab", "She was admitted to a clinic in Malibu on Tuesday. " + strings.Repeat("so ", leadLength) + "Neighbours gathered outside.", []string{"rehab", "actress", "clinic", "admitted"}, []string{"Malibu", "gathered"}},
		{"Ukrainian title", "uk", "Землетрус у Чилі", "Рятувальники шукали людей під завалами. " + strings.Repeat("так ", leadLength) + "Сусіди зібралися біля лікарні.", []string{"землетрус", "шукали"}, []string{"Рятувальники", "лікарні"}},
		{"Czech title", "cs", "Zemětřesení v Chile", "Záchranáři hledali lidi v troskách.", nil, []string{"zemětřesení", "záchranáři"}},
	}
	for _, tt := range tests {
		v := m.vectorize(page("a", tt.lang, tt.title, tt.body, "2024-04-02"), nil)
		for _, w := range tt.in {
			term := m.info(nil, tt.lang, w).term
			if term == "" {
				t.Fatalf("%s: %q has no content-word term", tt.name, w)
			}
			if v.topic[term] <= 0 {
				t.Errorf("%s: title word %q (%s) missing from the topic vector %v", tt.name, w, term, v.topic)
			}
		}
		for _, w := range tt.out {
			term := m.info(nil, tt.lang, w).term
			if term != "" && v.topic[term] != 0 {
				t.Errorf("%s: %q (%s) is in the topic vector", tt.name, w, term)
			}
			if term != "" && v.story[term] <= 0 {
				t.Errorf("%s: %q (%s) missing from the story vector", tt.name, w, term)
			}
		}
	}
}
