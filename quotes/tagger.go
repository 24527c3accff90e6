package quotes

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels of the sequence tagger: BIO over content, cue and source.
const (
	lO = iota
	lBCon
	lICon
	lBCue
	lICue
	lBSrc
	lISrc
	nLabels
)

var labelNames = [nLabels]string{"O", "B-CON", "I-CON", "B-CUE", "I-CUE", "B-SRC", "I-SRC"}

// Model is the English attribution tagger: an averaged perceptron over
// tokens that marks content, cue and source spans, with the cue lexicon
// it learned from PolNeAR.
type Model struct {
	weights wset
	// tab holds the same weights for fast look-ups while tagging.
	tab  *table
	cues map[string]bool // words often annotated as (part of) a cue
	// stems holds the cue class of word stems (see stemClasses): how
	// often the training data annotates any form of the stem as a cue.
	stems map[string]uint8
	// next is the stacked second stage, which also sees this stage's
	// labels; nil for a single stage.
	next *Model
}

// hashFeat is 64-bit FNV-1a of s.
func hashFeat(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fnv is an FNV-1a hash under construction: hashing the parts of a
// feature one after another equals hashFeat of their concatenation, with
// no string built.
type fnv uint64

const fnv0 fnv = 14695981039346656037

func (h fnv) s(x string) fnv {
	for i := 0; i < len(x); i++ {
		h ^= fnv(x[i])
		h *= 1099511628211
	}
	return h
}

// featurizer computes the label-independent features of every token of a
// text once.
type featurizer struct {
	t     *text
	cues  map[string]bool
	cls   []uint8  // cue class of each token's stem (0: none)
	stem  []string // each token's stem
	left  []int    // nearest cue word to the left in the sentence, -1
	ss    []int    // sentence start token of each token
	se    []int    // sentence end token (exclusive) of each token
	pp    []int    // nearest punctuation mark to the left in the sentence, -1
	right []int    // nearest cue word to the right in the sentence, -1
	sentQ []bool
	qcue  []string // per token inside a quotation: is a cue word right after or before it
	rule  []string // the pattern extractor's role of each token (C, Q, S or "")
	s1    []int    // first-stage labels (stacked second stage only)
	s1cl  []int    // nearest first-stage cue to the left in the sentence, -1
	s1cr  []int    // nearest first-stage cue to the right in the sentence, -1
	ncue  []int    // cue words per sentence
	// sleft, sright: nearest word of cue class clsSome or above to the
	// left and right in the sentence, -1
	sleft, sright []int
}

func newFeaturizer(t *text, cues map[string]bool, stems map[string]uint8) *featurizer {
	n := len(t.toks)
	f := &featurizer{t: t, cues: cues, left: make([]int, n), right: make([]int, n)}
	f.cls, f.stem = make([]uint8, n), make([]string, n)
	for i := range t.toks {
		if t.toks[i].kind == kWord {
			f.stem[i] = stem(t.toks[i].lower)
			f.cls[i] = stems[f.stem[i]]
		}
	}
	f.ss, f.se, f.pp = make([]int, n), make([]int, n), make([]int, n)
	lp := -1
	for i := 0; i < n; i++ {
		if i == 0 || t.toks[i].sent != t.toks[i-1].sent {
			f.ss[i] = i
			lp = -1
		} else {
			f.ss[i] = f.ss[i-1]
		}
		f.pp[i] = lp
		if t.toks[i].kind == kPunct || t.toks[i].kind == kDash {
			lp = i
		}
	}
	for i := n - 1; i >= 0; i-- {
		if i == n-1 || t.toks[i].sent != t.toks[i+1].sent {
			f.se[i] = i + 1
		} else {
			f.se[i] = f.se[i+1]
		}
	}
	t.nearestInSentence(f.left, f.right, func(i int) bool { return cues[t.toks[i].lower] })
	ns := 0
	if n > 0 {
		ns = t.toks[n-1].sent + 1
	}
	f.sentQ = make([]bool, ns)
	f.ncue = make([]int, ns)
	for i := range t.toks {
		if t.toks[i].kind == kQuote || t.toks[i].quote > 0 {
			f.sentQ[t.toks[i].sent] = true
		}
		if cues[t.toks[i].lower] {
			f.ncue[t.toks[i].sent]++
		}
	}
	f.sleft, f.sright = make([]int, n), make([]int, n)
	t.nearestInSentence(f.sleft, f.sright, func(i int) bool { return f.cls[i] >= clsSome })
	f.rule = make([]string, n)
	if as, err := rules(context.Background(), t, &enLex); err == nil {
		for _, a := range as {
			for _, c := range a.content {
				for k := c[0]; k < c[1]; k++ {
					f.rule[k] = "C"
				}
				if c[0] < c[1] {
					f.rule[c[0]] = "C0"
				}
			}
			if a.cue[0] >= 0 {
				for k := a.cue[0]; k < a.cue[1]; k++ {
					f.rule[k] = "Q"
				}
			}
			if a.src[0] >= 0 {
				for k := a.src[0]; k < a.src[1]; k++ {
					f.rule[k] = "S"
				}
			}
		}
	}
	f.qcue = make([]string, n)
	for _, q := range t.quotes {
		end := q.close
		if end < 0 {
			end = q.last
		}
		tag := "none"
		for k := end + 1; k < n && k <= end+4 && t.toks[k].para == t.toks[end].para; k++ {
			if cues[t.toks[k].lower] {
				tag = "after"
				break
			}
		}
		if tag == "none" {
			for k := q.open - 1; k >= 0 && k >= q.open-5 && t.toks[k].para == t.toks[q.open].para; k-- {
				if cues[t.toks[k].lower] {
					tag = "before"
					break
				}
			}
		}
		if tag == "none" && (q.open == 0 || t.toks[q.open-1].para != t.toks[q.open].para) {
			tag = "parastart"
		}
		for k := q.open; k <= end && k < n; k++ {
			f.qcue[k] = tag
		}
	}
	return f
}

// nearestInSentence sets left[i] and right[i] to the nearest token before
// and after i in i's sentence for which is holds, or -1 when there is none.
func (t *text) nearestInSentence(left, right []int, is func(int) bool) {
	n := len(left)
	last := -1
	for i := 0; i < n; i++ {
		if i > 0 && t.toks[i].sent != t.toks[i-1].sent {
			last = -1
		}
		left[i] = last
		if is(i) {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		if i+1 < n && t.toks[i].sent != t.toks[i+1].sent {
			last = -1
		}
		right[i] = last
		if is(i) {
			last = i
		}
	}
}

// setStage1 gives the featurizer the first stage's labels.
func (f *featurizer) setStage1(labels []int) {
	n := len(labels)
	f.s1, f.s1cl, f.s1cr = labels, make([]int, n), make([]int, n)
	f.t.nearestInSentence(f.s1cl, f.s1cr, func(i int) bool { return labels[i] == lBCue || labels[i] == lICue })
}

func (f *featurizer) s1label(i int) string {
	if i < 0 || i >= len(f.s1) {
		return "#"
	}
	return labelNames[f.s1[i]]
}

func shape(w string) string {
	var b strings.Builder
	last := rune(0)
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			b.WriteRune(c)
			last = c
			n++
			if n > 4 {
				break
			}
		}
	}
	return b.String()
}

