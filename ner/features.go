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

// hashD hashes s within a style.
func hashD(kind byte, style uint32, s string) uint32 {
	h := hashN(kind, style)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// styleHash is the feature key of an annotation style ("": none).
func styleHash(name string) uint32 {
	if name == "" {
		return 0
	}
	return hash(80, name) | 1
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

func hashN(kind byte, v uint32) uint32 {
	h := uint32(fnvOff)
	h = (h ^ uint32(kind)) * fnvPrime
	for k := 0; k < 4; k++ {
		h = (h ^ (v & 0xff)) * fnvPrime
		v >>= 8
	}
	return h
}

// lowered returns the lowercased words and their stems.
func lowered(words []string) (low, stm []string) {
	low = make([]string, len(words))
	stm = make([]string, len(words))
	for i, w := range words {
		low[i] = strings.ToLower(w)
		stm[i] = stem(low[i])
	}
	return low, stm
}

// gazFlags looks every lowercased word (with its stem) up in g.
func gazFlags(g *Gazetteer, low, stm []string) []uint32 {
	fl := make([]uint32, len(low))
	for i, l := range low {
		fl[i] = g.lookupStem(l, stm[i])
	}
	if g.hasSpans() {
		g.addSpans(stm, fl)
	}
	return fl
}

// nLex is the number of word-identity features at the start of each
// token's feature list.
const nLex = 3

// sentFeatures returns, for each token of a sentence, its hashed feature
// buckets (already masked). low and stm hold the lowercased words and
// their stems, gz their gazetteer flags (nil: none). style (0: none) is
// the hashed annotation style, whose own copies of some features learn
// where a corpus's conventions differ.
func sentFeatures(words, low, stm []string, gz []uint32, style uint32, bits uint) [][]uint32 {
	n := len(words)
	shp := make([]string, n)
	for i, w := range words {
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
		// the nLex word-identity features come first (training drops them
		// at random, see Config.Dropout)
		add(hash(1, w))
		add(hash(2, l))
		add(hash(45, stm[i]))
		add(hash(0, ""))
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
		add(hash(46, at(stm, i-1)))
		add(hash(47, at(stm, i+1)))
		add(hash2(48, at(stm, i-1), stm[i]))
		add(hash2(49, stm[i], at(stm, i+1)))
		if gz != nil {
			cp := uint32(0)
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				cp = 1
			}
			f := gz[i]
			if f&gLower != 0 {
				at0 := uint32(0)
				if i == 0 {
					at0 = 1
				}
				add(hashN(59, at0<<1|cp))
			}
			for b := uint32(0); b < 32; b++ {
				if f&(1<<b) != 0 {
					add(hashN(50, b))
					add(hashN(51, b<<1|cp))
				}
			}
			if f&gSpanAll != 0 {
				// the span's type with the word's place in it
				add(hashN(54, f>>28))
			}
			if i > 0 {
				pf := gz[i-1] | gz[i-1]>>stemShift
				for b := uint32(0); b < gBits; b++ {
					if pf&(1<<b) != 0 {
						add(hashN(52, b<<1|cp))
					}
				}
			}
			if i+1 < n {
				nf := gz[i+1] | gz[i+1]>>stemShift
				for b := uint32(0); b < gBits; b++ {
					if nf&(1<<b) != 0 {
						add(hashN(53, b<<1|cp))
					}
				}
			}
		}
		if style != 0 {
			add(hashD(81, style, ""))
			add(hashD(82, style, l))
			add(hashD(83, style, at(low, i-1)))
			add(hashD(84, style, at(low, i+1)))
			add(hashD(85, style, at(shp, i-1)+" "+shp[i]+" "+at(shp, i+1)))
			add(hashD(86, style, suffix(l, 3)))
			add(hashD(87, style, at(stm, i-1)+" "+stm[i]))
			add(hashD(88, style, stm[i]+" "+at(stm, i+1)))
			add(hashD(89, style, at(low, i-2)+" "+at(low, i-1)))
			if gz != nil {
				for b := uint32(0); b < 32; b++ {
					if gz[i]&(1<<b) != 0 {
						add(hashD(90, style, string(rune('a'+b))))
					}
				}
			}
		}
		out[i] = buf[start:len(buf):len(buf)]
	}
	return out
}
