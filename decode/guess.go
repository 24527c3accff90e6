package decode

import (
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// candidates are the single-byte code pages the statistical guess chooses
// among, in order of preference on a tie.
var candidates = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1252", charmap.Windows1252},
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
	{"koi8-u", charmap.KOI8U},
	{"iso-8859-5", charmap.ISO8859_5},
	{"windows-1250", charmap.Windows1250},
	{"iso-8859-2", charmap.ISO8859_2},
	{"iso-8859-15", charmap.ISO8859_15},
}

// guessSample bounds the bytes scored per candidate.
const guessSample = 64 << 10

// guess picks the code page under which the non-ASCII bytes read most like
// words of one script with normal letter case. It scores the decoded text
// (see plausibility); the best score wins, ties go to the earlier candidate.
func guess(raw []byte) (encoding.Encoding, string) {
	sample := raw
	if len(sample) > guessSample {
		sample = sample[:guessSample]
	}
	best, bestScore := 0, -1<<62
	for i, c := range candidates {
		b, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		if s := plausibility(string(b)); s > bestScore {
			best, bestScore = i, s
		}
	}
	return candidates[best].enc, candidates[best].name
}

// plausibility scores decoded text by how its non-ASCII characters sit in
// words. Right decodings give letters inside words of one script, with
// upper case only at the start of a word or in all-capital words; wrong ones
// give symbols and C1 controls between letters, words mixing Latin and
// Cyrillic, lower-then-upper case flips inside words, and Latin words made
// only of accented letters.
func plausibility(s string) int {
	score := 0
	var word []rune
	flush := func() {
		if len(word) > 0 {
			score += wordScore(word)
			word = word[:0]
		}
	}
	var prev rune = ' '
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsLetter(r) {
			word = append(word, r)
		} else {
			flush()
			if r >= 0x80 {
				next := ' '
				if i+1 < len(rs) {
					next = rs[i+1]
				}
				switch {
				case r < 0xA0 || r == 0xFFFD:
					score -= 6
				case unicode.IsLetter(prev) && unicode.IsLetter(next):
					score -= 4 // a symbol inside a word
				case unicode.IsLetter(prev) || unicode.IsLetter(next):
					score -= 1
				}
			}
		}
		prev = r
	}
	flush()
	return score
}

func wordScore(w []rune) int {
	var nonASCII, latin, cyr, upper, lowerToUpper int
	for i, r := range w {
		if r >= 0x80 {
			nonASCII++
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
		if unicode.IsUpper(r) {
			upper++
			if i > 0 && unicode.IsLower(w[i-1]) {
				lowerToUpper++
			}
		}
	}
	if nonASCII == 0 {
		return 0
	}
	s := nonASCII
	if cyr > 0 && latin > 0 {
		s -= 3 * nonASCII
	}
	if upper < len(w) {
		s -= 3 * lowerToUpper
	}
	if cyr == 0 && len(w) >= 3 && nonASCII == len(w) {
		s -= 2 * len(w)
	}
	if cyr == 0 && nonASCII*2 > len(w) && len(w) >= 4 {
		s -= len(w)
	}
	return s
}
