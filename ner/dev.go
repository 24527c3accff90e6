package ner

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// DevSet is a held-out part of a language's training data (never eval
// data), on which recipe changes are chosen.
type DevSet struct {
	Name string
	// Style is the annotation style the set is tagged in (Model.WithStyle;
	// "" when the recipe has no styles).
	Style string
	// Docs are scored sentence by sentence, each document tagged together
	// (ScoreDocSentences).
	Docs [][]Sentence
	// Text, when set, holds the same documents as texts, scored also as
	// ScoreDocs does (factRuEval: unnamed objects ignored, as upstream).
	Text []Doc
}

// DevSplit reads lang's training data split into a training part and dev
// sets: en trains on eng.train and holds out eng.testa; uk holds out every
// 10th ner-uk train document and every 5th slavic-ner uk train document;
// ru trains on NEREL train and holds out NEREL dev, every 4th factRuEval
// devset document and every 5th slavic-ner ru train document; a dev
// document that the training part repeats word for word is left out. root is the
// shared data root (the parent of train/ and eval/). With styles each
// corpus's training sentences carry its annotation style, as in the
// shipped recipe. Like the shipped ru recipe, factRuEval's training part
// keeps its unnamed objects; its dev Docs are labelled with them too, and
// its Text is scored without them.
func DevSplit(root, lang string, styles bool) (train [][]Sentence, devs []DevSet, err error) {
	style := func(s string) string {
		if styles {
			return s
		}
		return ""
	}
	// split holds out every k-th document (the first of each k).
	split := func(name, st string, docs [][]Sentence, k int) *DevSet {
		styled(docs, style(st))
		ds := DevSet{Name: name, Style: style(st)}
		for i, d := range docs {
			if i%k == 0 {
				ds.Docs = append(ds.Docs, d)
			} else {
				train = append(train, d)
			}
		}
		devs = append(devs, ds)
		return &devs[len(devs)-1]
	}
	// withSents drops documents without sentences, so that a document's
	// text and its sentences keep one index.
	withSents := func(docs []Doc) (kept []Doc, sents [][]Sentence) {
		for _, d := range docs {
			if s := d.Sentences(); len(s) > 0 {
				kept = append(kept, d)
				sents = append(sents, s)
			}
		}
		return kept, sents
	}
	switch lang {
	case "en":
		if train, err = ReadIOBDocs(filepath.Join(root, "train/conll2003-en/eng.train.txt.gz")); err != nil {
			return nil, nil, err
		}
		d, err := ReadIOBDocs(filepath.Join(root, "train/conll2003-en/eng.testa.txt.gz"))
		if err != nil {
			return nil, nil, err
		}
		devs = append(devs, DevSet{Name: "conll testa", Docs: d})
	case "uk":
		s, err := ReadIOBDocs(filepath.Join(root, "train/ner-uk/iob/train.iob"))
		if err != nil {
			return nil, nil, err
		}
		split("ner-uk dev", "ner-uk", s, 10)
		d, err := ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", "uk")
		if err != nil {
			return nil, nil, err
		}
		_, sl := withSents(d)
		split("slavic uk dev", "slavic", sl, 5)
	case "ru":
		tarball := filepath.Join(root, "train/nerel-ru/nerel-v1.1-train-dev.tar.gz")
		d, err := ReadTarBrat(tarball, []string{"/train/"}, NERELType)
		if err != nil {
			return nil, nil, err
		}
		_, tr := withSents(d)
		train = styled(tr, style("nerel"))
		if d, err = ReadTarBrat(tarball, []string{"/dev/"}, NERELType); err != nil {
			return nil, nil, err
		}
		_, nd := withSents(d)
		split("NEREL dev", "nerel", nd, 1)
		if d, err = ReadFactRuEval(filepath.Join(root, "train/factrueval-2016/devset")); err != nil {
			return nil, nil, err
		}
		kept, fs := withSents(WithIgnored(d))
		fr := split("factRuEval dev", "factru", fs, 4)
		for i := 0; i < len(kept); i += 4 {
			// kept[i] is WithIgnored's copy of a document of d: find
			// the original (with its Ignore) by its text
			fr.Text = append(fr.Text, named(d, kept[i].Text))
		}
		if d, err = ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", "ru"); err != nil {
			return nil, nil, err
		}
		_, sl := withSents(d)
		split("slavic ru dev", "slavic", sl, 5)
	default:
		return nil, nil, fmt.Errorf("ner: no dev split for language %q", lang)
	}
	// a corpus may hold one text twice (slavic-ner ru does): a dev
	// document that is also a training document is left out
	seen := map[string]bool{}
	for _, d := range train {
		seen[docWords(d)] = true
	}
	for k := range devs {
		ds := &devs[k]
		var docs [][]Sentence
		var text []Doc
		for i, d := range ds.Docs {
			if seen[docWords(d)] {
				continue
			}
			docs = append(docs, d)
			if ds.Text != nil {
				text = append(text, ds.Text[i])
			}
		}
		ds.Docs, ds.Text = docs, text
	}
	return train, devs, nil
}

// docWords is a document's words, a line per sentence.
func docWords(d []Sentence) string {
	var b strings.Builder
	for _, s := range d {
		b.WriteString(strings.Join(s.Words, " "))
		b.WriteByte('\n')
	}
	return b.String()
}

// named returns the document of docs whose text is text.
func named(docs []Doc, text string) Doc {
	for _, d := range docs {
		if d.Text == text {
			return d
		}
	}
	return Doc{Text: text}
}

// TrainDev trains cfg (a recipe's Config, perhaps changed) on a DevSplit
// training part, as TrainShipped trains the shipped model on all the data.
func TrainDev(ctx context.Context, cfg Config, root string, train [][]Sentence, log io.Writer) (*Model, error) {
	return trainDocs(ctx, cfg, root, train, nil, log)
}

// WriteMisses writes one line for each gold name of docs that m misses
// ("FN TYPE «name» | sentence") and each name it finds that the gold lacks
// ("FP …"), tagging each document's sentences together.
func WriteMisses(w io.Writer, m *Model, docs [][]Sentence) error {
	return eachTagged(m, docs, func(s Sentence, gold map[Mention]bool, pred []Mention) error {
		found := map[Mention]bool{}
		for _, p := range pred {
			found[p] = true
		}
		sent := strings.Join(s.Words, " ")
		for _, g := range Mentions(s.Labels) {
			if gold[g] && !found[g] {
				if _, err := fmt.Fprintf(w, "FN %s %q | %q\n", g.Type, strings.Join(s.Words[g.First:g.Last], " "), sent); err != nil {
					return err
				}
			}
		}
		for _, p := range pred {
			if !gold[p] {
				if _, err := fmt.Fprintf(w, "FP %s %q | %q\n", p.Type, strings.Join(s.Words[p.First:p.Last], " "), sent); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
