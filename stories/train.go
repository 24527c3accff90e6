package stories

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// TrainData names the inputs of Train.
type TrainData struct {
	Train string // ../shared/train
	Eval  string // ../shared/eval (only slavic-ner's cross-topic TRAIN split is read)
}

// Sources lists the data a model is trained on, for its recipe.
func (TrainData) Sources() []string {
	return []string{
		"train/muse-dict-uk-ru-en/uk-en.dict.gz", "train/muse-dict-uk-ru-en/ru-en.dict.gz",
		"train/conll2003-en/eng.train.txt.gz", "train/ner-uk/train-brat/*.txt",
		"eval/slavic-ner SPLIT_cross-topic_train.txt (uk, ru pages)",
	}
}

// minDF drops background terms seen in fewer documents: they would get the
// same weight as unseen terms anyway.
const minDF = 3

// Train builds the model: the Cyrillic→English stem map from the MUSE
// dictionaries, then background document frequencies over the training texts.
// It is deterministic: every map is read in sorted order.
func Train(ctx context.Context, td TrainData) (*Model, error) {
	m := &Model{xling: map[string]string{}, df: map[string]uint32{}}
	pairs := map[string]map[string]int{}
	for _, f := range []string{"uk-en.dict.gz", "ru-en.dict.gz"} {
		err := gzLines(filepath.Join(td.Train, "muse-dict-uk-ru-en", f), func(line string) {
			tgt, src, ok := strings.Cut(line, " @ ")
			if !ok || !isCyrillic(src) || isCyrillic(tgt) || !allLetters(src) || !allLetters(tgt) {
				return
			}
			k, v := stem(src), stem(tgt)
			if pairs[k] == nil {
				pairs[k] = map[string]int{}
			}
			pairs[k][v]++
		})
		if err != nil {
			return nil, fmt.Errorf("stories: dictionary: %w", err)
		}
	}
	for _, k := range sortedKeys(pairs) {
		best, n := "", 0
		for _, v := range sortedKeys(pairs[k]) {
			if pairs[k][v] > n {
				best, n = v, pairs[k][v]
			}
		}
		m.xling[k] = best
	}

	df := map[string]int{}
	addDoc := func(text string) {
		seen := map[string]bool{}
		words(text, func(w string) {
			if len([]rune(w)) < 3 {
				return
			}
			seen[m.term(w)] = true
		})
		nameKeys(text, func(k string) { seen[k] = true })
		wordKeys(text, func(k string) { seen[k] = true })
		for t := range seen {
			df[t]++
		}
		m.n++
	}
	if err := conllDocs(filepath.Join(td.Train, "conll2003-en", "eng.train.txt.gz"), addDoc); err != nil {
		return nil, fmt.Errorf("stories: conll: %w", err)
	}
	txts, err := filepath.Glob(filepath.Join(td.Train, "ner-uk", "train-brat", "*.txt"))
	if err != nil || len(txts) == 0 {
		return nil, fmt.Errorf("stories: no ner-uk texts under %s", td.Train)
	}
	sort.Strings(txts)
	for _, p := range txts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		addDoc(string(b))
	}
	if err := slavicTrainDocs(td.Eval, []string{"uk", "ru"}, addDoc); err != nil {
		return nil, fmt.Errorf("stories: slavic-ner: %w", err)
	}
	for t, n := range df {
		if n >= minDF {
			m.df[t] = uint32(n)
		}
	}
	return m, nil
}

func allLetters(s string) bool {
	n := 0
	words(s, func(w string) { n++ })
	return n == 1 && !strings.ContainsAny(s, " -'’0123456789")
}

func gzLines(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}

// conllDocs calls fn with the text of every -DOCSTART- document.
func conllDocs(path string, fn func(string)) error {
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			fn(b.String())
			b.Reset()
		}
	}
	err := gzLines(path, func(line string) {
		if strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			return
		}
		if w, _, ok := strings.Cut(line, " "); ok {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	})
	flush()
	return err
}

// slavicTrainDocs calls fn with the raw text of every slavic-ner page on the
// cross-topic TRAIN list in one of langs.
func slavicTrainDocs(evalDir string, langs []string, fn func(string)) error {
	list, err := os.ReadFile(filepath.Join(evalDir, "slavic-ner", "SPLIT_cross-topic_train.txt"))
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, p := range strings.Fields(string(list)) {
		for _, l := range langs {
			if strings.Contains(p, "/"+l+"/") {
				want[p] = true
			}
		}
	}
	texts := map[string]string{}
	err = SlavicTar(evalDir, func(name string, body []byte) {
		if want[name] {
			texts[name] = string(body)
		}
	})
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return errors.New("no training pages found")
	}
	for _, k := range sortedKeys(texts) {
		fn(texts[k])
	}
	return nil
}

// SlavicTar calls fn for every raw/ text file of the slavic-ner tarball, with
// its path as the SPLIT lists write it (raw/<topic>/<lang>/<file>.txt).
func SlavicTar(evalDir string, fn func(name string, body []byte)) error {
	f, err := os.Open(filepath.Join(evalDir, "slavic-ner", "slavicner-raw-ner.tar.gz"))
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg || !strings.HasPrefix(h.Name, "raw/") || !strings.HasSuffix(h.Name, ".txt") {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		fn(h.Name, b)
	}
}
