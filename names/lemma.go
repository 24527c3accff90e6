package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSuffix is the longest word ending the suffix rules look at.
const maxSuffix = 6

// Lemma returns the nominative of a person-name mention in language lang
// (ISO 639-1): every word is lemmatised on its own (remembered forms, then
// learned suffix rules checked against the name lexicons, then the common
// paradigms), and a surname is made to agree with the first name's gender.
// Initials, separators and words the tables cannot inflect are kept.
func (m *Model) Lemma(lang, name string) string {
	name = strings.TrimSpace(name)
	if name == "" || !Inflecting(lang) {
		return name
	}
	nominative := femaleNominative(lang, name)
	var parts, surf []string
	var isWord []bool
	nWords := 0
	forEachWord(name, func(w string, word bool) {
		surf = append(surf, w)
		parts = append(parts, w)
		isWord = append(isWord, word)
		if word {
			nWords++
		}
	})
	// a man's first name in -а/-я as written is a nominative («Илья Кива»,
	// not «Ильи»), and so is the rest of the name
	if nWords >= 2 && isWord[0] && maleA[strings.ToLower(surf[0])] {
		nominative = true
	}
	keepA, keepAll := m.nominativeContext(lang, surf, isWord)
	last := -1
	for i, w := range isWord {
		if w {
			last = i
		}
	}
	for i, w := range surf {
		switch {
		case !isWord[i]:
		case nominative:
			parts[i] = capsToTitle(w)
		case keepAll || keepA && i != last && startsUpper(w) && (endsInA(w) || endsInHardConsonant(w)):
			// keep the word, unless the lemmatiser only fixes its case or
			// knows the name it gives (writers leave a foreign first name
			// undeclined: «Доминик Рааба» is Рааб's genitive) — but a
			// Russian surname in -а after a first name as written is mostly
			// a nominative («Абид Раджа», «Кирстен Синема»: 33 of 39 such
			// names in slavic-ner's train split)
			l := m.lemmaWord(lang, w)
			if !strings.EqualFold(l, w) && !(keepAll && !endsInConsonant(w) && !(lang == "ru" && nWords == 2 && endsInA(w)) && m.lex.has(lang+"\x00"+strings.ToLower(l))) {
				l = capsToTitle(w)
			}
			parts[i] = l
		case i != last && m.womansFirstName(lang, w):
			parts[i] = capsToTitle(w)
		default:
			parts[i] = m.lemmaWord(lang, w)
		}
	}
	m.agree(lang, parts, surf, isWord)
	if lang == "uk" || lang == "ru" || lang == "be" {
		m.keepChinese(lang, parts, surf, isWord)
	}
	return strings.Join(parts, "")
}

// nominativeContext reads the case of a multi-word Russian or Ukrainian
// name from the words whose endings are unambiguous. keepA: the last word
// ends in a consonant, -ь or -ий/-ый, which only a nominative (or an
// indeclinable surname) does, so a word before it ending in -а/-я is a
// nominative woman's (or Илья's) name, not a man's genitive («Фиона Хилл»,
// «Нина Янкович», not «Фион», «Нин»). keepAll: the first word is a known
// first name of four letters or more in the nominative masculine (a
// consonant, -й or -ь ending the lemmatiser keeps), so the whole name is
// nominative («Дмитрий Лелека», «Ричард Оджеда»). East Asian names, whose
// surname comes first and does not decline, are left out of keepAll.
func (m *Model) nominativeContext(lang string, surf []string, isWord []bool) (keepA, keepAll bool) {
	if lang != "ru" && lang != "uk" {
		return false, false
	}
	var ws []string
	for i, w := range surf {
		if isWord[i] && utf8.RuneCountInString(w) > 1 {
			ws = append(ws, strings.ToLower(w))
		}
	}
	if len(ws) < 2 {
		return false, false
	}
	last := ws[len(ws)-1]
	r, _ := utf8.DecodeLastRuneInString(last)
	keepA = isCyrillic(last) && (!strings.ContainsRune("аеёиоуыэюяіїєйь", r) || r == 'ь' ||
		strings.HasSuffix(last, "ий") || strings.HasSuffix(last, "ый"))
	for _, e := range []string{"ом", "ем", "ём", "ым", "им", "ім", "ам", "ям", "ах", "ях"} {
		if strings.HasSuffix(last, e) {
			keepA = false // an instrumental, dative or locative plural
		}
	}
	first := ws[0]
	r, _ = utf8.DecodeLastRuneInString(first)
	if utf8.RuneCountInString(first) >= 4 && isCyrillic(first) && !strings.ContainsRune("аеёиоуыэюяіїє", r) &&
		m.lex.has(lang+"\x00"+first) && !chineseSurnamesCyr[first] &&
		strings.ToLower(m.lemmaWord(lang, first)) == first {
		keepAll = true
	}
	return keepA, keepAll
}

