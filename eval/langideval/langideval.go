// Package langideval scores language identification on Lingua's test data
// (langid-lingua: 1,000 sentences, word pairs and single words per
// language): accuracy per language and input length, the confusions among
// the Cyrillic languages, and throughput, beside the figures of Lingua's own
// high-accuracy reports. The shipped identifier holds en, uk and ru likelier
// a priori (langid.DefaultPrior); rows marked "uniform prior" score the same
// model with every language equally likely.
package langideval

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/internal/gzfile"
	"github.com/pressclip/pressclip/langid"
)

// Dataset is the folder under the evaluation root.
const Dataset = "langid-lingua"

// Languages are the languages scored, with the names Lingua's reports use.
var Languages = []struct{ Code, Name string }{
	{"en", "English"}, {"uk", "Ukrainian"}, {"ru", "Russian"}, {"be", "Belarusian"},
	{"bg", "Bulgarian"}, {"mk", "Macedonian"}, {"sr", "Serbian"}, {"kk", "Kazakh"},
	{"pl", "Polish"}, {"cs", "Czech"}, {"de", "German"}, {"fr", "French"},
}

// cyrillic are the languages whose mutual confusions are reported.
var cyrillic = []string{"uk", "ru", "be", "bg", "mk", "sr"}

// Kinds are the input lengths: the folder and the heading of Lingua's report.
var Kinds = []struct{ Dir, Report string }{
	{"sentences", "sentences"}, {"word-pairs", "word pairs"}, {"single-words", "single words"},
}

const anchorName = "Lingua high, 75 languages (its report)"

// Report is Lingua's published figure for one language and input kind.
type Report struct {
	Accuracy float64            // percent
	Errors   map[string]float64 // language name → percent classified as it
}

var (
	headRe  = regexp.MustCompile(`^>> Detection of \d+ (.+?) \(`)
	accRe   = regexp.MustCompile(`^Accuracy: ([0-9.]+)%`)
	errRe   = regexp.MustCompile(`([A-Z][A-Za-z ]+): ([0-9.]+)%`)
	errHead = "Erroneously classified as "
)

// ParseReport reads one of Lingua's accuracy-report files into kind
// ("sentences", "word pairs", "single words") → figures.
func ParseReport(text string) map[string]Report {
	out := map[string]Report{}
	kind := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if m := headRe.FindStringSubmatch(line); m != nil {
			kind = m[1]
			out[kind] = Report{Errors: map[string]float64{}}
			continue
		}
		if kind == "" {
			continue
		}
		r := out[kind]
		if m := accRe.FindStringSubmatch(line); m != nil {
			r.Accuracy, _ = strconv.ParseFloat(m[1], 64)
		}
		if rest, ok := strings.CutPrefix(line, errHead); ok {
			for _, m := range errRe.FindAllStringSubmatch(rest, -1) {
				r.Errors[m[1]], _ = strconv.ParseFloat(m[2], 64)
			}
		}
		out[kind] = r
	}
	return out
}

// Run scores the shipped identifier.
func Run(ctx context.Context, o eval.Options) (*eval.Report, error) {
	root := o.Path(Dataset)
	if err := eval.RequireDir(root); err != nil {
		return nil, err
	}
	id, err := langid.New()
	if err != nil {
		return nil, err
	}
	m, err := langid.Shipped()
	if err != nil {
		return nil, err
	}
	uniform := langid.NewWith(m, nil) // every language equally likely a priori
	names := map[string]string{}
	reports := map[string]map[string]Report{}
	for _, l := range Languages {
		names[l.Code] = l.Name
		b, err := os.ReadFile(filepath.Join(root, "accuracy-reports-lingua-high", l.Name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("lingua report: %w", err)
		}
		reports[l.Code] = ParseReport(string(b))
	}
	rep := &eval.Report{}
	var lines, bytes int
	var spent time.Duration
	for _, k := range Kinds {
		var sum, anchorSum, uniSum float64
		var uniRows []eval.Result
		confusion := map[[2]string]int{}
		totals := map[string]int{}
		for _, l := range Languages {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			texts, err := readLines(filepath.Join(root, k.Dir, l.Code+".txt.gz"))
			if err != nil {
				return nil, err
			}
			start := time.Now()
			got := make([]string, len(texts))
			for i, t := range texts {
				got[i], _ = id.Detect(t)
			}
			spent += time.Since(start)
			right := 0
			for i, g := range got {
				lines++
				bytes += len(texts[i])
				if g == l.Code {
					right++
				} else {
					confusion[[2]string{l.Code, g}]++
				}
			}
			uniRight := 0
			for _, t := range texts {
				if g, _ := uniform.Detect(t); g == l.Code {
					uniRight++
				}
			}
			uniAcc := 100 * float64(uniRight) / float64(max(1, len(texts)))
			uniSum += uniAcc
			if l.Code == "en" || l.Code == "uk" || l.Code == "ru" {
				uniRows = append(uniRows, eval.Result{Dataset: Dataset + " " + k.Dir, Metric: l.Code + " accuracy %, uniform prior", Value: uniAcc})
			}
			totals[l.Code] = len(texts)
			acc := 100 * float64(right) / float64(max(1, len(texts)))
			anchor := reports[l.Code][k.Report]
			rep.AddAnchored(Dataset+" "+k.Dir, l.Code+" accuracy %", acc, anchor.Accuracy, anchorName)
			sum += acc
			anchorSum += anchor.Accuracy
			o.Logf("langid %s %s: %.1f%% (Lingua %.1f%%)", k.Dir, l.Code, acc, anchor.Accuracy)
		}
		n := float64(len(Languages))
		rep.AddAnchored(Dataset+" "+k.Dir, fmt.Sprintf("macro accuracy %% (%d languages)", len(Languages)), sum/n, anchorSum/n, anchorName)
		for _, r := range uniRows {
			rep.Add(r.Dataset, r.Metric, r.Value)
		}
		rep.AddAnchored(Dataset+" "+k.Dir, fmt.Sprintf("macro accuracy %% (%d languages), uniform prior", len(Languages)), uniSum/n, anchorSum/n, anchorName)
		for _, from := range cyrillic {
			for _, to := range cyrillic {
				if from == to {
					continue
				}
				pct := 100 * float64(confusion[[2]string{from, to}]) / float64(max(1, totals[from]))
				anchor := reports[from][k.Report].Errors[names[to]]
				// every uk/ru pair; other pairs where either tool errs ≥ 1%
				if (from == "uk" && to == "ru") || (from == "ru" && to == "uk") || pct >= 1 || anchor >= 1 {
					rep.AddAnchored(Dataset+" "+k.Dir, from+"→"+to+" errors %", pct, anchor, anchorName)
				}
			}
		}
		und := 0
		for key, c := range confusion {
			if key[1] == langid.Und {
				und += c
			}
		}
		rep.Add(Dataset+" "+k.Dir, "und %", 100*float64(und)/float64(len(Languages)*1000))
	}
	if spent > 0 {
		rep.Add(Dataset+" all", "lines/s (1 goroutine)", float64(lines)/spent.Seconds())
		rep.Add(Dataset+" all", "MB/s (1 goroutine)", float64(bytes)/1e6/spent.Seconds())
	}
	return rep, nil
}

func readLines(path string) ([]string, error) {
	raw, err := gzfile.Read(path)
	if err != nil {
		return nil, err
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		if t := strings.TrimSpace(sc.Text()); t != "" {
			out = append(out, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
