package nereval

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/ner"
)

// RunDev is the "ner-dev" eval task: for each language it trains the
// shipped recipe (ner.Recipes) on the training part of ner.DevSplit and
// scores the held-out dev sets (parts of the training data, never the
// test sets), exact span+type as Run does. Dev sets are scored sentence
// by sentence with each document tagged together; factRuEval's dev part
// is also scored on its text with unnamed objects ignored, as the test
// row is. Training is CPU-heavy (minutes per language), so two variables
// narrow a run:
//
//	NERDEV_LANGS   languages, comma-separated (default en,uk,ru)
//	NERDEV_CONFIG  JSON fields over each recipe's ner.Config,
//	               e.g. {"Seed":2} or {"Spans":true,"Epochs":4}
//	NERDEV_MODELS  a folder keeping each trained dev model, named by a
//	               key over its language, config, training documents,
//	               name lists and features (devModelKey), so that a
//	               decoding change is scored again without training
//
// The scored model is the trained one encoded and decoded again (its
// weights quantised as a shipped model's are).
//
// With --misses FILE every dev name missed or invented is written to FILE.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	langs := []string{"en", "uk", "ru"}
	if s := os.Getenv("NERDEV_LANGS"); s != "" {
		langs = strings.Split(s, ",")
	}
	misses, err := o.CreateMisses()
	if err != nil {
		return nil, err
	}
	defer misses.Close()
	root := filepath.Dir(filepath.Clean(o.Train))
	r := &eval.Report{}
	for _, lang := range langs {
		rec, ok := ner.Recipes[lang]
		if !ok {
			return nil, fmt.Errorf("ner-dev: no recipe for language %q", lang)
		}
		cfg := rec.Config
		if s := os.Getenv("NERDEV_CONFIG"); s != "" {
			dec := json.NewDecoder(strings.NewReader(s))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&cfg); err != nil {
				return nil, fmt.Errorf("ner-dev: NERDEV_CONFIG: %w", err)
			}
		}
		train, devs, err := ner.DevSplit(root, lang, cfg.Styles)
		if err != nil {
			return nil, err
		}
		m, err := devModel(ctx, o, cfg, root, train)
		if err != nil {
			return nil, err
		}
		for _, d := range devs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			sm := m.WithStyle(d.Style)
			addCounts(r, lang+" "+d.Name, ner.ScoreDocSentences(sm, d.Docs), nil)
			if d.Text != nil {
				addCounts(r, lang+" "+d.Name+", text, unnamed ignored", ner.ScoreDocs(sm, d.Text), nil)
			}
			if o.Misses != "" {
				fmt.Fprintf(misses, "## %s %s\n", lang, d.Name)
				if err := ner.WriteMisses(misses, sm, d.Docs); err != nil {
					return nil, err
				}
			}
		}
	}
	return r, nil
}

// devModelVersion is part of the key a kept dev model is found by: bump it
// when training code changes what a model holds in a way the key does not
// see (the learning, the document pass; ner.WriteTrainingKey covers the
// gazetteer and first-pass features), so that NERDEV_MODELS does not hand
// back a model the code would no longer train. Decoding changes need no
// bump: they are what keeping models is for.
const devModelVersion = 1

// devModel trains cfg on train, or reads the model NERDEV_MODELS keeps
// for cfg and these training documents, and returns it encoded and
// decoded again.
func devModel(ctx context.Context, o eval.Options, cfg ner.Config, root string, train [][]ner.Sentence) (*ner.Model, error) {
	js, err := json.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	key, err := devModelKey(cfg, root, train)
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("ner-dev-%s-%x.gz", cfg.Lang, key)
	o.Logf("ner-dev %s: %d training documents, config %s", cfg.Lang, len(train), js)
	return eval.KeptDecoded(o, os.Getenv("NERDEV_MODELS"), name, func() (*ner.Model, error) {
		return ner.TrainDev(ctx, cfg, root, train, nil)
	}, ner.Decode)
}

// devModelKey hashes what a dev model is trained from: the version, the
// configuration, the training documents' words and labels, so a changed
// DevSplit is not served a model trained on other documents, and what
// ner.WriteTrainingKey adds (the name lists under root, the features).
func devModelKey(cfg ner.Config, root string, train [][]ner.Sentence) ([sha256.Size]byte, error) {
	var k [sha256.Size]byte
	js, err := json.Marshal(cfg)
	if err != nil {
		return k, err
	}
	h := eval.ModelKey(devModelVersion, js)
	for _, d := range train {
		for _, s := range d {
			for i, w := range s.Words {
				fmt.Fprintf(h, "%s\x01%s\x02", w, s.Labels[i])
			}
			h.Write([]byte{3})
		}
		h.Write([]byte{4})
	}
	if err := ner.WriteTrainingKey(h, cfg, root, train); err != nil {
		return k, err
	}
	h.Sum(k[:0])
	return k, nil
}
