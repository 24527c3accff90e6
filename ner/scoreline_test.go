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
		// a sentence that goes on in words after the second number is no results line
		{"en", "Boeing/B-ORG 737 MAX 8 jets were grounded worldwide .", "B-ORG O O O O O O O O"},
		{"en", "Terminal 2 Gate 14 was evacuated on Monday .", "O O O O O O O O O"},
		{"en", "The Airbus/B-MISC 310 Flight 150 , which was hijacked , landed at 4.30 a.m. ( 0330 GMT ) after a flight .", "O B-MISC O O O O O O O O O O O O O O O O O O O O"},
		// results lines that go on: a full stop, a parenthetical (closed or broken off), more results
		{"en", "Bordeaux/B-LOC 0 Auxerre 0 .", "B-ORG O B-ORG O O"},
		{"en", "Nantes/B-LOC 0 Lens 1 ( Smicer/B-PER 52nd ) .", "B-ORG O B-ORG O O B-PER O O O"},
		{"en", "Hamburg/B-LOC 0 VfB Stuttgart 4 ( Balakov/B-PER 29th , Bobic/B-PER 47th and", "B-ORG O B-ORG I-ORG O O B-PER O O B-PER O O"},
		{"en", "KANSAS/B-LOC CITY/I-LOC 4 Texas/B-LOC 3 ( 10 innings )", "B-ORG I-ORG O B-ORG O O O O O"},
		{"en", "Sydney Bulldogs 17 South Queensland 16 Brisbane/B-ORG 38 Gold/B-ORG Coast/I-ORG 10", "B-ORG I-ORG O B-ORG I-ORG O B-ORG O B-ORG I-ORG O"},
	} {
		ws, ls := taggedWords(c.sent)
		(&Model{Lang: c.lang}).scoreLineTeams(ws, ls)
		if got := strings.Join(ls, " "); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.lang, c.sent, got, c.want)
		}
	}
}
