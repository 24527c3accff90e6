package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Gazetteer flags: which name lists a word (exactly, or by its stem) is on.
const (
	gFirst    = 1 << iota // first name (lists)
	gSurname              // surname (lists)
	gPatr                 // patronymic (lists)
	gPerson               // person-name token, common (Wikidata, ≥5 people)
	gPersonR              // person-name token, rare
	gPlace                // place name (lists)
	gOrgList              // organisation/brand name (lists)
	gGeoAdj               // lowercase adjective or demonym from a place list
	gTrainPER             // word of a PER name in the training data
	gTrainORG             // word of an ORG name in the training data
	gTrainLOC             // word of a LOC name in the training data
	gLower                // word written lower-case in most of its training occurrences (Config.Lower)
	gBits     = iota
)

// stemShift moves flags found through the stem into the upper half.
const stemShift = 16

// Gazetteer maps lowercased words to flags (low 16 bits: the word itself is
// listed; high 16 bits: a listed word has the same stem). Immutable once
// built.
type Gazetteer struct {
	m map[string]uint32 // while built (training); nil once decoded
	// A decoded gazetteer keeps its entries in one table instead of a map
	// (three shipped languages, 670,000 entries: about 20 MB instead of 43):
	// keys are slices of the encoded text all, ents in file order, slots an
	// open-addressing index (entry+1, 0: empty) by hash of the key.
	all   string
	ents  []gazEntry
	slots []uint32
	seed  maphash.Seed
}

// gazEntry is a decoded entry: its key is all[off:off+n].
type gazEntry struct{ off, n, flags uint32 }

// get returns the flags of key k (0 when not listed).
func (g *Gazetteer) get(k string) uint32 {
	if g.m != nil || g.slots == nil {
		return g.m[k]
	}
	mask := uint64(len(g.slots) - 1)
	for i := maphash.String(g.seed, k) & mask; ; i = (i + 1) & mask {
		e := g.slots[i]
		if e == 0 {
			return 0
		}
		if en := g.ents[e-1]; g.all[en.off:en.off+en.n] == k {
			return en.flags
		}
	}
}

// size is the number of entries.
func (g *Gazetteer) size() int {
	if g.m != nil {
		return len(g.m)
	}
	return len(g.ents)
}

// each calls f with every entry, in no particular order.
func (g *Gazetteer) each(f func(k string, flags uint32)) {
	if g.m != nil {
		for k, v := range g.m {
			f(k, v)
		}
		return
	}
	for _, en := range g.ents {
		f(g.all[en.off:en.off+en.n], en.flags)
	}
}

// writable turns a decoded gazetteer back into a map before it is added to.
func (g *Gazetteer) writable() {
	if g.m != nil {
		return
	}
	// each reads the map once g.m is set: fill it first
	m := make(map[string]uint32, len(g.ents))
	g.each(func(k string, v uint32) { m[k] = v })
	g.m = m
	g.all, g.ents, g.slots = "", nil, nil
}

func newGazetteer() *Gazetteer { return &Gazetteer{m: map[string]uint32{}} }

// add lists a word (any case) with flags, under itself and its stem.
func (g *Gazetteer) add(w string, flags uint32) {
	l := strings.ToLower(w)
	if utf8.RuneCountInString(l) < 2 {
		return
	}
	g.writable()
	g.m[l] |= flags
	if s := stem(l); s != l {
		g.m[s] |= flags << stemShift
	} else {
		g.m[l] |= flags << stemShift
	}
}

// merge adds every entry of o.
func (g *Gazetteer) merge(o *Gazetteer) {
	g.writable()
	o.each(func(k string, v uint32) { g.m[k] |= v })
}

// lookup returns the flags of a lowercased word.
func (g *Gazetteer) lookup(l string) uint32 { return g.lookupStem(l, stem(l)) }

// lookupStem is lookup with the stem of l already known.
func (g *Gazetteer) lookupStem(l, s string) uint32 {
	if g == nil || g.size() == 0 {
		return 0
	}
	f := g.get(l)
	if s != l {
		f = f&(1<<stemShift-1) | g.get(s)&^(1<<stemShift-1)
	}
	return f
}

// endings are Ukrainian/Russian case endings stripped before trailing
// vowels, longest first.
var endings = []string{"ами", "ями", "ими", "ові", "еві", "єві", "ого", "ому", "ою", "ею", "єю", "ом", "ем", "єм", "ам", "ям", "ах", "ях", "им", "ым", "их", "ых", "ой", "ей"}

