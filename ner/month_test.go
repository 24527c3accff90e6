package ner

import (
	"strings"
	"testing"
)

// TestTrimMonth checks which names lose an opening month word.
func TestTrimMonth(t *testing.T) {
	for _, c := range []struct {
		lang, words, in, want string
	}{
		{"en", "The September Treasury bond", "O B-ORG I-ORG O", "O O B-ORG O"},
		{"en", "Sept . Brent zinc", "B-ORG I-ORG I-ORG O", "O O B-ORG O"},
		{"en", "Sept. Brent zinc", "B-ORG I-ORG O", "O B-ORG O"},
		{"en", "the August National Association", "O B-ORG I-ORG I-ORG", "O O B-ORG I-ORG"},
		{"en", "OCTOBER MOSCOW talks", "B-LOC I-LOC O", "O B-LOC O"},
		// kept: a person, a one-word name, March and May, an acronym
		{"en", "June Carter sang", "B-PER I-PER O", "B-PER I-PER O"},
		{"en", "August rose", "B-ORG O", "B-ORG O"},
		{"en", "May Department Stores", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"en", "March of Dimes", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"en", "DEC Europe said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		// only the en model
		{"ru", "August National Association", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
	} {
		m := &Model{Lang: c.lang}
		labels := strings.Fields(c.in)
		m.trimMonth(strings.Fields(c.words), labels)
		if got := strings.Join(labels, " "); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.lang, c.words, got, c.want)
		}
	}
}
