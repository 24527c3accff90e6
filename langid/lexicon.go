package langid

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/pressclip/pressclip/internal/gzfile"
	"github.com/pressclip/pressclip/ner"
)

// Lexicon sources: ../shared text per language (training data only). The
// slavic-ner documents are its cross-topic TRAIN split.
var lexiconSources = []struct {
	lang    string
	iob     string   // CoNLL-style file under train/
	nerel   []string // NEREL archive parts
	slavic  bool     // slavic-ner cross-topic train documents
	sources string
}{
	{lang: "en", iob: "conll2003-en/eng.train.txt.gz", sources: "train/conll2003-en/eng.train.txt.gz"},
	{lang: "uk", iob: "ner-uk/iob/train.iob", slavic: true, sources: "train/ner-uk/iob/train.iob; eval/slavic-ner SPLIT_cross-topic_train.txt (uk)"},
	{lang: "ru", nerel: []string{"/train/", "/dev/"}, slavic: true, sources: "train/nerel-ru/nerel-v1.1-train-dev.tar.gz (train, dev); eval/slavic-ner SPLIT_cross-topic_train.txt (ru)"},
	{lang: "bg", slavic: true, sources: "eval/slavic-ner SPLIT_cross-topic_train.txt (bg)"},
	{lang: "cs", slavic: true, sources: "eval/slavic-ner SPLIT_cross-topic_train.txt (cs)"},
	{lang: "pl", slavic: true, sources: "eval/slavic-ner SPLIT_cross-topic_train.txt (pl)"},
	{lang: "sl", slavic: true, sources: "eval/slavic-ner SPLIT_cross-topic_train.txt (sl)"},
}

// LexiconTexts reads the training text of every language that has some in
// ../shared (root), one string per document. Documents whose index i has
// i%skipEvery == 0 are left out when skipEvery > 0 (a held-out part; see
// HeldOutTexts).
func LexiconTexts(ctx context.Context, root string, skipEvery int) (map[string][]string, error) {
	return lexiconDocs(ctx, root, func(i int) bool { return skipEvery <= 0 || i%skipEvery != 0 })
}

// HeldOutTexts returns the documents LexiconTexts(ctx, root, every) leaves
// out: per language, the documents whose index i in their source has
// i%every == 0.
func HeldOutTexts(ctx context.Context, root string, every int) (map[string][]string, error) {
	if every <= 0 {
		return nil, fmt.Errorf("langid: held-out part of every %d documents", every)
	}
	return lexiconDocs(ctx, root, func(i int) bool { return i%every == 0 })
}

// lexiconDocs reads the documents i of every source for which keep(i).
func lexiconDocs(ctx context.Context, root string, keep func(i int) bool) (map[string][]string, error) {
	out := map[string][]string{}
	for _, s := range lexiconSources {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var docs []string
		if s.iob != "" {
			ds, err := ner.ReadIOBDocs(filepath.Join(root, "train", s.iob))
			if err != nil {
				return nil, fmt.Errorf("langid lexicon %s: %w", s.lang, err)
			}
			for i, d := range ds {
				if !keep(i) {
					continue
				}
				var b strings.Builder
				for _, st := range d {
					b.WriteString(strings.Join(st.Words, " "))
					b.WriteByte('\n')
				}
				docs = append(docs, b.String())
			}
		}
		if s.nerel != nil {
			ds, err := ner.ReadTarBrat(filepath.Join(root, "train/nerel-ru/nerel-v1.1-train-dev.tar.gz"), s.nerel, ner.NERELType)
			if err != nil {
				return nil, fmt.Errorf("langid lexicon %s: %w", s.lang, err)
			}
			for i, d := range ds {
				if keep(i) {
					docs = append(docs, d.Text)
				}
			}
		}
		if s.slavic {
			ds, err := ner.ReadSlavic(filepath.Join(root, "eval/slavic-ner"), "SPLIT_cross-topic_train.txt", s.lang)
			if err != nil {
				return nil, fmt.Errorf("langid lexicon %s: %w", s.lang, err)
			}
			for i, d := range ds {
				if keep(i) {
					docs = append(docs, d.Text)
				}
			}
		}
		out[s.lang] = docs
	}
	return out, nil
}

// LexiconData lists the sources LexiconTexts reads, for the recipe.
func LexiconData() []string {
	var out []string
	for _, s := range lexiconSources {
		out = append(out, s.lang+": "+s.sources)
	}
	return out
}

