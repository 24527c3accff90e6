package ner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pressclip/pressclip/internal/shared"
)

// TestDevSplit trains on the training part of a language's data and scores
// a held-out dev part (never eval/test data). Run with NER_DEV=en|uk|ru.
func TestDevSplit(t *testing.T) {
	lang := os.Getenv("NER_DEV")
	if lang == "" {
		t.Skip("set NER_DEV=en|uk|ru")
	}
	root := filepath.Dir(shared.Require(t, "train"))
	ep, _ := strconv.Atoi(os.Getenv("NER_EPOCHS"))
	r := Recipes[lang]
	if ep > 0 {
		r.Epochs = ep
	}
	if b, _ := strconv.Atoi(os.Getenv("NER_BITS")); b > 0 {
		r.Bits = uint(b)
	}
	if d, err := strconv.ParseFloat(os.Getenv("NER_DROP"), 64); err == nil {
		r.Dropout = d
	}
	if f, _ := strconv.Atoi(os.Getenv("NER_FOLDS")); f > 0 {
		r.Folds = f
	}
	if os.Getenv("NER_MISC") != "" {
		r.Misc = os.Getenv("NER_MISC") == "1"
	}
	if sd, _ := strconv.Atoi(os.Getenv("NER_SEED")); sd > 0 {
		r.Seed = uint64(sd)
	}
	if os.Getenv("NER_STYLE") != "" {
		r.Styles = os.Getenv("NER_STYLE") == "1"
	}
	if os.Getenv("NER_DOCTYPES") != "" {
		r.DocTypes = os.Getenv("NER_DOCTYPES") == "1"
	}
	if k, _ := strconv.Atoi(os.Getenv("NER_SEEDS")); k > 0 {
		r.Seeds = k
	}
	if os.Getenv("NER_LOWER") != "" {
		r.Lower = os.Getenv("NER_LOWER") == "1"
	}
	if os.Getenv("NER_BILOU") != "" {
		r.Bilou = os.Getenv("NER_BILOU") == "1"
	}
	if os.Getenv("NER_SPANS") != "" {
		r.Spans = os.Getenv("NER_SPANS") == "1"
	}
	if os.Getenv("NER_DOC") != "" {
		r.DocPass = os.Getenv("NER_DOC") == "1"
	}
	var train [][]Sentence
	devs := map[string][][]Sentence{}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	devStyle := map[string]string{}
	var frDev []Doc // factRuEval dev documents (scored as text, with Ignore)
	split := func(name string, docs [][]Sentence, k int) {
		if r.Styles {
			st := map[string]string{"ner-uk": "ner-uk", "slavic uk": "slavic", "slavic ru": "slavic", "nerel dev": "nerel", "factru": "factru"}[name]
			styled(docs, st)
			devStyle[name] = st
		}
		for i, d := range docs {
			if i%k == 0 {
				devs[name] = append(devs[name], d)
			} else {
				train = append(train, d)
			}
		}
	}
	sents := func(docs []Doc) [][]Sentence {
		var out [][]Sentence
		for _, d := range docs {
			if s := d.Sentences(); len(s) > 0 {
				out = append(out, s)
			}
		}
		return out
	}
	switch lang {
	case "en":
		s, err := ReadIOBDocs(filepath.Join(root, "train/conll2003-en/eng.train.txt.gz"))
		must(err)
		train = s
		d, err := ReadIOBDocs(filepath.Join(root, "train/conll2003-en/eng.testa.txt.gz"))
		must(err)
		devs["conll testa"] = d
	case "uk":
		s, err := ReadIOBDocs(filepath.Join(root, "train/ner-uk/iob/train.iob"))
		must(err)
		split("ner-uk", s, 10)
		d, err := ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", "uk")
		must(err)
		split("slavic uk", sents(d), 5)
	case "ru":
		d, err := ReadTarBrat(filepath.Join(root, "train/nerel-ru/nerel-v1.1-train-dev.tar.gz"), []string{"/train/"}, NERELType)
		must(err)
		train = sents(d)
		if r.Styles {
			styled(train, "nerel")
		}
		d, err = ReadTarBrat(filepath.Join(root, "train/nerel-ru/nerel-v1.1-train-dev.tar.gz"), []string{"/dev/"}, NERELType)
		must(err)
		split("nerel dev", sents(d), 1)
		d, err = ReadFactRuEval(filepath.Join(root, "train/factrueval-2016/devset"))
		must(err)
		for i := 0; i < len(d); i += 4 {
			frDev = append(frDev, d[i])
		}
		if os.Getenv("NER_FR_KEEP") != "0" {
			// train on unnamed objects too, as the shipped recipe does
			d = WithIgnored(d)
		}
		split("factru", sents(d), 4)
		d, err = ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", "ru")
		must(err)
		split("slavic ru", sents(d), 5)
	}
	t0 := time.Now()
	m, err := trainDocs(context.Background(), r.Config, root, train, nil, nil)
	must(err)
	el := time.Since(t0)
	b, _ := m.Encode()
	fmt.Printf("%s: %d train docs, %s train, model %d bytes\n", lang, len(train), el.Round(time.Second), len(b))
	if txt := os.Getenv("NER_TEXT"); txt != "" {
		for _, sp := range m.TagText(txt) {
			fmt.Printf("  %s %q\n", sp.Type, txt[sp.Start:sp.End])
		}
	}
	names := []string{}
	for name := range devs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		d := devs[name]
		t1 := time.Now()
		by := ScoreDocSentences(m.WithStyle(devStyle[name]), d)
		ntok := 0
		for _, x := range d {
			for _, y := range x {
				ntok += len(y.Words)
			}
		}
		fmt.Printf("  (%.0f tokens/s)\n", float64(ntok)/time.Since(t1).Seconds())
		fmt.Printf("  %-12s F1 %.4f  PER %.4f ORG %.4f LOC %.4f\n", name, by[""].F1(), by["PER"].F1(), by["ORG"].F1(), by["LOC"].F1())
		if name == "factru" && frDev != nil {
			by := ScoreDocs(m.WithStyle(devStyle[name]), frDev)
			fmt.Printf("  %-12s F1 %.4f  PER %.4f ORG %.4f LOC %.4f (text, unnamed ignored)\n", name, by[""].F1(), by["PER"].F1(), by["ORG"].F1(), by["LOC"].F1())
		}
		if devStyle[name] != "" {
			for _, st := range append([]string{""}, Styles...) {
				if st != devStyle[name] {
					by := ScoreDocSentences(m.WithStyle(st), d)
					fmt.Printf("    as %-8q F1 %.4f  PER %.4f ORG %.4f LOC %.4f\n", st, by[""].F1(), by["PER"].F1(), by["ORG"].F1(), by["LOC"].F1())
				}
			}
		}
		if os.Getenv("NER_ERRS") == name {
			for _, x := range d {
				dumpErrors(m, x)
			}
		}
	}
}

func dumpErrors(m *Model, sents []Sentence) {
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	tags := m.TagDoc(words)
	for si, s := range sents {
		gold := map[Mention]bool{}
		for _, g := range Mentions(s.Labels) {
			if g.Type != "MISC" {
				gold[g] = true
			}
		}
		pred := map[Mention]bool{}
		for _, p := range Mentions(tags[si]) {
			pred[p] = true
		}
		for g := range gold {
			if !pred[g] {
				fmt.Printf("FN %s %q | %q\n", g.Type, strings.Join(s.Words[g.First:g.Last], " "), strings.Join(s.Words, " "))
			}
		}
		for p := range pred {
			if !gold[p] {
				fmt.Printf("FP %s %q | %q\n", p.Type, strings.Join(s.Words[p.First:p.Last], " "), strings.Join(s.Words, " "))
			}
		}
	}
}
