package extracteval

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/gzfile"
)

const anchorName = "go-trafilatura, same run"

// anchorOptions is go-trafilatura as a user runs it: default settings with
// its fallback extractors on.
func anchorOptions() trafilatura.Options {
	return trafilatura.Options{EnableFallback: true, ExcludeComments: true}
}

// output is one tool's reading of a page.
type output struct {
	body, title, date string
	authors           []string
}

// runner times a tool over pages. Both tools get the same page bytes, the
// stored gzip already undone (the corpora are gzipped for storage only).
type runner struct {
	name    string
	run     func(ctx context.Context, raw []byte) output
	elapsed time.Duration
	pages   int
}

func (r *runner) do(ctx context.Context, raw []byte) output {
	t := time.Now()
	o := r.run(ctx, raw)
	r.elapsed += time.Since(t)
	r.pages++
	return o
}

func (r *runner) pagesPerSec() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.pages) / r.elapsed.Seconds()
}

func ours(ex *extract.Extractor) func(ctx context.Context, raw []byte) output {
	return func(ctx context.Context, raw []byte) output {
		res, err := ex.Extract(ctx, raw)
		if err != nil {
			return output{}
		}
		return output{body: res.Body(), title: res.Title, date: res.Published, authors: res.Authors}
	}
}

func anchor(ctx context.Context, raw []byte) (o output) {
	defer func() {
		if recover() != nil {
			o = output{}
		}
	}()
	res, err := trafilatura.Extract(bytes.NewReader(raw), anchorOptions())
	if err != nil || res == nil {
		return output{}
	}
	o = output{body: res.ContentText, title: res.Metadata.Title}
	if !res.Metadata.Date.IsZero() {
		o.date = res.Metadata.Date.Format("2006-01-02")
	}
	for _, a := range strings.Split(res.Metadata.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			o.authors = append(o.authors, a)
		}
	}
	return o
}

// Run is `pressclip eval extract`: body F1 on article-extraction-benchmark
// (held out), trafilatura-eval and cleaneval-final, metadata accuracy on
// trafilatura-eval, speed, each beside go-trafilatura measured in the same
// run; then package dump on the same pages' text dumps, beside the whole
// dump scored by the same scorer.
func Run(ctx context.Context, o eval.Options) (*eval.Report, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, err
	}
	rep, err := run(ctx, o, ex, true)
	if err != nil {
		return nil, err
	}
	if err := dumpRows(ctx, o, rep); err != nil {
		return nil, fmt.Errorf("text dumps: %w", err)
	}
	return rep, nil
}

func run(ctx context.Context, o eval.Options, ex *extract.Extractor, withAnchor bool) (*eval.Report, error) {
	rep := &eval.Report{}
	us := &runner{name: "pressclip", run: ours(ex)}
	var them *runner
	if withAnchor {
		them = &runner{name: "go-trafilatura", run: anchor}
	}
	if err := aebRows(ctx, o, rep, us, them); err != nil {
		return nil, err
	}
	if err := trafRows(ctx, o, rep, us, them); err != nil {
		return nil, err
	}
	if err := cleanEvalRows(ctx, o, rep, us, them); err != nil {
		return nil, err
	}
	if them != nil {
		rep.AddAnchored("all HTML pages", "pages/s (1 core)", us.pagesPerSec(), them.pagesPerSec(), anchorName)
	} else {
		rep.Add("all HTML pages", "pages/s (1 core)", us.pagesPerSec())
	}
	return rep, nil
}

func add(rep *eval.Report, dataset, metric string, v float64, a *float64) {
	if a != nil {
		rep.AddAnchored(dataset, metric, v, *a, anchorName)
	} else {
		rep.Add(dataset, metric, v)
	}
}

func aebRows(ctx context.Context, o eval.Options, rep *eval.Report, us, them *runner) error {
	dir := o.Path("article-extraction-benchmark")
	gold, err := loadAEBGold(dir)
	if err != nil {
		return err
	}
	var s, a ShingleScore
	for i, g := range gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := gzfile.Read(filepath.Join(dir, "html", g.id+".html.gz"))
		if err != nil {
			return fmt.Errorf("article-extraction-benchmark: %w", err)
		}
		s.Add(g.body, us.do(ctx, raw).body)
		if them != nil {
			a.Add(g.body, them.do(ctx, raw).body)
		}
		if (i+1)%50 == 0 {
			o.Logf("article-extraction-benchmark: %d/%d", i+1, len(gold))
		}
	}
	const ds = "article-extraction-benchmark HTML (held out)"
	var af, ap, ar *float64
	if them != nil {
		af, ap, ar = ptr(a.F1()), ptr(a.Precision()), ptr(a.Recall())
	}
	add(rep, ds, "F1 (4-gram shingles)", s.F1(), af)
	add(rep, ds, "precision", s.Precision(), ap)
	add(rep, ds, "recall", s.Recall(), ar)
	rep.AddAnchored(ds, "F1 (4-gram shingles)", s.F1(), 0.970, "best published, issue 3")
	if f, err := baselineF1(dir, gold, "go_trafilatura"); err == nil {
		rep.AddAnchored(ds, "F1 (4-gram shingles)", s.F1(), f, "go-trafilatura upstream output, rescored")
	}
	return nil
}

func ptr(v float64) *float64 { return &v }

// baselineF1 rescores an upstream baseline output file.
func baselineF1(dir string, gold []aebDoc, name string) (float64, error) {
	out, err := readBaselineFile(filepath.Join(dir, "baselines", name+".json.gz"))
	if err != nil {
		return 0, err
	}
	var s ShingleScore
	for _, g := range gold {
		s.Add(g.body, out[g.id])
	}
	return s.F1(), nil
}

