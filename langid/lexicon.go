package langid

import (
	"context"
	"fmt"
	"math/bits"
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
const MuseData = "uk, ru: train/muse-dict-uk-ru-en/{uk-en,en-uk,ru-en,en-ru}.dict.gz (MUSE dictionary words a lexicon lacks, each at least as if seen once in the larger of the uk and ru texts; the frequency rank of a word in uk-en/ru-en, weighted a quarter, mixed into its counted frequency)"

// museWords reads the words of lang in the MUSE dictionaries under root
// (the ../shared root): lower-case words of the language's script whose
// letters its alphabet has, each with its frequency rank, 1 for the
// commonest: MUSE lists a dictionary's source words in the order of their
// frequency in Wikipedia (uk-en.dict starts "від, для, також, про, його"),
// so the order in which the language's own dictionary (lang-en) first
// names a word ranks it. Words only the en-lang dictionary names rank 0.
func museWords(root, lang string) (map[string]int, error) {
	out := map[string]int{}
	ranked := 0
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
			if !good {
				continue
			}
			if _, seen := out[w]; seen {
				continue
			}
			out[w] = 0
			if !f.left {
				ranked++
				out[w] = ranked
			}
		}
	}
	return out, nil
}

// rankFrequency estimates the frequency of a MUSE word of rank k from a
// language's training text (counts of its words, total words): the mean
// frequency the text gives the dictionary's words whose ranks share k's
// power of two, seen there or not (0 for rank 0 or an empty bin).
func rankFrequency(words map[string]int, counts map[string]int, total int) func(k int) float64 {
	var sum, n []float64
	for w, k := range words {
		if k <= 0 {
			continue
		}
		b := bits.Len(uint(k))
		for len(sum) <= b {
			sum, n = append(sum, 0), append(n, 0)
		}
		sum[b] += float64(counts[w])
		n[b]++
	}
	return func(k int) float64 {
		b := bits.Len(uint(k))
		if k <= 0 || b >= len(sum) || n[b] == 0 || total == 0 {
			return 0
		}
		return sum[b] / n[b] / float64(total)
	}
}

// addMuse widens the uk and ru lexicons with the MUSE dictionaries.
// totals are the words of each language's training text and counts each
// word's count there. A word of the language's own dictionary (rank k > 0)
// gets (1-rankWeight) times its frequency in the text plus rankWeight times
// its rank's (rankFrequency): Wikipedia's word order is a second opinion
// on the small news texts, whose topics skew their counts. A word the
// lexicon lacks costs at most what a word seen museCount times in the
// larger of the uk and ru texts costs; one floor for both languages: a
// dictionary word is no likelier in the language with less text (the uk
// text has about half the ru text's words, so seen once there would cost
// about ln 2 less, which on dev sent more Russian words to Ukrainian).
func addMuse(lexicon map[string]map[string]uint8, counts map[string]map[string]int, totals map[string]int, root string, museCount, rankWeight float64) error {
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
		freq := rankFrequency(words, counts[lang], totals[lang])
		floor := museCount / float64(most)
		for w, k := range words {
			_, listed := lexicon[lang][w]
			p := 0.0
			if k > 0 && rankWeight > 0 {
				p = (1-rankWeight)*float64(counts[lang][w])/float64(totals[lang]) + rankWeight*freq(k)
			}
			if !listed {
				p = max(p, floor)
			}
			if p > 0 {
				lexicon[lang][w] = quantise(p)
			}
		}
	}
	return nil
}

// buildLexicon counts the words of each language's texts and keeps the
// keep most frequent (seen at least minCount times) with -ln of their
// relative frequency, quantised.
func buildLexicon(texts map[string][]string, keep, minCount int) (map[string]map[string]uint8, map[string]map[string]int, map[string]int) {
	out := map[string]map[string]uint8{}
	all := map[string]map[string]int{}
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
		all[lang] = counts
		totals[lang] = total
	}
	return out, all, totals
}

// wordHash is FNV-1a over a lower-cased word's runes.
func wordHash(h uint64, r rune) uint64 {
	h ^= uint64(r)
	h *= 1099511628211
	return h
}

const wordHashSeed = 14695981039346656037
