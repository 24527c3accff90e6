package terms

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The Walk before its ASCII and Cyrillic fast paths, kept to check that
// they fold every text as it did.

func walkRef(s string, fn func(Term) bool) {
	var buf []rune
	start := -1
	stop := false
	flush := func(end int) {
		if start >= 0 && len(buf) > 0 && !fn(Term{Start: start, End: end, Stem: Stem(string(buf))}) {
			stop = true
		}
		buf, start = buf[:0], -1
	}
	for i := 0; i < len(s) && !stop; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWord(r) && !isApostrophe(r):
			if start < 0 {
				start = i
			}
			buf = appendFoldedRef(buf, r)
		case start >= 0 && unicode.Is(unicode.Mn, r):
			buf = combineRef(buf, r)
		case start >= 0 && isApostrophe(r):
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsLetter(next) {
				flush(i)
			}
		default:
			flush(i)
		}
		i += n
	}
	flush(len(s))
}

func appendFoldedRef(buf []rune, r rune) []rune {
	r = unicode.ToLower(r)
	switch r {
	case 'ё', 'ѐ':
		r = 'е'
	case 'ѝ':
		r = 'и'
	case 'ß':
		return append(buf, 's', 's')
	}
	if r >= 0xC0 && r < 0x250 {
		if b, ok := latinBase[r]; ok {
			r = b
		}
	}
	return append(buf, r)
}

func combineRef(buf []rune, m rune) []rune {
	if len(buf) == 0 {
		return buf
	}
	last := &buf[len(buf)-1]
	switch {
	case m == '\u0306' && *last == 'и':
		*last = 'й'
	case m == '\u0308' && *last == 'і':
		*last = 'ї'
	}
	return buf
}

func walkTerms(walk func(string, func(Term) bool), s string, stopAt int) []Term {
	var out []Term
	walk(s, func(t Term) bool {
		out = append(out, t)
		return len(out) != stopAt
	})
	return out
}

func checkSameWalk(t *testing.T, s string) {
	t.Helper()
	for _, stop := range []int{0, 1, 3} {
		if got, want := walkTerms(Walk, s, stop), walkTerms(walkRef, s, stop); !slices.Equal(got, want) {
			t.Fatalf("Walk(%q), stopping after %d: %v, want %v", s, stop, got, want)
		}
		if got, want := walkTerms(walkLookupCopy, s, stop), walkTerms(walkRef, s, stop); !slices.Equal(got, want) {
			t.Fatalf("WalkLookup(%q), stopping after %d: %v, want %v", s, stop, got, want)
		}
	}
}

// walkLookupCopy is WalkLookup with each stem copied while it is valid.
func walkLookupCopy(s string, fn func(Term) bool) {
	WalkLookup(s, func(t Term) bool {
		t.Stem = strings.Clone(t.Stem)
		return fn(t)
	})
}

// TestWalkSameAsBefore compares Walk with the reference on random texts
// drawn from letters of every case and script the fast paths touch (and
// their neighbours), digits, apostrophes, combining marks, punctuation and
// invalid bytes.
func TestWalkSameAsBefore(t *testing.T) {
	var alphabet []string
	for r := rune(0x3F0); r < 0x490; r++ {
		alphabet = append(alphabet, string(r))
	}
	for r := rune(0); r < 0x80; r++ {
		alphabet = append(alphabet, string(r))
	}
	for r := rune(0xC0); r < 0x250; r += 7 {
		alphabet = append(alphabet, string(r))
	}
	alphabet = append(alphabet, "ß", "\u0301", "\u0306", "\u0308", "\u2019", "\u02BC", "\u02B9", "\uFF07", "´", "‘", "«", "»", "—", " ", " ", "\xff", "\xd0", "Ω", "中")
	r := rand.New(rand.NewPCG(9, 9))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(24) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		checkSameWalk(t, b.String())
	}
	for _, s := range []string{"Москва'", "'a", "и\u0301\u0306", "a\x00b", "\xff\xfe", "Ёжик П’ять CAFÉ", "ІІ\u0308 и\u0306од Ѐѝ Straße",
		strings.Repeat("ж", 80) + " " + strings.Repeat("Ab", 50) + "ies words"} {
		checkSameWalk(t, s)
	}
}

func FuzzWalkSameAsBefore(f *testing.F) {
	for _, s := range []string{"Москва'", "'a", "и\u0301\u0306", "a\x00b", "\xff\xfe", "Ѐ'Ѝ`z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSameWalk(t, s)
	})
}

// stemSlavicRef is the Slavic branch of Stem before it looked up the
// suffixes by last letter.
func stemSlavicRef(w string) string {
	n := utf8.RuneCountInString(w)
	for i, suf := range slavicSuffixes {
		if n-slavicSuffixRunes[i] >= minStem && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func TestStemSameAsBefore(t *testing.T) {
	letters := []rune("абвгдеєжзиіїйклмнопрстуфхцчшщьюяыэъёґ")
	letters = append(letters, 'ӱ', 'ԁ', 'a')
	r := rand.New(rand.NewPCG(5, 5))
	for range 50000 {
		var b []rune
		for range 4 + r.IntN(6) {
			b = append(b, letters[r.IntN(len(letters))])
		}
		w := string(b)
		if suf := slavicSuffixes[r.IntN(len(slavicSuffixes))]; r.IntN(2) == 0 {
			w = string(b[:2]) + suf
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		if !unicode.Is(unicode.Cyrillic, last) {
			continue // the English stemmer, unchanged
		}
		want := w
		if utf8.RuneCountInString(w) > minStem {
			want = stemSlavicRef(w)
		}
		if got := Stem(w); got != want {
			t.Fatalf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
}
