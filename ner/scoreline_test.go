package ner

import (
	"strings"
	"testing"
)

// TestScoreLineTeams checks which names of a results line become ORG.
func TestScoreLineTeams(t *testing.T) {
	for _, c := range []struct {
		lang string
		sent string // "word/label" tokens (no label: O)
		want string
	}{
		{"en", "Saracens 25 Leicester/B-LOC 23", "B-ORG O B-ORG O"},
		{"en", "Sale 31 Wasps 33", "B-ORG O B-ORG O"},
		{"en", "Jed-Forest 17 Watsonians/B-ORG 54", "B-ORG O B-ORG O"},
		{"en", "Japan/B-LOC 2 Syria/B-LOC 1 ( halftime 1-0 )", "B-ORG O B-ORG O O O O O"},
		{"en", "Hapoel/B-ORG Haifa/I-ORG 3 Maccabi Tel/B-LOC Aviv/I-LOC 1", "B-ORG I-ORG O B-ORG I-ORG I-ORG O"},
		// kept: names labelled PER, months (a table of dates), codes with digits, years, a
		// single name and score, a lower-case word between, no second
		// score, other languages
		{"en", "July 96 June 96 July 95", "O O O O O O"},
		{"en", "Aug 27 Aug 26", "O O O O"},
		{"en", "H1 1996 H1 1995", "O O O O"},
		{"en", "Clinton/B-PER 1996 Dole/B-PER 1992", "B-PER O B-PER O"},
		{"en", "Clinton/B-PER 54 Dole/B-PER 41", "B-PER O B-PER O"},
		{"en", "Pete/B-PER Sampras/I-PER 3 Agassi/B-LOC 1", "B-PER I-PER O B-LOC O"},
		{"en", "Leicester/B-LOC 23", "B-LOC O"},
		{"en", "Leicester/B-LOC 23 points 4", "B-LOC O O O"},
		{"en", "Leicester/B-LOC 23 Saracens/B-ORG", "B-LOC O B-ORG"},
		{"en", "In 1996 Leicester/B-LOC 23", "O O B-LOC O"},
		{"ru", "Saracens 25 Leicester/B-LOC 23", "O O B-LOC O"},
	} {
		var ws, ls []string
		for _, tok := range strings.Fields(c.sent) {
			w, l, ok := strings.Cut(tok, "/")
			if !ok {
				l = "O"
			}
			ws, ls = append(ws, w), append(ls, l)
		}
		(&Model{Lang: c.lang}).scoreLineTeams(ws, ls)
		if got := strings.Join(ls, " "); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.lang, c.sent, got, c.want)
		}
	}
}
