package extracteval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/modcache"
)

// halves names the parts of trafilatura-eval that extract-dev reports:
// all pages, then the even and the odd ones in URL order, so that a rule
// chosen on one half can be checked on the other.
var halves = [3]string{"all", "even half", "odd half"}

// RunDev is `pressclip eval extract-dev`: the tuning report on the sets the
// issue lets us tune on, trafilatura-eval (HTML and text dumps, in halves)
// and cleaneval-final, for pressclip and for go-trafilatura alone
// (extract.Options.TrafilaturaOnly); then the out-of-sample pages found in
// the Go module cache: dates on go-htmldate's mediacloud pages,
// go-trafilatura's comparison pages outside the eval sets (HTML and, with
// w3m, text dumps) and go-readability's test pages (outside.go). Of
// article-extraction-benchmark it reads only the URLs, to leave its pages
// out. With o.Misses each page pressclip gets wrong is written to that
// file.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	misses, err := o.CreateMisses()
	if err != nil {
		return nil, err
	}
	defer misses.Close()
	rep := &eval.Report{}
	if err := devHTMLRows(ctx, o, rep, misses); err != nil {
		return nil, err
	}
	if err := devCleanEvalRows(ctx, o, rep); err != nil {
		return nil, err
	}
	if err := devDumpRows(ctx, o, rep, misses); err != nil {
		return nil, fmt.Errorf("text dumps: %w", err)
	}
	if err := devMediacloudRows(ctx, o, rep, misses); err != nil {
		return nil, fmt.Errorf("mediacloud: %w", err)
	}
	if err := devTrafComparisonRows(ctx, o, rep, misses); err != nil {
		return nil, fmt.Errorf("go-trafilatura comparison pages: %w", err)
	}
	if err := devReadabilityRows(ctx, o, rep, misses); err != nil {
		return nil, fmt.Errorf("go-readability test pages: %w", err)
	}
	return rep, nil
}

// devVariants are the extractors extract-dev compares: the shipped one and
// go-trafilatura's body alone.
var devVariants = []struct {
	name string
	opts extract.Options
}{
	{"pressclip", extract.Options{}},
	{"trafilatura-only", extract.Options{TrafilaturaOnly: true}},
}

func devHTMLRows(ctx context.Context, o eval.Options, rep *eval.Report, misses io.Writer) error {
	for _, v := range devVariants {
		opts := v.opts
		var stated, shown string
		var guessed bool
		shipped := v.name == "pressclip"
		if shipped {
			opts.DateTrace = func(s string, g bool, sh string) { stated, guessed, shown = s, g, sh }
		}
		ex, err := extract.NewWithOptions(opts)
		if err != nil {
			return err
		}
		run := ours(ex)
		var sc [3]trafScore
		err = trafPages(ctx, o, func(k int, d evaldata.TrafDoc, raw []byte) {
			out := run(ctx, raw)
			before := sc[0].body
			for _, h := range []int{0, 1 + k%2} {
				sc[h].add(d, out)
			}
			if shipped {
				logHTMLMisses(misses, k, d, out, before, sc[0].body, stated, guessed, shown)
			}
		})
		if err != nil {
			return err
		}
		for h, s := range sc {
			s.rows(rep, fmt.Sprintf("trafilatura-eval HTML, %s, %s", halves[h], v.name), true)
		}
	}
	return nil
}

// logSnippets writes the page's gold snippets the body misses (MISS) and
// its boilerplate snippets the body keeps (JUNK).
func logSnippets(w io.Writer, d evaldata.TrafDoc, body string) {
	body = normSpace(body)
	for _, s := range d.With {
		if !strings.Contains(body, normSpace(s)) {
			fmt.Fprintf(w, "  MISS %q\n", s)
		}
	}
	for _, s := range d.Without {
		if strings.Contains(body, normSpace(s)) {
			fmt.Fprintf(w, "  JUNK %q\n", s)
		}
	}
}

// rows adds s's figures under dataset ds; precision and recall only when pr.
func (s *trafScore) rows(rep *eval.Report, ds string, pr bool) {
	rep.Add(ds, "F1 (with/without snippets)", s.body.PRF().F1())
	if pr {
		rep.Add(ds, "precision", s.body.PRF().Precision())
		rep.Add(ds, "recall", s.body.PRF().Recall())
	}
	rep.Add(ds, fmt.Sprintf("title exact (n=%d)", s.title.N), s.title.Accuracy())
	rep.Add(ds, fmt.Sprintf("author exact (n=%d)", s.author.N), s.author.Accuracy())
	rep.Add(ds, fmt.Sprintf("date exact (n=%d)", s.date.N), s.date.Accuracy())
}

// logHTMLMisses writes what the shipped extractor got wrong on one page:
// the snippets behind new body errors (before → after), the title, the
// authors, and the date with the stated date, whether go-trafilatura
// guessed it, and the date shown near the headline.
func logHTMLMisses(w io.Writer, k int, d evaldata.TrafDoc, out output, before, after SnippetScore, stated string, guessed bool, shown string) {
	if after.FP > before.FP || after.FN > before.FN {
		fmt.Fprintf(w, "BODY %d %s %s FP+%d FN+%d\n", k%2, d.File, d.URL, after.FP-before.FP, after.FN-before.FN)
		logSnippets(w, d, out.body)
	}
	if d.Title != nil && !titleMatch(string(*d.Title), out.title) {
		fmt.Fprintf(w, "TITLE %d %s: gold %q got %q\n", k%2, d.File, string(*d.Title), out.title)
	}
	if d.Author != nil && !authorMatch(string(*d.Author), out.authors) {
		fmt.Fprintf(w, "AUTHOR %d %s: gold %q got %q\n", k%2, d.File, string(*d.Author), out.authors)
	}
	if d.Date != nil && !dateMatch(string(*d.Date), out.date) {
		fmt.Fprintf(w, "DATE %d %s: gold %q got %q stated %q guessed %v shown %q\n", k%2, d.File, string(*d.Date), out.date, stated, guessed, shown)
	}
}

