package names

import (
	"testing"

	"github.com/pressclip/pressclip/internal/modeltest"
)

// TestTable checks that a table answers as the map it was made from: every
// key with its value, and no other string (prefixes, extensions, "").
func TestTable(t *testing.T) {
	m := map[string]string{"ru\x00иванов": "ivanov", "ru\x00иван": "", "uk\x00шевченко": "shevchenko", "a": "b", "ab": "c"}
	tab := newTable(m)
	set := newTable(map[string]bool{"ru\x00иванов": true, "a": true})
	if tab.Len() != len(m) || set.Len() != 2 {
		t.Fatalf("Len %d, %d", tab.Len(), set.Len())
	}
	for _, tc := range []struct {
		k      string
		v      string
		ok, in bool // in the map, in the set
	}{
		{"ru\x00иванов", "ivanov", true, true},
		{"ru\x00иван", "", true, false},
		{"uk\x00шевченко", "shevchenko", true, false},
		{"a", "b", true, true},
		{"ab", "c", true, false},
		{"ru\x00ивановa", "", false, false},
		{"ru\x00", "", false, false},
		{"", "", false, false},
		{"b", "", false, false},
	} {
		if v, ok := tab.get(tc.k); v != tc.v || ok != tc.ok {
			t.Errorf("get(%q) = %q, %v; want %q, %v", tc.k, v, ok, tc.v, tc.ok)
		}
		if got := set.has(tc.k); got != tc.in {
			t.Errorf("set has(%q) = %v, want %v", tc.k, got, tc.in)
		}
	}
	for i := 1; i < tab.Len(); i++ {
		a, _ := tab.key(i - 1)
		b, _ := tab.key(i)
		if a >= b {
			t.Errorf("keys out of order: %q then %q", a, b)
		}
	}
}

// TestShippedReencodes: the shipped model, decoded into tables, encodes to
// the very bytes recipes.json records for it.
func TestShippedReencodes(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if m.lex.Len() < 100000 || m.wiki.Len() < 100000 {
		t.Fatalf("lex %d, wiki %d entries", m.lex.Len(), m.wiki.Len())
	}
	modeltest.Reproduces(t, "re-encoded", ModelFile, m.Encode)
}
