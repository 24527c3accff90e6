package langideval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/langid"
	"github.com/pressclip/pressclip/ner"
)

// DevHoldout is the share of training documents the dev model does not
// read: every DevHoldout-th document of each of the lexicon's sources.
const DevHoldout = 5

// devCap bounds the lines of one dev set (evenly spaced over its lines).
const devCap = 4000

// DevSet is one language's dev text cut the way Lingua cut its test data.
type DevSet struct {
	Name, Lang string
	Kinds      map[string][]string // Kinds[i].Dir → lines
}

// RunDev scores language identification on training-side text only: a
// model is trained as the shipped one (langid.ShippedConfig) but without
// every DevHoldout-th document of each word-frequency source, and it is
// scored on those held-out documents and on factRuEval's devset (news text
// no model reads), cut into sentences, word pairs and single words as
// Lingua cut its test data. LANGIDEVAL_ERRORS=1 logs every miss.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	dir, err := langid.LinguaDir()
	if err != nil {
		return nil, err
	}
	root := filepath.Dir(o.Train)
	cfg := langid.ShippedConfig(dir, root)
	cfg.SkipEvery = DevHoldout
	m, err := langid.Train(ctx, cfg)
	if err != nil {
		return nil, err
	}
	sets, err := DevSets(ctx, o)
	if err != nil {
		return nil, err
	}
	return ScoreDev(m, langid.DefaultPrior(), sets, o, os.Getenv("LANGIDEVAL_ERRORS") != ""), nil
}

// DevSets reads the dev text: the documents langid.HeldOutTexts holds out
// at DevHoldout, and factRuEval's devset (ru).
func DevSets(ctx context.Context, o eval.Options) ([]DevSet, error) {
	held, err := langid.HeldOutTexts(ctx, filepath.Dir(o.Train), DevHoldout)
	if err != nil {
		return nil, err
	}
	var langs []string
	for l := range held {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var out []DevSet
	for _, l := range langs {
		out = append(out, CutDev("held-out", l, held[l]))
	}
	fre, err := ner.ReadFactRuEval(o.TrainPath("factrueval-2016", "devset"))
	if err != nil {
		return nil, err
	}
	var docs []string
	for _, d := range fre {
		docs = append(docs, d.Text)
	}
	out = append(out, CutDev("factrueval-dev", "ru", docs))
	return out, nil
}

var (
	sentenceEnd = regexp.MustCompile(`([.!?…]+["»”)]*)\s+(["«„“(—–-]?\s*\p{Lu})`)
	punctRe     = regexp.MustCompile(`\p{P}`)
	numberRe    = regexp.MustCompile(`\p{N}`)
	spaceRe     = regexp.MustCompile(`\s+`)
)

// CutDev cuts documents into Lingua-style test lines: sentences (at least
// four words, quotes removed), the single words of those sentences
// (lower-cased, punctuation and digits removed, at least five letters, all
// of the language's script) and word pairs (consecutive single words,
// without overlap).
func CutDev(name, lang string, docs []string) DevSet {
	script := unicode.Latin
	if lang == "uk" || lang == "ru" || lang == "bg" || lang == "be" || lang == "mk" || lang == "sr" || lang == "kk" {
		script = unicode.Cyrillic
	}
	var sents, words []string
	for _, d := range docs {
		for _, line := range strings.Split(d, "\n") {
			line = sentenceEnd.ReplaceAllString(line, "$1\n$2")
			for _, s := range strings.Split(line, "\n") {
				s = strings.TrimSpace(spaceRe.ReplaceAllString(strings.ReplaceAll(s, `"`, ""), " "))
				if len(strings.Fields(s)) < 4 {
					continue
				}
				sents = append(sents, s)
				s = punctRe.ReplaceAllString(s, "")
				s = numberRe.ReplaceAllString(s, "")
				for _, w := range strings.Fields(s) {
					w = strings.ToLower(w)
					n, ok := 0, true
					for _, r := range w {
						if !unicode.Is(script, r) || !unicode.IsLetter(r) {
							ok = false
							break
						}
						n++
					}
					if ok && n >= 5 {
						words = append(words, w)
					}
				}
			}
		}
	}
	var pairs []string
	for i := 0; i+1 < len(words); i += 2 {
		pairs = append(pairs, words[i]+" "+words[i+1])
	}
	return DevSet{Name: name, Lang: lang, Kinds: map[string][]string{
		"sentences": spread(sents, devCap), "word-pairs": spread(pairs, devCap), "single-words": spread(words, devCap),
	}}
}

// spread keeps at most n lines, evenly spaced.
func spread(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	out := make([]string, n)
	for i := range out {
		out[i] = lines[i*len(lines)/n]
	}
	return out
}

// ScoreDev scores model m with prior on the dev sets: accuracy per set,
// language and kind, the uk/ru confusions, and per kind the macro accuracy
// over the held-out languages.
func ScoreDev(m *langid.Model, prior map[string]float64, sets []DevSet, o eval.Options, logErrors bool) *eval.Report {
	id := langid.NewWith(m, prior)
	rep := &eval.Report{}
	for _, k := range Kinds {
		var sum float64
		var n int
		for _, s := range sets {
			lines := s.Kinds[k.Dir]
			if len(lines) == 0 {
				continue
			}
			right := 0
			wrong := map[string]int{}
			for _, t := range lines {
				g, c := id.Detect(t)
				if g == s.Lang {
					right++
					continue
				}
				wrong[g]++
				if logErrors {
					o.Logf("%s %s %s→%s %.2f\t%s", s.Name, k.Dir, s.Lang, g, c, t)
				}
			}
			ds := fmt.Sprintf("dev %s %s", s.Name, k.Dir)
			acc := 100 * float64(right) / float64(len(lines))
			rep.Add(ds, fmt.Sprintf("%s accuracy %% (%d lines)", s.Lang, len(lines)), acc)
			if s.Name == "held-out" {
				sum += acc
				n++
			}
			for _, to := range []string{"uk", "ru"} {
				if to != s.Lang && (s.Lang == "uk" || s.Lang == "ru") {
					rep.Add(ds, s.Lang+"→"+to+" errors %", 100*float64(wrong[to])/float64(len(lines)))
				}
			}
		}
		if n > 0 {
			rep.Add("dev held-out "+k.Dir, fmt.Sprintf("macro accuracy %% (%d languages)", n), sum/float64(n))
		}
	}
	return rep
}
