package quotes

import (
	"bytes"
	"compress/gzip"
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/shared"
	"github.com/pressclip/pressclip/models"
)

// Retraining from ../shared reproduces the shipped model byte for byte.
func TestModelChecksum(t *testing.T) {
	root := filepath.Dir(shared.Require(t, "train/polnear-quotes-en"))
	m, err := TrainShipped(context.Background(), root, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	rs, err := models.Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.File == ModelFile {
			if got := models.Checksum(b); got != r.SHA256 {
				t.Fatalf("retrained %s: sha256 %s, recipe %s", ModelFile, got, r.SHA256)
			}
			return
		}
	}
	t.Fatalf("no recipe for %s", ModelFile)
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
	if !bytes.Equal(b, b2) || len(m2.weights) != len(m.weights) || len(m2.cues) != len(m.cues) {
		t.Fatalf("round trip changed the model (%d vs %d weights)", len(m.weights), len(m2.weights))
	}
}

func spans(a, b int) []doc.Span { return []doc.Span{{Start: a, End: b}} }

// The tagging table holds every stage's weights of every feature (in
// 16-bit fixed point), and nothing else.
func TestTable(t *testing.T) {
	a := &Model{weights: map[uint64][nLabels]float32{1: {1, 2}, 1 << 40: {3}, 17: {0, 0, 5}}}
	b := &Model{weights: map[uint64][nLabels]float32{17: {7}, 33: {0, 9}}}
	tab := newTable([]*Model{a, b})
	for s, st := range []*Model{a, b} {
		for _, h := range []uint64{1, 1 << 40, 17, 33} {
			var got [nLabels]float32
			if o := tab.get(h); o >= 0 {
				tab.add(o, s, &got)
			}
			// weights are kept to within half the table's fixed-point step
			for l := range got {
				if d := math.Abs(float64(got[l] - st.weights[h][l])); d > float64(tab.scale)/2+1e-6 {
					t.Errorf("stage %d, feature %d: %v, want %v", s, h, got, st.weights[h])
					break
				}
			}
		}
	}
	if o := tab.get(2); o >= 0 {
		t.Errorf("absent feature found at %d", o)
	}
}
