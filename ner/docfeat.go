package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelType returns 0 for O, else 1 + the index of the label's type among
// PER, ORG, LOC, MISC (labels of labelSet: B-x/I-x pairs from index 1).
func labelType(y int) uint32 {
	if y <= 0 {
		return 0
	}
	return uint32((y-1)/2 + 1)
}

// docStats counts, for each stem of a document's capitalised words, how
// often the first pass labelled it with each type (index 0 = O) and how
// often the word occurs in lower case.
type docStats struct {
	c map[string]*[6]int
	// multi: for each stem, a bit per type (1 << type) of the first pass's
	// mentions of two or more words that contain it
	multi map[string]uint32
	// topic is the document's topic (docTopic; "": none or not asked)
	topic string
}

// docTopic is the topic a news-wire document's first line opens with:
// one to three words in capitals before a dash ("SOCCER - JAPAN GET
// LUCKY WIN", "RUGBY UNION - …"), or "".
func docTopic(sents [][]string) string {
	if len(sents) == 0 {
		return ""
	}
	s := sents[0]
	for k, w := range s {
		if w == "-" {
			if k == 0 || k > 3 || k+1 >= len(s) {
				return ""
			}
			return strings.Join(s[:k], " ")
		}
		if !allCaps(w) {
			return ""
		}
	}
	return ""
}

// allCaps reports whether w has letters, all upper-case, and starts
// with one.
func allCaps(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// tableLike reports whether at least a third of a sentence's words hold
// a digit (a results or scores line).
func tableLike(words []string) bool {
	d := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			d++
		}
	}
	return 3*d >= len(words)
}

const lowerSlot = 5

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func newDocStats(words, stm [][]string, labels [][]int) docStats {
	st := docStats{c: map[string]*[6]int{}, multi: map[string]uint32{}}
	for si, ws := range words {
		y := labels[si]
		for i := 0; i < len(y); {
			t := labelType(y[i])
			j := i + 1
			for t != 0 && j < len(y) && labelType(y[j]) == t && y[j] != y[i] {
				j++
			}
			if j-i >= 2 {
				for k := i; k < j; k++ {
					st.multi[stm[si][k]] |= 1 << t
				}
			}
			i = j
		}
		for i, w := range ws {
			k := stm[si][i]
			c := st.c[k]
			if c == nil {
				c = new([6]int)
				st.c[k] = c
			}
			if isCap(w) {
				c[labelType(labels[si][i])]++
			} else {
				c[lowerSlot]++
			}
		}
	}
	return st
}

// docType is the majority type of the other capitalised occurrences of a
// word (w, with stem s): 0 = none or O; and whether it has any.
func (st docStats) docType(w, s string, own int) (uint32, bool) {
	c := st.c[s]
	if c == nil {
		return 0, false
	}
	best, arg, any := 0, uint32(0), false
	for t := 0; t < lowerSlot; t++ {
		n := c[t]
		if isCap(w) && uint32(t) == labelType(own) {
			n-- // this occurrence
		}
		if n > 0 {
			any = true
		}
		if t > 0 && n > best {
			best, arg = n, uint32(t)
		}
	}
	return arg, any
}

// addDocFeatures appends to feats (one sentence's, masked) the document
// features: the first pass's label of the word and its neighbours, the
// types its other occurrences in the document got, and whether it also
// occurs in lower case; with types, also each type of the other
// occurrences and of the multi-word mentions that contain the word; with
// a topic (Config.DocTopic), the topic with the first pass's label, the
// document type and whether the sentence is a table line.
func addDocFeatures(feats [][]uint32, words, stm []string, y1 []int, st docStats, types bool, bits uint) {
	mask := uint32(1)<<bits - 1
	n := len(words)
	dt := make([]uint32, n)
	for i := range words {
		t, any := st.docType(words[i], stm[i], y1[i])
		dt[i] = t
		if !any {
			dt[i] = 5
		}
	}
	table := st.topic != "" && tableLike(words)
	for i, w := range words {
		fs := feats[i]
		add := func(h uint32) { fs = append(fs, h&mask) }
		add(hashN(60, uint32(y1[i])))
		prev, next := uint32(9), uint32(9)
		if i > 0 {
			prev = uint32(y1[i-1])
		}
		if i+1 < n {
			next = uint32(y1[i+1])
		}
		add(hashN(61, prev<<8|uint32(y1[i])))
		add(hashN(62, uint32(y1[i])<<8|next))
		cp := uint32(0)
		if isCap(w) {
			cp = 1
		}
		add(hashN(63, dt[i]<<1|cp))
		add(hashN(64, dt[i]<<4|labelType(y1[i])))
		if c := st.c[stm[i]]; c != nil && c[lowerSlot] > 0 && cp == 1 {
			add(hashN(65, labelType(y1[i])))
		}
		if i > 0 {
			add(hashN(66, dt[i-1]<<4|dt[i]))
		}
		if i+1 < n {
			add(hashN(67, dt[i]<<4|dt[i+1]))
		}
		if c := st.c[stm[i]]; types && c != nil && cp == 1 {
			own := labelType(y1[i])
			for t := uint32(1); t < lowerSlot; t++ {
				n := c[t]
				if t == own {
					n--
				}
				if n > 0 {
					add(hashN(68, t<<4|own))
				}
			}
		}
		if mb := st.multi[stm[i]]; types && mb != 0 && cp == 1 {
			for t := uint32(1); t < lowerSlot; t++ {
				if mb&(1<<t) != 0 {
					add(hashN(69, t<<4|labelType(y1[i])))
				}
			}
		}
		if st.topic != "" {
			tb := uint32(0)
			if table {
				tb = 1
			}
			add(hashD(70, uint32(y1[i])<<1|cp, st.topic))
			add(hashD(71, dt[i]<<1|cp, st.topic))
			add(hashD(72, uint32(y1[i])<<1|tb, st.topic))
		}
		feats[i] = fs
	}
}
