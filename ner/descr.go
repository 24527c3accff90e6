package ner

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Descriptor words: corpora differ on whether an organisation's
// descriptor noun next to its name belongs to it: factRuEval's objects take
// it in («газеты « Русская правда», «компании Harles und Jentzsch»), NEREL
// and slavic-ner mostly leave it out. A style's descriptor table lists the
// word stems that its training ORG names take in at their left or right
// edge more often than its training text leaves them next to such a name,
// and the tagger then widens an ORG name of that style over such a word
// (Model.widen). Only ORG: the same tables for LOC («реки Славянки»)
// lowered factRuEval dev (ner-dev, seed 1: LOC 0.8583 -> 0.8503 with left
// descriptors; right ones changed nothing there and lowered slavic ru).
const (
	dOrgLeft = 1 << iota
	dOrgRight
)

// descrKey is the gazetteer key of a stem in a style's descriptor table
// (a control character no word lookup holds).
func descrKey(style uint32, stm string) string {
	return "\x01" + strconv.FormatUint(uint64(style), 36) + "\x01" + stm
}

// descrBit is the table flag of a type and edge (0: none).
func descrBit(typ string, right bool) uint32 {
	switch {
	case typ == "ORG" && !right:
		return dOrgLeft
	case typ == "ORG":
		return dOrgRight
	}
	return 0
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isOpenQuote(w string) bool {
	return w == "«" || w == "\"" || w == "„" || w == "“"
}

// descrTable counts, for each styled training sentence, the lower-case
// words at the edge of a gold ORG name next to a capitalised word of
// it (in), and the lower-case words left outside next to a name's
// capitalised edge word (out); a left descriptor may stand before an
// opening quotation mark. A stem seen in at least twice and more often in
// than out is listed for its style, type and edge.
func descrTable(train []Sentence) *Gazetteer {
	type key struct {
		k   string
		bit uint32
	}
	in, out := map[key]int{}, map[key]int{}
	for _, s := range train {
		if s.style == "" {
			continue
		}
		sh := styleHash(s.style)
		w := s.Words
		st := func(i int) string { return stem(strings.ToLower(w[i])) }
		for _, m := range Mentions(s.Labels) {
			lb, rb := descrBit(m.Type, false), descrBit(m.Type, true)
			if lb == 0 {
				continue
			}
			f, l := m.First, m.Last
			// left edge
			nx := f + 1
			if nx < l && isOpenQuote(w[nx]) {
				nx++
			}
			if l-f >= 2 && isLowerWord(w[f]) && nx < l && !isLowerWord(w[nx]) {
				in[key{descrKey(sh, st(f)), lb}]++
			}
			if isUpperWord(w[f]) {
				k := f - 1
				if k >= 1 && isOpenQuote(w[k]) {
					k--
				}
				if k >= 0 && s.Labels[k] == "O" && isLowerWord(w[k]) {
					out[key{descrKey(sh, st(k)), lb}]++
				}
			}
			// right edge
			if l-f >= 2 && isLowerWord(w[l-1]) && !isLowerWord(w[l-2]) {
				in[key{descrKey(sh, st(l-1)), rb}]++
			}
			if isUpperWord(w[l-1]) && l < len(w) && s.Labels[l] == "O" && isLowerWord(w[l]) {
				out[key{descrKey(sh, st(l)), rb}]++
			}
		}
	}
	g := newGazetteer()
	for k, n := range in {
		if n >= 2 && n > out[k] {
			g.m[k.k] |= k.bit
			g.m[descrMark] = 1
		}
	}
	return g
}

// widen extends the ORG names of a sentence's BIO labels over a
// descriptor word of the model's style (descrTable) next to them: a
// lower-case word before the name (perhaps before an opening quotation
// mark), or after it.
func (m *Model) widen(words, labels []string) {
	if m.gaz == nil || m.style == 0 || !m.gaz.hasDescr() {
		return
	}
	look := func(i int, bit uint32) bool {
		return labels[i] == "O" && isLowerWord(words[i]) &&
			m.gaz.get(descrKey(m.style, stem(strings.ToLower(words[i]))))&bit != 0
	}
	for _, mn := range Mentions(labels) {
		lb, rb := descrBit(mn.Type, false), descrBit(mn.Type, true)
		if lb == 0 {
			continue
		}
		if isUpperWord(words[mn.Last-1]) && mn.Last < len(words) && look(mn.Last, rb) {
			labels[mn.Last] = "I-" + mn.Type
		}
		if !isUpperWord(words[mn.First]) && !isOpenQuote(words[mn.First]) {
			continue
		}
		k := mn.First - 1
		if k >= 1 && isOpenQuote(words[k]) && labels[k] == "O" {
			k--
		}
		if k >= 0 && look(k, lb) {
			labels[k] = "B-" + mn.Type
			for i := k + 1; i <= mn.First; i++ {
				labels[i] = "I-" + mn.Type
			}
		}
	}
}

// hasDescr reports whether the gazetteer holds descriptor tables.
func (g *Gazetteer) hasDescr() bool { return g.get(descrMark) != 0 }

// descrMark is set in a gazetteer that holds descriptor tables.
const descrMark = "\x01"

// streetWords are the stems of Russian street-type nouns (улица, площадь,
// проспект, бульвар, переулок, шоссе, набережная, проезд).
var streetWords = []string{"улиц", "площад", "проспект", "бульвар", "переул", "шоссе", "набережн", "проезд"}

// In factRuEval's style (factru) street names take in their street-type
// noun (widenStreet): factRuEval's Location objects do («Тверской площади», «Кронштадтскому
// бульвару»: in its devset the noun after a capitalised LOC word is inside
// the object 6 times out of 6), NEREL's half of the time (3 of 6), so only
// factru widens. Too few to pass descrTable's threshold in the training
// part, hence a word list. ner-dev, ru seed 1 (with dropUnnamed):
// factRuEval dev text unnamed ignored F1 0.8602 -> 0.8684 (LOC 0.8583 ->
// 0.8818); with Config.Lower 0.8659 -> 0.8725.

// widenStreet extends, in the factru style, a LOC name ending in a capitalised
// word over a street-type noun right after it.
func (m *Model) widenStreet(words, labels []string) {
	if !m.factru() {
		return
	}
	for _, mn := range Mentions(labels) {
		if mn.Type != "LOC" || mn.Last >= len(words) || labels[mn.Last] != "O" || !isUpperWord(words[mn.Last-1]) {
			continue
		}
		l := strings.ToLower(words[mn.Last])
		for _, s := range streetWords {
			if strings.HasPrefix(l, s) {
				labels[mn.Last] = "I-LOC"
				break
			}
		}
	}
}

// orgNouns are the stems of Russian nouns naming a kind of organisation
// (партия, движение, газета, завод, компания, институт, радиостанция,
// агентство, ...). factRuEval's Org objects take such a noun in when it
// stands before the opening quotation mark of the name («радиостанция
// «Маяк»», «завода "ЗАЗ"»): in its devset, counted on the training part of
// ner-dev's split (dev documents left out), 8 times out of 8 where the
// quoted name is an Org; descrTable learns only the stems seen twice
// (партии, движения), hence a word list.
var orgNouns = []string{
	"парти", "движени", "газет", "завод", "компани", "авиакомпани", "телекомпани", "медиакомпани",
	"кинокомпани", "телерадиокомпани", "институт", "фракци", "радиостанци", "агентств",
	"телеканал", "журнал", "издани", "интернет-издани", "издательств", "банк", "фонд", "концерн",
	"холдинг", "корпораци", "объединени", "обществ", "ассоциаци", "клуб", "театр", "университет",
	"организаци", "комбинат", "фабрик", "предприяти",
}

// widenQuoted extends, in the factru style, an ORG name in quotation marks
// over an organisation noun (orgNouns) right before its opening mark.
// ner-dev, ru seed 1 (after a9eda61): factRuEval dev text unnamed ignored
// F1 0.8684 -> 0.8734 (ORG 0.7682 -> 0.7889); NEREL and slavic ru
// unchanged (other styles).
func (m *Model) widenQuoted(words, labels []string) {
	if !m.factru() {
		return
	}
	for _, mn := range Mentions(labels) {
		if mn.Type != "ORG" {
			continue
		}
		q := mn.First // the opening mark: the name's first word or the one before it
		if !isOpenQuote(words[q]) {
			q--
			if q < 0 || !isOpenQuote(words[q]) || labels[q] != "O" || !isUpperWord(words[mn.First]) {
				continue
			}
		}
		k := q - 1
		if k < 0 || labels[k] != "O" || !isLowerWord(words[k]) || !hasPrefixIn(strings.ToLower(words[k]), orgNouns) {
			continue
		}
		labels[k] = "B-ORG"
		for i := k + 1; i <= mn.First; i++ {
			labels[i] = "I-ORG"
		}
	}
}

// hasPrefixIn reports whether s begins with one of the prefixes.
func hasPrefixIn(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// placeNouns are the lower-case forms of Russian nouns naming a kind of
// place (река, озеро, остров, мыс, посёлок, село, деревня, город, городок,
// штат). factRuEval's Location objects take such a noun in before a
// capitalised name («реки Славянки», «мысе Канаверал», «штата Аризона»):
// in its devset, on the training part of ner-dev's split, 7 times out of
// 7. Stop 19 widened LOC names over descrTable's left descriptors instead
// and lost (LOC 0.8583 -> 0.8503): that table also held words that are
// not kinds of place.
var placeNouns = map[string]bool{}

func init() {
	for stem, ends := range map[string]string{
		"рек": "а и е у ой", "озер": "о а е у ом", "остров": " а е у ом", "мыс": " а е у ом",
		"посёлок": "", "поселок": "", "посёлк": "а е у ом", "поселк": "а е у ом",
		"сел": "о а е у ом", "деревн": "я и е ю ей", "город": " а е у ом", "городок": "",
		"городк": "а е у ом", "штат": " а е у ом",
	} {
		for _, e := range strings.Split(ends, " ") {
			placeNouns[stem+e] = true
		}
	}
}

// widenPlace extends, in the factru style, a LOC name beginning with a
// capitalised word over a place-kind noun (placeNouns) right before it.
// ner-dev, ru seed 1 (after widenQuoted): factRuEval dev text unnamed
// ignored F1 0.8734 -> 0.8865 (LOC 0.8818 -> 0.9138); NEREL and slavic ru
// unchanged.
func (m *Model) widenPlace(words, labels []string) {
	if !m.factru() {
		return
	}
	for _, mn := range Mentions(labels) {
		k := mn.First - 1
		if mn.Type != "LOC" || k < 0 || labels[k] != "O" || !isUpperWord(words[mn.First]) || !placeNouns[strings.ToLower(words[k])] {
			continue
		}
		labels[k] = "B-LOC"
		labels[mn.First] = "I-LOC"
	}
}
