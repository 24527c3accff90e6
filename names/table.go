package names

import (
	"math"
	"slices"
	"sort"
)

// table is an immutable string set, or string → string map, held in two
// strings: the keys, sorted, one after another (kend[i] ends key i) and their
// values likewise. A look-up is a binary search. For the name lexicon and
// the Wikidata token table (330,000 entries) it takes about a quarter of
// the memory of a Go map of separately allocated strings.
type table struct {
	keys, vals string
	kend, vend []uint32
}

// newTable holds m (for a set, every value "").
func newTable[V string | bool](m map[string]V) table {
	ks := make([]string, 0, len(m))
	n := 0
	for k := range m {
		ks = append(ks, k)
		n += len(k)
	}
	if uint64(n) > math.MaxUint32 {
		panic("names: table keys exceed 4 GiB") // kend holds uint32 offsets
	}
	slices.Sort(ks)
	var t table
	kb := make([]byte, 0, n)
	t.kend = make([]uint32, len(ks))
	var vb []byte
	for i, k := range ks {
		kb = append(kb, k...)
		t.kend[i] = uint32(len(kb))
		if v, ok := any(m[k]).(string); ok {
			if t.vend == nil {
				t.vend = make([]uint32, len(ks))
			}
			vb = append(vb, v...)
			if uint64(len(vb)) > math.MaxUint32 {
				panic("names: table values exceed 4 GiB") // vend holds uint32 offsets
			}
			t.vend[i] = uint32(len(vb))
		}
	}
	t.keys, t.vals = string(kb), string(vb)
	return t
}

// Len returns the number of keys.
func (t *table) Len() int { return len(t.kend) }

func span(s string, end []uint32, i int) string {
	if end == nil {
		return ""
	}
	lo := uint32(0)
	if i > 0 {
		lo = end[i-1]
	}
	return s[lo:end[i]]
}

// key returns key i (in sorted order) and its value.
func (t *table) key(i int) (string, string) {
	return span(t.keys, t.kend, i), span(t.vals, t.vend, i)
}

// get returns k's value and whether k is held.
func (t *table) get(k string) (string, bool) {
	i := sort.Search(len(t.kend), func(i int) bool { return span(t.keys, t.kend, i) >= k })
	if i < len(t.kend) && span(t.keys, t.kend, i) == k {
		return span(t.vals, t.vend, i), true
	}
	return "", false
}

// has reports whether k is held.
func (t *table) has(k string) bool {
	_, ok := t.get(k)
	return ok
}
