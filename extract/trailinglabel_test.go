package extract

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestTrailingLabel: a short label ending in a colon ("Seguir leyendo:",
// "Quellen:", "Teilen:") introduces what follows it; as the body's last
// block it introduces a list the body does not hold (related links,
// sources, share buttons), so it is not body. A label followed by body
// text ("Zutaten:" before the list) stays, and so does a last sentence
// that ends in a colon.
func TestTrailingLabel(t *testing.T) {
	para := "The council voted on Tuesday to approve the new budget, which raises spending on schools and roads by four percent."
	cases := []struct {
		name  string
		texts []string
		want  []bool
	}{
		{"Spanish read-on label last", []string{para, para, "Seguir leyendo:"}, []bool{true, true, false}},
		{"German sources label last", []string{para, "Quellen:"}, []bool{true, false}},
		{"Finnish label last", []string{para, "Lue aiheesta lisää:"}, []bool{true, false}},
		{"two labels last", []string{para, "Teilen:", "Folgen:"}, []bool{true, false, false}},
		{"label before body text stays", []string{para, "Zutaten:", para}, []bool{true, true, true}},
		{"last sentence ending in a colon stays", []string{para, "The mayor put it this way in a statement on Monday:"}, []bool{true, true}},
	}
	for _, c := range cases {
		blocks := make([]block, len(c.texts))
		body := make([]bool, len(c.texts))
		for i, s := range c.texts {
			blocks[i] = block{text: s, tag: atom.P}
			body[i] = true
		}
		got := refine(blocks, body)
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: block %d (%q) body = %v, want %v", c.name, i, c.texts[i], got[i], c.want[i])
			}
		}
	}
}
