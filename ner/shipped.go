package ner

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
)

// ModelFile is the embedded model name for a language.
func ModelFile(lang string) string { return "ner-" + lang + ".gz" }

// Recipe is the shipped training configuration for a language: the
// perceptron settings and the training sources under ../shared.
type Recipe struct {
	Config
	IOB     []string // CoNLL-style files relative to shared root
	Dev     string   // CoNLL-style dev file (logged per epoch only)
	NEREL   []string // tarball member parts of train/nerel-ru (e.g. "/train/")
	Slavic  string   // language of slavic-ner SPLIT_cross-topic_train docs
	FactRu  bool     // add train/factrueval-2016/devset
	Sources []string // human-readable data list for models/recipes.json
}

// Recipes are the shipped models' recipes.
var Recipes = map[string]Recipe{
	"en": {Config: Config{Lang: "en", Epochs: 8, Bits: 19, Seed: 1},
		IOB: []string{"train/conll2003-en/eng.train.txt.gz"}, Dev: "train/conll2003-en/eng.testa.txt.gz",
		Sources: []string{"train/conll2003-en/eng.train.txt.gz (eng.testa for epoch logging)"}},
	"uk": {Config: Config{Lang: "uk", Epochs: 8, Bits: 19, Seed: 1},
		IOB: []string{"train/ner-uk/iob/train.iob"}, Slavic: "uk",
		Sources: []string{"train/ner-uk/iob/train.iob", "eval/slavic-ner SPLIT_cross-topic_train.txt (uk documents)"}},
	"ru": {Config: Config{Lang: "ru", Epochs: 8, Bits: 19, Seed: 1},
		NEREL: []string{"/train/", "/dev/"}, Slavic: "ru", FactRu: true,
		Sources: []string{"train/nerel-ru/nerel-v1.1-train-dev.tar.gz (train+dev, outermost PERSON/ORGANIZATION/CITY/COUNTRY/STATE_OR_PROV/LOCATION/DISTRICT)", "train/factrueval-2016/devset (Person/Org/Location/LocOrg objects)", "eval/slavic-ner SPLIT_cross-topic_train.txt (ru documents)"}},
}

// TrainShipped trains the shipped model for lang from the shared data root
// (../shared). epochs > 0 overrides the recipe (for a smaller deterministic
// test config).
func TrainShipped(ctx context.Context, lang, root string, epochs int, log io.Writer) (*Model, error) {
	r, ok := Recipes[lang]
	if !ok {
		return nil, fmt.Errorf("ner: no recipe for language %q", lang)
	}
	var train, dev []Sentence
	for _, p := range r.IOB {
		s, err := ReadIOB(filepath.Join(root, p))
		if err != nil {
			return nil, err
		}
		train = append(train, s...)
	}
	var docs []Doc
	if len(r.NEREL) > 0 {
		d, err := ReadTarBrat(filepath.Join(root, "train/nerel-ru/nerel-v1.1-train-dev.tar.gz"), r.NEREL, NERELType)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	if r.FactRu {
		d, err := ReadFactRuEval(filepath.Join(root, "train/factrueval-2016/devset"))
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	if r.Slavic != "" {
		d, err := ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", r.Slavic)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	for _, d := range docs {
		train = append(train, d.Sentences()...)
	}
	if r.Dev != "" {
		s, err := ReadIOB(filepath.Join(root, r.Dev))
		if err != nil {
			return nil, err
		}
		dev = s
	}
	if log != nil {
		fmt.Fprintf(log, "ner %s: %d training sentences\n", lang, len(train))
	}
	cfg := r.Config
	if epochs > 0 {
		cfg.Epochs = epochs
	}
	return Train(ctx, cfg, train, dev, log)
}

// Licence says under which terms each shipped model's training data is.
var Licence = map[string]string{
	"en": "CoNLL-2003 (Reuters RCV1): Reuters Corpus research agreement; research use only",
	"uk": "ner-uk v2.0: CC BY-NC-SA 4.0 (non-commercial); slavic-ner: no licence stated, research use",
	"ru": "NEREL: no licence stated (Wikinews texts CC BY 2.5), research use; slavic-ner: no licence stated, research use",
}