func bucket(d int) string {
	switch {
	case d <= 3:
		return strconv.Itoa(d)
	case d <= 6:
		return "4-6"
	case d <= 12:
		return "7-12"
	}
	return "13+"
}

func (f *featurizer) word(i int) string {
	if i < 0 || i >= len(f.t.toks) {
		return "<s>"
	}
	return f.t.toks[i].lower
}

func qstate(k *tok) string {
	switch {
	case k.open:
		return "O"
	case k.close:
		return "C"
	case k.quote > 0:
		return "I"
	}
	return "-"
}

// feats returns the hashed features of token i: the label-independent
// ones and, in a stacked stage, those over the previous stage's labels.
func (f *featurizer) feats(i int, buf []uint64) []uint64 {
	buf = f.baseFeats(i, buf)
	if f.s1 != nil {
		buf = f.stackFeats(i, buf)
	}
	return buf
}

// The constant parts that open features, hashed once.
var (
	hB             = fnv0.s("b")
	hWEq           = fnv0.s("w=")
	hPEq           = fnv0.s("p=")
	hNEq           = fnv0.s("n=")
	hPpEq          = fnv0.s("pp=")
	hNnEq          = fnv0.s("nn=")
	hPwEq          = fnv0.s("pw=")
	hWnEq          = fnv0.s("wn=")
	hShEq          = fnv0.s("sh=")
	hSufEq         = fnv0.s("suf=")
	hQEq           = fnv0.s("q=")
	hQpnEq         = fnv0.s("qpn=")
	hQBarWEq       = fnv0.s("q|w=")
	hFirst         = fnv0.s("first")
	hLast          = fnv0.s("last")
	hSqBar         = fnv0.s("sq|")
	hREq           = fnv0.s("r=")
	hRBarWEq       = fnv0.s("r|w=")
	hRpEq          = fnv0.s("rp=")
	hQcueEq        = fnv0.s("qcue=")
	hNcueEq        = fnv0.s("ncue=")
	hToendEq       = fnv0.s("toend=")
	hFromstEq      = fnv0.s("fromst=")
	hClnextEq      = fnv0.s("clnext=")
	hClwBarNextEq  = fnv0.s("clw|next=")
	hClBarQEq      = fnv0.s("cl|q=")
	hClComma       = fnv0.s("cl,")
	hClEq          = fnv0.s("cl=")
	hClwEq         = fnv0.s("clw=")
	hClBarWEq      = fnv0.s("cl|w=")
	hClEqNone      = fnv0.s("cl=none")
	hCrprevEq      = fnv0.s("crprev=")
	hCrEq          = fnv0.s("cr=")
	hCrwEq         = fnv0.s("crw=")
	hCrBarWEq      = fnv0.s("cr|w=")
	hCrBarQEq      = fnv0.s("cr|q=")
	hCrEqNone      = fnv0.s("cr=none")
	hIscue         = fnv0.s("iscue")
	hIscueBarPEq   = fnv0.s("iscue|p=")
	hIscueBarNEq   = fnv0.s("iscue|n=")
	hStEq          = fnv0.s("st=")
	hScEq          = fnv0.s("sc=")
	hScBarNEq      = fnv0.s("sc|n=")
	hScBarPEq      = fnv0.s("sc|p=")
	hScBarQEq      = fnv0.s("sc|q=")
	hFrEq          = fnv0.s("fr=")
	hSclEq         = fnv0.s("scl=")
	hScrEq         = fnv0.s("scr=")
	hSclFrEq       = fnv0.s("sclfr=")
	hScrFrEq       = fnv0.s("scrfr=")
	hS1Eq          = fnv0.s("s1=")
	hS1pEq         = fnv0.s("s1p=")
	hS1nEq         = fnv0.s("s1n=")
	hS1pnEq        = fnv0.s("s1pn=")
	hS1BarWEq      = fnv0.s("s1|w=")
	hS1BarQEq      = fnv0.s("s1|q=")
	hS1clEq        = fnv0.s("s1cl=")
	hS1clEqNoneBar = fnv0.s("s1cl=none|")
	hS1crEq        = fnv0.s("s1cr=")
	hS1crEqNoneBar = fnv0.s("s1cr=none|")
)