// womansFirstName reports a Russian word that is a woman's first name in
// the nominative and whose -а/-я the lemmatiser would cut to make no man's
// name («Лора Келли», «Марта Максалли»; not «Пола», which is Пол's too).
func (m *Model) womansFirstName(lang, w string) bool {
	if lang != "ru" || !startsUpper(w) || !endsInA(w) {
		return false
	}
	lower := strings.ToLower(w)
	if !m.ruWoman[lower] {
		return false
	}
	l := strings.ToLower(m.lemmaWord(lang, w))
	return l == lower || !m.ruMan[l]
}

// endsInConsonant reports a Cyrillic word ending in a consonant, -й or -ь.
func endsInConsonant(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(w))
	return r >= 0x400 && r <= 0x4ff && !strings.ContainsRune("аеёиоуыэюяіїє", r)
}

// slavicFemale reports a Russian woman's surname ending (-ова, -ина, -ская).
func slavicFemale(l string) bool {
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"} {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// startsUpper reports a word written with a capital.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// endsInHardConsonant reports a word ending in a consonant other than -й
// («Джером», not «Андрей», which could as well be «Анной»'s kin).
func endsInHardConsonant(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(w))
	return r >= 0x400 && r <= 0x4ff && !strings.ContainsRune("аеёиоуыэюяіїєйь", r)
}

// endsInA reports a word ending in -а or -я.
func endsInA(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r == 'а' || r == 'я' || r == 'А' || r == 'Я'
}

