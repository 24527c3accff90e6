package langid

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"sort"
	"unicode"
)

const (
	magic     = "pressclip-langid 3\n"
	maxOrder  = 5  // longest n-gram
	endOrders = 3  // longest ending whose word-end probability is kept
	maxLangs  = 64 // languages one model may hold
	runeBits  = 12 // bits of a letter's alphabet index in an n-gram key
	costScale = 16 // quantised costs are sixteenths of a nat
)

type script uint8

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptCount
)

func scriptOf(r rune) script {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return scriptOther
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	}
	return scriptOther
}

// table is one n-gram order. An n-gram's letters are all of one script, so
// its row holds one cost per language of that script (0 = the language has
// not got this n-gram). keys[s] holds, sorted, the keys of the n-grams whose
// last letter is of script s; a key's row among that script's rows is its
// place there (row numbers follow key order, as in the model file). first[s]
// indexes keys[s] by the first letter: the keys beginning with letter a are
// keys[s][first[s][a]:first[s][a+1]]. Sorted keys take 8 bytes an n-gram
// against some 28 in a Go map, for the same look-ups.
//
// ends holds, in the same layout, -ln p(the word ends | these letters are
// its last), for the orders up to endOrders (0 = the language has not got
// this n-gram).
type table struct {
	keys  [scriptCount][]uint64
	first [scriptCount][]uint32
	costs [scriptCount][]uint8
	ends  [scriptCount][]uint8
}

// len returns the number of n-grams in t.
func (t *table) len() int {
	n := 0
	for _, ks := range t.keys {
		n += len(ks)
	}
	return n
}

// refs calls f with every key of t and its row reference (script in the top
// bits, row number below), script by script in key order.
func (t *table) refs(f func(k uint64, ref uint32)) {
	for s, ks := range t.keys {
		for i, k := range ks {
			f(k, uint32(s)<<scriptShift|uint32(i))
		}
	}
}

const (
	scriptShift = 30
	rowMask     = 1<<scriptShift - 1
)

// Model holds, per n-gram order, the quantised conditional log-probabilities
// -ln p(last letter | previous letters) of every language. It is immutable
// once built and safe for concurrent use.
type Model struct {
	langs   []string
	scripts []script
	runes   []rune // the alphabet; a letter's index is its position + 1
	dense   []uint16
	sparse  map[rune]uint16
	// runeScript is the script of each letter by alphabet index (0: none)
	runeScript []script
	tables     [maxOrder]table
	group      []int            // per language, its place among its script's languages
	size       [scriptCount]int // languages per script

	// word frequencies of the languages with training text
	lexLang  []int    // language of each lexicon column
	lexCol   []int    // per language, its lexicon column or -1
	lexWords []string // sorted
	// the words' hashes (wordHash), sorted, and each one's row in
	// lexWords; lexFirst indexes lexHash by a hash's top lexBucketBits bits
	lexHash  []uint64
	lexRow   []uint32
	lexFirst []uint32
	lexCosts []uint8 // row-major, len(lexWords) × len(lexLang); 0 = absent
}

// setLexicon installs word → quantised cost per language.
func (m *Model) setLexicon(lexicon map[string]map[string]uint8) {
	set := map[string]bool{}
	m.lexLang = nil
	for l, code := range m.langs {
		if lexicon[code] != nil {
			m.lexLang = append(m.lexLang, l)
			for w := range lexicon[code] {
				set[w] = true
			}
		}
	}
	m.lexWords = make([]string, 0, len(set))
	for w := range set {
		m.lexWords = append(m.lexWords, w)
	}
	slices.Sort(m.lexWords)
	m.lexCosts = make([]uint8, len(m.lexWords)*len(m.lexLang))
	for i, w := range m.lexWords {
		for c, l := range m.lexLang {
			m.lexCosts[i*len(m.lexLang)+c] = lexicon[m.langs[l]][w]
		}
	}
	m.indexLexicon()
}