// eachWord calls f with every word of text: a maximal run of letters (of
// any script; combining marks inside a word are skipped), lower-cased.
func eachWord(text string, f func(w []rune)) {
	var w []rune
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			w = append(w, unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r) && len(w) > 0:
		default:
			if len(w) > 0 {
				f(w)
				w = w[:0]
			}
		}
	}
	if len(w) > 0 {
		f(w)
	}
}

// museFiles are the MUSE bilingual dictionaries (train/muse-dict-uk-ru-en,
// lines "TARGET @ SOURCE") whose words of a language widen its lexicon: for
// each language, the file and the side of the line its words are on.
var museFiles = map[string][]struct {
	file string
	left bool
}{
	"uk": {{"uk-en.dict.gz", false}, {"en-uk.dict.gz", true}},
	"ru": {{"ru-en.dict.gz", false}, {"en-ru.dict.gz", true}},
}

// MuseData names the MUSE words training adds, for the recipe.
const MuseData = "uk, ru: train/muse-dict-uk-ru-en/{uk-en,en-uk,ru-en,en-ru}.dict.gz (MUSE dictionary words a lexicon lacks, each as if seen once in the larger of the uk and ru texts)"

// museWords reads the words of lang in the MUSE dictionaries under root
// (the ../shared root): lower-case words of the language's script whose
// letters its alphabet has.
func museWords(root, lang string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, f := range museFiles[lang] {
		b, err := gzfile.Read(filepath.Join(root, "train/muse-dict-uk-ru-en", f.file))
		if err != nil {
			return nil, fmt.Errorf("langid muse %s: %w", lang, err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			l, r, ok := strings.Cut(line, " @ ")
			if !ok {
				continue
			}
			w := strings.TrimSpace(r)
			if f.left {
				w = strings.TrimSpace(l)
			}
			w = strings.ToLower(w)
			good := w != ""
			for _, c := range w {
				if !unicode.Is(unicode.Cyrillic, c) || !unicode.IsLetter(c) || strings.ContainsRune(notInAlphabet[lang], c) {
					good = false
					break
				}
			}
			if good {
				out[w] = true
			}
		}
	}
	return out, nil
}

// addMuse adds to each language's lexicon the MUSE words it lacks, each
// with the cost of a word seen museCount times in the larger of the uk and
// ru training texts (totals: words per language). One cost for both: a
// dictionary word is no likelier in the language with less text (the uk
// text has about half the ru text's words, so seen once there would cost
// about ln 2 less, which on dev sent more Russian words to Ukrainian).
func addMuse(lexicon map[string]map[string]uint8, totals map[string]int, root string, museCount float64) error {
	most := 0
	for lang := range museFiles {
		most = max(most, totals[lang])
	}
	for lang := range museFiles {
		if lexicon[lang] == nil || totals[lang] == 0 {
			continue
		}
		words, err := museWords(root, lang)
		if err != nil {
			return err
		}
		c := quantise(museCount / float64(most))
		for w := range words {
			if _, ok := lexicon[lang][w]; !ok {
				lexicon[lang][w] = c
			}
		}
	}
	return nil
}

// buildLexicon counts the words of each language's texts and keeps the
// keep most frequent (seen at least minCount times) with -ln of their
// relative frequency, quantised.
func buildLexicon(texts map[string][]string, keep, minCount int) (map[string]map[string]uint8, map[string]int) {
	out := map[string]map[string]uint8{}
	totals := map[string]int{}
	for lang, docs := range texts {
		counts := map[string]int{}
		total := 0
		for _, d := range docs {
			eachWord(d, func(w []rune) {
				counts[string(w)]++
				total++
			})
		}
		words := make([]string, 0, len(counts))
		for w, c := range counts {
			if c >= minCount {
				words = append(words, w)
			}
		}
		sort.Slice(words, func(a, b int) bool {
			if counts[words[a]] != counts[words[b]] {
				return counts[words[a]] > counts[words[b]]
			}
			return words[a] < words[b]
		})
		if len(words) > keep {
			words = words[:keep]
		}
		m := map[string]uint8{}
		for _, w := range words {
			m[w] = quantise(float64(counts[w]) / float64(total))
		}
		out[lang] = m
		totals[lang] = total
	}
	return out, totals
}

// wordHash is FNV-1a over a lower-cased word's runes.
func wordHash(h uint64, r rune) uint64 {
	h ^= uint64(r)
	h *= 1099511628211
	return h
}

const wordHashSeed = 14695981039346656037
