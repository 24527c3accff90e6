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
	"bufio"
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
	// docTopic: the document pass has the features of Config.DocTopic.
	docTopic bool
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

// maxLabels bounds the labels a model file may declare: the transitions
// (labels²) and every weight block (4,096 buckets × labels) are sized by
// it before any weight is read, so a corrupt labels line must not ask for
// gigabytes. The shipped models have 7 (en) and 13 (uk, ru).
const maxLabels = 256

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
	if m.docTopic {
		head += " doctopic"
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

// Decode reads a model written by Encode (already decompressed). It reads r
// as a stream: the dense weight sets (buckets × labels, 7-14 MB a pass) go
// through a small buffer into the kept rows, so loading never holds a whole
// decompressed model file (the three shipped ones are 81 MB, read at once).
func Decode(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("ner: read model: %w", err)
		}
		return nil, errors.New("ner: not a model file")
	}
	// the first line is the language, then options
	line0, err0 := br.ReadString('\n')
	line1, err1 := br.ReadString('\n')
	if err0 != nil || err1 != nil {
		return nil, readErr(errors.Join(err0, err1), "ner: truncated model")
	}
	opts, labels := strings.Fields(line0), strings.Fields(line1)
	if len(opts) == 0 {
		return nil, errors.New("ner: bad model header")
	}
	lang := opts[0]
	le := binary.LittleEndian
	var hd [8]byte
	if _, err := io.ReadFull(br, hd[:]); err != nil {
		return nil, readErr(err, "ner: bad model header")
	}
	bits, passes := le.Uint32(hd[:]), le.Uint32(hd[4:])
	if bits > 26 || len(labels) == 0 || len(labels) > maxLabels || passes < 1 || passes > 2 {
		return nil, errors.New("ner: bad model header")
	}
	m := newLoaded(lang, labels, uint(bits))
	ms := []*Model{m}
	if passes == 2 {
		m.second = newLoaded(lang, labels, uint(bits))
		ms = append(ms, m.second)
	}
	for _, pm := range ms {
		var sc [4]byte
		if _, err := io.ReadFull(br, sc[:]); err != nil {
			return nil, readErr(err, "ner: truncated model weights")
		}
		scale := math.Float32frombits(le.Uint32(sc[:]))
		q := make([]byte, 2*len(pm.trans))
		if _, err := io.ReadFull(br, q); err != nil {
			return nil, readErr(err, "ner: truncated model weights")
		}
		for i := range pm.trans {
			pm.trans[i] = float32(int16(le.Uint16(q[2*i:]))) * scale
		}
		if _, err := io.ReadFull(br, sc[:]); err != nil {
			return nil, readErr(err, "ner: truncated model weights")
		}
		if err := pm.readRows(br, math.Float32frombits(le.Uint32(sc[:]))); err != nil {
			return nil, err
		}
	}
	rest, err := io.ReadAll(br)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	if len(rest) > 0 {
		g, err := decodeGazetteer(rest)
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
		case "doctopic":
			m.docTopic = true
		default:
			return nil, fmt.Errorf("ner: unknown model option %q", o)
		}
	}
	return m, nil
}

// readErr is msg when err says the input ended, else a read error.
func readErr(err error, msg string) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New(msg)
	}
	return fmt.Errorf("ner: read model: %w", err)
}

// newLoaded is newModel without the dense weights, which readRows fills in
// compactly.
func newLoaded(lang string, labels []string, bits uint) *Model {
	m := newModel(lang, labels, 0)
	m.bits, m.w = bits, nil
	return m
}

// readRows reads the dense weights of every bucket (int16 little-endian,
// times scale, buckets × labels) from r, a block of buckets at a time, and
// stores them as nz, rank and rows, without a dense copy.
func (m *Model) readRows(r io.Reader, scale float32) error {
	L := len(m.Labels)
	le := binary.LittleEndian
	nb := 1 << m.bits
	m.nz = make([]uint64, (nb+63)/64)
	var rows []int16
	const block = 4096 // buckets read at a time
	q := make([]byte, 2*L*min(block, nb))
	for f0 := 0; f0 < nb; f0 += block {
		k := min(block, nb-f0)
		if _, err := io.ReadFull(r, q[:2*L*k]); err != nil {
			return readErr(err, "ner: truncated model weights")
		}
		for j := range k {
			row := q[2*L*j : 2*L*(j+1)]
			for l := range L {
				if float32(int16(le.Uint16(row[2*l:])))*scale != 0 {
					f := f0 + j
					m.nz[f/64] |= 1 << (f % 64)
					for l := range L {
						rows = append(rows, int16(le.Uint16(row[2*l:])))
					}
					break
				}
			}
		}
	}
	m.rank = make([]uint32, len(m.nz))
	c := uint32(0)
	for i, w := range m.nz {
		m.rank[i] = c
		c += uint32(bits.OnesCount64(w))
	}
	// rows grew by appending: keep an exact copy (and never nil, which
	// would mean dense weights)
	m.rows, m.scale = make([]int16, len(rows)), scale
	copy(m.rows, rows)
	return nil
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