// stem strips a case ending and trailing vowels from a lowercased Cyrillic
// word, keeping at least three letters; other words are returned unchanged.
func stem(l string) string {
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.Is(unicode.Cyrillic, r) {
		return l
	}
	n := utf8.RuneCountInString(l)
	for _, e := range endings {
		if strings.HasSuffix(l, e) && n-utf8.RuneCountInString(e) >= 3 {
			l = l[:len(l)-len(e)]
			n -= utf8.RuneCountInString(e)
			break
		}
	}
	for n > 3 {
		r, s := utf8.DecodeLastRuneInString(l)
		if !strings.ContainsRune("аяоеєиіїйуюьыэё", r) {
			break
		}
		l = l[:len(l)-s]
		n--
	}
	return l
}

// encode writes the entries sorted, one "word\tflags" per line.
func (g *Gazetteer) encode(w io.Writer) {
	keys := make([]string, 0, g.size())
	g.each(func(k string, _ uint32) { keys = append(keys, k) })
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	for _, k := range keys {
		bw.WriteString(k)
		bw.WriteByte('\t')
		bw.WriteString(strconv.FormatUint(uint64(g.get(k)), 36))
		bw.WriteByte('\n')
	}
	bw.Flush()
}

// decodeGazetteer reads what encode wrote. The keys share one string (no
// allocation per entry), which keeps model loading fast.
func decodeGazetteer(b []byte) (*Gazetteer, error) {
	all := string(b)
	n := strings.Count(all, "\n")
	size := 1
	for size < n+n/2+1 {
		size *= 2
	}
	g := &Gazetteer{all: all, ents: make([]gazEntry, 0, n), slots: make([]uint32, size), seed: maphash.MakeSeed()}
	mask := uint64(size - 1)
	for off := 0; off < len(all); {
		line, _, ok := strings.Cut(all[off:], "\n")
		if !ok {
			return nil, fmt.Errorf("ner: truncated gazetteer")
		}
		k, f, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("ner: bad gazetteer line")
		}
		v, err := strconv.ParseUint(f, 36, 32)
		if err != nil {
			return nil, fmt.Errorf("ner: bad gazetteer flags: %w", err)
		}
		i := maphash.String(g.seed, k) & mask
		for ; g.slots[i] != 0; i = (i + 1) & mask {
			if en := &g.ents[g.slots[i]-1]; all[en.off:en.off+en.n] == k {
				break // a repeated key: the last one counts, as in a map
			}
		}
		if g.slots[i] != 0 {
			g.ents[g.slots[i]-1].flags = uint32(v)
		} else {
			g.ents = append(g.ents, gazEntry{uint32(off), uint32(len(k)), uint32(v)})
			g.slots[i] = uint32(len(g.ents))
		}
		off += len(line) + 1
	}
	return g, nil
}

// trainGazetteer lists the words of the gold names of the sentences: a
// capitalised word becomes a name word of a type when at least a third of
// its occurrences are inside a name of that type.
func trainGazetteer(sents []Sentence, lower bool) *Gazetteer {
	type cnt struct{ all, per, org, loc int }
	c := map[string]*cnt{}
	lc := map[string]int{} // lower-case occurrences (lower)
	for _, s := range sents {
		for i, w := range s.Words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				if lower && unicode.IsLower(r) {
					lc[w]++
				}
				continue
			}
			l := strings.ToLower(w)
			x := c[l]
			if x == nil {
				x = &cnt{}
				c[l] = x
			}
			x.all++
			switch lab := s.Labels[i]; {
			case strings.HasSuffix(lab, "PER"):
				x.per++
			case strings.HasSuffix(lab, "ORG"):
				x.org++
			case strings.HasSuffix(lab, "LOC"):
				x.loc++
			}
		}
	}
	g := newGazetteer()
	for l, x := range c {
		var f uint32
		if 3*x.per >= x.all && x.per > 0 {
			f |= gTrainPER
		}
		if 3*x.org >= x.all && x.org > 0 {
			f |= gTrainORG
		}
		if 3*x.loc >= x.all && x.loc > 0 {
			f |= gTrainLOC
		}
		if lower && 2*lc[l] > x.all+lc[l] && lc[l] >= 2 {
			f |= gLower
		}
		if f != 0 {
			g.add(l, f)
		}
	}
	return g
}

