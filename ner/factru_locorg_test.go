package ner

import (
	"strings"
	"testing"
)

// TestScoreFactRuLocOrg pins how a factRuEval LocOrg object is scored:
// as upstream's track-1 scorer without the LocOrg class (t1_eval.py -l),
// it is a LOC, matched only by a LOC prediction of exactly its extent; an
// ORG over it is a miss and a false alarm (upstream's tag_table gives
// cross-type pairs no weight), not a hit.
func TestScoreFactRuLocOrg(t *testing.T) {
	dir := t.TempDir()
	text := writeFactRu(t, dir)
	docs, err := ReadFactRuEval(dir)
	if err != nil || len(docs) != 1 {
		t.Fatalf("ReadFactRuEval: %d docs, %v", len(docs), err)
	}
	at := func(s, typ string) Span {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		return Span{i, i + len(s), typ}
	}
	per := at("Сергей Собянин", "PER")
	for _, tc := range []struct {
		name string
		pred []Span
		want map[string]Counts
	}{
		{"LOC on the LocOrg", []Span{per, at("Москву", "LOC")},
			map[string]Counts{"": {TP: 2}, "PER": {TP: 1}, "LOC": {TP: 1}, "ORG": {}}},
		{"ORG on the LocOrg", []Span{per, at("Москву", "ORG")},
			map[string]Counts{"": {TP: 1, FP: 1, FN: 1}, "PER": {TP: 1}, "LOC": {FN: 1}, "ORG": {FP: 1}}},
		{"PER on the LocOrg", []Span{per, at("Москву", "PER")},
			map[string]Counts{"": {TP: 1, FP: 1, FN: 1}, "PER": {TP: 1, FP: 1}, "LOC": {FN: 1}, "ORG": {}}},
		{"LOC wider than the LocOrg", []Span{per, at("в Москву", "LOC")},
			map[string]Counts{"": {TP: 1, FP: 1, FN: 1}, "PER": {TP: 1}, "LOC": {FP: 1, FN: 1}, "ORG": {}}},
		{"nothing on the LocOrg", []Span{per},
			map[string]Counts{"": {TP: 1, FN: 1}, "PER": {TP: 1}, "LOC": {FN: 1}, "ORG": {}}},
	} {
		got := map[string]Counts{}
		scoreDoc(got, docs[0], tc.pred)
		for k, w := range tc.want {
			if got[k] != w {
				t.Errorf("%s: counts[%q] = %+v, want %+v", tc.name, k, got[k], w)
			}
		}
	}
}
