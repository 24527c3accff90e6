package extracteval

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/gzfile"
)

// dumpBody joins the extracted blocks with blank lines.
func dumpBody(text string, r dump.Result) string {
	var b strings.Builder
	for i, s := range r.Blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[s.Start:s.End])
	}
	return b.String()
}

// dumpRows scores package dump on the text dumps of article-extraction-
// benchmark (held out) and trafilatura-eval, each beside the whole dump's
// score measured in the same run, plus title/date accuracy and speed.
func dumpRows(ctx context.Context, o eval.Options, rep *eval.Report) error {
	dir := o.Path("text-dumps")
	var elapsed time.Duration
	pages := 0
	run := func(text string) dump.Result {
		t0 := time.Now()
		r := dump.Extract(text)
		elapsed += time.Since(t0)
		pages++
		return r
	}

	gold, err := loadAEBGold(o.Path("article-extraction-benchmark"))
	if err != nil {
		return err
	}
	var s, whole ShingleScore
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := gzfile.Read(filepath.Join(dir, "article-extraction-benchmark", g.id+".txt.gz"))
		if err != nil {
			return fmt.Errorf("text dumps: %w", err)
		}
		text := string(raw)
		s.Add(g.body, dumpBody(text, run(text)))
		whole.Add(g.body, text)
	}
	const ds = "article-extraction-benchmark text dumps (held out)"
	rep.AddAnchored(ds, "F1 (4-gram shingles)", s.F1(), whole.F1(), "whole dump")
	rep.AddAnchored(ds, "precision", s.Precision(), whole.Precision(), "whole dump")
	rep.AddAnchored(ds, "recall", s.Recall(), whole.Recall(), "whole dump")

	var ts, tw SnippetScore
	var title, author, date MetaScore
	err = trafDumps(ctx, o, func(_ int, d evaldata.TrafDoc, _, text string) {
		out := dumpOutput(text, run(text))
		ts.Add(d.With, d.Without, out.body)
		tw.Add(d.With, d.Without, text)
		scoreMeta(d, out, &title, &author, &date)
	})
	if err != nil {
		return err
	}
	const ts0 = "trafilatura-eval text dumps"
	rep.AddAnchored(ts0, "F1 (with/without snippets)", ts.PRF().F1(), tw.PRF().F1(), "whole dump")
	rep.AddAnchored(ts0, "precision", ts.PRF().Precision(), tw.PRF().Precision(), "whole dump")
	rep.AddAnchored(ts0, "recall", ts.PRF().Recall(), tw.PRF().Recall(), "whole dump")
	// the headline weights were fitted on these pages (DATA.md): in-sample
	rep.Add(ts0, fmt.Sprintf("title exact (n=%d, in-sample: weights fitted here)", title.N), title.Accuracy())
	rep.Add(ts0, fmt.Sprintf("author exact (n=%d)", author.N), author.Accuracy())
	rep.Add(ts0, fmt.Sprintf("date exact (n=%d)", date.N), date.Accuracy())
	if elapsed > 0 {
		rep.Add("all text dumps", "pages/s (1 core)", float64(pages)/elapsed.Seconds())
	}
	return nil
}

// trafDumps calls fn with each trafilatura-eval page that has a text dump
// (k is its place in URL order), the dump's base name and its text.
func trafDumps(ctx context.Context, o eval.Options, fn func(k int, d evaldata.TrafDoc, base, text string)) error {
	docs, err := evaldata.LoadTraf(o.Path("trafilatura-eval"))
	if err != nil {
		return err
	}
	missing := 0
	for k, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		base := strings.TrimSuffix(d.File, filepath.Ext(d.File))
		raw, err := gzfile.Read(filepath.Join(o.Path("text-dumps"), "trafilatura-eval", base+".txt.gz"))
		if err != nil {
			missing++
			continue
		}
		fn(k, d, base, string(raw))
	}
	if missing > 0 {
		o.Logf("trafilatura-eval text dumps: %d pages missing", missing)
	}
	return nil
}

// dumpOutput is package dump's reading r of a dump, as the scorers take it.
func dumpOutput(text string, r dump.Result) output {
	return output{body: dumpBody(text, r), title: r.Title, authors: r.Authors, date: r.Published}
}
