package stories

import (
	"reflect"
	"testing"
)

func TestCandidatesKeepHeaviestShared(t *testing.T) {
	const a, b, c, z = 0, 1, 2, 3 // term ids
	ix := &index{postings: [][]int32{
		a: {0, 1, 2, 3}, // the page's heaviest term: every cluster has it
		b: {2, 3},
		c: {1},
		z: {4}, // not in the page
	}, limit: 100}
	cs := make([]*cluster, 5)
	v := fromMap(map[int32]float64{a: 0.6, b: 0.5, c: 0.3})
	tests := []struct {
		k    int
		want []int32
	}{
		{1, []int32{2}},           // 2 and 3 tie at 1.1; the lower id wins
		{2, []int32{2, 3}},        // then 3; 1 has 0.9
		{3, []int32{1, 2, 3}},     // index order, not weight order
		{10, []int32{0, 1, 2, 3}}, // no cut: every cluster sharing a heavy term
	}
	for _, tt := range tests {
		cl := &Clusterer{o: Options{Candidates: tt.k}.withDefaults(), terms: []string{"a", "b", "c", "z"}}
		for range 2 { // the scratch must come back clean
			if got := cl.candidates(cs, ix, v, cl.topTerms(v, heavyTerms)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("k=%d: candidates = %v, want %v", tt.k, got, tt.want)
			}
		}
	}
}