// listGazetteer builds the gazetteer of name lists under ../shared/train
// for a language.
func listGazetteer(root, lang string) (*Gazetteer, error) {
	g := newGazetteer()
	tr := filepath.Join(root, "train")
	if lang == "uk" || lang == "ru" {
		if err := readDictUK(g, filepath.Join(tr, "dict-uk-names-geo/dict_uk-names-geo.tar.gz")); err != nil {
			return nil, err
		}
		for _, f := range []struct {
			file string
			flag uint32
		}{{"male_fname_freq_dict.csv", gFirst}, {"female_fname_freq_dict.csv", gFirst},
			{"male_pname_freq_dict.csv", gPatr}, {"female_pname_freq_dict.csv", gPatr}, {"lname_freq_dict.csv", gSurname}} {
			b, err := os.ReadFile(filepath.Join(tr, "person-names-uk-ru-en/uk_name_freq", f.file))
			if err != nil {
				return nil, fmt.Errorf("ner: gazetteer: %w", err)
			}
			for _, line := range strings.Split(string(b), "\n")[1:] {
				if w, _, ok := strings.Cut(line, ","); ok {
					g.add(w, f.flag)
				}
			}
		}
	}
	if lang == "ru" {
		err := readLines(filepath.Join(tr, "person-names-uk-ru-en/ua2ru_names.csv.gz"), func(line string) {
			f := strings.Split(line, ",")
			if len(f) >= 2 && f[0] != "uk" {
				g.add(f[1], gSurname)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if lang == "en" {
		if err := translatedLists(g, tr); err != nil {
			return nil, err
		}
	}
	err := readLines(filepath.Join(tr, "person-names-uk-ru-en/wikidata_en_ru_name_tokens_80.tsv.gz"), func(line string) {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return
		}
		n, _ := strconv.Atoi(f[2])
		flag := uint32(gPersonR)
		if n >= 5 {
			flag = gPerson
		}
		w := f[0]
		if lang != "en" {
			w = strings.ReplaceAll(f[1], " ", "")
		}
		g.add(w, flag)
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

func readLines(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ner: gazetteer: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("ner: gazetteer %s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: gazetteer %s: %w", path, err)
	}
	return nil
}

// readDictUK reads dict_uk's name and place lemma lists.
func readDictUK(g *Gazetteer, archive string) error {
	files, err := tarFiles(archive, func(n string) bool { return strings.HasSuffix(n, ".lst") })
	if err != nil {
		return err
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		base := filepath.Base(n)
		for _, line := range strings.Split(files[n], "\n") {
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			for _, part := range strings.Split(line, " - ") {
				f := strings.Fields(part)
				if len(f) == 0 {
					continue
				}
				w, tags := f[0], strings.Join(f[1:], " ")
				r, _ := utf8.DecodeRuneInString(w)
				upper := unicode.IsUpper(r)
				var flag uint32
				switch {
				case strings.HasPrefix(base, "geo-"):
					flag = gPlace
					if !upper {
						flag = gGeoAdj
					}
				case strings.HasPrefix(base, "names-other"):
					flag = gOrgList
				case strings.HasPrefix(base, "names-"):
					switch {
					case strings.Contains(tags, "patr") && !strings.Contains(tags, "<"):
						flag = gPatr
					case strings.Contains(tags, "<+"):
						flag = gSurname
					case strings.Contains(tags, "<"):
						flag = gFirst
					case strings.Contains(tags, "adj"):
						flag = gSurname
					}
				}
				if flag != 0 && (upper || flag == gGeoAdj) {
					g.add(w, flag)
				}
			}
		}
	}
	return nil
}

// translatedLists adds to an English gazetteer dict_uk's place, demonym,
// organisation and first-name lists, translated word by word with the MUSE
// uk→en dictionary (Франція → france, французький → french).
func translatedLists(g *Gazetteer, tr string) error {
	uk := newGazetteer()
	if err := readDictUK(uk, filepath.Join(tr, "dict-uk-names-geo/dict_uk-names-geo.tar.gz")); err != nil {
		return err
	}
	const keep = gPlace | gGeoAdj | gOrgList | gFirst
	return readLines(filepath.Join(tr, "muse-dict-uk-ru-en/uk-en.dict.gz"), func(line string) {
		en, src, ok := strings.Cut(line, " @ ")
		if !ok {
			return
		}
		if f := uk.get(src) & keep; f != 0 && !strings.ContainsRune(en, ' ') {
			g.add(en, f)
		}
	})
}