func devCleanEvalRows(ctx context.Context, o eval.Options, rep *eval.Report) error {
	for _, v := range devVariants {
		ex, err := extract.NewWithOptions(v.opts)
		if err != nil {
			return err
		}
		run := ours(ex)
		var c CleanEvalScore
		err = cleanEvalPages(ctx, o, func(_, gold string, raw []byte) {
			c.Add(gold, run(ctx, raw).body)
		})
		if err != nil {
			return err
		}
		ds := "cleaneval-final, " + v.name
		rep.Add(ds, fmt.Sprintf("F1 (token LCS, n=%d)", c.N), c.Sum.F1())
		rep.Add(ds, "precision", c.Sum.Precision())
		rep.Add(ds, "recall", c.Sum.Recall())
		rep.Add(ds, "F1 per page, mean", c.MacroF1())
	}
	return nil
}

// devDumpRows scores package dump on trafilatura-eval's text dumps in
// halves, and counts the title misses whose gold title is a whole line of
// the dump (the most a line-picking rule could get right).
func devDumpRows(ctx context.Context, o eval.Options, rep *eval.Report, misses io.Writer) error {
	var sc [3]trafScore
	asLine := 0
	err := trafDumps(ctx, o, func(k int, d evaldata.TrafDoc, base, text string) {
		r := dump.Extract(text)
		out := dumpOutput(text, r)
		before := sc[0].body
		for _, h := range []int{0, 1 + k%2} {
			sc[h].add(d, out)
		}
		if after := sc[0].body; after.FP > before.FP || after.FN > before.FN {
			fmt.Fprintf(misses, "DUMPBODY %d %s FP+%d FN+%d\n", k%2, base, after.FP-before.FP, after.FN-before.FN)
			logSnippets(misses, d, out.body)
		}
		if d.Title != nil && !titleMatch(string(*d.Title), r.Title) {
			line := false
			for _, l := range strings.Split(text, "\n") {
				if evaldata.NormMeta(l) == evaldata.NormMeta(string(*d.Title)) {
					line = true
				}
			}
			if line {
				asLine++
			}
			fmt.Fprintf(misses, "DUMPTITLE %d %s line=%v: gold %q got %q\n", k%2, base, line, string(*d.Title), r.Title)
		}
		if d.Date != nil && !dateMatch(string(*d.Date), r.Published) {
			fmt.Fprintf(misses, "DUMPDATE %d %s: gold %q got %q\n", k%2, base, string(*d.Date), r.Published)
		}
	})
	if err != nil {
		return err
	}
	for h, s := range sc {
		s.rows(rep, "trafilatura-eval text dumps, "+halves[h], true)
	}
	rep.Add("trafilatura-eval text dumps, all", "title misses whose gold is a whole line", float64(asLine))
	return nil
}

// htmldateVersion is the go-htmldate release whose mediacloud pages
// extract-dev scores dates on.
const htmldateVersion = "v1.9.1"

var reMediacloud = regexp.MustCompile(`File:\s*"([^"]+)",\s*Date:\s*"([^"]*)"`)

// devMediacloudRows scores HTML dates on go-htmldate's test-files/mediacloud
// pages (news pages in many languages with teaser lists, where a date shown
// near the headline must not be a teaser's; gold from
// scripts/comparison/data-mediacloud.go, "nan" read as no date), read from
// the Go module cache; without them it logs so and adds no rows.
func devMediacloudRows(ctx context.Context, o eval.Options, rep *eval.Report, misses io.Writer) error {
	dir, err := modcache.Dir("github.com/markusmobius/go-htmldate@" + htmldateVersion)
	if err != nil {
		o.Logf("mediacloud: %v; no rows", err)
		return nil
	}
	src, err := os.ReadFile(filepath.Join(dir, "scripts", "comparison", "data-mediacloud.go"))
	if err != nil {
		o.Logf("mediacloud: go-htmldate %s not in the module cache (%v); no rows", htmldateVersion, err)
		return nil
	}
	var stated, shown string
	var guessed bool
	ex, err := extract.NewWithOptions(extract.Options{DateTrace: func(s string, g bool, sh string) { stated, guessed, shown = s, g, sh }})
	if err != nil {
		return err
	}
	var date MetaScore
	for _, e := range reMediacloud.FindAllStringSubmatch(string(src), -1) {
		if err := ctx.Err(); err != nil {
			return err
		}
		file, gold := e[1], e[2]
		if gold == "nan" {
			gold = ""
		}
		raw, err := os.ReadFile(filepath.Join(dir, "test-files", "mediacloud", file))
		if err != nil {
			continue
		}
		r, _ := ex.Extract(ctx, raw)
		ok := dateMatch(gold, r.Published)
		date.Add(ok)
		if !ok {
			fmt.Fprintf(misses, "MEDIACLOUD %s: gold %q got %q stated %q guessed %v shown %q\n", file, gold, r.Published, stated, guessed, shown)
		}
	}
	rep.Add("go-htmldate mediacloud pages (outside the eval sets)", fmt.Sprintf("date exact (n=%d)", date.N), date.Accuracy())
	return nil
}
