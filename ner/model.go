// Package ner finds person, organisation and location names (PER, ORG, LOC)
// with an averaged structured perceptron over hashed token features and
// first-order Viterbi decoding of BIO labels. One model per language (en, uk,
// ru) is trained from ../shared/train and embedded under models/.
package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// Model is a trained tagger for one language. It is immutable after
// training or loading and safe for concurrent use.
type Model struct {
	Lang   string
	Labels []string  // BIO labels; Labels[0] is "O"
	bits   uint      // log2 of the number of feature buckets
	w      []float32 // buckets × labels
	trans  []float32 // (labels+1) × labels; row labels is the start state
}

const magic = "pressclip-ner-1\n"

func newModel(lang string, labels []string, bits uint) *Model {
	L := len(labels)
	return &Model{Lang: lang, Labels: labels, bits: bits,
		w: make([]float32, (1<<bits)*L), trans: make([]float32, (L+1)*L)}
}

// Encode serialises the model as deterministic gzip bytes (weights quantised
// to int16).
func (m *Model) Encode() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(magic)
	raw.WriteString(m.Lang + "\n" + strings.Join(m.Labels, " ") + "\n")
	binary.Write(&raw, binary.LittleEndian, uint32(m.bits))
	for _, ws := range [][]float32{m.trans, m.w} {
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
	lang, labels := string(parts[0]), strings.Fields(string(parts[1]))
	rd := bytes.NewReader(parts[2])
	var bits uint32
	if err := binary.Read(rd, binary.LittleEndian, &bits); err != nil || bits > 26 || len(labels) == 0 {
		return nil, errors.New("ner: bad model header")
	}
	m := newModel(lang, labels, uint(bits))
	for _, ws := range [][]float32{m.trans, m.w} {
		var scale float32
		if err := binary.Read(rd, binary.LittleEndian, &scale); err != nil {
			return nil, fmt.Errorf("ner: model: %w", err)
		}
		q := make([]int16, len(ws))
		if err := binary.Read(rd, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("ner: model weights: %w", err)
		}
		for i, v := range q {
			ws[i] = float32(v) * scale
		}
	}
	return m, nil
}
