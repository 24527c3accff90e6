package quotes

import (
	"slices"
	"sort"
)

// wset holds one stage's float32 weights by feature hash: the hashes
// sorted in one slice, their weights in another, and an index of where
// the hashes of each value of their top bits start (the hashes are
// uniform, so a look-up reads about two keys). 36 bytes a feature, where a
// Go map took about 80: the shipped model's two stages hold 10 MB instead
// of 21 MB beside the tagging table.
type wset struct {
	keys  []uint64 // ascending, no repeats
	vals  [][nLabels]float32
	shift uint     // a hash's index bucket is h >> shift
	start []uint32 // hashes of bucket b are keys[start[b]:start[b+1]]
}

// newWset makes a weight set of keys and their weights vals (same
// length, in any order; of a repeated key the last weights count, as
// when they are stored in a map). It takes over both slices.
func newWset(keys []uint64, vals [][nLabels]float32) wset {
	if !slices.IsSorted(keys) {
		ix := make([]int, len(keys))
		for i := range ix {
			ix[i] = i
		}
		sort.SliceStable(ix, func(a, b int) bool { return keys[ix[a]] < keys[ix[b]] })
		k2, v2 := make([]uint64, len(keys)), make([][nLabels]float32, len(keys))
		for i, j := range ix {
			k2[i], v2[i] = keys[j], vals[j]
		}
		keys, vals = k2, v2
	}
	// drop repeats, keeping the last
	n := 0
	for i := range keys {
		if n > 0 && keys[n-1] == keys[i] {
			n--
		}
		keys[n], vals[n] = keys[i], vals[i]
		n++
	}
	w := wset{keys: keys[:n:n], vals: vals[:n:n]}
	b := 0 // index bits: about two keys a bucket
	for b < 24 && 1<<b < n/2 {
		b++
	}
	w.shift = uint(64 - b)
	w.start = make([]uint32, 1<<b+1)
	i := 0
	for k := range 1 << b {
		for i < n && w.bucket(keys[i]) < uint64(k) {
			i++
		}
		w.start[k] = uint32(i)
	}
	w.start[1<<b] = uint32(n)
	return w
}

func (w *wset) bucket(h uint64) uint64 {
	if w.shift >= 64 {
		return 0
	}
	return h >> w.shift
}

// get returns the weights of feature h (zero when it has none) and
// whether it has any.
func (w *wset) get(h uint64) ([nLabels]float32, bool) {
	if len(w.keys) == 0 {
		return [nLabels]float32{}, false
	}
	b := w.bucket(h)
	for i := w.start[b]; i < w.start[b+1]; i++ {
		switch k := w.keys[i]; {
		case k == h:
			return w.vals[i], true
		case k > h:
			return [nLabels]float32{}, false
		}
	}
	return [nLabels]float32{}, false
}

// len is the number of features with weights.
func (w *wset) len() int { return len(w.keys) }

// mergeKeys returns the union of ascending a and b, ascending, without
// repeats.
func mergeKeys(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