// agree makes a surname's gender agree with the first name's («Виктора
// Харитонина» → «Виктор Харитонин», not «Харитонина»).
func (m *Model) agree(lang string, parts, surf []string, isWord []bool) {
	if lang != "ru" && lang != "uk" {
		return
	}
	first, last := -1, -1
	for i, w := range isWord {
		if w && utf8.RuneCountInString(parts[i]) > 1 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || last == first {
		return
	}
	// only a separator of spaces between the two words
	for i := first + 1; i < last; i++ {
		if isWord[i] || strings.TrimSpace(parts[i]) != "" {
			return
		}
	}
	f, s, sf := strings.ToLower(parts[first]), parts[last], surf[last]
	fs := strings.ToLower(surf[first])
	ls := strings.ToLower(sf)
	// a man's surname in the dative («Зарубину», «Шиффу»)
	// makes the first name a man's too («Адаму» → «Адам», not «Адама»)
	if (strings.HasSuffix(f, "а") || strings.HasSuffix(f, "я")) && !maleA[f] && len(ls) > 2 {
		se, _ := utf8.DecodeLastRuneInString(ls)
		fe, _ := utf8.DecodeLastRuneInString(fs)
		stemmed := strings.ToLower(s) == strings.TrimSuffix(ls, string(se))
		if stemmed && se == 'у' && (fe == 'у' || fe == 'ю') {
			stem := strings.TrimSuffix(surf[first], string(fe))
			for _, add := range []string{"", "й", "ь"} {
				c := strings.ToLower(stem + add)
				if lang == "ru" && m.ruWoman[f] && !m.ruMan[c] {
					continue // Мария Захарова's accusative, not «Мари»
				}
				if m.lex.has(lang + "\x00" + c) {
					parts[first] = stem + add
					return
				}
			}
			// a fleeting vowel: «Павлу» → «Павел»
			if r := []rune(stem); lang == "ru" && fe == 'у' && len(r) > 2 && endsInHardConsonant(string(r[len(r)-2:len(r)-1])) {
				c := string(r[:len(r)-1]) + "е" + string(r[len(r)-1:])
				if m.ruMan[strings.ToLower(c)] {
					parts[first] = c
					return
				}
			}
		}
	}
	if lang == "ru" {
		firstStem := func(e string) (string, bool) {
			st, ok := strings.CutSuffix(surf[first], e)
			return st, ok && st != ""
		}
		// a man in the genitive: «Колина Пауэлла», «Кита Эллисона» — the
		// surname lost a plain -а after a consonant, and so does the first
		// name when that gives a known name
		if st, ok := firstStem("а"); ok && !maleA[fs] && strings.HasSuffix(ls, "а") && strings.ToLower(s) == strings.TrimSuffix(ls, "а") &&
			endsInHardConsonant(s) && !slavicFemale(ls) && m.lex.has(lang+"\x00"+strings.ToLower(st)) && endsInHardConsonant(st) {
			parts[first] = st
			return
		}
		// a woman in the accusative with a surname that does not decline:
		// «Ангелу Меркель» → «Ангела Меркель»
		if strings.ToLower(s) == ls && endsInConsonant(ls) && !strings.HasSuffix(ls, "й") {
			for _, fe := range [][2]string{{"ию", "ия"}, {"у", "а"}, {"ю", "я"}} {
				if st, ok := firstStem(fe[0]); ok && endsInConsonant(st) && m.lex.has(lang+"\x00"+strings.ToLower(st)+fe[1]) {
					parts[first] = st + fe[1]
					return
				}
			}
		}
		// a man in the dative: «Сакибу Нисару» → «Сакиб Нисар»
		if fst, ok := firstStem("у"); ok && strings.HasSuffix(ls, "у") && endsInHardConsonant(fst) && endsInHardConsonant(strings.TrimSuffix(ls, "у")) &&
			!m.lex.has(lang+"\x00"+strings.ToLower(fst)+"а") && !slavicFemale(strings.TrimSuffix(ls, "у")+"а") {
			parts[first] = fst
			parts[last] = sf[:len(sf)-len("у")]
			return
		}
	}
	// a woman in the accusative: «Марию Захарову» → «Мария Захарова»
	if lang == "ru" {
		for _, e := range [][2]string{{"ову", "ова"}, {"еву", "ева"}, {"ёву", "ёва"}, {"ину", "ина"}, {"ыну", "ына"}, {"скую", "ская"}, {"цкую", "цкая"}} {
			if !strings.HasSuffix(ls, e[0]) {
				continue
			}
			// each ending with the man's names whose dative it is too
			// («Дмитрию», «Ивану», «Андрею», «Игорю»)
			for _, fe := range [][]string{{"ию", "ия", "ий"}, {"ью", "ья", "ий"}, {"у", "а", ""}, {"ю", "я", "й", "ь"}} {
				stem, ok := strings.CutSuffix(fs, fe[0])
				if !ok || stem == "" || !m.lex.has(lang+"\x00"+stem+fe[1]) {
					continue
				}
				man := false
				for _, me := range fe[2:] {
					man = man || m.lex.has(lang+"\x00"+stem+me)
				}
				if m.ruWoman[stem+fe[1]] {
					// the gendered first names decide when they know the
					// woman's name (Мария, not «Марий»; Павел's «Павлу»)
					man = false
					for _, me := range fe[2:] {
						man = man || m.ruMan[stem+me]
					}
					if r := []rune(stem); fe[2] == "" && len(r) > 2 {
						man = man || m.ruMan[string(r[:len(r)-1])+"е"+string(r[len(r)-1:])]
					}
				}
				if man {
					break
				}
				parts[first] = surf[first][:len(surf[first])-len(fe[0])] + fe[1]
				parts[last] = sf[:len(sf)-len(e[0])] + e[1]
				return
			}
		}
	}
	male := !strings.HasSuffix(f, "а") && !strings.HasSuffix(f, "я") || maleA[f]
	for _, e := range []string{"овой", "евой", "иной", "ыной", "ской", "цкой", "овою", "евою", "ової", "евої", "овій", "ської", "цької"} {
		if strings.HasSuffix(ls, e) {
			male = false
		}
	}
	if male {
		for _, suf := range []string{"ова", "ева", "ёва", "ина", "ына", "іна", "їна"} {
			if strings.HasSuffix(s, suf) {
				parts[last] = strings.TrimSuffix(s, "а")
				return
			}
		}
		// dative or prepositional of both: «Теду Крузу», «Ричарде Гренелле»
		if strings.HasSuffix(s, "а") && strings.HasSuffix(sf, "у") && (strings.HasSuffix(fs, "у") || strings.HasSuffix(fs, "ю")) && fs != f {
			parts[last] = strings.TrimSuffix(sf, "у")
			return
		}
		if strings.HasSuffix(s, "а") && strings.HasSuffix(sf, "е") && strings.HasSuffix(fs, "е") && fs != f && endsInHardConsonant(strings.TrimSuffix(sf, "е")) &&
			!m.lex.has(lang+"\x00"+strings.ToLower(s)) {
			parts[last] = strings.TrimSuffix(sf, "е")
			return
		}
		// the first name is inflected, the surname was left as written but
		// carries the same case ending: «Уильяма Барра» → «Барр»
		if fs != f && strings.ToLower(s) == ls {
			for _, e := range []string{"ом", "а", "у"} {
				if strings.HasSuffix(fs, e) && strings.HasSuffix(ls, e) && utf8.RuneCountInString(ls) > utf8.RuneCountInString(e)+2 {
					stem := strings.TrimSuffix(ls, e)
					if r, _ := utf8.DecodeLastRuneInString(stem); !strings.ContainsRune("аеёиоуыэюяіїєь", r) {
						parts[last] = sf[:len(sf)-len(e)]
					}
					break
				}
			}
		}
		return
	}
	// a woman's first name must not take a man's form either
	if !strings.HasSuffix(f, "а") && !strings.HasSuffix(f, "я") {
		for _, e := range femaleFirst[lang] {
			if strings.HasSuffix(fs, e[0]) && len(fs) > len(e[0]) {
				parts[first] = surf[first][:len(surf[first])-len(e[0])] + e[1]
				break
			}
		}
	}
	// a woman named in the nominative: her surname is a nominative too
	// (or does not decline: «Лаура Карните», «Франсуа Фарже»)
	if f == fs && strings.ToLower(parts[first]) == fs && isCyrillic(ls) && !endsInA(ls) {
		parts[last] = capsToTitle(sf)
		return
	}
	// a woman's surname in -ова, -ина, -ая is a nominative (her other
	// cases end in -ой, -у, -ую): keep it as written
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына", "ая", "іна", "їна", "ька"} {
		if strings.HasSuffix(ls, e) {
			parts[last] = capsToTitle(sf)
			return
		}
	}
	// a woman's surname must not take a man's form
	if strings.HasSuffix(ls, "их") || strings.HasSuffix(ls, "ых") {
		parts[last] = sf // indeclinable (Певчих)
		return
	}
	for _, suf := range []string{"ий", "ый", "ой", "ов", "ев", "ин", "ын", "ін", "їн", "ів"} {
		if !strings.HasSuffix(s, suf) {
			continue
		}
		for _, e := range femaleEndings[lang] {
			if strings.HasSuffix(ls, e[0]) && len(ls) > len(e[0]) {
				parts[last] = sf[:len(sf)-len(e[0])] + e[1]
				return
			}
		}
		return
	}
}

