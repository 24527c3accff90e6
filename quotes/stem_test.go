package quotes

import "testing"

func TestStem(t *testing.T) {
	groups := [][]string{
		{"warn", "warns", "warned", "warning"},
		{"note", "notes", "noted", "noting"},
		{"deny", "denies", "denied", "denying"},
		{"admit", "admits", "admitted", "admitting"},
		{"argue", "argues", "argued", "arguing"},
		{"say", "says", "said", "saying"},
		{"stress", "stresses", "stressed", "stressing"},
		{"urge", "urges", "urged", "urging"},
		{"write", "writes", "wrote", "written", "writing"},
		{"tell", "tells", "told", "telling"},
		{"push", "pushes", "pushed"},
	}
	for _, g := range groups {
		s := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != s {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: want the same", w, got, g[0], s)
			}
		}
	}
	for _, p := range [][2]string{{"warn", "want"}, {"claim", "clean"}, {"states", "stress"}} {
		if stem(p[0]) == stem(p[1]) {
			t.Errorf("stem(%q) == stem(%q)", p[0], p[1])
		}
	}
}
