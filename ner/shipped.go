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
	IOB    []string // CoNLL-style files relative to shared root
	Dev    string   // CoNLL-style dev file (logged per epoch only)
	NEREL  []string // tarball member parts of train/nerel-ru (e.g. "/train/")
	Slavic string   // language of slavic-ner SPLIT_cross-topic_train docs
	FactRu bool     // add train/factrueval-2016/devset
	// IOBStyle is the annotation style (see Styles) of the IOB files.
	IOBStyle string
	Sources  []string // human-readable data list for models/recipes.json
}

// Gazetteer sources (see listGazetteer).
const (
	wikidataNames = "train/person-names-uk-ru-en/wikidata_en_ru_name_tokens_80.tsv.gz (gazetteer: person-name tokens)"
	dictUK        = "train/dict-uk-names-geo/dict_uk-names-geo.tar.gz (gazetteer: data/dict/names-*.lst, geo-*.lst)"
	ukNameFreq    = "train/person-names-uk-ru-en/uk_name_freq/*.csv (gazetteer: first names, patronymics, surnames)"
	museGeo       = "train/dict-uk-names-geo/dict_uk-names-geo.tar.gz (places, demonyms, organisations, first names) translated by train/muse-dict-uk-ru-en/uk-en.dict.gz (gazetteer)"
)

// Recipes are the shipped models' recipes.
var Recipes = map[string]Recipe{
	"en": {Config: Config{Lang: "en", Epochs: 12, Bits: 19, Seed: 1, DocPass: true, DocTypes: true, DocTopic: true, Dropout: 0.3, Seeds: 5, Lower: true},
		// settings chosen training on eng.train and scoring eng.testa
		// (TestDevSplit); the shipped model then learns from both.
		// Seeds 5: testa F1 0.9412 (one seed) -> 0.9449
		// Lower: testa 0.9449 -> 0.9457 (seeds 1-5), 0.9416 -> 0.9433
		// (seeds 6-10). Not landed: BILOU 0.9449 -> 0.9418 (seeds 1-5);
		// shapes two words away and two-word windows 0.9434, with also
		// the next word against this word's shape 0.9430 (seeds 1-5).
		// Epochs 12 (eval ner-dev, with trimMonth): testa F1 0.9441 ->
		// 0.9450 (seeds 1-5), 0.9443 -> 0.9450 (seeds 6-10). Not landed
		// (seeds 1-5, baseline 0.9435): word clusters (spherical k-means
		// of PolNeAR + eng.train contexts) 0.9395, their own-word
		// features only 0.9421; Misc 0.9382; Folds 4 0.9421; Seeds 10
		// 0.9437 (vs 0.9441).
		// DocTopic (eval ner-dev, kept dev models, seeds 1/6/11): testa F1
		// 0.9466/0.9466/0.9442 -> 0.9492/0.9494/0.9472, ORG 0.8977/0.8971/
		// 0.8951 -> 0.9036/0.9042/0.9015 (sports teams named after cities).
		// conllpp test fell 0.891 -> 0.885 with it; on a second dev split
		// (eng.train documents 1, 5, 9, … counting from 0 held out, the
		// other three quarters trained on) it gains too: seeds 1/6/11
		// F1 0.9124/0.9148/0.9128 -> 0.9157/0.9192/0.9153, ORG 0.8478/
		// 0.8516/0.8467 -> 0.8511/0.8593/0.8514, LOC 0.9369/0.9376/0.9386
		// -> 0.9400/0.9401/0.9384.
		IOB:     []string{"train/conll2003-en/eng.train.txt.gz", "train/conll2003-en/eng.testa.txt.gz"},
		Sources: []string{"train/conll2003-en/eng.train.txt.gz", "train/conll2003-en/eng.testa.txt.gz", museGeo, wikidataNames}},
	// uk Bilou: ner-uk dev (TestDevSplit) F1 0.8921 -> 0.9046, slavic uk
	// 0.9314 -> 0.9302
	"uk": {Config: Config{Lang: "uk", Epochs: 12, Bits: 19, Seed: 1, DocPass: true, Dropout: 0.2, Styles: true, Bilou: true},
		IOB: []string{"train/ner-uk/iob/train.iob"}, IOBStyle: "ner-uk", Slavic: "uk",
		Sources: []string{"train/ner-uk/iob/train.iob", "eval/slavic-ner SPLIT_cross-topic_train.txt (uk documents)", dictUK, ukNameFreq, wikidataNames}},
	// ru Bilou: TestDevSplit factRuEval dev F1 0.8277 -> 0.8395 (unnamed
	// ignored 0.8373 -> 0.8492), NEREL dev 0.8144 -> 0.8224, slavic ru
	// 0.8938 -> 0.8944
	// ru Descr (ORG descriptor words per style, eval ner-dev seed 1):
	// factRuEval dev 0.8395 -> 0.8443 (text, unnamed ignored 0.8492 ->
	// 0.8541, ORG 0.7315 -> 0.7517), slavic ru 0.8940 -> 0.8943, NEREL
	// dev 0.8224 unchanged
	"ru": {Config: Config{Lang: "ru", Epochs: 8, Bits: 19, Seed: 1, DocPass: true, Dropout: 0.2, Styles: true, Bilou: true, Descr: true},
		NEREL: []string{"/train/", "/dev/"}, Slavic: "ru", FactRu: true,
		Sources: []string{"train/nerel-ru/nerel-v1.1-train-dev.tar.gz (train+dev, outermost PERSON/ORGANIZATION/CITY/COUNTRY/STATE_OR_PROV/STATE_OR_PROVINCE/LOCATION/DISTRICT)", "train/factrueval-2016/devset (Person/Org/Location/LocOrg objects)", "eval/slavic-ner SPLIT_cross-topic_train.txt (ru documents)", dictUK, ukNameFreq, "train/person-names-uk-ru-en/ua2ru_names.csv.gz (gazetteer: ru column)", wikidataNames}},
}

