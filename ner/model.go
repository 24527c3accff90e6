// Package ner finds person, organisation and location names (PER, ORG, LOC)
// with an averaged structured perceptron over hashed token features and
// first-order Viterbi decoding of BIO labels (the uk and ru models learn
// BILOU labels, which tell a name's last and only tokens apart, and output
// BIO). Features: the word, its case, shape, affixes and (for Cyrillic)
// stem, neighbouring words, and flags from
// a gazetteer shipped in the model (name and place lists from
// ../shared/train plus the name words of the training data). A second,
// document pass re-tags each sentence knowing how the first pass labelled
// the same words elsewhere in the document. The uk and ru models are
// trained on several corpora annotated by different conventions (does
// "партии «Яблоко»" include "партии"?): each corpus's sentences also fire
// style-specific copies of some features, so the corpora share what they
// agree on, and Model.WithStyle tags in one corpus's convention; the ru
// model also widens an ORG name over a descriptor word next to it («газеты
// « Русская правда») when that style's training names mostly take such a
// word in (Config.Descr). A model
// may be the mean of several perceptrons trained on the data shuffled
// differently (Config.Seeds; the en model averages five). One model
// per language (en, uk, ru) is trained from ../shared/train and embedded
// under models/.
package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"strings"
)

// Model is a trained tagger for one language. It is immutable after
// training or loading and safe for concurrent use.
type Model struct {
	Lang   string
	Labels []string   // BIO (or BILOU) labels; Labels[0] is "O"
	bits   uint       // log2 of the number of feature buckets
	w      []float32  // buckets × labels
	trans  []float32  // (labels+1) × labels; row labels is the start state
	gaz    *Gazetteer // name lists (nil: no gazetteer features)
	// second holds the weights of the document pass (nil: one pass), which
	// adds features from the first pass's labels of the whole document.
	second *Model
	allow  []bool   // (labels+1) × labels: may label b follow a (row labels: start)
	nz     []uint64 // bit per bucket: has a nonzero weight (nil while training)
	// A decoded model keeps only the rows of buckets with a nonzero weight
	// (w is nil then): rows holds them in bucket order, as stored (int16,
	// times scale), and rank[i] counts the buckets with weights before nz
	// word i. Most buckets of the shipped models are empty (40-75%), so the
	// three languages' two passes take about 28 MB instead of 139 MB; a
	// weight is float32(q)*scale, the float32 Decode used to store.
	rows  []int16
	scale float32
	rank  []uint32
	style uint32 // annotation style tagged in (styleHash; 0: none)
	// docTypes: the document pass has the features of Config.DocTypes.
	docTypes bool
	// bilou: Labels has L- and U- labels (Config.Bilou); bio maps each
	// label index to its BIO label's.
	bilou bool
	bio   []int
}

// Styles are the annotation conventions the shipped ru and uk models
// learnt besides the shared one: "nerel" (NEREL), "factru" (factRuEval),
// "slavic" (BSNLP slavic-ner), "ner-uk" (lang-uk ner-uk).
var Styles = []string{"nerel", "factru", "slavic", "ner-uk"}

// WithStyle returns the model tagging in a corpus's annotation style (one
// of Styles; "" or a style it was not trained with: the shared one).
func (m *Model) WithStyle(name string) *Model {
	c := *m
	c.style = styleHash(name)
	return &c
}

const magic = "pressclip-ner-2\n"

func newModel(lang string, labels []string, bits uint) *Model {
	L := len(labels)
	m := &Model{Lang: lang, Labels: labels, bits: bits,
		w: make([]float32, (1<<bits)*L), trans: make([]float32, (L+1)*L),
		allow: make([]bool, (L+1)*L), bilou: isBILOU(labels), bio: bioIndex(labels)}
	for a := -1; a < L; a++ {
		for b := 0; b < L; b++ {
			row := a
			if a < 0 {
				row = L
			}
			m.allow[row*L+b] = allowedBIO(labels, a, b)
		}
	}
	return m
}

// freeze records which buckets have weights, so that scoring skips the
// others without touching their rows.
func (m *Model) freeze() {
	L := len(m.Labels)
	m.nz = make([]uint64, (len(m.w)/L+63)/64)
	for f := 0; f < len(m.w)/L; f++ {
		for _, v := range m.w[f*L : f*L+L] {
			if v != 0 {
				m.nz[f/64] |= 1 << (f % 64)
				break
			}
		}
	}
	if m.second != nil {
		m.second.freeze()
	}
}