func trafRows(ctx context.Context, o eval.Options, rep *eval.Report, us, them *runner) error {
	var mine, theirs trafScore
	err := trafPages(ctx, o, func(_ int, d evaldata.TrafDoc, raw []byte) {
		mine.add(d, us.do(ctx, raw))
		if them != nil {
			theirs.add(d, them.do(ctx, raw))
		}
	})
	if err != nil {
		return err
	}
	s, title, author, date := &mine.body, mine.title, mine.author, mine.date
	a, aTitle, aAuthor, aDate := &theirs.body, theirs.title, theirs.author, theirs.date
	const ds = "trafilatura-eval HTML"
	var p []*float64
	if them != nil {
		p = []*float64{ptr(a.PRF().F1()), ptr(a.PRF().Precision()), ptr(a.PRF().Recall()), ptr(a.Accuracy()),
			ptr(aTitle.Accuracy()), ptr(aAuthor.Accuracy()), ptr(aDate.Accuracy())}
	} else {
		p = make([]*float64, 7)
	}
	add(rep, ds, "F1 (with/without snippets)", s.PRF().F1(), p[0])
	add(rep, ds, "precision", s.PRF().Precision(), p[1])
	add(rep, ds, "recall", s.PRF().Recall(), p[2])
	add(rep, ds, "accuracy", s.Accuracy(), p[3])
	rep.AddAnchored(ds, "F1 (with/without snippets)", s.PRF().F1(), 0.916, "go-trafilatura, issue 3")
	add(rep, ds, fmt.Sprintf("title exact (n=%d)", title.N), title.Accuracy(), p[4])
	add(rep, ds, fmt.Sprintf("author exact (n=%d)", author.N), author.Accuracy(), p[5])
	add(rep, ds, fmt.Sprintf("date exact (n=%d)", date.N), date.Accuracy(), p[6])
	return nil
}

// trafPages calls fn with each trafilatura-eval page (k is its place in
// URL order) and its HTML, the gzip undone; missing pages are counted and
// logged, not scored.
func trafPages(ctx context.Context, o eval.Options, fn func(k int, d evaldata.TrafDoc, raw []byte)) error {
	dir := o.Path("trafilatura-eval")
	docs, err := evaldata.LoadTraf(dir)
	if err != nil {
		return err
	}
	missing := 0
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := gzfile.Read(filepath.Join(dir, "html", d.File+".gz"))
		if err != nil {
			missing++
			continue
		}
		fn(i, d, raw)
		if (i+1)%200 == 0 {
			o.Logf("trafilatura-eval: %d/%d", i+1, len(docs))
		}
	}
	if missing > 0 {
		o.Logf("trafilatura-eval: %d pages missing", missing)
	}
	return nil
}

// trafScore is one tool's score on trafilatura-eval pages: body snippets,
// title, author and date.
type trafScore struct {
	body                SnippetScore
	title, author, date MetaScore
}

func (s *trafScore) add(d evaldata.TrafDoc, out output) {
	s.body.Add(d.With, d.Without, out.body)
	scoreMeta(d, out, &s.title, &s.author, &s.date)
}

func scoreMeta(d evaldata.TrafDoc, out output, title, author, date *MetaScore) {
	if d.Title != nil {
		title.Add(titleMatch(string(*d.Title), out.title))
	}
	if d.Author != nil {
		author.Add(authorMatch(string(*d.Author), out.authors))
	}
	if d.Date != nil {
		date.Add(dateMatch(string(*d.Date), out.date))
	}
}

func cleanEvalRows(ctx context.Context, o eval.Options, rep *eval.Report, us, them *runner) error {
	var s, a CleanEvalScore
	err := cleanEvalPages(ctx, o, func(_ string, gold string, raw []byte) {
		s.Add(gold, us.do(ctx, raw).body)
		if them != nil {
			a.Add(gold, them.do(ctx, raw).body)
		}
	})
	if err != nil {
		return err
	}
	const ds = "cleaneval-final"
	var p []*float64
	if them != nil {
		p = []*float64{ptr(a.Sum.F1()), ptr(a.Sum.Precision()), ptr(a.Sum.Recall()), ptr(a.MacroF1())}
	} else {
		p = make([]*float64, 4)
	}
	add(rep, ds, fmt.Sprintf("F1 (token LCS, n=%d)", s.N), s.Sum.F1(), p[0])
	add(rep, ds, "precision", s.Sum.Precision(), p[1])
	add(rep, ds, "recall", s.Sum.Recall(), p[2])
	add(rep, ds, "F1 per page, mean", s.MacroF1(), p[3])
	return nil
}

// cleanEvalPages calls fn with each cleaneval-final page, in file name
// order, with its gold text and HTML; a page without input is skipped.
func cleanEvalPages(ctx context.Context, o eval.Options, fn func(id, gold string, raw []byte)) error {
	dir := o.Path("cleaneval-final")
	golds, err := filepath.Glob(filepath.Join(dir, "GoldStandard", "*.txt.gz"))
	if err != nil || len(golds) == 0 {
		return fmt.Errorf("cleaneval-final: no gold files in %s", dir)
	}
	sort.Strings(golds)
	for i, g := range golds {
		if err := ctx.Err(); err != nil {
			return err
		}
		id := strings.TrimSuffix(filepath.Base(g), ".txt.gz")
		raw, err := gzfile.Read(filepath.Join(dir, "input", id+".html.gz"))
		if err != nil {
			continue
		}
		gold, err := gzfile.Read(g)
		if err != nil {
			return err
		}
		fn(id, string(gold), raw)
		if (i+1)%200 == 0 {
			o.Logf("cleaneval-final: %d/%d", i+1, len(golds))
		}
	}
	return nil
}