// femaleFirst rewrite an inflected woman's first name to the nominative.
var femaleFirst = map[string][][2]string{
	"ru": {{"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"}, {"ьей", "ья"}, {"ьи", "ья"}, {"ью", "ья"}, {"оей", "оя"}, {"ои", "оя"}, {"ою", "оя"}, {"ой", "а"}, {"ою", "а"}, {"ы", "а"}, {"у", "а"}, {"е", "а"}, {"ю", "я"}, {"и", "а"}},
	"uk": {{"ією", "ія"}, {"ії", "ія"}, {"ію", "ія"}, {"ою", "а"}, {"ею", "я"}, {"и", "а"}, {"і", "а"}, {"у", "а"}, {"ї", "я"}, {"ю", "я"}},
}

// maleA are men's first names that end in -а/-я.
var maleA = map[string]bool{"илья": true, "ілля": true, "никита": true, "микита": true, "кузьма": true, "фома": true, "хома": true, "лука": true, "савва": true, "сава": true, "данила": true, "гаврила": true, "добрыня": true, "иона": true, "йона": true, "миша": true, "саша": true, "паша": true, "коля": true, "ваня": true, "вася": true, "петя": true, "дима": true, "женя": false}

// femaleEndings rewrite an inflected woman's surname to the nominative.
var femaleEndings = map[string][][2]string{
	"ru": {{"ской", "ская"}, {"цкой", "цкая"}, {"ную", "ная"}, {"ной", "ная"}, {"ую", "ая"}, {"ой", "а"}, {"ою", "а"}, {"у", "а"}, {"ы", "а"}, {"е", "а"}},
	"uk": {{"ської", "ська"}, {"ській", "ська"}, {"ську", "ська"}, {"ською", "ська"}, {"цької", "цька"}, {"цькій", "цька"}, {"цьку", "цька"}, {"ої", "а"}, {"ій", "а"}, {"ою", "а"}, {"у", "а"}, {"і", "а"}},
}

