package extracteval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/evaldata"
)

// TestDumpDev scores package dump on development dumps built outside the
// eval sets (DUMP_DEV=dir of <name>.txt dump, <name>.gold article text,
// optional <name>.json {title, byline, publishedTime}), and dates on
// DATE_DEV=dir (index.json [{file, date}] + <file>.txt dumps). It never
// reads ../shared/eval. Misses go to the file DUMP_DIR_LOG names. The dev data used for package dump's weights:
//
//   - go-readability's test-pages (module cache): for each page
//     `w3m -dump -T text/html -cols 4000 -O UTF-8 < source.html` (trailing
//     blanks stripped) as .txt, the same of expected.html as .gold,
//     expected-metadata.json as .json (118 pages, Apache-2.0);
//     TestReadabilityDumpDev renders and scores these itself;
//   - go-htmldate's test-files/comparison pages whose file or URL is not in
//     trafilatura-eval or article-extraction-benchmark (135 pages, gold
//     dates from scripts/comparison/data-*.go), rendered the same way; as
//     a silver body set, pressclip's HTML extraction of each page (.gold,
//     126 pages with 50+ words);
//   - the 27 go-trafilatura comparison pages of TestTrafDev rendered the
//     same way, with their annotated title, date and authors as .json
//     (no .gold body: only the metadata figures count there).
func TestDumpDev(t *testing.T) {
	dir := os.Getenv("DUMP_DEV")
	if dir == "" {
		t.Skip("set DUMP_DEV")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var s ShingleScore
	var ti, au, da MetaScore
	log := devLog(t, "DUMP_DIR_LOG")
	for _, p := range pages {
		base := strings.TrimSuffix(p, ".txt")
		raw, _ := os.ReadFile(p)
		gold, _ := os.ReadFile(base + ".gold")
		var meta struct {
			Title, Byline, PublishedTime string
		}
		if b, err := os.ReadFile(base + ".json"); err == nil {
			json.Unmarshal(b, &meta)
		}
		text := string(raw)
		r := dump.Extract(text)
		body := dumpBody(text, r)
		before := s
		s.Add(string(gold), body)
		_ = before
		c := shingleMatch(string(gold), body)
		f := 2 * c.TP / (2*c.TP + c.FP + c.FN + 1e-9)
		fmt.Fprintf(log, "BODY %s F1 %.3f P %.3f R %.3f\n", filepath.Base(base), f, c.TP/(c.TP+c.FP+1e-9), c.TP/(c.TP+c.FN+1e-9))
		if meta.Title != "" {
			ok := titleMatch(meta.Title, r.Title)
			ti.Add(ok)
			if !ok {
				fmt.Fprintf(log, "TITLE %s: gold %q got %q\n", filepath.Base(base), meta.Title, r.Title)
			}
		}
		if meta.Byline != "" {
			ok := false
			for _, a := range r.Authors {
				if strings.Contains(strings.ToLower(meta.Byline), strings.ToLower(a)) {
					ok = true
				}
			}
			au.Add(ok)
			if !ok {
				fmt.Fprintf(log, "AUTHOR %s: gold %q got %q\n", filepath.Base(base), meta.Byline, r.Authors)
			}
		}
		if meta.PublishedTime != "" {
			ok := dateMatch(meta.PublishedTime, r.Published)
			da.Add(ok)
			if !ok {
				fmt.Fprintf(log, "DATE %s: gold %q got %q\n", filepath.Base(base), meta.PublishedTime, r.Published)
			}
		}
	}
	t.Logf("readability dumps (n=%d): F1 %.4f P %.4f R %.4f title %.3f (n=%d) author-in-byline %.3f (n=%d) date %.3f (n=%d)",
		len(pages), s.F1(), s.Precision(), s.Recall(), ti.Accuracy(), ti.N, au.Accuracy(), au.N, da.Accuracy(), da.N)
	if dd := os.Getenv("DATE_DEV"); dd != "" {
		b, err := os.ReadFile(filepath.Join(dd, "index.json"))
		if err != nil {
			t.Fatal(err)
		}
		var idx []struct{ File, Date string }
		json.Unmarshal(b, &idx)
		var d MetaScore
		for _, e := range idx {
			raw, err := os.ReadFile(filepath.Join(dd, strings.TrimSuffix(e.File, ".html")+".txt"))
			if err != nil {
				continue
			}
			r := dump.Extract(string(raw))
			ok := dateMatch(e.Date, r.Published)
			d.Add(ok)
			if !ok {
				fmt.Fprintf(log, "HDATE %s: gold %q got %q\n", e.File, e.Date, r.Published)
			}
		}
		t.Logf("htmldate dumps date exact %.3f (n=%d)", d.Accuracy(), d.N)
	}
}

// devLog opens the file the environment variable env names for a dev
// test's per-page lines (closed when t ends); without it lines are dropped.
func devLog(t *testing.T, env string) io.Writer {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		return io.Discard
	}
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// BenchmarkDumpDev times package dump over the development dumps (DUMP_DEV).
func BenchmarkDumpDev(b *testing.B) {
	dir := os.Getenv("DUMP_DEV")
	if dir == "" {
		b.Skip("set DUMP_DEV")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var texts []string
	for _, p := range pages {
		raw, _ := os.ReadFile(p)
		texts = append(texts, string(raw))
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			dump.Extract(t)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "pages/s")
}

// TestHTMLMetaDev scores HTML metadata on development pages outside the
// eval sets (HTML_DEV=1): dates on go-htmldate's comparison pages not in
// trafilatura-eval (DATE_DEV index; the same recipe works for go-htmldate's
// test-files/mediacloud pages with scripts/comparison/data-mediacloud.go,
// 200 pages, "nan" read as no date), titles on go-readability's test pages
// (READ_DEV dir of <name>/source.html + expected-metadata.json). Misses go
// to the file HTML_DEV_LOG names.
func TestHTMLMetaDev(t *testing.T) {
	if os.Getenv("HTML_DEV") == "" {
		t.Skip("set HTML_DEV")
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	log := devLog(t, "HTML_DEV_LOG")
	ctx := context.Background()
	if dd := os.Getenv("DATE_DEV"); dd != "" {
		b, _ := os.ReadFile(filepath.Join(dd, "index.json"))
		var idx []struct{ File, Date string }
		json.Unmarshal(b, &idx)
		var d MetaScore
		for _, e := range idx {
			raw, err := os.ReadFile(filepath.Join(os.Getenv("DATE_HTML"), e.File))
			if err != nil {
				continue
			}
			r, _ := ex.Extract(ctx, raw)
			ok := dateMatch(e.Date, r.Published)
			d.Add(ok)
			if !ok {
				fmt.Fprintf(log, "HDATE %s: gold %q got %q\n", e.File, e.Date, r.Published)
			}
		}
		t.Logf("htmldate pages HTML date exact %.3f (n=%d)", d.Accuracy(), d.N)
	}
	if rd := os.Getenv("READ_DEV"); rd != "" {
		dirs, _ := filepath.Glob(filepath.Join(rd, "*", "source.html"))
		var ti, rel, da MetaScore
		for _, p := range dirs {
			raw, _ := os.ReadFile(p)
			var meta struct{ Title, PublishedTime string }
			b, _ := os.ReadFile(filepath.Join(filepath.Dir(p), "expected-metadata.json"))
			json.Unmarshal(b, &meta)
			r, _ := ex.Extract(ctx, raw)
			if meta.Title != "" {
				ok := titleMatch(meta.Title, r.Title)
				ti.Add(ok)
				rel.Add(ok || (evaldata.NormMeta(r.Title) != "" && strings.HasPrefix(evaldata.NormMeta(meta.Title), evaldata.NormMeta(r.Title))))
				if !ok {
					fmt.Fprintf(log, "TITLE %s: gold %q got %q\n", filepath.Base(filepath.Dir(p)), meta.Title, r.Title)
				}
			}
			if meta.PublishedTime != "" {
				ok := dateMatch(meta.PublishedTime, r.Published)
				da.Add(ok)
				if !ok {
					fmt.Fprintf(log, "RDATE %s: gold %q got %q\n", filepath.Base(filepath.Dir(p)), meta.PublishedTime, r.Published)
				}
			}
		}
		t.Logf("readability pages HTML title exact %.3f prefix %.3f (n=%d) date %.3f (n=%d)", ti.Accuracy(), rel.Accuracy(), ti.N, da.Accuracy(), da.N)
	}
}

// TestHTMLBodyDev scores HTML body extraction on go-readability's test
// pages (READ_DEV), outside the eval sets, for pressclip and for
// go-trafilatura's body alone. A page without source.gold is scored on
// DUMP_DEV's <name>.gold; per-page figures go to the file HTML_BODY_LOG
// names.
func TestHTMLBodyDev(t *testing.T) {
	rd := os.Getenv("READ_DEV")
	if rd == "" {
		t.Skip("set READ_DEV")
	}
	dirs, _ := filepath.Glob(filepath.Join(rd, "*", "source.html"))
	log := devLog(t, "HTML_BODY_LOG")
	for _, o := range []extract.Options{{TrafilaturaOnly: true}, {}} {
		ex, _ := extract.NewWithOptions(o)
		var s ShingleScore
		for _, p := range dirs {
			raw, _ := os.ReadFile(p)
			gold, _ := os.ReadFile(strings.TrimSuffix(p, ".html") + ".gold")
			if dd := os.Getenv("DUMP_DEV"); len(gold) == 0 && dd != "" {
				// the page's rendered expected.html, as TestDumpDev reads it
				gold, _ = os.ReadFile(filepath.Join(dd, filepath.Base(filepath.Dir(p))+".gold"))
			}
			r, _ := ex.Extract(context.Background(), raw)
			s.Add(string(gold), r.Body())
			c := shingleMatch(string(gold), r.Body())
			fmt.Fprintf(log, "BODY%v %s P %.3f R %.3f\n", o.TrafilaturaOnly, filepath.Base(filepath.Dir(p)), c.TP/(c.TP+c.FP+1e-9), c.TP/(c.TP+c.FN+1e-9))
		}
		t.Logf("traf-only=%v F1 %.4f P %.4f R %.4f", o.TrafilaturaOnly, s.F1(), s.Precision(), s.Recall())
	}
}

// BenchmarkDumpDevParallel times package dump over the development dumps
// (DUMP_DEV) on all cores.
func BenchmarkDumpDevParallel(b *testing.B) {
	dir := os.Getenv("DUMP_DEV")
	if dir == "" {
		b.Skip("set DUMP_DEV")
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var texts []string
	for _, p := range pages {
		raw, _ := os.ReadFile(p)
		texts = append(texts, string(raw))
	}
	b.ResetTimer()
	var n atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			dump.Extract(texts[i%len(texts)])
			i++
			n.Add(1)
		}
	})
	b.ReportMetric(float64(n.Load())/b.Elapsed().Seconds(), "pages/s")
}