func (m *Model) indexLexicon() {
	m.lexCol = make([]int, len(m.langs))
	for i := range m.lexCol {
		m.lexCol[i] = -1
	}
	for c, l := range m.lexLang {
		m.lexCol[l] = c
	}
	// a word's hash names its row; when two words share a hash the later
	// one holds it
	type hashRow struct {
		h   uint64
		row uint32
	}
	hr := make([]hashRow, len(m.lexWords))
	for i, w := range m.lexWords {
		h := uint64(wordHashSeed)
		for _, r := range w {
			h = wordHash(h, r)
		}
		hr[i] = hashRow{h, uint32(i)}
	}
	slices.SortFunc(hr, func(a, b hashRow) int {
		if a.h != b.h {
			return cmp.Compare(a.h, b.h)
		}
		return cmp.Compare(a.row, b.row)
	})
	m.lexHash, m.lexRow = make([]uint64, 0, len(hr)), make([]uint32, 0, len(hr))
	for i, e := range hr {
		if i+1 < len(hr) && hr[i+1].h == e.h {
			continue
		}
		m.lexHash = append(m.lexHash, e.h)
		m.lexRow = append(m.lexRow, e.row)
	}
	m.lexFirst = make([]uint32, 1<<lexBucketBits+1)
	for b := range m.lexFirst {
		m.lexFirst[b] = uint32(sort.Search(len(m.lexHash), func(i int) bool {
			return m.lexHash[i]>>(64-lexBucketBits) >= uint64(b)
		}))
	}
}

// lexBucketBits is how many top bits of a word's hash pick its bucket in
// lexFirst: some four words a bucket.
const lexBucketBits = 16

// lexLookup returns the lexicon row of the word with hash h, ok false when
// no word has it.
func (m *Model) lexLookup(h uint64) (row uint32, ok bool) {
	b := h >> (64 - lexBucketBits)
	lo, hi := int(m.lexFirst[b]), int(m.lexFirst[b+1])
	for ; lo < hi; lo++ {
		if m.lexHash[lo] >= h {
			break
		}
	}
	if lo < hi && m.lexHash[lo] == h {
		return m.lexRow[lo], true
	}
	return 0, false
}

const denseRunes = 0x600

// groups numbers each language within its script.
func (m *Model) groups() {
	m.group = make([]int, len(m.langs))
	m.size = [scriptCount]int{}
	for l, s := range m.scripts {
		m.group[l] = m.size[s]
		m.size[s]++
	}
}

// keyScript is the script of an n-gram key's last letter.
func (m *Model) keyScript(k uint64) script {
	i := int(k & (1<<runeBits - 1))
	if i == 0 || i > len(m.runes) {
		return scriptOther
	}
	return m.runeScript[i]
}