// baseFeats appends the label-independent features of token i.
func (f *featurizer) baseFeats(i int, buf []uint64) []uint64 {
	t := f.t
	k := &t.toks[i]
	add := func(h fnv) { buf = append(buf, uint64(h)) }
	w := k.lower
	wp, wn := f.word(i-1), f.word(i+1)
	if i > 0 && t.toks[i-1].sent != k.sent {
		wp = "<s>"
	}
	if i+1 < len(t.toks) && t.toks[i+1].sent != k.sent {
		wn = "</s>"
	}
	add(hB)
	add(hWEq.s(w))
	add(hPEq.s(wp))
	add(hNEq.s(wn))
	add(hPpEq.s(f.word(i - 2)))
	add(hNnEq.s(f.word(i + 2)))
	add(hPwEq.s(wp).s("|").s(w))
	add(hWnEq.s(w).s("|").s(wn))
	add(hShEq.s(shape(t.src[k.start:k.end])))
	if utf8.RuneCountInString(w) > 3 {
		j := len(w)
		for n := 0; n < 3; n++ {
			_, sz := utf8.DecodeLastRuneInString(w[:j])
			j -= sz
		}
		add(hSufEq.s(w[j:]))
	}
	q := qstate(k)
	add(hQEq.s(q))
	qp, qn := "^", "$"
	if i > 0 {
		qp = qstate(&t.toks[i-1])
	}
	if i+1 < len(t.toks) {
		qn = qstate(&t.toks[i+1])
	}
	add(hQpnEq.s(qp).s(q).s(qn))
	add(hQBarWEq.s(q).s("|").s(w))
	first := i == 0 || t.toks[i-1].sent != k.sent
	lastTok := i+1 == len(t.toks) || t.toks[i+1].sent != k.sent
	if first {
		add(hFirst)
	}
	if lastTok {
		add(hLast)
	}
	if f.sentQ[k.sent] {
		add(hSqBar.s(q))
	}
	sq := ""
	if f.sentQ[k.sent] {
		sq = "Q"
	}
	r0 := f.rule[i]
	add(hREq.s(r0))
	add(hRBarWEq.s(r0).s("|").s(w))
	if i > 0 {
		add(hRpEq.s(f.rule[i-1]).s("|").s(r0))
	}
	if f.qcue[i] != "" {
		add(hQcueEq.s(f.qcue[i]))
	}
	add(hNcueEq.s(bucket(f.ncue[k.sent])))
	add(hToendEq.s(bucket(f.se[i] - i - 1)))
	add(hFromstEq.s(bucket(i - f.ss[i])))
	if p := f.pp[i]; p >= 0 {
		add(hPpEq.s(t.toks[p].lower).s(bucket(i - p)))
	}
	if l := f.left[i]; l >= 0 {
		add(hClnextEq.s(f.word(l + 1)))
		add(hClwBarNextEq.s(t.toks[l].lower).s("|").s(f.word(l + 1)))
		add(hClBarQEq.s(bucket(i - l)).s(q))
		comma := false
		for m := l + 1; m < i && m < l+30; m++ {
			if t.toks[m].lower == "," {
				comma = true
				break
			}
		}
		if comma {
			add(hClComma)
		}
		add(hClEq.s(bucket(i - l)).s(sq))
		add(hClwEq.s(t.toks[l].lower))
		add(hClBarWEq.s(bucket(i - l)).s("|").s(w))
	} else {
		add(hClEqNone.s(sq))
	}
	if r := f.right[i]; r >= 0 {
		add(hCrprevEq.s(f.word(r - 1)))
		add(hCrEq.s(bucket(r - i)).s(sq))
		add(hCrwEq.s(t.toks[r].lower))
		add(hCrBarWEq.s(bucket(r - i)).s("|").s(w))
		add(hCrBarQEq.s(bucket(r - i)).s(q))
	} else {
		add(hCrEqNone.s(sq))
	}
	if f.cues[w] {
		add(hIscue)
		add(hIscueBarPEq.s(wp))
		add(hIscueBarNEq.s(wn))
	}
	// what generalises over cue words: the stem, its cue class learned
	// in training, and the frame around it (a subject before, "that", a
	// colon or a quotation after); and for every token the nearest word
	// of a cue class with that word's frame, as cl=/cr= give for cue-list
	// words
	if k.kind == kWord {
		if st := f.stem[i]; st != w {
			add(hStEq.s(st))
		}
		fn := f.frameNext(i)
		if c := f.cls[i]; c > 0 {
			cs := classNames[c]
			add(hScEq.s(cs))
			add(hScBarNEq.s(cs).s(fn))
			add(hScBarPEq.s(cs).s(f.framePrev(i)))
			add(hScBarQEq.s(cs).s(q))
		}
		add(hFrEq.s(verbSuffix(w)).s(fn))
	}
	if l := f.sleft[i]; l >= 0 {
		add(hSclEq.s(bucket(i - l)).s(sq))
		add(hSclFrEq.s(classNames[f.cls[l]]).s(f.frameNext(l)).s(bucket(i - l)))
	}
	if r := f.sright[i]; r >= 0 {
		add(hScrEq.s(bucket(r - i)).s(sq))
		add(hScrFrEq.s(classNames[f.cls[r]]).s(f.framePrev(r)).s(bucket(r - i)))
	}
	return buf
}

var classNames = [maxClass + 1]string{"", "rare", "some", "often"}

