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
		{"en", "Allensbach June 12 37.4", "B-ORG I-ORG O O", "B-ORG O O O"},
		{"en", "Forsa May 23 38.0", "B-ORG I-ORG O O", "B-ORG O O O"},
		{"en", "Elect Res April 20 43.0", "B-ORG I-ORG I-ORG O O", "B-ORG I-ORG O O O"},
		// kept: a person, a one-word name, March and May, an acronym
		{"en", "June Carter sang", "B-PER I-PER O", "B-PER I-PER O"},
		{"en", "August rose", "B-ORG O", "B-ORG O"},
		{"en", "May Department Stores", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"en", "March of Dimes", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"en", "DEC Europe said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		// kept at the end: a person, no day number after, a year, an
		// acronym
		{"en", "Fiona May 23 , Italy", "B-PER I-PER O O B-LOC", "B-PER I-PER O O B-LOC"},
		{"en", "the Million Man March that", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"en", "Forsa May 1996", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"en", "Digital DEC 12 percent", "B-ORG I-ORG O O", "B-ORG I-ORG O O"},
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
