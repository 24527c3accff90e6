package extracteval

import (
	"bytes"

	"context"
	"fmt"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/shared"
)

// TestDev scores variants on the tuning sets (trafilatura-eval,
// cleaneval-final) only; run with PRESSCLIP_DEV=1. It never reads
// article-extraction-benchmark.
func TestDev(t *testing.T) {
	if os.Getenv("PRESSCLIP_DEV") == "" {
		t.Skip("set PRESSCLIP_DEV=1")
	}
	dir := shared.Require(t, "eval/trafilatura-eval")
	docs, err := evaldata.LoadTraf(dir)
	if err != nil {
		t.Fatal(err)
	}
	variants := map[string]extract.Options{"traf-only": {TrafilaturaOnly: true}, "refined": {}}
	var names []string
	for k := range variants {
		names = append(names, k)
	}
	sort.Strings(names)
	log, _ := os.Create("/tmp/dev_traf.txt")
	defer log.Close()
	pages := make([][]byte, len(docs))
	for i, d := range docs {
		pages[i], _ = evaldata.ReadGzip(filepath.Join(dir, "html", d.File+".gz"))
	}
	for _, name := range names {
		ex, _ := extract.NewWithOptions(variants[name])
		run := ours(ex)
		var s SnippetScore
		var ti, au, da MetaScore
		for i, d := range docs {
			o := run(context.Background(), pages[i])
			before := s
			s.Add(d.With, d.Without, o.body)
			scoreMeta(d, o, &ti, &au, &da)
			if name == "refined" {
				if s.FP > before.FP || s.FN > before.FN {
					fmt.Fprintf(log, "== %s %s FP+%d FN+%d\n", d.File, d.URL, s.FP-before.FP, s.FN-before.FN)
					for _, w := range d.With {
						if !strings.Contains(normSpace(o.body), normSpace(w)) {
							fmt.Fprintf(log, "  MISS %q\n", w)
						}
					}
					for _, w := range d.Without {
						if strings.Contains(normSpace(o.body), normSpace(w)) {
							fmt.Fprintf(log, "  JUNK %q\n", w)
						}
					}
				}
				if d.Title != nil && !titleMatch(string(*d.Title), o.title) {
					fmt.Fprintf(log, "TITLE %s: gold %q got %q\n", d.File, string(*d.Title), o.title)
				}
				if d.Author != nil && !authorMatch(string(*d.Author), o.authors) {
					fmt.Fprintf(log, "AUTHOR %s: gold %q got %q\n", d.File, string(*d.Author), o.authors)
				}
				if d.Date != nil && !dateMatch(string(*d.Date), o.date) {
					fmt.Fprintf(log, "DATE %s: gold %q got %q\n", d.File, string(*d.Date), o.date)
				}
			}
		}
		if os.Getenv("DEV_RAW") != "" && name == "refined" {
			var raw SnippetScore
			for i, d := range docs {
				r, err := trafilatura.Extract(bytes.NewReader(pages[i]), extract.TrafilaturaOptions(variants[name]))
				txt := ""
				if err == nil {
					txt = r.ContentText
				}
				raw.Add(d.With, d.Without, txt)
			}
			t.Logf("trafilatura text, our options: F1 %.4f P %.4f R %.4f", raw.PRF().F1(), raw.PRF().Precision(), raw.PRF().Recall())
		}
		t.Logf("%-10s traf-eval F1 %.4f P %.4f R %.4f title %.3f author %.3f date %.3f", name, s.PRF().F1(), s.PRF().Precision(), s.PRF().Recall(), ti.Accuracy(), au.Accuracy(), da.Accuracy())
	}
	cdir := shared.Require(t, "eval/cleaneval-final")
	golds, _ := filepath.Glob(filepath.Join(cdir, "GoldStandard", "*.txt.gz"))
	sort.Strings(golds)
	for _, name := range names {
		ex, _ := extract.NewWithOptions(variants[name])
		run := ours(ex)
		var c CleanEvalScore
		for _, g := range golds {
			id := strings.TrimSuffix(filepath.Base(g), ".txt.gz")
			raw, err := evaldata.ReadGzip(filepath.Join(cdir, "input", id+".html.gz"))
			if err != nil {
				continue
			}
			gold, _ := evaldata.ReadGzip(g)
			c.Add(string(gold), run(context.Background(), raw).body)
		}
		t.Logf("%-10s cleaneval F1 %.4f P %.4f R %.4f macro %.4f", name, c.Sum.F1(), c.Sum.Precision(), c.Sum.Recall(), c.MacroF1())
	}
}