// frameNext names what follows token i in its sentence, as a reporting
// verb's complement would open: "that", a colon, a quotation, a pronoun.
func (f *featurizer) frameNext(i int) string {
	t := f.t
	j := i + 1
	if j >= len(t.toks) || t.toks[j].sent != t.toks[i].sent {
		return "$"
	}
	k := &t.toks[j]
	switch {
	case k.kind == kQuote && k.open:
		return "qo"
	case k.kind == kQuote:
		return "q"
	case k.kind != kWord:
		return k.lower
	case k.lower == "that":
		return "that"
	case enLex.comp[k.lower]:
		return "wh"
	case k.lower == "to":
		return "to"
	case personPronouns[k.lower] || objectPronouns[k.lower] || k.lower == "they" || k.lower == "we" || k.lower == "i" || k.lower == "it":
		return "pron"
	case enLex.preps[k.lower]:
		return "prep"
	case t.isCap(j):
		return "cap"
	}
	return "w"
}

// framePrev names what precedes token i in its sentence, as a reporting
// verb's subject or auxiliary would.
func (f *featurizer) framePrev(i int) string {
	t := f.t
	j := i - 1
	if j < 0 || t.toks[j].sent != t.toks[i].sent {
		return "^"
	}
	k := &t.toks[j]
	switch {
	case k.kind == kQuote && k.close:
		return "qc"
	case k.kind != kWord:
		return k.lower
	case personPronouns[k.lower] || k.lower == "they" || k.lower == "we" || k.lower == "i":
		return "pron"
	case relPronouns[k.lower]:
		return "rel"
	case enLex.skip[k.lower] || k.lower == "is" || k.lower == "are" || k.lower == "were" || k.lower == "did" || k.lower == "does":
		return "aux"
	case t.isCap(j):
		return "cap"
	}
	return "w"
}

// verbSuffix names the inflection w ends in.
func verbSuffix(w string) string {
	switch {
	case strings.HasSuffix(w, "ed"):
		return "ed"
	case strings.HasSuffix(w, "ing"):
		return "ing"
	case strings.HasSuffix(w, "ly"):
		return "ly"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return "s"
	}
	return "-"
}

// stackFeats appends the features of token i over the previous stage's
// labels.
func (f *featurizer) stackFeats(i int, buf []uint64) []uint64 {
	t := f.t
	k := &t.toks[i]
	add := func(h fnv) { buf = append(buf, uint64(h)) }
	w, q := k.lower, qstate(k)
	l0 := f.s1label(i)
	add(hS1Eq.s(l0))
	add(hS1pEq.s(f.s1label(i - 1)).s("|").s(l0))
	add(hS1nEq.s(l0).s("|").s(f.s1label(i + 1)))
	add(hS1pnEq.s(f.s1label(i - 1)).s("|").s(l0).s("|").s(f.s1label(i + 1)))
	add(hS1BarWEq.s(l0).s("|").s(w))
	add(hS1BarQEq.s(l0).s("|").s(q))
	if l := f.s1cl[i]; l >= 0 {
		add(hS1clEq.s(bucket(i - l)).s("|").s(l0))
	} else {
		add(hS1clEqNoneBar.s(l0))
	}
	if r := f.s1cr[i]; r >= 0 {
		add(hS1crEq.s(bucket(r - i)).s("|").s(l0))
	} else {
		add(hS1crEqNoneBar.s(l0))
	}
	return buf
}

// transHash[p] is the transition feature "previous label p" (p == nLabels
// at a paragraph's start); its weights are scored per current label.
var transHash = func() (h [nLabels + 1]uint64) {
	for p := 0; p < nLabels; p++ {
		h[p] = hashFeat("t1=" + labelNames[p])
	}
	h[nLabels] = hashFeat("t1=<s>")
	return
}()

// allowed reports whether label l may follow label p.
func allowed(p, l int) bool {
	switch l {
	case lICon:
		return p == lBCon || p == lICon
	case lICue:
		return p == lBCue || p == lICue
	case lISrc:
		return p == lBSrc || p == lISrc
	}
	return true
}

// score adds the weights of fs into sc.
func (m *Model) score(fs []uint64, sc *[nLabels]float32) {
	for _, h := range fs {
		if w, ok := m.weights.get(h); ok {
			for l := range sc {
				sc[l] += w[l]
			}
		}
	}
}

// table holds the weights of every stage of a model for tagging: open
// addressing over an array of feature hashes, probed without touching the
// weights, and a parallel array holding each slot's weights of every stage
// as 16-bit fixed point (32 bytes a slot, two to a cache line), so that a
// look-up costs one miss at most and the whole table half the memory of
// float32 weights. The hashes are uniform, so a slot's index is the
// hash's low bits. Hash 0 marks an empty slot.
type table struct {
	keys  []uint64
	w     []int16 // slot i's weights of stage s, label l at i*wStride+s*nLabels+l
	scale float32 // a weight is w * scale
	mask  uint64
	// seen has a bit set for every hash's high bits: a feature whose bit
	// is clear is absent, found out without touching the (large) table.
	seen []uint64
}

// wStride is the weights of one slot (room for two stages, padded).
const wStride = 16

// seenBits is log2 of the bits in table.seen (256 KB: it stays in cache).
const seenBits = 21

func seenBit(h uint64) uint64 { return h >> (64 - seenBits) }