// lookup returns the row reference (script in the top bits, row number
// below) of key k in the table of order n, ok false when no row holds it.
func (m *Model) lookup(n int, k uint64) (ref uint32, ok bool) {
	t := &m.tables[n-1]
	s := m.keyScript(k)
	ks, first := t.keys[s], t.first[s]
	a := k >> (runeBits * uint(n-1))
	if a+1 >= uint64(len(first)) {
		return 0, false
	}
	lo, hi := int(first[a]), int(first[a+1])
	for lo < hi { // the first key ≥ k in ks[lo:hi]
		h := int(uint(lo+hi) >> 1)
		if ks[h] < k {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < int(first[a+1]) && ks[lo] == k {
		return uint32(s)<<scriptShift | uint32(lo), true
	}
	return 0, false
}

// newTable makes a table of order n with the given keys (sorted, no key
// twice); costs are filled with set. It returns each key's row reference.
func (m *Model) newTable(n int, keys []uint64) (table, []uint32) {
	var t table
	var count [scriptCount]int
	for _, k := range keys {
		count[m.keyScript(k)]++
	}
	for s := range t.keys {
		t.keys[s] = make([]uint64, 0, count[s])
	}
	refs := make([]uint32, len(keys))
	for i, k := range keys {
		s := m.keyScript(k)
		refs[i] = uint32(s)<<scriptShift | uint32(len(t.keys[s]))
		t.keys[s] = append(t.keys[s], k)
	}
	shift := runeBits * uint(n-1)
	for s, ks := range t.keys {
		// first[a]: the keys before the first one beginning with letter a
		first := make([]uint32, len(m.runes)+2)
		for a := range first {
			first[a] = uint32(sort.Search(len(ks), func(i int) bool { return ks[i]>>shift >= uint64(a) }))
		}
		t.first[s] = first
	}
	for s := range t.costs {
		t.costs[s] = make([]uint8, count[s]*m.size[s])
		if n <= endOrders {
			t.ends[s] = make([]uint8, count[s]*m.size[s])
		}
	}
	return t, refs
}

// cost returns language l's cost in the row ref, 0 when it has none.
func (m *Model) cost(t *table, ref uint32, l int) uint8 {
	s := script(ref >> scriptShift)
	if m.scripts[l] != s {
		return 0
	}
	return t.costs[s][int(ref&rowMask)*m.size[s]+m.group[l]]
}

// endCost returns language l's word-end cost in the row ref, 0 when it has
// none.
func (m *Model) endCost(t *table, ref uint32, l int) uint8 {
	s := script(ref >> scriptShift)
	if m.scripts[l] != s {
		return 0
	}
	return t.ends[s][int(ref&rowMask)*m.size[s]+m.group[l]]
}

func (m *Model) index() {
	m.dense = make([]uint16, denseRunes)
	m.sparse = map[rune]uint16{}
	m.runeScript = make([]script, len(m.runes)+1)
	for i, r := range m.runes {
		m.runeScript[i+1] = scriptOf(r)
		if r < denseRunes {
			m.dense[r] = uint16(i + 1)
		} else {
			m.sparse[r] = uint16(i + 1)
		}
	}
}

// letter returns the alphabet index of lower-case r, 0 when unknown.
func (m *Model) letter(r rune) uint16 {
	if r >= 0 && r < denseRunes {
		return m.dense[r]
	}
	return m.sparse[r]
}

func (m *Model) key(g string) (uint64, bool) {
	var k uint64
	for _, r := range g {
		i := m.letter(r)
		if i == 0 {
			return 0, false
		}
		k = k<<runeBits | uint64(i)
	}
	return k, true
}

func (m *Model) setTable(n int, rows, ends map[uint64][]uint8) {
	keys := make([]uint64, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t, refs := m.newTable(n, keys)
	for i, k := range keys {
		s := script(refs[i] >> scriptShift)
		for l, c := range rows[k] {
			if c != 0 && m.scripts[l] == s {
				t.costs[s][int(refs[i]&rowMask)*m.size[s]+m.group[l]] = c
			}
		}
		for l, c := range ends[k] {
			if c != 0 && m.scripts[l] == s {
				t.ends[s][int(refs[i]&rowMask)*m.size[s]+m.group[l]] = c
			}
		}
	}
	m.tables[n-1] = t
}

// Languages returns the ISO 639-1 codes the model knows.
func (m *Model) Languages() []string { return append([]string(nil), m.langs...) }

// decodeModel reads what Encode wrote (after gzip).
// readColumns reads one byte per n-gram of refs for each language in turn
// into dst, the cost or word-end columns of a table; what names them in
// errors.
func (m *Model) readColumns(br io.ByteReader, refs []uint32, dst *[scriptCount][]uint8, what string) error {
	for l := range m.langs {
		for _, ref := range refs {
			c, err := br.ReadByte()
			if err != nil {
				return fmt.Errorf("langid model: %w", err)
			}
			if c == 0 {
				continue
			}
			s := script(ref >> scriptShift)
			if m.scripts[l] != s {
				return fmt.Errorf("langid model: %s of another script", what)
			}
			dst[s][int(ref&rowMask)*m.size[s]+m.group[l]] = c
		}
	}
	return nil
}

func decodeModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("langid model: bad header")
	}
	next := func() (uint64, error) { return binary.ReadUvarint(br) }
	nl, err := next()
	if err != nil || nl == 0 || nl > maxLangs {
		return nil, fmt.Errorf("langid model: bad language count")
	}
	m := &Model{}
	for i := 0; i < int(nl); i++ {
		l, err := next()
		if err != nil || l > 8 {
			return nil, fmt.Errorf("langid model: bad language code")
		}
		b := make([]byte, l+1)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("langid model: %w", err)
		}
		m.langs = append(m.langs, string(b[:l]))
		if script(b[l]) >= scriptCount {
			return nil, fmt.Errorf("langid model: bad script")
		}
		m.scripts = append(m.scripts, script(b[l]))
	}
	m.groups()
	nr, err := next()
	if err != nil || nr >= 1<<runeBits {
		return nil, fmt.Errorf("langid model: bad alphabet")
	}
	prev := rune(0)
	for i := 0; i < int(nr); i++ {
		d, err := next()
		if err != nil {
			return nil, fmt.Errorf("langid model: %w", err)
		}
		prev += rune(d)
		m.runes = append(m.runes, prev)
	}
	m.index()
	for n := 1; n <= maxOrder; n++ {
		nk, err := next()
		if err != nil || nk > 1<<24 {
			return nil, fmt.Errorf("langid model: bad table size")
		}
		keys := make([]uint64, nk)
		var k uint64
		for i := range keys {
			d, err := next()
			if err != nil {
				return nil, fmt.Errorf("langid model: %w", err)
			}
			if i > 0 && (d == 0 || k+d < k) {
				return nil, fmt.Errorf("langid model: repeated or unsorted n-gram keys")
			}
			k += d
			keys[i] = k
		}
		t, refs := m.newTable(n, keys)
		// costs (and word ends up to endOrders) are stored column by
		// column, one language at a time
		if err := m.readColumns(br, refs, &t.costs, "n-gram"); err != nil {
			return nil, err
		}
		if n <= endOrders {
			if err := m.readColumns(br, refs, &t.ends, "word end"); err != nil {
				return nil, err
			}
		}
		m.tables[n-1] = t
	}
	nc, err := next()
	if err != nil || nc > nl {
		return nil, fmt.Errorf("langid model: bad lexicon")
	}
	for i := 0; i < int(nc); i++ {
		l, err := next()
		if err != nil || l >= nl {
			return nil, fmt.Errorf("langid model: bad lexicon language")
		}
		m.lexLang = append(m.lexLang, int(l))
	}
	nw, err := next()
	if err != nil || nw > 1<<24 {
		return nil, fmt.Errorf("langid model: bad lexicon size")
	}
	for i := 0; i < int(nw); i++ {
		l, err := next()
		if err != nil || l > 256 {
			return nil, fmt.Errorf("langid model: bad lexicon word")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("langid model: %w", err)
		}
		m.lexWords = append(m.lexWords, string(b))
	}
	cols := make([]byte, int(nw)*int(nc))
	if _, err := io.ReadFull(br, cols); err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	m.lexCosts = make([]uint8, len(cols))
	for c := 0; c < int(nc); c++ {
		for i := 0; i < int(nw); i++ {
			m.lexCosts[i*int(nc)+c] = cols[c*int(nw)+i]
		}
	}
	m.indexLexicon()
	// reading on to the end checks the gzip trailer
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("langid model: damaged or trailing data (%v)", err)
	}
	return m, nil
}

func gzipBytes(b []byte) ([]byte, error) {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Decode reads a model written by Encode (gzipped).
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	return decodeModel(zr)
}
