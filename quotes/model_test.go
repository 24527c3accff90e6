package quotes

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"maps"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/modeltest"
	"github.com/pressclip/pressclip/internal/shared"
)

// Retraining from ../shared reproduces the shipped model byte for byte.
func TestModelChecksum(t *testing.T) {
	root := filepath.Dir(shared.Require(t, "train/polnear-quotes-en"))
	m, err := TrainShipped(context.Background(), root, nil)
	if err != nil {
		t.Fatal(err)
	}
	modeltest.Reproduces(t, "retrained", ModelFile, m.Encode)
}

// Encode and DecodeModel round-trip.
func TestModelRoundTrip(t *testing.T) {
	arts := []Article{{
		Name: "a",
		Text: `"We will win," Smith said. Jones said that the vote was close.`,
		Attrs: []Attribution{
			{Content: spans(0, 14), Cue: spans(21, 25), Source: spans(15, 20)},
			{Content: spans(38, 62), Cue: spans(33, 37), Source: spans(27, 32)},
		},
	}}
	m, err := Train(context.Background(), arts, TrainOptions{Epochs: 3})
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	m2, err := DecodeModel(zr)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := m2.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) || m2.weights.len() != m.weights.len() || len(m2.cues) != len(m.cues) || !maps.Equal(m2.stems, m.stems) {
		t.Fatalf("round trip changed the model (%d vs %d weights, stems %v vs %v)", m.weights.len(), m2.weights.len(), m.stems, m2.stems)
	}
}

// A model written before stem classes were kept (format 2) still reads,
// with none.
func TestDecodeModelV2(t *testing.T) {
	m := &Model{weights: wsetOf(map[uint64][nLabels]float32{5: {1, 0, 0, 2}}), cues: map[string]bool{"said": true}, stems: map[string]uint8{"say": clsOften}}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(mustGunzip(t, b))
	if err != nil {
		t.Fatal(err)
	}
	// format 2 is format 3 without the stem list: header, stage count,
	// the cue list, then the weights
	v2 := []byte(modelMagicV2)
	rest := raw[len(modelMagic):]
	cut := 1 + 1 + 1 + len("said") // stages, cue count, cue length, cue
	v2 = append(v2, rest[:cut]...)
	stemList := 1 + 1 + len("say") + 1 // stem count, length, stem, class
	v2 = append(v2, rest[cut+stemList:]...)
	m2, err := DecodeModel(bytes.NewReader(v2))
	if err != nil {
		t.Fatal(err)
	}
	w2, _ := m2.weights.get(5)
	if w, _ := m.weights.get(5); !m2.cues["said"] || len(m2.stems) != 0 || w2 != w || m2.weights.len() != 1 {
		t.Errorf("format 2: cues %v, stems %v, weights %v", m2.cues, m2.stems, m2.weights)
	}
	if _, err := DecodeModel(bytes.NewReader(append([]byte("pressclip-quotes-1\n"), rest...))); err == nil {
		t.Error("format 1 read")
	}
}

func mustGunzip(t *testing.T, b []byte) io.Reader {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

// Stem classes: how often train annotates a stem's forms as a cue.
func TestStemClasses(t *testing.T) {
	// "warn": 2 cues in 18 uses (1 in 9); "urg": 4 in 4
	tx := segment("Smith urged calm. Jones urges calm. Lee urged calm. Kim urging calm. Ann warned us. Ann warns. Ann warned. " +
		strings.Repeat("Bo warns. ", 15) + "To the end. Cy noted it.")
	gold := make([]int, len(tx.toks))
	for i, k := range tx.toks {
		switch {
		case k.lower == "urged" || k.lower == "urges" || k.lower == "urging":
			gold[i] = lBCue // 4 of 4 uses
		case k.lower == "warned":
			gold[i] = lBCue
		case k.lower == "to" || k.lower == "noted" && i > 0:
			gold[i] = lBCue // a function word; a stem seen once
		}
	}
	got := stemClasses([]*text{tx}, [][]int{gold})
	want := map[string]uint8{"urg": clsOften, "warn": clsSome}
	if !maps.Equal(got, want) {
		t.Errorf("stemClasses = %v, want %v", got, want)
	}
}

func spans(a, b int) []doc.Span { return []doc.Span{{Start: a, End: b}} }

// The tagging table holds every stage's weights of every feature (in
// 16-bit fixed point), and nothing else.
func TestTable(t *testing.T) {
	a := &Model{weights: wsetOf(map[uint64][nLabels]float32{1: {1, 2}, 1 << 40: {3}, 17: {0, 0, 5}})}
	b := &Model{weights: wsetOf(map[uint64][nLabels]float32{17: {7}, 33: {0, 9}})}
	tab := newTable([]*Model{a, b})
	for s, st := range []*Model{a, b} {
		for _, h := range []uint64{1, 1 << 40, 17, 33} {
			var got [nLabels]float32
			if o := tab.get(h); o >= 0 {
				tab.add(o, s, &got)
			}
			// weights are kept to within half the table's fixed-point step
			for l := range got {
				want, _ := st.weights.get(h)
				if d := math.Abs(float64(got[l] - want[l])); d > float64(tab.scale)/2+1e-6 {
					t.Errorf("stage %d, feature %d: %v, want %v", s, h, got, want)
					break
				}
			}
		}
	}
	if o := tab.get(2); o >= 0 {
		t.Errorf("absent feature found at %d", o)
	}
}
