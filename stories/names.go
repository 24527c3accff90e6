package stories

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cyrLatin transliterates Cyrillic letters of the Slavic languages roughly
// to Latin, only as far as a consonant skeleton needs.
var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'є': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "i", 'й': "j", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "u",
	'я': "a", 'ў': "u", 'ђ': "dj", 'ј': "j", 'љ': "l", 'њ': "n", 'ћ': "c", 'џ': "dz", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
}

// skeletonFold spells out the digraphs transliterations disagree on.
var skeletonFold = strings.NewReplacer("ph", "f", "th", "t", "kh", "h", "x", "ks", "ck", "k", "ch", "h", "sh", "s", "zh", "s", "ts", "s", "dz", "s")

// stripMarks removes combining marks (é → e). It is safe for concurrent use,
// unlike a shared transform.Chain.
func stripMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// skeleton reduces a name in any Latin or Cyrillic spelling to a key that
// its spellings in other Slavic languages and English tend to share: the
// consonants, with letters that sound alike merged and doubles collapsed
// ("Trump" and «Тръмп» → "trmp", "Covid" and «Ковид» → "kvd").
func skeleton(w string) string {
	w = strings.ToLower(w)
	var lat strings.Builder
	for _, r := range w {
		if s, ok := cyrLatin[r]; ok {
			lat.WriteString(s)
		} else {
			lat.WriteRune(r)
		}
	}
	s := skeletonFold.Replace(stripMarks(lat.String()))
	var b strings.Builder
	var last rune
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j', 'w', 'ł', 'ø':
			if r == 'w' {
				r = 'v'
			} else {
				continue
			}
		case 'c', 'q', 'g':
			r = 'k'
		case 'z':
			r = 's'
		case 'h':
			r = 'k'
		}
		if r == last || !unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// nameKeys calls fn with the skeleton of every capitalised word of four or
// more letters in s: the names that carry a story across languages and
// scripts where no dictionary reaches.
func nameKeys(s string, fn func(key string)) {
	keys(s, true, fn)
}

// wordKeys calls fn with the skeleton of every word of five or more letters
// in s, capitalised or not: Slavic languages share many cognates
// ("pandemia", «пандемия», "pandemie") that no dictionary here links.
func wordKeys(s string, fn func(key string)) {
	keys(s, false, fn)
}

func keys(s string, capitalised bool, fn func(key string)) {
	prefix, minLen := "n:", 4
	if !capitalised {
		prefix, minLen = "k:", 5
	}
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		r, _ := utf8.DecodeRuneInString(w)
		if (capitalised && !unicode.IsUpper(r)) || utf8.RuneCountInString(w) < minLen {
			return
		}
		if k := skeleton(w); len(k) >= 3 {
			fn(prefix + k)
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
}
