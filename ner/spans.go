package ner

import "strings"

// Span gazetteer (Config.Spans): the ORG and LOC names of two or more words
// in the training data, matched as a whole on the words' stems, so that
// «Министерства иностранных дел» finds «Министерство иностранных дел».
// The entries live in the Gazetteer's map under keys that start with a
// space (no word does): " stem1 stem2 …" holds the name's type flags
// (gSpanORG, gSpanLOC) and the key " " marks a gazetteer that has spans.
// A token inside a matched span gets the flags of its type, and gSpanB /
// gSpanL when it is the span's first / last word; they sit in the flag
// bits above the stem flags.
const (
	gSpanORG = 1 << (28 + iota)
	gSpanLOC
	gSpanB
	gSpanL
	gSpanAll = gSpanORG | gSpanLOC | gSpanB | gSpanL
)

// maxSpan is the longest span (in words) the span gazetteer lists.
const maxSpan = 6

// spanKey appends the key of the stems st to b.
func spanKey(b []byte, st []string) []byte {
	for _, s := range st {
		b = append(b, ' ')
		b = append(b, s...)
	}
	return b
}

// hasSpans reports whether g lists spans.
func (g *Gazetteer) hasSpans() bool { return g != nil && g.get(" ") != 0 }

// addSpans sets on fl the span flags of the spans of g found in stm.
func (g *Gazetteer) addSpans(stm []string, fl []uint32) {
	var buf []byte
	n := len(stm)
	for i := 0; i+1 < n; i++ {
		for L := min(maxSpan, n-i); L >= 2; L-- {
			buf = spanKey(buf[:0], stm[i:i+L])
			f := g.get(string(buf)) & (gSpanORG | gSpanLOC)
			if f == 0 {
				continue
			}
			for k := i; k < i+L; k++ {
				fl[k] |= f
			}
			fl[i] |= gSpanB
			fl[i+L-1] |= gSpanL
		}
	}
}

// trainSpans lists the ORG and LOC names of two to maxSpan words of the
// sentences, by their stems, under the type they have in at least half of
// the places where their words occur together.
func trainSpans(sents []Sentence) *Gazetteer {
	type cnt struct{ all, org, loc int }
	c := map[string]*cnt{}
	stems := make([][]string, len(sents))
	for si, s := range sents {
		_, stems[si] = lowered(s.Words)
		for _, mn := range Mentions(s.Labels) {
			if L := mn.Last - mn.First; L >= 2 && L <= maxSpan && (mn.Type == "ORG" || mn.Type == "LOC") {
				c[string(spanKey(nil, stems[si][mn.First:mn.Last]))] = &cnt{}
			}
		}
	}
	var buf []byte
	for si, s := range sents {
		st := stems[si]
		gold := map[[2]int]string{}
		for _, mn := range Mentions(s.Labels) {
			gold[[2]int{mn.First, mn.Last}] = mn.Type
		}
		for i := range st {
			for L := 2; L <= maxSpan && i+L <= len(st); L++ {
				buf = spanKey(buf[:0], st[i:i+L])
				x := c[string(buf)]
				if x == nil {
					continue
				}
				x.all++
				switch gold[[2]int{i, i + L}] {
				case "ORG":
					x.org++
				case "LOC":
					x.loc++
				}
			}
		}
	}
	g := newGazetteer()
	for k, x := range c {
		var f uint32
		if 2*x.org >= x.all && x.org > 0 {
			f |= gSpanORG
		}
		if 2*x.loc >= x.all && x.loc > 0 {
			f |= gSpanLOC
		}
		if f != 0 && !strings.ContainsAny(k, "\t\n") {
			g.m[k] = f
			g.m[" "] = 1
		}
	}
	return g
}
