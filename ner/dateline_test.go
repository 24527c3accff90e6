package ner

import (
	"strings"
	"testing"
)

// TestDatelinePlace checks which dateline names become LOC.
func TestDatelinePlace(t *testing.T) {
	for _, c := range []struct {
		lang string
		sent string // "word/label" tokens (no label: O)
		want string
	}{
		{"en", "HERZLIYA/B-ORG , Israel/B-LOC 1996-08-31", "B-LOC O B-LOC O"},
		{"en", "LA/B-ORG CORUNA/I-ORG , Spain/B-LOC 1996-08-31", "B-LOC I-LOC O B-LOC O"},
		{"en", "THE HAGUE/B-LOC 1996-08-30", "B-LOC I-LOC O"},
		{"en", "CINCINNATI/B-ORG 1996-08-31", "B-LOC O"},
		{"en", "SANTIAGO/B-PER 1996-08-31", "B-LOC O"},
		{"en", "TOFTIR , Faroe/B-LOC Islands/I-LOC 1996-08-31", "B-LOC O B-LOC I-LOC O"},
		// kept: an organisation of two or more words standing alone
		{"en", "UNITED/B-ORG NATIONS/I-ORG 1996-08-28", "B-ORG I-ORG O"},
		// kept: a news agency's name alone, whatever the comma
		{"en", "REUTERS/B-ORG 2024-01-05", "B-ORG O"},
		{"en", "ITAR-TASS/B-ORG 1996-08-30", "B-ORG O"},
		{"en", "AFP/B-ORG , Paris/B-LOC 2024-01-05", "B-ORG O B-LOC O"},
		// ... but a one-word town the model takes for an ORG is a place
		{"en", "BRISBANE/B-ORG 1996-08-28", "B-LOC O"},
		// kept: no dateline — not capitals, no ISO date at the end, too
		// long, a date alone, a comma with no name after it, other
		// languages
		{"en", "Herzliya/B-ORG , Israel/B-LOC 1996-08-31", "B-ORG O B-LOC O"},
		{"en", "HERZLIYA/B-ORG , Israel/B-LOC August 31", "B-ORG O B-LOC O O"},
		{"en", "HERZLIYA/B-ORG 2 Hapoel/B-ORG Haifa/I-ORG 1", "B-ORG O B-ORG I-ORG O"},
		{"en", "MACCABI/B-ORG , Hapoel/B-ORG and the other clubs met on 1996-08-31", "B-ORG O B-ORG O O O O O O O"},
		{"en", "1996-08-31", "O"},
		{"en", "HERZLIYA/B-ORG , 1996-08-31", "B-ORG O O"},
		{"en", "RESULTS/B-ORG 1996-08-31 ON FRIDAY", "B-ORG O O O"},
		{"en", "ARSENAL/B-ORG , away 1996-08-31", "B-ORG O O O"},
		{"ru", "HERZLIYA/B-ORG , Israel/B-LOC 1996-08-31", "B-ORG O B-LOC O"},
	} {
		ws, ls := taggedWords(c.sent)
		(&Model{Lang: c.lang}).datelinePlace(ws, ls)
		if got := strings.Join(ls, " "); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.lang, c.sent, got, c.want)
		}
	}
}

func TestIsoDate(t *testing.T) {
	for w, want := range map[string]bool{"1996-08-31": true, "1996-8-31": false, "1996/08/31": false, "19960831xx": false, "abcd-ef-gh": false} {
		if got := isoDate(w); got != want {
			t.Errorf("isoDate(%q) = %v, want %v", w, got, want)
		}
	}
}
