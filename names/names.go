// Package names lemmatises person names written in Ukrainian, Russian and
// the other Slavic languages to the nominative («Сергієм Шойгу» → «Сергій
// Шойгу») and romanises them to the name English-language news uses
// («Сергій Шойгу» → "Sergei Shoigu", «Ван Веньбінь» → "Wang Wenbin").
//
// The tables come from `pressclip train names` (models/names.gz): token
// lemma memory and suffix rules learned from slavic-ner's cross-topic train
// split, name lexicons (dict_uk, lang-uk name frequencies, names-translator),
// English↔Russian Wikidata name tokens, and the names behind slavic-ner's
// cross-lingual ids. Rules for transliteration (Ukrainian national system,
// Russian news practice, reversed Palladius for Chinese) are code.
package names

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/models"
)

// ModelFile is the embedded table file.
const ModelFile = "names.gz"

// Model holds the immutable tables. It is safe for concurrent use.
type Model struct {
	mem     map[string]string // lang \x00 lower surface token → lemma token
	rules   map[string][]rule // lang \x00 lower suffix → rules, most frequent first
	support map[string]int    // lang \x00 lower suffix → total count
	lex     table             // lang \x00 lower lemma token (a set)
	full    map[string]string // normalised full lemma → canonical English name
	tok     map[string]string // lower token → English token (slavic-ner ids)
	wiki    table             // lower Russian token → English token (Wikidata)
	ua2ru   map[string]string // lower Ukrainian token → lower Russian token
	ukFirst map[string]bool   // lower Ukrainian first names and patronymics
	ukLast  map[string]bool   // lower Ukrainian surnames
	indecl  map[string]bool   // lower names that do not inflect (Шойгу)
	sur     map[string]string // lower English surname → the full name news mostly means by it
	geo     map[string]bool   // lower Ukrainian place names that are not person names (Пекін)
	ruWoman map[string]bool   // lower Russian women's first names (dict_uk genders)
	ruMan   map[string]bool   // lower Russian men's first names (dict_uk genders)
}

type rule struct {
	strip int    // runes to cut
	add   string // then append
	n     int
}

func newModel() *Model {
	return &Model{
		mem: map[string]string{}, rules: map[string][]rule{}, support: map[string]int{},
		full: map[string]string{}, tok: map[string]string{},
		ua2ru: map[string]string{}, ukFirst: map[string]bool{}, ukLast: map[string]bool{}, indecl: map[string]bool{}, sur: map[string]string{}, geo: map[string]bool{},
		ruWoman: map[string]bool{}, ruMan: map[string]bool{},
	}
}

// Load reads the embedded model.
func Load() (*Model, error) {
	r, err := models.Open(ModelFile)
	if err != nil {
		return nil, err
	}
	return Decode(r)
}

// Decode reads a model in the text form Encode writes.
func Decode(r io.Reader) (*Model, error) {
	m := newModel()
	lex, wiki := map[string]bool{}, map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		bad := func() error { return fmt.Errorf("names: model line %d: malformed %q", line, sc.Text()) }
		switch f[0] {
		case "M":
			if len(f) != 4 {
				return nil, bad()
			}
			m.mem[f[1]+"\x00"+f[2]] = f[3]
		case "R":
			if len(f) != 6 {
				return nil, bad()
			}
			strip, err1 := strconv.Atoi(f[3])
			n, err2 := strconv.Atoi(f[5])
			if err1 != nil || err2 != nil {
				return nil, bad()
			}
			k := f[1] + "\x00" + f[2]
			m.rules[k] = append(m.rules[k], rule{strip: strip, add: f[4], n: n})
			m.support[k] += n
		case "L":
			if len(f) != 3 {
				return nil, bad()
			}
			for _, w := range strings.Split(f[2], " ") {
				lex[f[1]+"\x00"+w] = true
			}
		case "F":
			if len(f) != 3 {
				return nil, bad()
			}
			m.full[f[1]] = f[2]
		case "S":
			if len(f) != 3 {
				return nil, bad()
			}
			m.sur[f[1]] = f[2]
		case "T":
			if len(f) != 3 {
				return nil, bad()
			}
			m.tok[f[1]] = f[2]
		case "W":
			if len(f) != 3 {
				return nil, bad()
			}
			wiki[f[1]] = f[2]
		case "U":
			if len(f) != 3 {
				return nil, bad()
			}
			m.ua2ru[f[1]] = f[2]
		case "UF":
			for _, w := range f[1:] {
				m.ukFirst[w] = true
			}
		case "UL":
			for _, w := range f[1:] {
				m.ukLast[w] = true
			}
		case "I":
			for _, w := range f[1:] {
				m.indecl[w] = true
			}
		case "G":
			for _, w := range f[1:] {
				m.geo[w] = true
			}
		case "FW":
			for _, w := range f[1:] {
				m.ruWoman[w] = true
			}
		case "FM":
			for _, w := range f[1:] {
				m.ruMan[w] = true
			}
		default:
			return nil, bad()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("names: model: %w", err)
	}
	m.lex, m.wiki = newTable(lex), newTable(wiki)
	return m, nil
}
