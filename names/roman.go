package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// English returns the canonical English (Latin-script) form of a lemmatised
// person name written in lang. Names in Latin script are kept (Slavic
// spellings of well-known names are mapped back when the tables know them);
// Cyrillic names are looked up as a whole, then word by word, and
// transliterated by origin when no table knows them.
func (m *Model) English(lang, lemma string) string {
	lemma = fixHomoglyphs(strings.TrimSpace(lemma))
	if lemma == "" {
		return ""
	}
	if !Inflecting(lang) && latinScript(lemma) {
		return tidy(lemma) // English and other Latin-script pages: as written
	}
	if en, ok := m.full[NormKey(lemma)]; ok {
		return en
	}
	ws := words(lemma)
	if lang == "uk" || hasUkLetters(lemma) {
		// the Russian spelling of the same full name
		ru := make([]string, len(ws))
		for i, w := range ws {
			ru[i] = m.ruForms(strings.ToLower(w), true)[0]
		}
		if en, ok := m.full[strings.Join(ru, " ")]; ok {
			return en
		}
	}
	if zh, ok := m.chinese(lang, ws); ok {
		return zh
	}
	ukOrigin := m.ukrainianOrigin(lang, ws)
	var b strings.Builder
	forEachWord(lemma, func(p string, w bool) {
		if !w {
			b.WriteString(p)
			return
		}
		b.WriteString(m.englishWord(lang, p, ukOrigin))
	})
	return tidy(b.String())
}

// FullName returns the full name a surname alone most likely stands for in
// the news (Zuckerberg → Mark Zuckerberg), from slavic-ner's training ids.
func (m *Model) FullName(english string) (string, bool) {
	ws := strings.Fields(english)
	if len(ws) != 1 {
		return "", false
	}
	full, ok := m.sur[strings.ToLower(StripMarks(ws[0]))]
	if !ok {
		full, ok = m.sur[strings.ToLower(ws[0])]
	}
	return full, ok
}

func latinScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// tidy drops characters that are not part of a Latin name (dots after
// initials stay) and collapses spaces.
func tidy(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (m *Model) englishWord(lang, w string, ukOrigin bool) string {
	lower := strings.ToLower(w)
	if utf8.RuneCountInString(w) == 1 {
		return translitWord(w, lang == "uk" || hasUkLetters(w))
	}
	if !isCyrillic(lower) {
		if en, ok := m.tok[lower]; ok {
			return en
		}
		return w
	}
	uk := lang == "uk" || hasUkLetters(lower)
	if uk && ukOrigin && m.ukFirst[lower] {
		return translitWord(w, true) // Ukrainian first names: national system
	}
	if uk && !ukOrigin {
		// a Ukrainian spelling of a foreign name: its Russian spelling
		// is what the tables know best (Сергій → Сергей → Sergei)
		for _, ru := range m.ruForms(lower, true)[:1] {
			if en, ok := m.tok[ru]; ok && m.ua2ru[lower] != "" {
				return en
			}
		}
	}
	if en, ok := m.tok[lower]; ok && !preferWiki {
		return en
	}
	for _, ru := range m.ruForms(lower, uk) {
		if en, ok := m.wiki.get(ru); ok && preferWiki {
			return title(en)
		}
		if en, ok := m.tok[ru]; ok {
			return en
		}
		if en, ok := m.wiki.get(ru); ok {
			return title(en)
		}
	}
	if lang == "bg" {
		return bgLatin(w)
	}
	return translitWord(w, uk)
}

// bgLatin romanises Bulgarian by the official (2009) system.
func bgLatin(w string) string {
	return translitWord(bgToRu.Replace(w), false)
}

// latToCyr and cyrToLat pair letters that look alike in the two scripts.
var latToCyr, cyrToLat = homoglyphs("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")

func homoglyphs(lat, cyr string) (l2c, c2l map[rune]rune) {
	l2c, c2l = map[rune]rune{}, map[rune]rune{}
	lr, cr := []rune(lat), []rune(cyr)
	for i := range lr {
		l2c[lr[i]] = cr[i]
		c2l[cr[i]] = lr[i]
	}
	return l2c, c2l
}

// fixHomoglyphs rewrites Latin letters that look like Cyrillic ones inside
// mostly-Cyrillic words (a typing habit: «Тeд», «Cтeйcи»), and the reverse.
func fixHomoglyphs(s string) string {
	var b strings.Builder
	forEachWord(s, func(p string, w bool) {
		if !w {
			b.WriteString(p)
			return
		}
		nc, nl := 0, 0
		for _, r := range p {
			if unicode.Is(unicode.Cyrillic, r) {
				nc++
			} else if unicode.Is(unicode.Latin, r) {
				nl++
			}
		}
		if nc == 0 || nl == 0 {
			b.WriteString(p)
			return
		}
		table := latToCyr
		if nl > nc {
			table = cyrToLat
		}
		for _, r := range p {
			if x, ok := table[r]; ok {
				r = x
			}
			b.WriteRune(r)
		}
	})
	return b.String()
}

const preferWiki = false

// ruForms returns Russian spellings to try for a (possibly Ukrainian) word.
func (m *Model) ruForms(lower string, uk bool) []string {
	if !uk {
		return []string{strings.ReplaceAll(lower, "ё", "е")}
	}
	var out []string
	if ru, ok := m.ua2ru[lower]; ok {
		out = append(out, ru)
	}
	out = append(out, ukToRu.Replace(lower))
	out = append(out, ukToRuY.Replace(lower))
	return out
}

var (
	ukToRu  = strings.NewReplacer("і", "и", "ї", "йи", "є", "е", "ґ", "г", "'", "", "’", "", "ʼ", "")
	ukToRuY = strings.NewReplacer("и", "ы", "і", "и", "ї", "йи", "є", "е", "ґ", "г", "'", "", "’", "", "ʼ", "")
	bgToRu  = strings.NewReplacer("щ", "sht", "Щ", "Sht", "ъ", "a", "Ъ", "A", "ь", "y", "ю", "yu", "Ю", "Yu", "я", "ya", "Я", "Ya", "й", "y", "Й", "Y", "х", "h", "Х", "H", "ц", "ts", "Ц", "Ts", "ж", "zh", "Ж", "Zh", "ч", "ch", "Ч", "Ch", "ш", "sh", "Ш", "Sh")
)

// ukrainianOrigin guesses that a Cyrillic name written in Ukrainian belongs
// to a Ukrainian (so takes the national romanisation): its surname is a
// known Ukrainian surname or has a Ukrainian ending, and the Russian tables
// do not know it.
func (m *Model) ukrainianOrigin(lang string, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if !(lang == "uk" || hasUkLetters(last)) || !isCyrillic(last) {
		return false
	}
	if _, ok := m.tok[last]; ok {
		return false
	}
	for _, suf := range []string{"енко", "ський", "цький", "чук", "щук", "юк", "ишин", "ишина", "ська", "цька"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	if !m.ukLast[last] {
		return false
	}
	for _, ru := range m.ruForms(last, true) {
		if _, ok := m.wiki.get(ru); ok {
			return false
		}
	}
	return true
}

func hasUkLetters(s string) bool {
	return strings.ContainsAny(s, "іїєґІЇЄҐ")
}

func title(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = r == '-' || r == ' ' || r == '\''
	}
	return b.String()
}

// translitWord romanises one Cyrillic word: the Ukrainian national system
// (2010) when uk, otherwise Russian the way English-language news does it.
// Latin and other scripts pass through with diacritics removed.
func translitWord(w string, uk bool) string {
	rs := []rune(w)
	var b strings.Builder
	for i, r := range rs {
		lr := unicode.ToLower(r)
		cap := r != lr
		first := i == 0 || !unicode.IsLetter(rs[i-1])
		var prev rune
		if i > 0 {
			prev = unicode.ToLower(rs[i-1])
		}
		var next rune
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
		var s string
		if uk {
			s = ukLatin(lr, first, prev)
		} else {
			s = ruLatin(lr, first, prev, next, i == len(rs)-1 || (i == len(rs)-2 && next == 'й'))
		}
		if s == "\x00" { // not Cyrillic
			s = stripMarks(string(r))
			cap = false
		}
		if cap && s != "" {
			if len(rs) > 1 && i+1 < len(rs) && unicode.IsUpper(rs[i+1]) {
				s = strings.ToUpper(s)
			} else {
				s = strings.ToUpper(s[:1]) + s[1:]
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

var ukTable = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "h", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ie", 'ж': "zh",
	'з': "z", 'и': "y", 'і': "i", 'ї': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n",
	'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ь': "", 'ю': "iu", 'я': "ia", '\'': "", '’': "", 'ʼ': "",
	'ы': "y", 'э': "e", 'ё': "io", 'ъ': "",
}

var ukInitial = map[rune]string{'є': "ye", 'ї': "yi", 'й': "y", 'ю': "yu", 'я': "ya"}

func ukLatin(r rune, first bool, prev rune) string {
	if first {
		if s, ok := ukInitial[r]; ok {
			return s
		}
	}
	if r == 'г' && prev == 'з' {
		return "gh"
	}
	if s, ok := ukTable[r]; ok {
		return s
	}
	return "\x00"
}

var ruTable = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	// Bulgarian, Serbian, Macedonian letters.
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

func ruLatin(r rune, first bool, prev, next rune, end bool) string {
	switch r {
	case 'е':
		if first || strings.ContainsRune("аеёиоуыэюяьъ", prev) {
			return "ye"
		}
	case 'и':
		if next == 'й' && end {
			return "" // -ий → -y
		}
	case 'ы':
		if next == 'й' && end {
			return "" // -ый → -y
		}
	}
	if s, ok := ruTable[r]; ok {
		return s
	}
	return "\x00"
}

func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ł':
			r = 'l'
		case 'Ł':
			r = 'L'
		case 'đ':
			r = 'd'
		case 'Đ':
			r = 'D'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// StripMarks removes diacritics (Miloš → Milos, Łukasz → Lukasz).
func StripMarks(s string) string { return stripMarks(s) }