// TrainShipped trains the shipped model for lang from the shared data root
// (../shared). epochs > 0 overrides the recipe (for a smaller deterministic
// test config).
func TrainShipped(ctx context.Context, lang, root string, epochs int, log io.Writer) (*Model, error) {
	r, ok := Recipes[lang]
	if !ok {
		return nil, fmt.Errorf("ner: no recipe for language %q", lang)
	}
	docs, dev, err := r.data(root)
	if err != nil {
		return nil, err
	}
	if log != nil {
		fmt.Fprintf(log, "ner %s: %d training documents\n", lang, len(docs))
	}
	cfg := r.Config
	if epochs > 0 {
		cfg.Epochs = epochs
	}
	return trainDocs(ctx, cfg, root, docs, dev, log)
}

// data reads the recipe's training documents (as sentences) and dev
// sentences. With Config.Styles each corpus's sentences carry its style.
func (r Recipe) data(root string) (docs [][]Sentence, dev []Sentence, err error) {
	style := func(name string) string {
		if r.Styles {
			return name
		}
		return ""
	}
	for _, p := range r.IOB {
		d, err := ReadIOBDocs(filepath.Join(root, p))
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, styled(d, style(r.IOBStyle))...)
	}
	add := func(ds []Doc, name string) {
		var out [][]Sentence
		for _, d := range ds {
			if s := d.Sentences(); len(s) > 0 {
				out = append(out, s)
			}
		}
		docs = append(docs, styled(out, style(name))...)
	}
	if len(r.NEREL) > 0 {
		d, err := ReadTarBrat(filepath.Join(root, "train/nerel-ru/nerel-v1.1-train-dev.tar.gz"), r.NEREL, NERELType)
		if err != nil {
			return nil, nil, err
		}
		add(d, "nerel")
	}
	if r.FactRu {
		d, err := ReadFactRuEval(filepath.Join(root, "train/factrueval-2016/devset"))
		if err != nil {
			return nil, nil, err
		}
		// the model also learns the unnamed objects the scorer ignores
		// («правительство»): on the factRuEval dev split (TestDevSplit,
		// NER_FR_KEEP) that scored F1 0.8373 against 0.8325 without them
		add(WithIgnored(d), "factru")
	}
	if r.Slavic != "" {
		d, err := ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", r.Slavic)
		if err != nil {
			return nil, nil, err
		}
		add(d, "slavic")
	}
	if r.Dev != "" {
		if dev, err = ReadIOB(filepath.Join(root, r.Dev)); err != nil {
			return nil, nil, err
		}
	}
	return docs, dev, nil
}

// WithIgnored returns the documents with their ignored gold objects
// (Doc.Ignore) counted as ordinary spans.
func WithIgnored(docs []Doc) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		out[i] = Doc{Text: d.Text, Spans: append(append([]Span(nil), d.Spans...), d.Ignore...)}
	}
	return out
}

