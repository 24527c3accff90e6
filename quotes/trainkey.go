package quotes

import (
	"encoding/binary"
	"fmt"
	"io"
	"sort"

	"github.com/pressclip/pressclip/doc"
)

// WriteTrainingKey writes into h what a model trained on arts is made of
// beyond its options: every article's text and attributions, the cue
// lexicon and stem classes learned from them, and a fingerprint of the
// features the tagger computes on every training article (about 2 s for
// quotes-dev's 840). A change to segmentation, gold labels, the pattern
// extractor the features read or any feature gives another key, so a kept
// dev model (quotes-dev's QUOTESDEV_MODELS) trained before the change is
// not handed back. Not seen: the stacked stage's features are
// fingerprinted with the gold labels standing in for the first stage's
// output (training uses the first stage's cross-fold predictions, which
// would take training to compute), so a change that shows only through
// the first stage's predictions keeps the key; nor are changes to the
// learning itself (perceptron, stacking). A version in the key covers
// those.
func WriteTrainingKey(h io.Writer, arts []Article) {
	writeTrainingKey(h, arts, (*featurizer).feats)
}

// writeTrainingKey is WriteTrainingKey with the features computed by
// feats ((*featurizer).feats; a test passes another).
func writeTrainingKey(h io.Writer, arts []Article, feats func(f *featurizer, j int, buf []uint64) []uint64) {
	for _, a := range arts {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", a.Name, len(a.Text), a.Text)
		for _, at := range a.Attrs {
			for _, part := range [][]doc.Span{at.Content, at.Cue, at.Source} {
				for _, sp := range part {
					fmt.Fprintf(h, "%d-%d,", sp.Start, sp.End)
				}
				h.Write([]byte{1})
			}
			h.Write([]byte{2})
		}
		h.Write([]byte{3})
	}
	texts, golds, cues, stems := prepare(arts)
	words := make([]string, 0, len(cues))
	for w := range cues {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Fprintf(h, "cue %s\x00", w)
	}
	words = words[:0]
	for w := range stems {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Fprintf(h, "stem %s %d\x00", w, stems[w])
	}
	var b [8]byte
	var buf []uint64
	for i, t := range texts {
		f := newFeaturizer(t, cues, stems)
		f.setStage1(golds[i])
		for j := range t.toks {
			buf = feats(f, j, buf[:0])
			for _, x := range buf {
				binary.LittleEndian.PutUint64(b[:], x)
				h.Write(b[:])
			}
			h.Write([]byte{4})
		}
	}
}
