// Package terms turns text into search terms: words are case-folded, ё is
// read as е, apostrophe variants and stress marks are dropped, Latin
// diacritics are removed, and a light suffix stemmer for Ukrainian, Russian
// and English reduces inflected forms to one stem, so that «Москва», «Москви»
// and «Москві» are one term. The same function folds documents and queries,
// so whatever is indexed can be found.
package terms

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Term is one word of a text: where it is and the stem it is indexed under.
type Term struct {
	Start, End int // byte offsets into the text
	Stem       string
}

// latinBase maps precomposed Latin letters to their base letter; built once.
var latinBase = func() map[rune]rune {
	m := map[rune]rune{}
	for r := rune(0xC0); r < 0x250; r++ {
		d := []rune(norm.NFD.String(string(r)))
		if len(d) > 1 && d[0] < 0x80 {
			m[r] = unicode.ToLower(d[0])
		}
	}
	return m
}()

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02BC', '`', '\u00B4', '\u2018', '\u02B9', '\uFF07':
		return true
	}
	return false
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Each calls fn for every word of s, in order. Words are runs of letters and
// digits; an apostrophe between two letters is part of the word (п'ять,
// Russia's) and combining marks (stress) never break a word.
func Each(s string, fn func(Term)) {
	Walk(s, func(t Term) bool { fn(t); return true })
}

// Walk is Each stopping at the first word for which fn returns false.
// ASCII and the basic Cyrillic block (most of what is indexed and searched)
// are folded without Unicode table lookups; every other character goes the
// general way. The folded word is built as UTF-8 bytes, so its stem needs
// one copy.
func Walk(s string, fn func(Term) bool) { walk(s, fn, false) }

// WalkLookup is Walk for callers that only look each stem up (in a map of
// stems, say) while fn runs: the Stem fn is given may share memory with a
// buffer that the next word overwrites, so fn must not keep it. It saves
// the copy (and allocation) of every word that Walk makes.
func WalkLookup(s string, fn func(Term) bool) { walk(s, fn, true) }

func walk(s string, fn func(Term) bool, transient bool) {
	var arr [64]byte
	buf := arr[:0]
	start := -1
	// flush ends the word before end; false when fn says stop.
	flush := func(end int) bool {
		if start >= 0 && len(buf) > 0 {
			var w string
			if transient {
				w = unsafe.String(&buf[0], len(buf))
			} else {
				w = string(buf)
			}
			if !fn(Term{Start: start, End: end, Stem: Stem(w)}) {
				return false
			}
		}
		buf, start = buf[:0], -1
		return true
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if start < 0 {
					start = i
				}
				buf = append(buf, c)
			case 'A' <= c && c <= 'Z':
				if start < 0 {
					start = i
				}
				buf = append(buf, c+'a'-'A')
			case start >= 0 && (c == '\'' || c == '`'):
				if next, _ := utf8.DecodeRuneInString(s[i+1:]); !unicode.IsLetter(next) && !flush(i) {
					return
				}
			default:
				if !flush(i) {
					return
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case 0x400 <= r && r <= 0x45F: // Ѐ…џ: letters, folded here
			if start < 0 {
				start = i
			}
			buf = utf8.AppendRune(buf, foldCyrillic(r))
		case isWord(r) && !isApostrophe(r):
			if start < 0 {
				start = i
			}
			buf = appendFolded(buf, r)
		case start >= 0 && unicode.Is(unicode.Mn, r):
			buf = combine(buf, r)
		case start >= 0 && isApostrophe(r):
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); !unicode.IsLetter(next) && !flush(i) {
				return
			}
		default:
			if !flush(i) {
				return
			}
		}
		i += n
	}
	flush(len(s))
}

// foldCyrillic folds a letter of U+0400…U+045F (Walk's fast path, and
// appendFolded's rule for these letters): lower case (Ѐ…Џ are 0x50 below their small letters, А…Я 0x20), with ё
// and ѐ read as е and ѝ as и.
func foldCyrillic(r rune) rune {
	switch {
	case r < 0x410:
		r += 0x50
	case r < 0x430:
		r += 0x20
	}
	switch r {
	case 'ё', 'ѐ':
		return 'е'
	case 'ѝ':
		return 'и'
	}
	return r
}

// appendFolded appends the folded form of r, UTF-8 encoded.
func appendFolded(buf []byte, r rune) []byte {
	r = unicode.ToLower(r)
	switch {
	case 0x430 <= r && r <= 0x45F:
		r = foldCyrillic(r) // ё, ѐ → е; ѝ → и
	case r == 'ß':
		return append(buf, 's', 's')
	}
	if r >= 0xC0 && r < 0x250 {
		if b, ok := latinBase[r]; ok {
			r = b
		}
	}
	return utf8.AppendRune(buf, r)
}

// combine applies a combining mark to the last letter: the breve and diaeresis
// that make й, ї, ё in decomposed text are kept (ё folds to е), every other mark
// (stress, Latin accents) is dropped.
func combine(buf []byte, m rune) []byte {
	last, size := utf8.DecodeLastRune(buf)
	switch {
	case size == 0:
	case m == '\u0306' && last == 'и':
		buf = utf8.AppendRune(buf[:len(buf)-size], 'й')
	case m == '\u0308' && last == 'і':
		buf = utf8.AppendRune(buf[:len(buf)-size], 'ї')
	}
	return buf
}

// Fold returns the folded words of s joined by single spaces, unstemmed.
func Fold(s string) string {
	var b strings.Builder
	var buf []byte
	Each(s, func(t Term) {
		buf = buf[:0]
		for _, r := range s[t.Start:t.End] {
			if isWord(r) && !isApostrophe(r) {
				buf = appendFolded(buf, r)
			} else if unicode.Is(unicode.Mn, r) {
				buf = combine(buf, r)
			}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(buf))
	})
	return b.String()
}

// Index returns the stems of s joined by spaces: what a full-text index
// stores for s.
func Index(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	Each(s, func(t Term) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Stem)
	})
	return b.String()
}

// Stems returns the distinct stems of s in order of first appearance.
func Stems(s string) []string {
	var out []string
	seen := map[string]bool{}
	Each(s, func(t Term) {
		if !seen[t.Stem] {
			seen[t.Stem] = true
			out = append(out, t.Stem)
		}
	})
	return out
}