func newTable(stages []*Model) *table {
	if len(stages)*nLabels > wStride {
		panic("quotes: more stages than a table slot holds")
	}
	var keys []uint64 // every stage's feature hashes but 0, ascending
	var maxW float32
	for _, st := range stages {
		keys = mergeKeys(keys, st.weights.keys)
		for _, w := range st.weights.vals {
			for _, x := range w {
				maxW = max(maxW, float32(math.Abs(float64(x))))
			}
		}
	}
	if len(keys) > 0 && keys[0] == 0 {
		keys = keys[1:]
	}
	size := 16
	for float64(size) < 1.4*float64(len(keys)) {
		size *= 2
	}
	t := &table{mask: uint64(size - 1), scale: 1}
	if maxW > 0 {
		t.scale = maxW / math.MaxInt16
	}
	t.keys = make([]uint64, size)
	t.w = make([]int16, size*wStride)
	t.seen = make([]uint64, 1<<seenBits/64)
	for _, h := range keys {
		b := seenBit(h)
		t.seen[b/64] |= 1 << (b % 64)
		i := h & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i] = h
		for s, st := range stages {
			w, _ := st.weights.get(h)
			for l := 0; l < nLabels; l++ {
				t.w[int(i)*wStride+s*nLabels+l] = int16(math.Round(float64(w[l] / t.scale)))
			}
		}
	}
	return t
}

// get returns h's slot, or -1.
func (t *table) get(h uint64) int {
	if b := seenBit(h); t.seen[b/64]&(1<<(b%64)) == 0 {
		return -1
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return int(i)
		case 0:
			return -1
		}
	}
}

// add adds stage s's weights in slot i into sc.
func (t *table) add(i, s int, sc *[nLabels]float32) {
	o := i*wStride + s*nLabels
	w := t.w[o : o+nLabels]
	for l := range sc {
		sc[l] += float32(w[l]) * t.scale
	}
}