// Encode serialises the model as deterministic gzip bytes (weights quantised
// to int16).
func (m *Model) Encode() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(magic)
	head := m.Lang
	if m.docTypes {
		head += " doctypes"
	}
	raw.WriteString(head + "\n" + strings.Join(m.Labels, " ") + "\n")
	binary.Write(&raw, binary.LittleEndian, uint32(m.bits))
	sets := [][]float32{m.trans, m.dense()}
	if m.second != nil {
		sets = append(sets, m.second.trans, m.second.dense())
	}
	binary.Write(&raw, binary.LittleEndian, uint32(len(sets)/2))
	for _, ws := range sets {
		var mx float64
		for _, v := range ws {
			mx = math.Max(mx, math.Abs(float64(v)))
		}
		scale := float32(mx / 32767)
		if scale == 0 {
			scale = 1
		}
		binary.Write(&raw, binary.LittleEndian, scale)
		q := make([]int16, len(ws))
		for i, v := range ws {
			q[i] = int16(math.Round(float64(v / scale)))
		}
		binary.Write(&raw, binary.LittleEndian, q)
	}
	if m.gaz != nil {
		m.gaz.encode(&raw)
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

// Decode reads a model written by Encode (already decompressed).
func Decode(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, errors.New("ner: not a model file")
	}
	b = b[len(magic):]
	parts := bytes.SplitN(b, []byte("\n"), 3)
	if len(parts) != 3 {
		return nil, errors.New("ner: truncated model")
	}
	// the first line is the language, then options
	opts, labels := strings.Fields(string(parts[0])), strings.Fields(string(parts[1]))
	if len(opts) == 0 {
		return nil, errors.New("ner: bad model header")
	}
	lang := opts[0]
	p := parts[2]
	le := binary.LittleEndian
	if len(p) < 8 {
		return nil, errors.New("ner: bad model header")
	}
	bits, passes := le.Uint32(p), le.Uint32(p[4:])
	p = p[8:]
	if bits > 26 || len(labels) == 0 || passes < 1 || passes > 2 {
		return nil, errors.New("ner: bad model header")
	}
	m := newLoaded(lang, labels, uint(bits))
	ms := []*Model{m}
	if passes == 2 {
		m.second = newLoaded(lang, labels, uint(bits))
		ms = append(ms, m.second)
	}
	for _, pm := range ms {
		for _, set := range []int{0, 1} {
			n := len(pm.trans)
			if set == 1 {
				n = (1 << pm.bits) * len(labels)
			}
			if len(p) < 4+2*n {
				return nil, errors.New("ner: truncated model weights")
			}
			scale := math.Float32frombits(le.Uint32(p))
			q := p[4 : 4+2*n]
			p = p[4+2*n:]
			if set == 0 {
				for i := range pm.trans {
					pm.trans[i] = float32(int16(le.Uint16(q[2*i:]))) * scale
				}
				continue
			}
			pm.setRows(q, scale)
		}
	}
	if len(p) > 0 {
		g, err := decodeGazetteer(p)
		if err != nil {
			return nil, err
		}
		m.gaz = g
		if m.second != nil {
			m.second.gaz = g
		}
	}
	for _, o := range opts[1:] {
		switch o {
		case "doctypes":
			m.docTypes = true
		default:
			return nil, fmt.Errorf("ner: unknown model option %q", o)
		}
	}
	return m, nil
}

// newLoaded is newModel without the dense weights, which setRows fills in
// compactly.
func newLoaded(lang string, labels []string, bits uint) *Model {
	m := newModel(lang, labels, 0)
	m.bits, m.w = bits, nil
	return m
}

// setRows stores the weights of q (int16 little-endian, times scale,
// buckets × labels) as nz, rank and rows, without a dense copy.
func (m *Model) setRows(q []byte, scale float32) {
	L := len(m.Labels)
	le := binary.LittleEndian
	nb := len(q) / 2 / L
	at := func(i int) float32 { return float32(int16(le.Uint16(q[2*i:]))) * scale }
	m.nz = make([]uint64, (nb+63)/64)
	n := 0
	for f := range nb {
		for l := range L {
			if at(f*L+l) != 0 {
				m.nz[f/64] |= 1 << (f % 64)
				n++
				break
			}
		}
	}
	m.rank = make([]uint32, len(m.nz))
	c := uint32(0)
	for i, w := range m.nz {
		m.rank[i] = c
		c += uint32(bits.OnesCount64(w))
	}
	m.rows, m.scale = make([]int16, 0, n*L), scale
	for f := range nb {
		if m.nz[f/64]&(1<<(f%64)) != 0 {
			for l := range L {
				m.rows = append(m.rows, int16(le.Uint16(q[2*(f*L+l):])))
			}
		}
	}
}

// addRow adds bucket f's weights to row (one score per label).
func (m *Model) addRow(row []float32, f uint32) {
	L := len(m.Labels)
	if m.nz != nil {
		word, bit := m.nz[f/64], uint64(1)<<(f%64)
		if word&bit == 0 {
			return
		}
		if m.rows != nil {
			r := int(m.rank[f/64]) + bits.OnesCount64(word&(bit-1))
			// the explicit float32 rounds the product before the sum, as
			// when Decode stored float32 weights
			for l, q := range m.rows[r*L : r*L+L] {
				row[l] += float32(float32(q) * m.scale)
			}
			return
		}
	}
	for l, v := range m.w[int(f)*L : int(f)*L+L] {
		row[l] += v
	}
}

// dense returns the weights as buckets × labels, expanding a decoded
// model's rows.
func (m *Model) dense() []float32 {
	if m.rows == nil {
		return m.w
	}
	L := len(m.Labels)
	w := make([]float32, (1<<m.bits)*L)
	for f := range 1 << m.bits {
		m.addRow(w[f*L:f*L+L], uint32(f))
	}
	return w
}
