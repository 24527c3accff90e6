package ner

import (
	"math"
	"strings"
)

// emissions fills sc (n × L) with per-token label scores.
func (m *Model) emissions(feats [][]uint32, sc []float32) {
	L := len(m.Labels)
	for i, fs := range feats {
		row := sc[i*L : (i+1)*L]
		for l := range row {
			row[l] = 0
		}
		for _, f := range fs {
			m.addRow(row, f)
		}
	}
}

// allowed reports whether label b may follow label a under BIO or BILOU
// (a == -1 is the sentence start).
func (m *Model) allowed(a, b int) bool {
	L := len(m.Labels)
	if a < 0 {
		a = L
	}
	return m.allow[a*L+b]
}

func allowedBIO(labels []string, a, b int) bool {
	lb := labels[b]
	if isBILOU(labels) {
		// B-x and I-x go on with I-x or L-x; the others are followed by
		// O, B- or U-
		inner := lb[0] == 'I' || lb[0] == 'L'
		if a < 0 {
			return !inner
		}
		la := labels[a]
		if la[0] == 'B' || la[0] == 'I' {
			return inner && la[2:] == lb[2:]
		}
		return !inner
	}
	if lb[0] != 'I' {
		return true
	}
	if a < 0 {
		return false
	}
	la := labels[a]
	return la != "O" && la[2:] == lb[2:]
}

// isBILOU reports whether a label set has L- or U- labels.
func isBILOU(labels []string) bool {
	for _, l := range labels {
		if strings.HasPrefix(l, "L-") || strings.HasPrefix(l, "U-") {
			return true
		}
	}
	return false
}

// bioIndex maps each label index to the index of its BIO label (L-x to
// I-x, U-x to B-x; BIO labels to themselves).
func bioIndex(labels []string) []int {
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	out := make([]int, len(labels))
	for i, l := range labels {
		out[i] = i
		switch {
		case strings.HasPrefix(l, "L-"):
			out[i] = idx["I-"+l[2:]]
		case strings.HasPrefix(l, "U-"):
			out[i] = idx["B-"+l[2:]]
		}
	}
	return out
}

// viterbi returns the best label sequence for the emission scores.
func (m *Model) viterbi(n int, sc []float32) []int {
	L := len(m.Labels)
	if n == 0 {
		return nil
	}
	delta := make([]float32, n*L)
	back := make([]int32, n*L)
	neg := float32(math.Inf(-1))
	for l := 0; l < L; l++ {
		if m.allowed(-1, l) {
			delta[l] = sc[l] + m.trans[L*L+l]
		} else {
			delta[l] = neg
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < L; b++ {
			best, arg := neg, 0
			for a := 0; a < L; a++ {
				if !m.allowed(a, b) {
					continue
				}
				if v := delta[(i-1)*L+a] + m.trans[a*L+b]; v > best {
					best, arg = v, a
				}
			}
			delta[i*L+b] = best + sc[i*L+b]
			back[i*L+b] = int32(arg)
		}
	}
	out := make([]int, n)
	best, arg := neg, 0
	for l := 0; l < L; l++ {
		if m.bilou && (m.Labels[l][0] == 'B' || m.Labels[l][0] == 'I') {
			continue // a name cannot end inside
		}
		if delta[(n-1)*L+l] > best {
			best, arg = delta[(n-1)*L+l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*L+arg])
	}
	return out
}

// TagWords returns the BIO label of each word of one sentence (a
// one-sentence document).
func (m *Model) TagWords(words []string) []string {
	return m.TagDoc([][]string{words})[0]
}

// TagDoc returns the BIO labels of the sentences of one document: the
// document pass (if the model has one) sees how the first pass labelled the
// same words elsewhere in the document.
func (m *Model) TagDoc(sents [][]string) [][]string {
	ys := m.tagDoc(sents)
	out := make([][]string, len(ys))
	for i, y := range ys {
		out[i] = make([]string, len(y))
		for k, l := range y {
			out[i][k] = m.Labels[l]
			if strings.HasSuffix(out[i][k], "-MISC") {
				out[i][k] = "O"
			}
		}
		m.widen(sents[i], out[i])
		m.dropUnnamed(sents[i], out[i])
		m.widenStreet(sents[i], out[i])
		m.widenQuoted(sents[i], out[i])
		m.widenOrgNoun(sents[i], out[i])
		m.widenPlace(sents[i], out[i])
		m.widenTail(sents[i], out[i])
		m.widenBody(sents[i], out[i])
		m.widenAdjBody(sents[i], out[i])
		m.trimMonth(sents[i], out[i])
		m.datelinePlace(sents[i], out[i])
		m.scoreLineTeams(sents[i], out[i])
	}
	m.perSurnames(sents, out)
	return out
}

// toBIO rewrites label indexes of a BILOU model as their BIO labels
// (in place).
func (m *Model) toBIO(y []int) []int {
	if m.bilou {
		for i, l := range y {
			y[i] = m.bio[l]
		}
	}
	return y
}

// pass1 computes each sentence's lowercased words, features and first-pass
// labels.
func (m *Model) pass1(sents [][]string) (stm [][]string, feats [][][]uint32, ys [][]int) {
	stm = make([][]string, len(sents))
	feats = make([][][]uint32, len(sents))
	ys = make([][]int, len(sents))
	var sc []float32
	for i, words := range sents {
		var low []string
		low, stm[i] = lowered(words)
		var gz []uint32
		if m.gaz != nil {
			gz = gazFlags(m.gaz, low, stm[i])
		}
		feats[i] = sentFeatures(words, low, stm[i], gz, m.style, m.bits)
		n := len(words) * len(m.Labels)
		if cap(sc) < n {
			sc = make([]float32, n)
		}
		sc = sc[:n]
		m.emissions(feats[i], sc)
		ys[i] = m.toBIO(m.viterbi(len(words), sc))
	}
	return stm, feats, ys
}

func (m *Model) tagDoc(sents [][]string) [][]int {
	stm, feats, y1 := m.pass1(sents)
	if m.second == nil {
		return y1
	}
	st := newDocStats(sents, stm, y1)
	if m.docTopic {
		st.topic = docTopic(sents)
	}
	out := make([][]int, len(sents))
	var sc []float32
	for i, words := range sents {
		addDocFeatures(feats[i], words, stm[i], y1[i], st, m.docTypes, m.bits)
		n := len(words) * len(m.Labels)
		if cap(sc) < n {
			sc = make([]float32, n)
		}
		sc = sc[:n]
		m.second.emissions(feats[i], sc)
		out[i] = m.toBIO(m.second.viterbi(len(words), sc))
	}
	return out
}

// Mention is an entity over word indexes [First, Last) of a sentence.
type Mention struct {
	First, Last int
	Type        string
}

// Mentions reads the entities out of a BIO label sequence.
func Mentions(labels []string) []Mention {
	var out []Mention
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if len(l) < 3 || (l[0] != 'B' && l[0] != 'I') {
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+typ {
			j++
		}
		out = append(out, Mention{i, j, typ})
		i = j - 1
	}
	return out
}
