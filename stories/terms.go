package stories

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words calls fn for every run of letters (with inner apostrophes and
// hyphens) in s, lower-cased.
func words(s string, fn func(w string)) {
	start := -1
	for i, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsMark(r)
		if letter {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		fn(strings.ToLower(s[start:]))
	}
}

// isCyrillic reports whether w's first letter is Cyrillic.
func isCyrillic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}

// cyrEndings are inflectional endings of Ukrainian and Russian nouns,
// adjectives and verbs, longest first within each length.
var cyrEndings = []string{
	"ого", "ому", "ими", "ами", "ями", "ові", "еві", "ові", "ий", "ій", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "их", "ых",
	"ам", "ям", "ах", "ях", "ов", "ев", "ів", "ом", "ем", "ою", "ею", "ої", "ей", "ть", "ти", "ся", "сь",
	"а", "я", "и", "і", "ї", "у", "ю", "е", "є", "о", "ы", "ь", "й",
}

// stem reduces a lower-case word to a crude stem shared by its inflected
// forms: Cyrillic words lose one inflectional ending, Latin words their
// common English suffixes; both are then cut to seven letters. It is a
// matching key, not a linguistic root.
// apostrophes are dropped from words before stemming (пам’ять = пам'ять).
var apostrophes = strings.NewReplacer("’", "", "'", "", "ʼ", "")

func stem(w string) string {
	w = strings.ReplaceAll(w, "ё", "е")
	w = apostrophes.Replace(w)
	if isCyrillic(w) {
		for _, e := range cyrEndings {
			if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 3 {
				w = w[:len(w)-len(e)]
				break
			}
		}
	} else {
		for _, e := range []string{"ations", "ation", "ings", "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s"} {
			if strings.HasSuffix(w, e) && len(w)-len(e) >= 3 {
				w = w[:len(w)-len(e)]
				break
			}
		}
	}
	return truncate(w, 7)
}

func truncate(w string, n int) string {
	i := 0
	for j := range w {
		if i == n {
			return w[:j]
		}
		i++
	}
	return w
}
