package names

import (
	"strings"
)

// The Palladius system writes Mandarin syllables in Cyrillic (Си Цзиньпин).
// Its tables are built here from pinyin by the system's rules; reading them
// backwards recovers the pinyin spelling English news uses (Xi Jinping).

var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", ""}

var pinyinFinals = []string{
	"a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
	"i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong",
	"u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ü", "üe",
}

var palInitial = map[string]string{
	"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
	"h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}

var palFinal = map[string]string{
	"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
	"ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
	"ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
	"uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ü": "юй", "üe": "юэ",
}

// zeroInitial spells syllables without a consonant.
var zeroInitial = map[string][2]string{
	"a": {"a", "а"}, "o": {"o", "о"}, "e": {"e", "э"}, "ai": {"ai", "ай"}, "ei": {"ei", "эй"}, "ao": {"ao", "ао"},
	"ou": {"ou", "оу"}, "an": {"an", "ань"}, "en": {"en", "энь"}, "ang": {"ang", "ан"}, "eng": {"eng", "эн"}, "er": {"er", "эр"},
	"i": {"yi", "и"}, "ia": {"ya", "я"}, "ie": {"ye", "е"}, "iao": {"yao", "яо"}, "iu": {"you", "ю"}, "ian": {"yan", "янь"},
	"in": {"yin", "инь"}, "iang": {"yang", "ян"}, "ing": {"ying", "ин"}, "iong": {"yong", "юн"},
	"u": {"wu", "у"}, "ua": {"wa", "ва"}, "uo": {"wo", "во"}, "uai": {"wai", "вай"}, "ui": {"wei", "вэй"},
	"uan": {"wan", "вань"}, "un": {"wen", "вэнь"}, "uang": {"wang", "ван"}, "ong": {"weng", "вэн"},
	"ü": {"yu", "юй"}, "üe": {"yue", "юэ"},
}

// valid reports whether initial+final is a Mandarin syllable (a compact
// approximation of the pinyin table: impossible pairs are excluded).
func validSyllable(ini, fin string) bool {
	palatal := ini == "j" || ini == "q" || ini == "x"
	iFinal := strings.HasPrefix(fin, "i") && fin != "i" || fin == "i"
	switch {
	case palatal:
		return iFinal || fin == "ü" || fin == "üe" || fin == "uan" || fin == "un"
	case iFinal:
		if fin == "i" {
			return ini != "g" && ini != "k" && ini != "h" && ini != "f"
		}
		return strings.Contains("bpmdtnl", ini) && ini != ""
	case fin == "ü" || fin == "üe":
		return ini == "n" || ini == "l"
	}
	return true
}

// palladius maps a Cyrillic syllable (Russian spelling, lower case) to pinyin.
var palladius, palladiusUK = buildPalladius()

func buildPalladius() (ru, uk map[string]string) {
	ru, uk = map[string]string{}, map[string]string{}
	put := func(py, cyr string) {
		if _, ok := ru[cyr]; !ok {
			ru[cyr] = py
		}
		u := ukPalladius(cyr)
		if _, ok := uk[u]; !ok {
			uk[u] = py
		}
	}
	for _, fin := range pinyinFinals {
		if z, ok := zeroInitial[fin]; ok {
			put(z[0], z[1])
		}
	}
	for _, ini := range pinyinInitials {
		if ini == "" {
			continue
		}
		for _, fin := range pinyinFinals {
			if !validSyllable(ini, fin) {
				continue
			}
			cyr := palInitial[ini] + palFinal[fin]
			py := ini + fin
			palatal := ini == "j" || ini == "q" || ini == "x"
			switch {
			case palatal && fin == "ü":
				cyr, py = palInitial[ini]+"юй", ini+"u"
			case palatal && fin == "üe":
				cyr, py = palInitial[ini]+"юэ", ini+"ue"
			case palatal && fin == "uan":
				cyr = palInitial[ini] + "юань"
			case palatal && fin == "un":
				cyr = palInitial[ini] + "юнь"
			case fin == "ü":
				py = ini + "ü"
			case fin == "üe":
				py = ini + "üe"
			case fin == "i" && (ini == "z" || ini == "c" || ini == "s"):
				cyr = palInitial[ini] + "ы"
			}
			put(py, cyr)
		}
	}
	return ru, uk
}

// ukPalladius rewrites a Russian Palladius spelling the Ukrainian way
// (Цзиньпин → Цзіньпін, Вэньбинь → Веньбінь, Сы → Си).
func ukPalladius(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'и':
			b.WriteRune('і')
		case 'ы':
			b.WriteRune('и')
		case 'э':
			b.WriteRune('е')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// chineseSurnames are the common one-syllable surnames (pinyin).
var chineseSurnames = setOf("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lü ding ren lu yao shen zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long shao qian kong mao hao kang wen qi niu an chang ge tao mo gu zhan bao ni shang ou xi hua bo dai hong lai ji zhai yue mu qiao geng tong")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// segmentPinyin splits a lower-case Cyrillic word into Palladius syllables
// and returns their pinyin, or false when it does not split.
func segmentPinyin(w string, table map[string]string, maxSyl int) ([]string, bool) {
	rs := []rune(w)
	n := len(rs)
	type cell struct {
		ok   bool
		prev int
		py   string
		cnt  int
	}
	dp := make([]cell, n+1)
	dp[0].ok = true
	for i := 0; i < n; i++ {
		if !dp[i].ok {
			continue
		}
		for j := i + 1; j <= n && j <= i+6; j++ {
			py, ok := table[string(rs[i:j])]
			if !ok {
				continue
			}
			c := dp[i].cnt + 1
			if !dp[j].ok || c < dp[j].cnt {
				dp[j] = cell{ok: true, prev: i, py: py, cnt: c}
			}
		}
	}
	if !dp[n].ok || dp[n].cnt > maxSyl {
		return nil, false
	}
	var out []string
	for j := n; j > 0; j = dp[j].prev {
		out = append([]string{dp[j].py}, out...)
	}
	return out, true
}

// chinese romanises a two-word Cyrillic name that reads as a Mandarin
// surname and given name.
func (m *Model) chinese(lang string, ws []string) (string, bool) {
	if len(ws) != 2 {
		return "", false
	}
	sur, given := strings.ToLower(ws[0]), strings.ToLower(ws[1])
	if !isCyrillic(sur) || !isCyrillic(given) {
		return "", false
	}
	tables := []map[string]string{palladius, palladiusUK}
	if lang == "uk" || hasUkLetters(sur+given) {
		tables = []map[string]string{palladiusUK, palladius}
	}
	for _, t := range tables {
		s, ok1 := segmentPinyin(sur, t, 1)
		g, ok2 := segmentPinyin(given, t, 2)
		if !ok1 || !ok2 || !chineseSurnames[strings.ReplaceAll(s[0], "ü", "u")] && !chineseSurnames[s[0]] {
			continue
		}
		gv := strings.Join(g, "")
		// An apostrophe separates syllables whose boundary would be ambiguous.
		if len(g) == 2 && strings.ContainsRune("aeo", rune(g[1][0])) {
			gv = g[0] + "'" + g[1]
		}
		return title(s[0]) + " " + title(gv), true
	}
	return "", false
}

// pinyinSyllables is the set of pinyin syllables the Palladius tables
// cover, for reading Latin-script names.
var pinyinSyllables = func() map[string]bool {
	s := map[string]bool{}
	for _, py := range palladius {
		s[strings.ReplaceAll(py, "ü", "v")] = true
		s[strings.ReplaceAll(py, "ü", "u")] = true
	}
	return s
}()

// syllables returns how many Palladius syllables a lower-case Cyrillic word
// splits into (at most max), preferring the Ukrainian spelling when uk.
func syllables(w string, uk bool, max int) (int, bool) {
	tables := []map[string]string{palladius, palladiusUK}
	if uk {
		tables[0], tables[1] = tables[1], tables[0]
	}
	for _, t := range tables {
		if s, ok := segmentPinyin(w, t, max); ok {
			return len(s), true
		}
	}
	return 0, false
}

// chineseSurnamesCyr holds the Russian and Ukrainian Palladius spellings of
// chineseSurnames.
var chineseSurnamesCyr = func() map[string]bool {
	s := map[string]bool{}
	for _, t := range []map[string]string{palladius, palladiusUK} {
		for cyr, py := range t {
			if chineseSurnames[strings.ReplaceAll(py, "ü", "u")] || chineseSurnames[py] {
				s[cyr] = true
			}
		}
	}
	return s
}()

// IsChinese reports a two-word name that reads as a Chinese surname and
// given name, surname first: pinyin in Latin script ("Dong Jun", "Li
// Shangfu") or Palladius in Cyrillic («Дун Цзюнь», «Лі Шанфу»). Such names
// put the surname first and do not decline.
func IsChinese(name string) bool {
	ws := words(strings.ToLower(name))
	if len(ws) != 2 {
		return false
	}
	sur, given := ws[0], strings.ReplaceAll(strings.ReplaceAll(ws[1], "'", ""), "’", "")
	if isCyrillic(sur) && isCyrillic(given) {
		if !chineseSurnamesCyr[sur] {
			return false
		}
		n, ok := syllables(given, hasUkLetters(sur+given), 2)
		return ok && n >= 1
	}
	if !latinScript(sur+given) || !chineseSurnames[stripMarks(sur)] {
		return false
	}
	return pinyinWord(stripMarks(given), 2)
}

// pinyinWord reports a lower-case Latin word that splits into at most max
// pinyin syllables.
func pinyinWord(w string, max int) bool {
	n := len(w)
	best := make([]int, n+1) // fewest syllables to reach i; 0 = unreachable except at 0
	for i := 1; i <= n; i++ {
		best[i] = -1
	}
	for i := 0; i < n; i++ {
		if best[i] < 0 {
			continue
		}
		for j := i + 1; j <= n && j <= i+6; j++ {
			if pinyinSyllables[w[i:j]] && (best[j] < 0 || best[i]+1 < best[j]) {
				best[j] = best[i] + 1
			}
		}
	}
	return best[n] > 0 && best[n] <= max
}

// keepChinese undoes case endings the suffix rules took off a Chinese name
// («Лі Шанфу» is not «Лі Шанф») and takes off those they missed («Дун
// Цзюня» → «Цзюнь»): for each of the two words, the written form, its
// lemma or the written form less a case ending, whichever reads as the
// fewest Palladius syllables (Chinese names that end in a vowel do not
// decline). A lemma the lexicon knows that is not Chinese wins (Ян Гуса →
// Гус).
func (m *Model) keepChinese(lang string, parts, surf []string, isWord []bool) {
	var idx []int
	for i, w := range isWord {
		if w {
			idx = append(idx, i)
		}
	}
	if len(idx) != 2 || !chineseSurnamesCyr[strings.ToLower(surf[idx[0]])] && !chineseSurnamesCyr[strings.ToLower(parts[idx[0]])] {
		return // not two words, or the first is no Chinese surname
	}
	uk := lang == "uk"
	type cand struct {
		s string
		n int
	}
	pick := func(i, max int) (cand, bool) {
		w := capsToTitle(surf[i])
		cs := []string{w, parts[i]}
		lw := strings.ToLower(w)
		for _, e := range chineseEndings {
			if strings.HasSuffix(lw, e[0]) && len(lw) > len(e[0]) {
				cs = append(cs, w[:len(w)-len(e[0])]+e[1])
			}
		}
		best, found := cand{}, false
		for _, c := range cs {
			n, ok := syllables(strings.ToLower(c), uk || hasUkLetters(c), max)
			if ok && (!found || n < best.n) {
				best, found = cand{c, n}, true
			}
		}
		return best, found
	}
	sur, ok1 := pick(idx[0], 1)
	given, ok2 := pick(idx[1], 3)
	if !ok1 || !ok2 || given.n > 2 || !chineseSurnamesCyr[strings.ToLower(sur.s)] {
		return
	}
	if l := parts[idx[1]]; l != given.s && m.lex.has(lang+"\x00"+strings.ToLower(l)) {
		if _, ok := syllables(strings.ToLower(l), uk, 3); !ok {
			return
		}
	}
	parts[idx[0]], parts[idx[1]] = sur.s, given.s
}

// chineseEndings are the case endings Ukrainian and Russian give Chinese
// names that end in a consonant (Цзюня, Цзиньпином, Веньбіню).
var chineseEndings = [][2]string{
	{"ом", ""}, {"ові", ""}, {"а", ""}, {"у", ""}, {"е", ""}, {"і", ""},
	{"я", "ь"}, {"ю", "ь"}, {"ем", "ь"}, {"еві", "ь"}, {"і", "ь"},
}
