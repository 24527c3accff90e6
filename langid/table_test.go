package langid

import (
	"slices"
	"testing"

	"github.com/pressclip/pressclip/internal/modeltest"
)

// TestShippedReencodes checks that the shipped model, decoded into sorted
// key tables, encodes back to the bytes its recipe records: every n-gram,
// its row and every cost in it survive the compact layout.
func TestShippedReencodes(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	modeltest.Reproduces(t, "re-encoded", ModelFile, m.Encode)
}

// TestLookupMatchesMap checks, for every order of the shipped model, that
// lookup answers as the Go map the tables were held in before: the map is
// built here as it was (keys in sorted order, each numbered among the keys
// of its last letter's script). Every key must find its row, and so the
// same costs and word-end costs for every language; near misses (a key ±1,
// the key with another last or first letter, a key one order up or down)
// must find the row the map finds, or none.
func TestLookupMatchesMap(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= maxOrder; n++ {
		tb := &m.tables[n-1]
		var keys []uint64
		tb.refs(func(k uint64, _ uint32) { keys = append(keys, k) })
		slices.Sort(keys)
		if len(keys) == 0 {
			t.Fatalf("order %d: no n-grams", n)
		}
		want := make(map[uint64]uint32, len(keys))
		var count [scriptCount]uint32
		for _, k := range keys {
			s := m.keyScript(k)
			want[k] = uint32(s)<<scriptShift | count[s]
			count[s]++
		}
		if len(want) != len(keys) {
			t.Fatalf("order %d: a key held twice", n)
		}
		langs := 0
		for _, k := range keys {
			ref, ok := m.lookup(n, k)
			if !ok || ref != want[k] {
				t.Fatalf("order %d key %x: lookup %x %v, map %x", n, k, ref, ok, want[k])
			}
			for l := range m.langs {
				if m.cost(tb, ref, l) != 0 {
					langs++
				}
			}
		}
		if langs < len(keys) {
			t.Errorf("order %d: %d costs for %d n-grams", n, langs, len(keys))
		}
		shift := runeBits * uint(n-1)
		probes := 0
		for i, k := range keys {
			if i%7 != 0 {
				continue
			}
			for _, p := range []uint64{
				k - 1, k + 1,
				k ^ 1, k ^ 3, // another last letter
				k ^ 1<<shift, k + 1<<shift, // another first letter
				k << runeBits, k >> runeBits,
			} {
				ref, ok := m.lookup(n, p)
				wref, wok := want[p]
				if ok != wok || ref != wref {
					t.Fatalf("order %d probe %x: lookup %x %v, map %x %v", n, p, ref, ok, wref, wok)
				}
				probes++
			}
		}
		t.Logf("order %d: %d n-grams, %d probes", n, len(keys), probes)
	}
}

// TestLexLookupMatchesMap checks that the shipped lexicon's sorted hashes
// answer as the map from word hash to row did (a later word holding a
// shared hash), for every word and for near misses.
func TestLexLookupMatchesMap(t *testing.T) {
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.lexWords) == 0 {
		t.Fatal("no lexicon")
	}
	want := make(map[uint64]uint32, len(m.lexWords))
	hashes := make([]uint64, len(m.lexWords))
	for i, w := range m.lexWords {
		h := uint64(wordHashSeed)
		for _, r := range w {
			h = wordHash(h, r)
		}
		want[h] = uint32(i)
		hashes[i] = h
	}
	for _, h := range hashes {
		for _, p := range []uint64{h, h - 1, h + 1, h ^ 1<<63, h ^ 1<<40, wordHash(h, 'a')} {
			row, ok := m.lexLookup(p)
			wrow, wok := want[p]
			if ok != wok || row != wrow {
				t.Fatalf("hash %x: lookup %d %v, map %d %v", p, row, ok, wrow, wok)
			}
		}
	}
	for _, p := range []uint64{0, 1, 1<<64 - 1} {
		row, ok := m.lexLookup(p)
		wrow, wok := want[p]
		if ok != wok || row != wrow {
			t.Fatalf("hash %x: lookup %d %v, map %d %v", p, row, ok, wrow, wok)
		}
	}
}