// viterbi returns the best label sequence for emission scores em (n x
// nLabels) and transition scores tr[prev][cur] (prev == nLabels: start).
func viterbi(em [][nLabels]float32, tr *[nLabels + 1][nLabels]float32, out []int) {
	n := len(em)
	if n == 0 {
		return
	}
	back := make([][nLabels]int8, n)
	var cur, next [nLabels]float32
	ninf := float32(math.Inf(-1))
	for l := 0; l < nLabels; l++ {
		cur[l] = ninf
		if allowed(lO, l) {
			cur[l] = em[0][l] + tr[nLabels][l]
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			best, bp := ninf, 0
			for p := 0; p < nLabels; p++ {
				if cur[p] == ninf || !allowed(p, l) {
					continue
				}
				if v := cur[p] + tr[p][l]; v > best {
					best, bp = v, p
				}
			}
			next[l] = best + em[i][l]
			back[i][l] = int8(bp)
		}
		cur = next
	}
	best, bl := ninf, 0
	for l := 0; l < nLabels; l++ {
		if cur[l] > best {
			best, bl = cur[l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = bl
		bl = int(back[i][bl])
	}
}

// paragraphs returns the token ranges [from, to) of t's paragraphs.
func paragraphs(t *text) [][2]int {
	var out [][2]int
	for i := 0; i < len(t.toks); {
		j := i + 1
		for j < len(t.toks) && t.toks[j].para == t.toks[i].para {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// tag labels every token of t, paragraph by paragraph (Viterbi), with
// each stage in turn. The label-independent features of a token are
// computed once and scored by every stage.
func (m *Model) tag(ctx context.Context, t *text) ([]int, error) { return m.tagAll(ctx, t, false) }

// tagAll is tag; all reads every paragraph, as training does for the
// stages it stacks (the shipped model was trained so).
func (m *Model) tagAll(ctx context.Context, t *text, all bool) ([]int, error) {
	n := len(t.toks)
	live := liveTokens(t, m.cues, m.stems, all)
	if !slices.Contains(live, true) {
		return make([]int, n), nil // nothing to score: every token is O
	}
	// all stages share the cue lexicon, so they share one featurizer
	f := newFeaturizer(t, m.cues, m.stems)
	var stages []*Model
	for st := m; st != nil; st = st.next {
		stages = append(stages, st)
	}
	em := make([][][nLabels]float32, len(stages))
	for s := range em {
		em[s] = make([][nLabels]float32, n)
	}
	buf := make([]uint64, 0, 64)
	for i := 0; i < n; i++ {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !live[i] {
			continue
		}
		buf = f.baseFeats(i, buf[:0])
		if m.tab != nil {
			for _, h := range buf {
				if off := m.tab.get(h); off >= 0 {
					for s := range stages {
						m.tab.add(off, s, &em[s][i])
					}
				}
			}
			continue
		}
		for s, st := range stages {
			st.score(buf, &em[s][i])
		}
	}
	var labels []int
	for s, st := range stages {
		if s > 0 {
			f.setStage1(labels)
			for i := 0; i < n; i++ {
				if !live[i] {
					continue
				}
				buf = f.stackFeats(i, buf[:0])
				if m.tab == nil {
					st.score(buf, &em[s][i])
					continue
				}
				for _, h := range buf {
					if off := m.tab.get(h); off >= 0 {
						m.tab.add(off, s, &em[s][i])
					}
				}
			}
		}
		labels = st.decode(t, em[s], live)
	}
	return labels, nil
}

// decode runs Viterbi over each paragraph's emission scores em.
func (m *Model) decode(t *text, em [][nLabels]float32, live []bool) []int {
	labels := make([]int, len(t.toks))
	var tr [nLabels + 1][nLabels]float32
	for p := 0; p <= nLabels; p++ {
		tr[p], _ = m.weights.get(transHash[p])
	}
	for _, pr := range paragraphs(t) {
		// each run of live tokens of the paragraph on its own
		for i := pr[0]; i < pr[1]; {
			if !live[i] {
				i++
				continue
			}
			j := i + 1
			for j < pr[1] && live[j] {
				j++
			}
			viterbi(em[i:j], &tr, labels[i:j])
			i = j
		}
	}
	return labels
}

// liveTokens marks the tokens worth scoring: a sentence with neither a
// quotation mark, a quoted word nor a cue word holds no attribution unless
// its neighbour in the paragraph does, so it is not scored and decodes to
// O. all marks every token (training reads every paragraph).
func liveTokens(t *text, cues map[string]bool, stems map[string]uint8, all bool) []bool {
	n := len(t.toks)
	live := make([]bool, n)
	if all {
		for i := range live {
			live[i] = true
		}
		return live
	}
	// sentences [from, to) in order, with whether each is hot
	type sent struct {
		from, to int
		hot      bool
	}
	var ss []sent
	for i := 0; i < n; {
		j, hot := i, false
		for ; j < n && t.toks[j].sent == t.toks[i].sent; j++ {
			k := &t.toks[j]
			hot = hot || k.kind == kQuote || k.quote > 0 || cues[k.lower] || k.kind == kWord && stems[stem(k.lower)] >= liveClass
		}
		ss = append(ss, sent{i, j, hot})
		i = j
	}
	for k, s := range ss {
		ok := s.hot
		para := t.toks[s.from].para
		if k > 0 && ss[k-1].hot && t.toks[ss[k-1].from].para == para {
			ok = true
		}
		if k+1 < len(ss) && ss[k+1].hot && t.toks[ss[k+1].from].para == para {
			ok = true
		}
		for i := s.from; i < s.to && ok; i++ {
			live[i] = true
		}
	}
	return live
}

// TrainOptions configure training of the English model.
type TrainOptions struct {
	Epochs int   // passes over the training data (default 8)
	Seed   int64 // shuffling seed
	// MaxArticles limits the articles used (0 = all), for quick tests.
	MaxArticles int
	Log         io.Writer
	// Stack trains a second stage over the first stage's labels.
	Stack bool
	// Stages, when set, is the number of stacked stages (overrides Stack).
	Stages int
	// MinCount is how often a feature must occur to be kept (default 6).
	MinCount int
}

// goldLabels turns an article's attributions into token labels: the
// longest contents first, then cues and sources on tokens still free.
func goldLabels(t *text, a *Article) []int {
	labels := make([]int, len(t.toks))
	type sp struct {
		s   [2]int
		lab int
	}
	var spans []sp
	for _, at := range a.Attrs {
		for _, c := range at.Content {
			spans = append(spans, sp{[2]int{c.Start, c.End}, lBCon})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool {
		return spans[i].s[1]-spans[i].s[0] > spans[j].s[1]-spans[j].s[0]
	})
	var rest []sp
	for _, at := range a.Attrs {
		for _, c := range at.Cue {
			rest = append(rest, sp{[2]int{c.Start, c.End}, lBCue})
		}
		for _, c := range at.Source {
			rest = append(rest, sp{[2]int{c.Start, c.End}, lBSrc})
		}
	}
	spans = append(spans, rest...)
	starts := make([]int, len(t.toks))
	for i := range t.toks {
		starts[i] = t.toks[i].start
	}
	for _, s := range spans {
		i := sort.SearchInts(starts, s.s[0])
		// include a token the span starts inside of
		if i > 0 && t.toks[i-1].end > s.s[0] {
			i--
		}
		j := i
		for j < len(t.toks) && t.toks[j].start < s.s[1] {
			j++
		}
		free := true
		for k := i; k < j; k++ {
			if labels[k] != lO {
				free = false
				break
			}
		}
		if !free || i == j {
			continue
		}
		for k := i; k < j; k++ {
			if k == i || t.toks[k].para != t.toks[k-1].para {
				labels[k] = s.lab
			} else {
				labels[k] = s.lab + 1
			}
		}
	}
	return labels
}

// Train learns the English model from PolNeAR articles. It is deterministic
// for a given input and options.
func Train(ctx context.Context, arts []Article, o TrainOptions) (*Model, error) {
	if o.Epochs == 0 {
		o.Epochs = 8
	}
	if o.MinCount == 0 {
		o.MinCount = defaultMinCount
	}
	if o.MaxArticles > 0 && len(arts) > o.MaxArticles {
		arts = arts[:o.MaxArticles]
	}
	texts, golds, cues, stems := prepare(arts)
	stages := 1
	if o.Stack {
		stages = 2
	}
	if o.Stages > 0 {
		stages = o.Stages
	}
	m, err := trainStack(ctx, texts, golds, cues, stems, stages, o)
	if err != nil {
		return nil, err
	}
	m.tab = newTable(m.stages())
	return m, nil
}

// prepare segments the training articles and returns their texts, gold
// labels, the cue lexicon and the stems' cue classes learned from them.
func prepare(arts []Article) (texts []*text, golds [][]int, cues map[string]bool, stems map[string]uint8) {
	texts = make([]*text, len(arts))
	golds = make([][]int, len(arts))
	cueCount := map[string]int{}
	allCount := map[string]int{}
	for i := range arts {
		texts[i] = segment(arts[i].Text)
		golds[i] = goldLabels(texts[i], &arts[i])
		for j, k := range texts[i].toks {
			allCount[k.lower]++
			if l := golds[i][j]; l == lBCue || l == lICue {
				cueCount[k.lower]++
			}
		}
	}
	cues = map[string]bool{}
	for w, c := range cueCount {
		if c >= 4 && float64(c)/float64(allCount[w]) >= 0.25 && w != "to" && w != "the" && w != "of" {
			cues[w] = true
		}
	}
	return texts, golds, cues, stemClasses(texts, golds)
}

// trainStack trains a chain of n stages. Each stage after the first learns
// from its predecessors' labels it could not have memorised: each half of
// the articles is tagged by a chain of n-1 stages trained on the other
// half.
func trainStack(ctx context.Context, texts []*text, golds [][]int, cues map[string]bool, stems map[string]uint8, n int, o TrainOptions) (*Model, error) {
	if n <= 1 {
		return trainStage(ctx, texts, golds, cues, stems, nil, o)
	}
	m, err := trainStack(ctx, texts, golds, cues, stems, n-1, o)
	if err != nil {
		return nil, err
	}
	var ta, tb []*text
	var ga, gb [][]int
	for i := range texts {
		if i%2 == 0 {
			ta, ga = append(ta, texts[i]), append(ga, golds[i])
		} else {
			tb, gb = append(tb, texts[i]), append(gb, golds[i])
		}
	}
	ma, err := trainStack(ctx, ta, ga, cues, stems, n-1, o)
	if err != nil {
		return nil, err
	}
	mb, err := trainStack(ctx, tb, gb, cues, stems, n-1, o)
	if err != nil {
		return nil, err
	}
	s1 := make([][]int, len(texts))
	for i, t := range texts {
		other := mb
		if i%2 == 1 {
			other = ma
		}
		if s1[i], err = other.tagAll(ctx, t, true); err != nil {
			return nil, err
		}
	}
	last, err := trainStage(ctx, texts, golds, cues, stems, s1, o)
	if err != nil {
		return nil, err
	}
	tail := m
	for tail.next != nil {
		tail = tail.next
	}
	tail.next = last
	return m, nil
}

// trainStage trains one stage (s1: the first stage's labels, nil for the
// first stage itself).
func trainStage(ctx context.Context, texts []*text, golds [][]int, cues map[string]bool, stems map[string]uint8, s1 [][]int, o TrainOptions) (*Model, error) {
	// Precompute features of all tokens; count them to prune rare ones.
	feats := make([][][]uint64, len(texts))
	count := map[uint64]int{}
	for i, t := range texts {
		f := newFeaturizer(t, cues, stems)
		if s1 != nil {
			f.setStage1(s1[i])
		}
		feats[i] = make([][]uint64, len(t.toks))
		for j := range t.toks {
			fs := f.feats(j, nil)
			feats[i][j] = fs
			for _, h := range fs {
				count[h]++
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	ids := map[uint64]int32{}
	var hashes []uint64
	id := func(h uint64) int32 {
		if x, ok := ids[h]; ok {
			return x
		}
		ids[h] = int32(len(hashes))
		hashes = append(hashes, h)
		return int32(len(hashes) - 1)
	}
	var trans [nLabels + 1]int32
	for p := 0; p <= nLabels; p++ {
		trans[p] = id(transHash[p])
	}
	dense := make([][][]int32, len(feats))
	for i := range feats {
		dense[i] = make([][]int32, len(feats[i]))
		for j, fs := range feats[i] {
			out := make([]int32, 0, len(fs)+2)
			for _, h := range fs {
				if count[h] >= o.MinCount {
					out = append(out, id(h))
				}
			}
			dense[i][j] = out
		}
		feats[i] = nil
	}
	count = nil
	nf := len(hashes)
	w := make([]float32, nf*nLabels)
	total := make([]float64, nf*nLabels)
	stamp := make([]int32, nf*nLabels)
	step := int32(0)
	update := func(f int32, l int, d float32) {
		k := int(f)*nLabels + l
		total[k] += float64(step-stamp[k]) * float64(w[k])
		stamp[k] = step
		w[k] += d
	}
	order := make([]int, len(texts))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(o.Seed))
	var em [][nLabels]float32
	var pred []int
	for ep := 0; ep < o.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, ai := range order {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			t := texts[ai]
			var tr [nLabels + 1][nLabels]float32
			for _, pr := range paragraphs(t) {
				for p := 0; p <= nLabels; p++ {
					copy(tr[p][:], w[int(trans[p])*nLabels:int(trans[p])*nLabels+nLabels])
				}
				ln := pr[1] - pr[0]
				em = append(em[:0], make([][nLabels]float32, ln)...)
				pred = append(pred[:0], make([]int, ln)...)
				for j := pr[0]; j < pr[1]; j++ {
					sc := &em[j-pr[0]]
					for _, f := range dense[ai][j] {
						ws := w[int(f)*nLabels : int(f)*nLabels+nLabels]
						for l := range sc {
							sc[l] += ws[l]
						}
					}
				}
				viterbi(em, &tr, pred)
				step++
				gold := golds[ai][pr[0]:pr[1]]
				prevG, prevP := nLabels, nLabels
				for j := 0; j < ln; j++ {
					g, p := gold[j], pred[j]
					n++
					if g != p {
						errs++
						for _, f := range dense[ai][pr[0]+j] {
							update(f, g, 1)
							update(f, p, -1)
						}
					}
					if g != p || prevG != prevP {
						update(trans[prevG], g, 1)
						update(trans[prevP], p, -1)
					}
					prevG, prevP = g, p
				}
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "quotes: epoch %d: token error %.4f\n", ep+1, float64(errs)/float64(n))
		}
	}
	// average and quantise
	cur := &Model{cues: cues, stems: stems}
	var keys []uint64
	var vals [][nLabels]float32
	for f, h := range hashes {
		var ws [nLabels]float32
		nz := false
		for l := 0; l < nLabels; l++ {
			k := f*nLabels + l
			tot := total[k] + float64(step-stamp[k])*float64(w[k])
			v := math.Round(tot/float64(step)*1000) / 1000
			if v != 0 {
				nz = true
			}
			ws[l] = float32(v)
		}
		if nz {
			keys, vals = append(keys, h), append(vals, ws)
		}
	}
	cur.weights = newWset(keys, vals)
	return cur, nil
}

// defaultMinCount is how often a feature must occur in training to be
// kept, unless TrainOptions say otherwise.
const defaultMinCount = 6

const modelMagic = "pressclip-quotes-3\n"

// modelMagicV2 opens a model written before stem classes were kept: it
// reads as one with none.
const modelMagicV2 = "pressclip-quotes-2\n"

// Encode serialises the model (all stages) as deterministic gzip bytes.
func (m *Model) Encode() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	var tmp [binary.MaxVarintLen64]byte
	putU := func(v uint64) { raw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	putI := func(v int64) { raw.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	n := 0
	for st := m; st != nil; st = st.next {
		n++
	}
	putU(uint64(n))
	for st := m; st != nil; st = st.next {
		words := make([]string, 0, len(st.cues))
		for w := range st.cues {
			words = append(words, w)
		}
		sort.Strings(words)
		putU(uint64(len(words)))
		for _, w := range words {
			putU(uint64(len(w)))
			raw.WriteString(w)
		}
		stems := make([]string, 0, len(st.stems))
		for w := range st.stems {
			stems = append(stems, w)
		}
		sort.Strings(stems)
		putU(uint64(len(stems)))
		for _, w := range stems {
			putU(uint64(len(w)))
			raw.WriteString(w)
			putU(uint64(st.stems[w]))
		}
		putU(uint64(st.weights.len())) // keys ascending
		prev := uint64(0)
		for i, h := range st.weights.keys {
			putU(h - prev)
			prev = h
			w := st.weights.vals[i]
			for l := 0; l < nLabels; l++ {
				putI(int64(math.Round(float64(w[l]) * 1000)))
			}
		}
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// DecodeModel reads a model written by Encode (already decompressed).
func DecodeModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic && string(magic) != modelMagicV2 {
		return nil, errors.New("quotes model: bad header")
	}
	v2 := string(magic) == modelMagicV2
	fail := func(err error) (*Model, error) { return nil, fmt.Errorf("quotes model: %w", err) }
	ns, err := binary.ReadUvarint(br)
	if err != nil || ns == 0 || ns > 4 {
		return fail(fmt.Errorf("stage count: %v", err))
	}
	var first, last *Model
	for st := uint64(0); st < ns; st++ {
		nw, err := binary.ReadUvarint(br)
		if err != nil || nw > 1<<20 {
			return fail(fmt.Errorf("cue count: %v", err))
		}
		m := &Model{cues: make(map[string]bool, nw)}
		for i := uint64(0); i < nw; i++ {
			n, err := binary.ReadUvarint(br)
			if err != nil || n > 1<<10 {
				return fail(fmt.Errorf("cue: %v", err))
			}
			b := make([]byte, n)
			if _, err := io.ReadFull(br, b); err != nil {
				return fail(err)
			}
			if !utf8.Valid(b) {
				return fail(errors.New("cue not UTF-8"))
			}
			m.cues[string(b)] = true
		}
		nst := uint64(0)
		if !v2 {
			nst, err = binary.ReadUvarint(br)
		}
		if err != nil || nst > 1<<20 {
			return fail(fmt.Errorf("stem count: %v", err))
		}
		m.stems = make(map[string]uint8, nst)
		for i := uint64(0); i < nst; i++ {
			n, err := binary.ReadUvarint(br)
			if err != nil || n > 1<<10 {
				return fail(fmt.Errorf("stem: %v", err))
			}
			b := make([]byte, n)
			if _, err := io.ReadFull(br, b); err != nil {
				return fail(err)
			}
			c, err := binary.ReadUvarint(br)
			if err != nil || c == 0 || c > maxClass || !utf8.Valid(b) {
				return fail(fmt.Errorf("stem class: %v", err))
			}
			m.stems[string(b)] = uint8(c)
		}
		nh, err := binary.ReadUvarint(br)
		if err != nil || nh > 1<<26 {
			return fail(fmt.Errorf("feature count: %v", err))
		}
		keys := make([]uint64, 0, min(nh, 1<<20))
		vals := make([][nLabels]float32, 0, min(nh, 1<<20))
		h := uint64(0)
		for i := uint64(0); i < nh; i++ {
			d, err := binary.ReadUvarint(br)
			if err != nil {
				return fail(err)
			}
			h += d
			var w [nLabels]float32
			for l := 0; l < nLabels; l++ {
				v, err := binary.ReadVarint(br)
				if err != nil {
					return fail(err)
				}
				w[l] = float32(v) / 1000
			}
			keys, vals = append(keys, h), append(vals, w)
		}
		m.weights = newWset(keys, vals)
		if first == nil {
			first = m
		} else {
			last.next = m
		}
		last = m
	}
	first.tab = newTable(first.stages())
	return first, nil
}

// stages lists m and the stages after it.
func (m *Model) stages() []*Model {
	var out []*Model
	for st := m; st != nil; st = st.next {
		out = append(out, st)
	}
	return out
}

// TrainData names the PolNeAR tarball under a training root.
func TrainData(trainRoot string) string {
	return filepath.Join(trainRoot, "polnear-quotes-en", "polnear-train-dev.tar.gz")
}

// TrainShipped trains the shipped model: PolNeAR's train and dev
// compartments (dev served for tuning first), 10 epochs, seed 1, two
// stacked stages.
func TrainShipped(ctx context.Context, trainRoot string, log io.Writer) (*Model, error) {
	var arts []Article
	for _, c := range []string{"train", "dev"} {
		a, err := LoadPolNeARTar(TrainData(trainRoot), c)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a...)
	}
	return Train(ctx, arts, ShippedOptions(log))
}

// ShippedOptions is the training recipe of the shipped model.
func ShippedOptions(log io.Writer) TrainOptions {
	return TrainOptions{Epochs: 10, Seed: 1, Log: log, Stack: true}
}

// DevTraining returns what a dev model is trained on: PolNeAR's train
// compartment only, so that dev stays held out for tuning.
func DevTraining(trainRoot string) ([]Article, error) {
	return LoadPolNeARTar(TrainData(trainRoot), "train")
}