// trainDocs trains the first pass on the documents and, if cfg.DocPass,
// the document pass: its training labels for the first pass come from
// models trained without the document (cfg.Folds folds, document i in fold
// i mod Folds), so they are about as wrong as on unseen text.
func trainDocs(ctx context.Context, cfg Config, root string, docs [][]Sentence, dev []Sentence, log io.Writer) (*Model, error) {
	lists, err := listGazetteer(root, cfg.Lang)
	if err != nil {
		return nil, err
	}
	flat := func(ds [][]Sentence) []Sentence {
		var out []Sentence
		for _, d := range ds {
			out = append(out, d...)
		}
		return out
	}
	train := flat(docs)
	all, flags := gazetteers(lists, train, cfg.Lower, cfg.Spans)
	if cfg.Descr {
		all.merge(descrTable(train))
	}
	m1, err := trainGaz(ctx, cfg, all, flags, nil, train, dev, log)
	if err != nil || !cfg.DocPass {
		return m1, err
	}
	folds := max(cfg.Folds, 2)
	hm := make([]*Model, folds)
	for k := range hm {
		var rest [][]Sentence
		for i, d := range docs {
			if i%folds != k {
				rest = append(rest, d)
			}
		}
		s := flat(rest)
		g, f := gazetteers(lists, s, cfg.Lower, cfg.Spans)
		if hm[k], err = trainGaz(ctx, cfg, g, f, nil, s, nil, nil); err != nil {
			return nil, err
		}
	}
	// first-pass labels and document statistics of every training sentence
	y1 := make([][]int, 0, len(train))
	stats := make([]docStats, 0, len(train))
	for i, d := range docs {
		words := make([][]string, len(d))
		for k, s := range d {
			words[k] = s.Words
		}
		sty := ""
		if len(d) > 0 {
			sty = d[0].style
		}
		stm, _, ys := hm[i%folds].WithStyle(sty).pass1(words)
		st := newDocStats(words, stm, ys)
		if cfg.DocTopic {
			st.topic = docTopic(words)
		}
		for range d {
			stats = append(stats, st)
		}
		y1 = append(y1, ys...)
	}
	extra := func(i int, stm []string, feats [][]uint32) {
		addDocFeatures(feats, train[i].Words, stm, y1[i], stats[i], cfg.DocTypes, cfg.Bits)
	}
	m2, err := trainGaz(ctx, cfg, all, flags, extra, train, nil, log)
	if err != nil {
		return nil, err
	}
	m2.gaz = nil
	m1.second = m2
	m1.docTypes = cfg.DocTypes
	m1.docTopic = cfg.DocTopic
	return m1, nil
}

// foldSize is the number of consecutive sentences in one jackknife block.
const foldSize = 100

// gazetteers returns the shipped gazetteer (the name lists plus the name
// words, and with spans the multi-word ORG and LOC names, of all training
// sentences) and the training-time flags: a training sentence sees only the
// name words (and spans) of the other half of the data (blocks of foldSize
// sentences alternate), so the model learns how far they can be trusted on
// unseen text.
func gazetteers(lists *Gazetteer, train []Sentence, lower, spans bool) (*Gazetteer, func(int, []string, []string) []uint32) {
	var half [2][]Sentence
	for i, s := range train {
		k := (i / foldSize) % 2
		half[k] = append(half[k], s)
	}
	var other [2]*Gazetteer
	for k := range other {
		other[k] = newGazetteer()
		other[k].merge(lists)
		other[k].merge(trainGazetteer(half[1-k], lower))
		if spans {
			other[k].merge(trainSpans(half[1-k]))
		}
	}
	all := newGazetteer()
	all.merge(lists)
	all.merge(trainGazetteer(train, lower))
	if spans {
		all.merge(trainSpans(train))
	}
	return all, func(i int, low, stm []string) []uint32 { return gazFlags(other[(i/foldSize)%2], low, stm) }
}

// Licence says under which terms each shipped model's training data is.
var Licence = map[string]string{
	"en": "CoNLL-2003 (Reuters RCV1): Reuters Corpus research agreement; research use only; dict_uk names/geo: CC BY-NC-SA 4.0; MUSE dictionaries: CC BY-NC 4.0; Wikidata name tokens (NETransliteration): CC0 1.0",
	"uk": "ner-uk v2.0: CC BY-NC-SA 4.0 (non-commercial); slavic-ner: no licence stated, research use; dict_uk names/geo: CC BY-NC-SA 4.0; lang-uk name_freq_dict: GPL-3.0; Wikidata name tokens: CC0 1.0",
	"ru": "NEREL: no licence stated (Wikinews texts CC BY 2.5), research use; factRuEval-2016 devset: MIT; slavic-ner: no licence stated, research use; dict_uk names/geo: CC BY-NC-SA 4.0; lang-uk name_freq_dict: GPL-3.0; names-translator ua2ru: MIT; Wikidata name tokens: CC0 1.0",
}
