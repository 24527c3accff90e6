package ner

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/models"
)

// shippedBytes is the decompressed model file of lang.
func shippedBytes(t *testing.T, lang string) []byte {
	t.Helper()
	r, err := models.Open(ModelFile(lang))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// headerLen is the length of b's magic, two header lines and bits/passes.
func headerLen(b []byte) int {
	n := len(magic)
	for range 2 {
		n += bytes.IndexByte(b[n:], '\n') + 1
	}
	return n + 8
}

// TestDecodeStreamsWeights decodes every shipped model (Decode reads it as
// a stream, a block of buckets at a time) and checks each pass's
// transitions and every bucket's weights against the file's dense int16
// sets read here directly: float32(q)*scale, zero rows included.
func TestDecodeStreamsWeights(t *testing.T) {
	le := binary.LittleEndian
	for lang := range Recipes {
		t.Run(lang, func(t *testing.T) {
			b := shippedBytes(t, lang)
			m, err := Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			p := b[headerLen(b):]
			L := len(m.Labels)
			for pass, pm := range []*Model{m, m.second} {
				if pm == nil {
					t.Fatalf("pass %d missing", pass)
				}
				scale := math.Float32frombits(le.Uint32(p))
				for i, v := range pm.trans {
					if want := float32(int16(le.Uint16(p[4+2*i:]))) * scale; v != want {
						t.Fatalf("pass %d transition %d: %v, want %v", pass, i, v, want)
					}
				}
				p = p[4+2*len(pm.trans):]
				scale = math.Float32frombits(le.Uint32(p))
				p = p[4:]
				row := make([]float32, L)
				for f := range 1 << pm.bits {
					clear(row)
					pm.addRow(row, uint32(f))
					for l := range L {
						if want := float32(int16(le.Uint16(p[2*(f*L+l):]))) * scale; row[l] != want {
							t.Fatalf("pass %d bucket %d label %d: %v, want %v", pass, f, l, row[l], want)
						}
					}
				}
				p = p[2*L<<pm.bits:]
			}
			if (len(p) > 0) != (m.gaz != nil) || m.second.gaz != m.gaz {
				t.Errorf("%d gazetteer bytes left, gazetteer %v", len(p), m.gaz != nil)
			}
		})
	}
}

// TestDecodeTruncated cuts a model at points in each of its parts: Decode
// fails with a clear error, never a panic or a partial model.
func TestDecodeTruncated(t *testing.T) {
	full := shippedBytes(t, "en")
	h := headerLen(full)
	cases := []struct {
		n    int
		want string
	}{
		{0, "not a model file"},
		{len(magic) - 1, "not a model file"},
		{len(magic) + 3, "truncated model"},        // in the language line
		{h - 20, "truncated model"},                // in the labels line
		{h - 4, "bad model header"},                // in bits/passes
		{h + 10, "truncated model weights"},        // in the transitions
		{len(full) / 3, "truncated model weights"}, // in the first pass's rows
		{len(full) * 4 / 5, "truncated model weights"},
	}
	for _, c := range cases {
		m, err := Decode(bytes.NewReader(full[:c.n]))
		if err == nil || m != nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("cut at %d of %d: model %v, %v; want an error saying %q", c.n, len(full), m != nil, err, c.want)
		}
	}
}

// TestDecodeBadHeader gives Decode headers whose fields are out of range:
// it fails with "bad model header" before sizing anything by them.
func TestDecodeBadHeader(t *testing.T) {
	header := func(nlabels int, bits, passes uint32) []byte {
		var b bytes.Buffer
		b.WriteString(magic + "en\n")
		for i := range nlabels {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("B-X")
		}
		b.WriteByte('\n')
		binary.Write(&b, binary.LittleEndian, [2]uint32{bits, passes})
		return b.Bytes()
	}
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"no labels", header(0, 4, 1), "bad model header"},
		{"257 labels", header(maxLabels+1, 4, 1), "bad model header"},
		{"1000 labels", header(1000, 26, 2), "bad model header"},
		{"27 bits", header(3, 27, 1), "bad model header"},
		{"0 passes", header(3, 4, 0), "bad model header"},
		{"3 passes", header(3, 4, 3), "bad model header"},
		// in range: the header passes, the weights are missing
		{"256 labels", header(maxLabels, 4, 1), "truncated model weights"},
		{"3 labels", header(3, 4, 2), "truncated model weights"},
	}
	for _, c := range cases {
		m, err := Decode(bytes.NewReader(c.b))
		if err == nil || m != nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: model %v, %v; want an error saying %q", c.name, m != nil, err, c.want)
		}
	}
}
