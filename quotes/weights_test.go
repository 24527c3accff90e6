package quotes

import (
	"math/rand"
	"slices"
	"testing"
)

// wsetOf makes a weight set of a map's weights.
func wsetOf(m map[uint64][nLabels]float32) wset {
	keys := make([]uint64, 0, len(m))
	for h := range m {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	vals := make([][nLabels]float32, len(keys))
	for i, h := range keys {
		vals[i] = m[h]
	}
	return newWset(keys, vals)
}

// TestWset checks look-ups in a weight set against a map holding the same
// weights, over sets of many sizes (index buckets of 0 to many bits),
// keys given in any order and repeated (the last weights count), and
// absent keys next to present ones.
func TestWset(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 3, 5, 17, 100, 1000, 20000} {
		ref := map[uint64][nLabels]float32{}
		var keys []uint64
		var vals [][nLabels]float32
		for i := range n {
			h := rng.Uint64()
			switch i % 7 {
			case 3:
				h = uint64(i) // small keys share bucket 0
			case 5:
				if len(keys) > 0 {
					h = keys[rng.Intn(len(keys))] // a repeat
				}
			}
			var w [nLabels]float32
			w[i%nLabels] = float32(i + 1)
			keys, vals = append(keys, h), append(vals, w)
			ref[h] = w
		}
		if n == 1000 {
			keys = append(keys, 0, ^uint64(0))
			vals = append(vals, [nLabels]float32{1}, [nLabels]float32{2})
			ref[0], ref[^uint64(0)] = [nLabels]float32{1}, [nLabels]float32{2}
		}
		ws := newWset(keys, vals)
		if ws.len() != len(ref) {
			t.Errorf("n=%d: %d features, want %d", n, ws.len(), len(ref))
		}
		for h, want := range ref {
			if got, ok := ws.get(h); !ok || got != want {
				t.Errorf("n=%d: get(%d) = %v, %v; want %v", n, h, got, ok, want)
			}
			for _, a := range []uint64{h + 1, h - 1} {
				if _, in := ref[a]; in {
					continue
				}
				if got, ok := ws.get(a); ok || got != ([nLabels]float32{}) {
					t.Errorf("n=%d: absent %d found: %v", n, a, got)
				}
			}
		}
		if m := wsetOf(ref); m.len() != len(ref) {
			t.Errorf("n=%d: wsetOf holds %d, want %d", n, m.len(), len(ref))
		}
	}
}

// TestMergeKeys checks the union of two ascending key lists.
func TestMergeKeys(t *testing.T) {
	cases := []struct{ a, b, want []uint64 }{
		{nil, nil, []uint64{}},
		{[]uint64{1, 5}, nil, []uint64{1, 5}},
		{nil, []uint64{2}, []uint64{2}},
		{[]uint64{1, 3, 5}, []uint64{2, 3, 6}, []uint64{1, 2, 3, 5, 6}},
		{[]uint64{0, ^uint64(0)}, []uint64{0, 7}, []uint64{0, 7, ^uint64(0)}},
	}
	for _, c := range cases {
		got := mergeKeys(c.a, c.b)
		if len(got) != len(c.want) {
			t.Errorf("mergeKeys(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("mergeKeys(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
				break
			}
		}
	}
}
