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
	scores := score(raw)
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return candidates[best].enc, candidates[best].name
}

// score returns the plausibility of raw's first guessSample bytes under
// each candidate.
func score(raw []byte) []int {
	sample := raw
	if len(sample) > guessSample {
		sample = sample[:guessSample]
	}
	scores := make([]int, len(candidates))
	for i, c := range candidates {
		b, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			scores[i] = -1 << 62
			continue
		}
		scores[i] = plausibility(string(b))
	}
	return scores
}

// minEvidence is the plausibility (about a point per non-ASCII letter) that
// misdeclared needs on each side: a few symbols next to letters (a "®" or
// "¹" after a word) are no reason to doubt a page's declaration.
const minEvidence = 16

// misdeclared second-guesses a page that declares one of the candidate
// code pages: when the declared one reads as mojibake (plausibility at most
// -minEvidence: symbols inside words, mixed scripts, case swapped) and
// another candidate reads as words (at least minEvidence), the page is in
// that other code page. Declarations of other charsets (CJK, Greek, ...)
// are trusted: plausibility cannot score them.
func misdeclared(raw []byte, declared string) (encoding.Encoding, string, bool) {
	d := -1
	for i, c := range candidates {
		if c.name == declared {
			d = i
		}
	}
	if d < 0 {
		return nil, "", false
	}
	scores := score(raw)
	if scores[d] > -minEvidence {
		return nil, "", false
	}
	best := d
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	if best == d || scores[best] < minEvidence {
		return nil, "", false
	}
	return candidates[best].enc, candidates[best].name, true
}

// plausibility scores decoded text by how its non-ASCII characters sit in
// words and by their case. Right decodings give letters inside words of one
// script, mostly small, with capitals only at the start of a word or in
// all-capital words; wrong ones give symbols and C1 controls between
// letters, words mixing Latin and Cyrillic, lower-then-upper case flips
// inside words, text mostly in capitals, and Latin words made only of
// accented letters.
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
	var upper, lower int // non-ASCII letters by case
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsLetter(r) {
			word = append(word, r)
			if r >= 0x80 {
				switch {
				case unicode.IsUpper(r):
					upper++
				case unicode.IsLower(r):
					lower++
				}
			}
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
	// Text is mostly small letters; a page mostly in capitals has its case
	// swapped, as KOI8-R and windows-1251 do to each other. (A handful of
	// letters says nothing either way.)
	if upper > lower && upper+lower >= 16 {
		score -= 2 * (upper - lower)
	}
	return score
}

func wordScore(w []rune) int {
	var nonASCII, latin, cyr, upper, lowerToUpper, upperAfterLower int
	sawLower := false
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
			if sawLower {
				upperAfterLower++
			}
		} else if unicode.IsLower(r) {
			sawLower = true
		}
	}
	if nonASCII == 0 || len(w) == 1 {
		// A lone letter ("Ј" or "ё" for the "£" of "£13") is as likely a
		// symbol read in the wrong code page as a word.
		return 0
	}
	s := nonASCII
	if cyr > 0 && latin > 0 {
		s -= 3 * nonASCII
	}
	if upper < len(w) {
		// Each capital after a small letter is a flip ("оЕПЕЦНБНПШ" is
		// KOI8-R read as windows-1251: the case of every letter swaps).
		s -= 3 * max(lowerToUpper, upperAfterLower)
	}
	if cyr == 0 && len(w) >= 3 && nonASCII == len(w) {
		s -= 2 * len(w)
	}
	if cyr == 0 && nonASCII*2 > len(w) && len(w) >= 4 {
		s -= len(w)
	}
	return s
}
