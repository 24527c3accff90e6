package stories

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// randomMap is a sparse vector of up to n terms below maxID.
func randomMap(r *rand.Rand, n, maxID int) map[int32]float64 {
	m := map[int32]float64{}
	for range r.IntN(n + 1) {
		m[int32(r.IntN(maxID))] = r.Float64()
	}
	return m
}

// TestSparseMatchesMaps checks the sorted vectors against the maps they
// replaced: sums term by term (bit for bit, in the same order of
// additions), dot products through the scratch (up to rounding), and the
// scratch left clean.
func TestSparseMatchesMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var sc scratch
	for range 200 {
		sumM := map[int32]float64{}
		var sum vector
		for range 1 + r.IntN(5) {
			m := randomMap(r, 40, 100)
			for k, w := range m {
				sumM[k] += w
			}
			sum = addTo(sum, fromMap(m))
		}
		if !slices.IsSorted(sum.ids) || len(sum.ids) != len(sumM) {
			t.Fatalf("sum ids %v (want %d sorted terms)", sum.ids, len(sumM))
		}
		for i, id := range sum.ids {
			if sum.w[i] != sumM[id] {
				t.Fatalf("term %d: sum %v, map %v", id, sum.w[i], sumM[id])
			}
		}
		q := randomMap(r, 30, 120)
		want := 0.0
		for k, w := range q {
			want += w * sumM[k]
		}
		sc.load(fromMap(q), 50)
		if got := sc.dot(sum); math.Abs(got-want) > 1e-12 {
			t.Fatalf("dot %v, want %v", got, want)
		}
		sc.unload()
		for i, x := range sc.d {
			if x != 0 {
				t.Fatalf("scratch[%d] = %v after unload", i, x)
			}
		}
	}
}

// TestKeepHeaviestSelectsLikeSort checks the heap selection against a full
// sort by weight, ties by the lower id, and that it clears the rest.
func TestKeepHeaviestSelectsLikeSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		n := 1 + r.IntN(300)
		ix := &index{acc: make([]float64, 400)}
		var ids []int32
		for _, id := range r.Perm(400)[:n] {
			ids = append(ids, int32(id))
			ix.acc[id] = float64(1 + r.IntN(5)) // many ties
		}
		k := 1 + r.IntN(n)
		want := slices.Clone(ids)
		sort.Slice(want, func(i, j int) bool {
			a, b := ix.acc[want[i]], ix.acc[want[j]]
			if a != b {
				return a > b
			}
			return want[i] < want[j]
		})
		want = want[:k]
		got := ix.keepHeaviest(slices.Clone(ids), k)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d k=%d: kept %v, want %v", n, k, got, want)
		}
		kept := map[int32]bool{}
		for _, id := range got {
			kept[id] = true
		}
		for _, id := range ids {
			if !kept[id] && ix.acc[id] != 0 {
				t.Fatalf("dropped id %d keeps acc %v", id, ix.acc[id])
			}
		}
	}
}

// TestPairHeapPopsInOrder: pairs pushed (and heaped at once) come out
// widest margin first, ties by a then b.
func TestPairHeapPopsInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 100 {
		var all []pair
		h := &pairHeap{}
		for range r.IntN(200) {
			p := pair{margin: float64(r.IntN(8)), a: int32(r.IntN(5)), b: int32(r.IntN(5))}
			all = append(all, p)
			h.items = append(h.items, p)
		}
		h.init()
		for range r.IntN(100) {
			p := pair{margin: float64(r.IntN(8)), a: int32(r.IntN(5)), b: int32(r.IntN(5))}
			all = append(all, p)
			h.push(p)
		}
		sort.SliceStable(all, func(i, j int) bool { return before(all[i], all[j]) })
		for i, want := range all {
			if got := h.pop(); got.margin != want.margin || got.a != want.a || got.b != want.b {
				t.Fatalf("pop %d = %+v, want %+v", i, got, want)
			}
		}
		if h.Len() != 0 {
			t.Fatalf("%d pairs left", h.Len())
		}
	}
}
