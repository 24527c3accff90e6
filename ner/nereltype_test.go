package ner

import (
	"reflect"
	"testing"
)

// TestNERELType checks the SOURCE.md mapping of NEREL types on brat lines
// as the NEREL files write them: states and provinces are LOC (the files
// spell the type STATE_OR_PROVINCE), types outside the mapping are dropped.
func TestNERELType(t *testing.T) {
	text := "Премьер Новой Шотландии Иван Петров приехал в Галифакс."
	tests := []struct {
		name, ann string
		want      []Span
	}{
		{"state or province", "T1\tSTATE_OR_PROVINCE 8 23\tНовой Шотландии", []Span{{15, 44, "LOC"}}},
		{"short spelling", "T1\tSTATE_OR_PROV 8 23\tНовой Шотландии", []Span{{15, 44, "LOC"}}},
		{"city", "T1\tCITY 46 54\tГалифакс", []Span{{85, 101, "LOC"}}},
		{"person", "T1\tPERSON 24 35\tИван Петров", []Span{{45, 66, "PER"}}},
		{"profession dropped", "T1\tPROFESSION 0 7\tПремьер", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseBrat(text, tc.ann, NERELType).Spans
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("spans %v, want %v", got, tc.want)
			}
		})
	}
	// the state is a LOC name in the tagged sentence too
	d := ParseBrat(text, "T1\tSTATE_OR_PROVINCE 8 23\tНовой Шотландии", NERELType)
	s := d.Sentences()
	if len(s) != 1 || len(s[0].Labels) < 3 {
		t.Fatalf("sentences %v", s)
	}
	if got := s[0].Labels[1:3]; !reflect.DeepEqual(got, []string{"B-LOC", "I-LOC"}) {
		t.Errorf("labels of «Новой Шотландии» %v, want [B-LOC I-LOC]", got)
	}
}
