package ner

import (
	"strings"
	"testing"
)

func TestDocTopic(t *testing.T) {
	for _, c := range []struct {
		first string // the document's first sentence, words split on spaces
		want  string
	}{
		{"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", "SOCCER"},
		{"RUGBY UNION - CUTTITTA BACK FOR ITALY AFTER A YEAR .", "RUGBY UNION"},
		{"CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .", "CRICKET"},
		{"U.S. - CLINTON SIGNS BILL .", "U.S."},
		// a normal sentence, a dash later in it, and too many words before it
		{"Japan began the defence of their Asian Cup title with a lucky 2-1 win .", ""},
		{"Germany 's Bundesliga - results of matches played on Saturday .", ""},
		{"THE VERY LONG TOPIC HERE - WORDS .", ""},
		// a dash first, a dash last, no dash
		{"- SOCCER RESULTS .", ""},
		{"SOCCER -", ""},
		{"SOCCER RESULTS", ""},
		{"", ""},
	} {
		var sents [][]string
		if c.first != "" {
			sents = [][]string{strings.Split(c.first, " "), {"LONDON", "1996-08-30"}}
		}
		if got := docTopic(sents); got != c.want {
			t.Errorf("docTopic(%q) = %q, want %q", c.first, got, c.want)
		}
	}
}

func TestTableLike(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Barnsley 3 2 1 0 5 2 7", true},
		{"Japan 2 Syria 1 ( halftime 1-0 )", true},
		{"Leicestershire 22 points , Somerset 4", true},
		{"Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria .", false},
		{"China saw their luck desert them in the second match of the group .", false},
	} {
		if got := tableLike(strings.Fields(c.line)); got != c.want {
			t.Errorf("tableLike(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestDocTopicEnOnly: only the en model reads the topic; the uk and ru
// recipes and shipped models are as before.
func TestDocTopicEnOnly(t *testing.T) {
	for _, c := range []struct {
		lang string
		want bool
	}{{"en", true}, {"uk", false}, {"ru", false}} {
		m, err := Load(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if m.docTopic != c.want || Recipes[c.lang].DocTopic != c.want {
			t.Errorf("%s: model docTopic %v, recipe DocTopic %v, want %v", c.lang, m.docTopic, Recipes[c.lang].DocTopic, c.want)
		}
	}
}