// Inflecting reports whether lemmatisation applies to names in lang.
func Inflecting(lang string) bool {
	switch lang {
	case "uk", "ru", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "lt", "lv":
		return true
	}
	return false
}

// forEachWord splits s into letter runs (apostrophes inside a word belong to
// it) and the separators between them, in order.
func forEachWord(s string, fn func(part string, word bool)) {
	start, inWord := 0, false
	for i, r := range s {
		isW := isLetterOrMark(r) ||
			(inWord && (r == '\'' || r == '’' || r == 'ʼ') && i+utf8.RuneLen(r) < len(s) && nextIsLetter(s[i+utf8.RuneLen(r):]))
		if isW != inWord && i > start {
			fn(s[start:i], inWord)
			start = i
		}
		inWord = isW
	}
	if start < len(s) {
		fn(s[start:], inWord)
	}
}

// isLetterOrMark is unicode.IsLetter || unicode.IsMark with fast paths for
// ASCII and the Cyrillic block, where names mostly are.
func isLetterOrMark(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x400 <= r && r <= 0x481, 0x48a <= r && r <= 0x4ff:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func (m *Model) lemmaWord(lang, w string) string {
	n := utf8.RuneCountInString(w)
	if n < 2 {
		return w
	}
	l := m.lemmaWord1(lang, w)
	if lang == "ru" {
		// «Аиду» is a woman's accusative when «Аида» is a woman's first
		// name and «Аид» no man's
		if r, _ := utf8.DecodeLastRuneInString(w); r == 'у' || r == 'ю' || r == 'У' || r == 'Ю' {
			lower := strings.ToLower(w)
			for _, e := range [][2]string{{"у", "а"}, {"ю", "я"}} {
				if stem, ok := strings.CutSuffix(lower, e[0]); ok && m.ruWoman[stem+e[1]] && !m.ruMan[stem] {
					if ll := strings.ToLower(l); ll != stem+e[1] && !m.ruMan[ll] {
						l = capsToTitle(w)[:len(w)-len(e[0])] + e[1]
					}
				}
			}
		}
	}
	if utf8.RuneCountInString(l) < 2 {
		return capsToTitle(w) // no name has a one-letter stem (Су, not «С»)
	}
	return l
}

func (m *Model) lemmaWord1(lang, w string) string {
	lower := strings.ToLower(w)
	w = capsToTitle(w)
	// a lower-case word is a common noun or adjective; so is a capitalised
	// member or nationality noun (Демократы, Республиканцы at a sentence start)
	group := lang == "ru" && isGroupNoun(lower)
	common := lang == "ru" && (lower == w || group)
	if l, ok := m.mem[lang+"\x00"+lower]; ok {
		if common && (isCommonLemma(strings.ToLower(l)) || isGroupNoun(strings.ToLower(l))) {
			return strings.ToLower(l) // «американцы», not «Американцы»
		}
		return l
	}
	if common {
		for _, e := range ruCommonEndings {
			if stem, ok := strings.CutSuffix(lower, e[0]); ok && utf8.RuneCountInString(stem) >= 3 {
				return stem + e[1]
			}
		}
	}
	if lang == "ru" {
		// «Скрипалей» is the family: the plural of a known -ь surname
		if stem, ok := strings.CutSuffix(lower, "ей"); ok && utf8.RuneCountInString(stem) >= 4 && endsInHardConsonant(stem) &&
			m.lex.has(lang+"\x00"+stem+"ь") && !m.lex.has(lang+"\x00"+lower) && !m.lex.has(lang+"\x00"+stem+"ей") {
			return w[:len(w)-len("ей")] + "и"
		}
		// «Асие» is a dative of «Асия»
		if stem, ok := strings.CutSuffix(lower, "ие"); ok && stem != "" && m.lex.has(lang+"\x00"+stem+"ия") && !m.lex.has(lang+"\x00"+lower) {
			return w[:len(w)-len("ие")] + "ия"
		}
	}
	if m.indecl[lower] && (lang == "uk" || lang == "ru") {
		return w
	}
	if lang == "ru" && (strings.HasSuffix(lower, "ых") || strings.HasSuffix(lower, "их")) {
		return w // Черных, Седых: indeclinable
	}
	if utf8.RuneCountInString(lower) > 5 && (lang == "ru" && (strings.HasSuffix(lower, "ская") || strings.HasSuffix(lower, "цкая")) ||
		lang == "uk" && (strings.HasSuffix(lower, "ська") || strings.HasSuffix(lower, "цька"))) {
		return w // a woman's surname in the nominative (Дробинская)
	}
	// the table for the word's kind, unless the other one knows a longer
	// ending (names are few: «Навальную» is rewritten as adjectives are)
	table, other := lang, lang+"~"
	if !startsUpper(w) || group {
		table, other = other, table // as ruleTable
	}
	cand, k := m.applyRules(lang, table, w, lower, -1)
	if c, ko := m.applyRules(lang, other, w, lower, k); ko > k {
		cand = c
	}
	if m.lex.has(lang + "\x00" + strings.ToLower(cand)) {
		return cand
	}
	if m.lex.has(lang + "\x00" + lower) {
		return w // a known name the rules would turn into an unknown one (Иса, not «Ис»)
	}
	// Neither the word nor the rules' answer is a known name: try the
	// common paradigms and take an ending that gives a known name.
	for _, e := range paradigms[lang] {
		if strings.HasSuffix(lower, e[0]) && len(e[0]) < len(lower) {
			l := strings.TrimSuffix(lower, e[0]) + e[1]
			if m.lex.has(lang + "\x00" + l) {
				return w[:len(w)-len(e[0])] + e[1]
			}
		}
	}
	return cand
}

// applyRules rewrites w by the best suffix rule of table (a language or its
// common-noun table, see ruleTable): the longest ending longer than minK
// runes with enough support, its rules scored by frequency plus a bonus when
// the result is a known name. It returns the length of the ending used, -1
// when no ending has a rule.
func (m *Model) applyRules(lang, table, w, lower string, minK int) (string, int) {
	// byte offsets of the last maxSuffix+1 runes of lower
	var at [maxSuffix + 2]int
	nr := 0
	for i := len(lower); i > 0 && nr <= maxSuffix; {
		_, size := utf8.DecodeLastRuneInString(lower[:i])
		i -= size
		nr++
		at[nr] = i
	}
	runes := utf8.RuneCountInString(lower)
	var kb, lb [64]byte
	key := append(append(kb[:0], table...), 0)
	pre := append(append(lb[:0], lang...), 0)
	for k := min(maxSuffix, runes-1); k > minK && k >= 0; k-- {
		suffix := lower[at[k]:]
		if k == 0 {
			suffix = ""
		}
		key = append(key[:len(table)+1], suffix...)
		sup := m.support[string(key)]
		if sup < minSupport {
			continue
		}
		rules := m.rules[string(key)]
		best, bestScore := -1, -1.0
		for i, r := range rules {
			if r.strip > runes-1 {
				continue
			}
			score := float64(r.n) / float64(sup)
			stem := lower
			if r.strip > 0 {
				stem = lower[:stripAt(lower, at[:], r.strip)]
			}
			cand := append(append(pre[:len(lang)+1], stem...), r.add...)
			if m.lex.has(string(cand)) {
				score += lexBonus
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			continue
		}
		r := rules[best]
		orig := []rune(w)
		return string(orig[:len(orig)-r.strip]) + r.add, k
	}
	return w, -1
}

// stripAt returns the byte offset in s that leaves off its last n runes,
// using the offsets at (at[i]: where the last i runes start) when it has
// them.
func stripAt(s string, at []int, n int) int {
	if n < len(at) && (at[n] > 0 || n == utf8.RuneCountInString(s)) {
		return at[n]
	}
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// ruCommonEndings turn an oblique lower-case Russian group noun or
// adjective the tables do not remember into its lemma: the plural noun
// (американцев → американцы, амурчан → амурчане, демократам → демократы),
// the singular of an -ец noun, the masculine adjective (японских → японский).
// Longest ending first.
var ruCommonEndings = [][2]string{
	{"скими", "ский"}, {"цкими", "цкий"}, {"ского", "ский"}, {"скому", "ский"}, {"ских", "ский"}, {"цких", "цкий"},
	{"ском", "ский"}, {"ское", "ский"}, {"ской", "ский"}, {"скую", "ский"}, {"цкой", "цкий"}, {"цкую", "цкий"},
	{"ными", "ный"}, {"ных", "ный"}, {"ного", "ный"}, {"ное", "ный"},
	{"цами", "цы"}, {"цам", "цы"}, {"цах", "цы"}, {"цев", "цы"}, {"цем", "ец"}, {"цу", "ец"}, {"ца", "ец"}, {"це", "ец"},
	{"чан", "чане"}, {"ян", "яне"}, {"чей", "чи"}, {"щей", "щи"}, {"жей", "жи"}, {"шей", "ши"},
	{"тами", "ты"}, {"там", "ты"}, {"тах", "ты"}, {"тов", "ты"},
	{"стами", "сты"}, {"стам", "сты"}, {"стов", "сты"},
	{"рами", "ры"}, {"рам", "ры"}, {"ров", "ры"}, {"цком", "цкий"},
	{"нкой", "нка"}, {"нку", "нка"}, {"ка", "ка"}, {"ов", "ы"}, {"ы", "ы"},
}

// isGroupNoun reports a Russian party-member or nationality noun
// (демократы, республиканцев, европейцы) by its ending.
func isGroupNoun(l string) bool {
	n := utf8.RuneCountInString(l)
	for _, e := range groupNounEndings {
		if strings.HasSuffix(l, e.s) && n > e.n+2 {
			return true
		}
	}
	return false
}

// groupNounEndings are the stems of isGroupNoun with their case endings,
// and each one's length in runes.
var groupNounEndings = func() []struct {
	s string
	n int
} {
	var out []struct {
		s string
		n int
	}
	for _, st := range []string{"ократ", "иканц", "иканец", "ианц", "ианец", "итанц", "итанец", "ейц", "ейцы"} {
		for _, e := range []string{"", "ы", "а", "у", "ом", "ов", "ам", "ами", "ах", "ев", "е"} {
			out = append(out, struct {
				s string
				n int
			}{st + e, utf8.RuneCountInString(st + e)})
		}
	}
	return out
}()

// isCommonLemma reports a lemma ending as group nouns and adjectives do.
func isCommonLemma(l string) bool {
	for _, e := range []string{"цы", "ец", "ане", "яне", "анин", "янин", "ский", "ские", "ская", "цкий", "ный", "ные"} {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// paradigms are case endings → nominative endings of the common name
// declensions, longest first within each language.
var paradigms = map[string][][2]string{
	"uk": {
		{"ієві", "ій"}, {"ієм", "ій"}, {"ією", "ія"}, {"ього", "ій"}, {"ьому", "ій"}, {"ового", "ів"},
		{"ого", "ий"}, {"ому", "ий"}, {"ової", "ова"}, {"овій", "ова"}, {"овою", "ова"}, {"ову", "ова"},
		{"ові", ""}, {"еві", ""}, {"ині", "ина"}, {"іні", "іна"}, {"ою", "а"}, {"ею", "я"}, {"ої", "а"}, {"ій", "а"},
		{"ії", "ія"}, {"ію", "ія"}, {"ом", ""}, {"ем", ""}, {"им", "ий"}, {"ім", "ий"}, {"ем", "ь"},
		{"ом", "о"}, {"ові", "о"}, {"і", "а"}, {"і", "я"}, {"и", "а"}, {"у", "а"}, {"ю", "я"}, {"а", "о"}, {"у", "о"}, {"а", ""}, {"у", ""}, {"я", "ь"}, {"ю", "ь"}, {"і", ""}, {"я", "й"}, {"ю", "й"},
	},
	"ru": {
		{"ого", "ий"}, {"ого", "ый"}, {"ого", "ой"}, {"его", "ий"}, {"ому", "ий"}, {"ому", "ый"}, {"ему", "ий"}, {"ым", "ый"}, {"ым", "ий"}, {"им", "ий"}, {"ой", "ая"}, {"ую", "ая"},
		{"ом", "ый"}, {"ом", "ой"},
		{"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ову", "ова"}, {"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"},
		{"ем", "ей"}, {"ея", "ей"}, {"ею", "ей"}, {"ом", ""}, {"ой", "а"}, {"ою", "а"}, {"ы", "а"}, {"е", "а"}, {"у", "а"},
		{"и", "я"}, {"ю", "я"}, {"а", ""}, {"у", ""}, {"е", ""}, {"я", "й"}, {"ю", "й"}, {"я", "ь"}, {"ю", "ь"},
	},
}

// Tuned on a held-out tenth of slavic-ner's train split.
const (
	minSupport = 3
	lexBonus   = 0.6
)

// femaleNominative reports a multi-word name with a word that can only be a
// feminine nominative adjective-type surname («Яна Рождественская»,
// «Ольга Стефанишина» is not certain): such names are kept as written.
func femaleNominative(lang, name string) bool {
	ws := words(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		switch lang {
		case "ru":
			if strings.HasSuffix(w, "ская") || strings.HasSuffix(w, "цкая") || strings.HasSuffix(w, "ная") {
				return true
			}
		case "uk":
			if strings.HasSuffix(w, "ська") || strings.HasSuffix(w, "цька") || strings.HasSuffix(w, "зька") {
				return true
			}
		}
	}
	return false
}

// capsToTitle writes an all-capitals word (ПЕСКОВ) in title case.
func capsToTitle(w string) string {
	if utf8.RuneCountInString(w) < 2 || w != strings.ToUpper(w) || w == strings.ToLower(w) || !isCyrillic(strings.ToLower(w)) {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}
