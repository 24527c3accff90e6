package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	fnvOff   = 2166136261
	fnvPrime = 16777619
)

func hash(kind byte, s string) uint32 {
	h := uint32(fnvOff)
	h = (h ^ uint32(kind)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func hash2(kind byte, a, b string) uint32 {
	h := hash(kind, a)
	h = (h ^ 0xff) * fnvPrime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * fnvPrime
	}
	return h
}

// shape maps letters to X/x, digits to d, keeps other runes, and collapses
// repeats when short is set.
func shape(w string, short bool) string {
	var b strings.Builder
	var last rune = -1
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if short && c == last {
			continue
		}
		n++
		if !short && n > 6 && c == last {
			continue
		}
		last = c
		b.WriteRune(c)
	}
	return b.String()
}

func prefix(w string, n int) string {
	i := 0
	for k := 0; k < n && i < len(w); k++ {
		_, s := utf8.DecodeRuneInString(w[i:])
		i += s
	}
	return w[:i]
}

func suffix(w string, n int) string {
	i := len(w)
	for k := 0; k < n && i > 0; k++ {
		_, s := utf8.DecodeLastRuneInString(w[:i])
		i -= s
	}
	return w[i:]
}

// sentFeatures returns, for each token of a sentence, its hashed feature
// buckets (already masked).
func sentFeatures(words []string, bits uint) [][]uint32 {
	n := len(words)
	low := make([]string, n)
	shp := make([]string, n)
	for i, w := range words {
		low[i] = strings.ToLower(w)
		shp[i] = shape(w, true)
	}
	at := func(a []string, i int) string {
		if i < 0 {
			return "<s>"
		}
		if i >= n {
			return "</s>"
		}
		return a[i]
	}
	mask := uint32(1)<<bits - 1
	out := make([][]uint32, n)
	buf := make([]uint32, 0, 40*n)
	for i, w := range words {
		start := len(buf)
		l := low[i]
		add := func(h uint32) { buf = append(buf, h&mask) }
		add(hash(0, ""))
		add(hash(1, w))
		add(hash(2, l))
		add(hash(3, shape(w, false)))
		add(hash(4, shp[i]))
		for k := 1; k <= 4; k++ {
			add(hash(byte(10+k), prefix(l, k)))
			add(hash(byte(20+k), suffix(l, k)))
		}
		add(hash(30, suffix(l, 5)))
		add(hash(31, at(low, i-1)))
		add(hash(32, at(low, i+1)))
		add(hash(33, at(low, i-2)))
		add(hash(34, at(low, i+2)))
		add(hash(35, at(shp, i-1)))
		add(hash(36, at(shp, i+1)))
		add(hash2(37, at(low, i-1), l))
		add(hash2(38, l, at(low, i+1)))
		add(hash2(39, at(shp, i-1), shp[i]))
		add(hash2(40, shp[i], at(shp, i+1)))
		add(hash(41, suffix(at(low, i-1), 3)))
		add(hash(42, suffix(at(low, i+1), 3)))
		if i == 0 {
			add(hash(43, shp[i]))
		}
		if n > 0 && i > 0 {
			add(hash2(44, at(words, i-1), shp[i]))
		}
		out[i] = buf[start:len(buf):len(buf)]
	}
	return out
}
