package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// writeFactRu writes one hand-made factRuEval document (txt, spans,
// objects) into dir.
func writeFactRu(t *testing.T, dir string) string {
	t.Helper()
	text := "Правительство заявило. Сергей Собянин приехал в Москву."
	files := map[string]string{
		"book_1.txt": text,
		"book_1.spans": "1 org_descr 0 13 1 1  # 1 Правительство\n" +
			"2 name 23 6 4 1  # 4 Сергей\n" +
			"3 surname 30 7 5 1  # 5 Собянин\n" +
			"4 loc_name 48 6 8 1  # 8 Москву\n",
		"book_1.objects": "10 Org 1 # Правительство\n" +
			"11 Person 2 3 # Сергей Собянин\n" +
			"12 LocOrg 4 # Москву\n",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return text
}

func TestReadFactRuEvalUnnamed(t *testing.T) {
	dir := t.TempDir()
	text := writeFactRu(t, dir)
	docs, err := ReadFactRuEval(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d docs, want 1", len(docs))
	}
	d := docs[0]
	got := map[string]string{}
	for _, s := range d.Spans {
		got[text[s.Start:s.End]] = s.Type
	}
	want := map[string]string{"Сергей Собянин": "PER", "Москву": "LOC"}
	if len(got) != len(want) {
		t.Errorf("spans %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("span %q: type %q, want %q", k, got[k], v)
		}
	}
	if len(d.Ignore) != 1 || text[d.Ignore[0].Start:d.Ignore[0].End] != "Правительство" || d.Ignore[0].Type != "ORG" {
		t.Errorf("ignored %v, want the unnamed Org «Правительство»", d.Ignore)
	}
	// ignored objects are O in training sentences unless counted
	for _, tc := range []struct {
		docs  []Doc
		first string
	}{{docs, "O"}, {WithIgnored(docs), "B-ORG"}} {
		ss := tc.docs[0].Sentences()
		if len(ss) == 0 || ss[0].Labels[0] != tc.first {
			t.Errorf("first label %v, want %s", ss, tc.first)
		}
	}
	// the scorer's gold excludes ignored objects, whatever the tagger says
	m, err := Load("ru")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		docs []Doc
		gold int
	}{{docs, 2}, {WithIgnored(docs), 3}} {
		c := ScoreDocs(m, tc.docs)[""]
		if c.TP+c.FN != tc.gold {
			t.Errorf("gold count %d, want %d", c.TP+c.FN, tc.gold)
		}
	}
}

func TestOverlapsSame(t *testing.T) {
	ign := []Span{{10, 20, "ORG"}}
	for _, tc := range []struct {
		p    Span
		want bool
	}{
		{Span{10, 20, "ORG"}, true},
		{Span{15, 25, "ORG"}, true},
		{Span{0, 10, "ORG"}, false},
		{Span{20, 30, "ORG"}, false},
		{Span{12, 14, "LOC"}, false},
	} {
		if got := overlapsSame(tc.p, ign); got != tc.want {
			t.Errorf("overlapsSame(%v) = %v, want %v", tc.p, got, tc.want)
		}
	}
}
