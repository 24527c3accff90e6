package terms

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// slavicSuffixes are Ukrainian and Russian inflectional endings (nouns,
// adjectives, verbs), longest first. The stemmer strips the longest one that
// leaves at least minStem letters.
var slavicSuffixes = sortByLen([]string{
	// Russian
	"иями", "ями", "ами", "ией", "ием", "иях", "ях", "ах", "ов", "ев", "ей", "ой",
	"ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ую",
	"юю", "ом", "ем", "ам", "ям", "ою", "ею", "ия", "ья", "ью", "ье", "ого", "его",
	"ому", "ему", "ыми", "ими", "ться", "тся", "ешь", "ет", "ют", "ут", "ит", "ят",
	"ть", "ла", "ло", "ли",
	// Ukrainian
	"ові", "еві", "єві", "ів", "їв", "ій", "ої", "ім", "ти", "ує", "ють", "ать", "ять",
	"ами", "ями",
	// single letters
	"а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й", "і", "ї", "є",
})

const minStem = 3

// slavicSuffixRunes[i] is the length in letters of slavicSuffixes[i].
var slavicSuffixRunes = func() []int {
	out := make([]int, len(slavicSuffixes))
	for i, s := range slavicSuffixes {
		out[i] = utf8.RuneCountInString(s)
	}
	return out
}()

// slavicSuffixesEnding[r-0x400] lists, longest first, the indexes in
// slavicSuffixes of the suffixes ending in letter r (every suffix ends in a
// letter of U+0400…U+04FF).
var slavicSuffixesEnding = func() (out [0x100][]int) {
	for i, s := range slavicSuffixes {
		r, _ := utf8.DecodeLastRuneInString(s)
		out[r-0x400] = append(out[r-0x400], i)
	}
	return out
}()

func sortByLen(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j])
	})
	return out
}

// Stem reduces one folded word to its stem: the Slavic stemmer for words in
// Cyrillic, a light English stemmer for Latin words, the word itself
// otherwise.
func Stem(w string) string {
	n := utf8.RuneCountInString(w)
	if n <= minStem {
		return w
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case unicode.Is(unicode.Cyrillic, r):
		// Only the suffixes ending in the word's last letter can match.
		var ends []int
		if r >= 0x400 && r < 0x500 {
			ends = slavicSuffixesEnding[r-0x400]
		}
		for _, i := range ends {
			if suf := slavicSuffixes[i]; n-slavicSuffixRunes[i] >= minStem && strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)]
			}
		}
	case r < 0x80 && unicode.IsLetter(r):
		return stemEnglish(w)
	}
	return w
}

// stemEnglish strips plural, possessive, -ed and -ing endings.
func stemEnglish(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		return undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) >= 5:
		return undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// undouble turns "stopp" (from stopped) into "stop".
func undouble(w string) string {
	if n := len(w); n >= 2 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		return w[:n-1]
	}
	return w
}
