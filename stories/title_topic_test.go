package stories

import (
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
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

// TestLeadSkipsTitleBlock: a title block is not the lead even when its
// spacing differs from the title's, so the lead still reaches leadLength
// words into the body; a block that differs in its words is lead.
func TestLeadSkipsTitleBlock(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, titleBlock string
		last             bool // the body's last lead word is in the lead
	}{
		{"same text", "Actress enters rehab", true},
		{"other spacing", " Actress  enters\nrehab ", true},
		{"other words", "Actress enters rehab again", false},
	}
	body := strings.Repeat("so ", leadLength-1) + "clinic"
	for _, tt := range tests {
		text := tt.titleBlock + "\n\n" + body
		d := page("a", "en", "Actress enters rehab", text, "2024-04-02")
		d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(tt.titleBlock)}}, {Span: doc.Span{Start: len(tt.titleBlock) + 2, End: len(text)}}}
		want := m.info(nil, "en", "clinic").term
		got := false
		m.leadWords(d, nil, func(term string) { got = got || term == want })
		if got != tt.last {
			t.Errorf("%s: %q in the lead = %v, want %v", tt.name, "clinic", got, tt.last)
		}
	}
}

func TestSameWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"a b", "a b", true},
		{" a \n b", "a b ", true},
		{"", "  ", true},
		{"a b", "a bc", false},
		{"a b", "a", false},
		{"ab", "a b", false},
	}
	for _, tt := range tests {
		if got := sameWords(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
