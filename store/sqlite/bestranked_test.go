package sqlite

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestBestRanked checks bestRanked against a stable sort of every match,
// on ranks with many ties (as equal bm25 ranks are) and windows inside,
// across and past the matches, small and large.
func TestBestRanked(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for range 3000 {
		n := r.IntN(300)
		all := make([]scored, n)
		for i := range all {
			all[i] = scored{id: int64(n - i), rank: -float64(r.IntN(1 + r.IntN(40)))}
		}
		lo := r.IntN(50)
		hi := lo + 1 + r.IntN([]int{20, 40, 100}[r.IntN(3)])
		want := slices.Clone(all)
		slices.SortStableFunc(want, byRank)
		want = want[min(lo, n):min(hi, n)]
		got := bestRanked(slices.Clone(all), lo, hi)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d [%d:%d]: got %v, want %v", n, lo, hi, got, want)
		}
	}
}
