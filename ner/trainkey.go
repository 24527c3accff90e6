package ner

import (
	"encoding/binary"
	"io"
)

// WriteTrainingKey writes into h what TrainDev(ctx, cfg, root, train, …)
// reads beyond cfg and the training words and labels, as
// quotes.WriteTrainingKey does for quotes: the gazetteer the model holds
// (the name lists listGazetteer reads under root, merged with the
// training names and, with cfg.Descr, the descriptor table), so a
// name-list change that changes what training reads gives another key; and a fingerprint of the first-pass
// features of every training sentence, with the gazetteer flags training
// gives them. A feature change then gives another key, so a kept dev
// model (ner-dev's NERDEV_MODELS) trained before it is not handed back.
// Not seen: the document pass's features (cfg.DocPass) and the learning
// itself (perceptron, folds); a version in the key covers those.
func WriteTrainingKey(h io.Writer, cfg Config, root string, train [][]Sentence) error {
	return writeTrainingKey(h, cfg, root, train, sentFeatures)
}

// writeTrainingKey is WriteTrainingKey with the features computed by
// feats (sentFeatures; a test passes another).
func writeTrainingKey(h io.Writer, cfg Config, root string, train [][]Sentence, feats func(words, low, stm []string, gz []uint32, style uint32, bits uint) [][]uint32) error {
	lists, err := listGazetteer(root, cfg.Lang)
	if err != nil {
		return err
	}
	var flat []Sentence
	for _, d := range train {
		flat = append(flat, d...)
	}
	all, flags := gazetteers(lists, flat, cfg.Lower, cfg.Spans)
	if cfg.Descr {
		all.merge(descrTable(flat))
	}
	all.encode(h)
	h.Write([]byte{0})
	var b []byte
	for i, s := range flat {
		low, stm := lowered(s.Words)
		b = b[:0]
		fs := feats(s.Words, low, stm, flags(i, low, stm), styleHash(s.style), cfg.Bits)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(fs)))
		for _, tok := range fs {
			b = binary.LittleEndian.AppendUint32(b, uint32(len(tok)))
			for _, x := range tok {
				b = binary.LittleEndian.AppendUint32(b, x)
			}
		}
		h.Write(b)
	}
	return nil
}
