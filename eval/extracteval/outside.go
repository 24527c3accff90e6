package extracteval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/modcache"
)

// The out-of-sample pages of extract-dev: annotated pages shipped inside
// Go modules that pressclip depends on, in neither eval set, read from the
// Go module cache (`go mod download` fetches them). Rules chosen on
// trafilatura-eval are checked here.
const (
	// trafVersion is the go-trafilatura release whose comparison pages
	// (scripts/comparison/data.go, test-files/comparison; Apache-2.0) are
	// scored.
	trafVersion = "v1.12.2"
	// readabilityVersion is the go-readability version whose test-pages
	// (source.html, expected.html, expected-metadata.json; Apache-2.0) are
	// scored.
	readabilityVersion = "v0.0.0-20241012063810-92284fa8a71f"
)

// trafDevEntry is one go-trafilatura comparison page with its annotation.
type trafDevEntry struct {
	URL, File, Title, Date string
	Authors, With, Without []string
}

// parseTrafComparison reads go-trafilatura's scripts/comparison/data.go
// (a Go map literal URL → ComparisonEntry) without running it.
func parseTrafComparison(path string) ([]trafDevEntry, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	str := func(e ast.Expr) string {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil {
				return s
			}
		}
		return ""
	}
	strs := func(e ast.Expr) []string {
		var out []string
		if c, ok := e.(*ast.CompositeLit); ok {
			for _, x := range c.Elts {
				out = append(out, str(x))
			}
		}
		return out
	}
	var out []trafDevEntry
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		url := str(kv.Key)
		body, ok := kv.Value.(*ast.CompositeLit)
		if url == "" || !ok {
			return true
		}
		e := trafDevEntry{URL: url}
		for _, x := range body.Elts {
			field, ok := x.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := field.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch name.Name {
			case "File":
				e.File = str(field.Value)
			case "Title":
				e.Title = str(field.Value)
			case "Date":
				e.Date = str(field.Value)
			case "Authors":
				e.Authors = strs(field.Value)
			case "With":
				e.With = strs(field.Value)
			case "Without":
				e.Without = strs(field.Value)
			}
		}
		out = append(out, e)
		return false
	})
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// trafDevPages returns go-trafilatura's folder and its comparison entries
// whose page is in test-files/comparison and whose file and URL are in
// neither trafilatura-eval nor article-extraction-benchmark (of which only
// the URLs are read); an empty folder when the module cache lacks them.
func trafDevPages(o eval.Options) (string, []trafDevEntry, error) {
	dir, err := modcache.Dir("github.com/markusmobius/go-trafilatura@" + trafVersion)
	if err != nil {
		o.Logf("go-trafilatura comparison pages: %v; no rows", err)
		return "", nil, nil
	}
	all, err := parseTrafComparison(filepath.Join(dir, "scripts", "comparison", "data.go"))
	if err != nil {
		o.Logf("go-trafilatura %s comparison pages not in the module cache (%v); no rows", trafVersion, err)
		return "", nil, nil
	}
	te, err := evaldata.LoadTraf(o.Path("trafilatura-eval"))
	if err != nil {
		return "", nil, err
	}
	aeb, err := loadAEBURLs(o.Path("article-extraction-benchmark"))
	if err != nil {
		return "", nil, err
	}
	inEval := map[string]bool{}
	for _, d := range te {
		inEval[d.URL] = true
		inEval[d.File] = true
	}
	for _, u := range aeb {
		inEval[u] = true
	}
	var out []trafDevEntry
	for _, e := range all {
		if e.File == "" || inEval[e.URL] || inEval[e.File] {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, "test-files", "comparison", e.File)); err != nil {
			continue
		}
		out = append(out, e)
	}
	return dir, out, nil
}

// devTrafComparisonRows scores the go-trafilatura comparison pages outside
// the eval sets (same annotation conventions as trafilatura-eval): HTML
// body snippets, title, author and date for pressclip and go-trafilatura
// alone; with w3m, the same pages as text dumps for package dump.
func devTrafComparisonRows(ctx context.Context, o eval.Options, rep *eval.Report, misses io.Writer) error {
	dir, pages, err := trafDevPages(o)
	if err != nil || len(pages) == 0 {
		return err
	}
	raws := make([][]byte, len(pages))
	for i, e := range pages {
		if raws[i], err = os.ReadFile(filepath.Join(dir, "test-files", "comparison", e.File)); err != nil {
			return err
		}
	}
	ds := fmt.Sprintf("go-trafilatura comparison pages (outside the eval sets, n=%d)", len(pages))
	for _, v := range devVariants {
		ex, err := extract.NewWithOptions(v.opts)
		if err != nil {
			return err
		}
		run := ours(ex)
		var s trafScore
		for i, e := range pages {
			if err := ctx.Err(); err != nil {
				return err
			}
			out := run(ctx, raws[i])
			d := e.trafDoc()
			before := s.body
			s.add(d, out)
			if v.name == "pressclip" {
				logHTMLMisses(misses, 0, d, out, before, s.body, "", false, "")
			}
		}
		s.rows(rep, ds+", HTML, "+v.name, false)
	}
	w3m, err := exec.LookPath("w3m")
	if err != nil {
		o.Logf("go-trafilatura comparison pages: no w3m, no text-dump rows")
		return nil
	}
	var s trafScore
	for i, e := range pages {
		text, err := renderDump(w3m, raws[i])
		if err != nil {
			return err
		}
		r := dump.Extract(text)
		d := e.trafDoc()
		s.add(d, dumpOutput(text, r))
		if d.Title != nil && !titleMatch(e.Title, r.Title) {
			fmt.Fprintf(misses, "TRAFDUMPTITLE %s: gold %q got %q\n", e.File, e.Title, r.Title)
		}
		if !dateMatch(e.Date, r.Published) {
			fmt.Fprintf(misses, "TRAFDUMPDATE %s: gold %q got %q\n", e.File, e.Date, r.Published)
		}
	}
	s.rows(rep, ds+", w3m text dumps", false)
	return nil
}

// trafDoc is e as a trafilatura-eval annotation: every page has a gold
// date ("" when undated), a title and authors when annotated.
func (e trafDevEntry) trafDoc() evaldata.TrafDoc {
	d := evaldata.TrafDoc{URL: e.URL, File: e.File, With: e.With, Without: e.Without}
	date := evaldata.Meta(e.Date)
	d.Date = &date
	if e.Title != "" {
		t := evaldata.Meta(e.Title)
		d.Title = &t
	}
	if len(e.Authors) > 0 {
		a := evaldata.Meta(strings.Join(e.Authors, "; "))
		d.Author = &a
	}
	return d
}

// devReadabilityRows scores go-readability's test pages (in neither eval
// set): the HTML title against expected-metadata.json for pressclip and
// go-trafilatura alone, and, with w3m, the body against expected.html
// rendered as text (4-gram shingle F1) and the pages as w3m text dumps for
// package dump.
func devReadabilityRows(ctx context.Context, o eval.Options, rep *eval.Report, misses io.Writer) error {
	dir, err := modcache.Dir("github.com/go-shiori/go-readability@" + readabilityVersion)
	if err != nil {
		o.Logf("go-readability test pages: %v; no rows", err)
		return nil
	}
	sources, _ := filepath.Glob(filepath.Join(dir, "test-pages", "*", "source.html"))
	if len(sources) == 0 {
		o.Logf("go-readability %s test pages not in the module cache; no rows", readabilityVersion)
		return nil
	}
	w3m, _ := exec.LookPath("w3m")
	type page struct {
		name, title, gold string
		raw               []byte
	}
	var pages []page
	for _, src := range sources {
		p := page{name: filepath.Base(filepath.Dir(src))}
		if p.raw, err = os.ReadFile(src); err != nil {
			return err
		}
		var meta struct{ Title string }
		if b, err := os.ReadFile(filepath.Join(filepath.Dir(src), "expected-metadata.json")); err == nil {
			json.Unmarshal(b, &meta)
		}
		p.title = meta.Title
		if exp, err := os.ReadFile(filepath.Join(filepath.Dir(src), "expected.html")); err == nil && w3m != "" {
			if p.gold, err = renderDump(w3m, exp); err != nil {
				return err
			}
		}
		pages = append(pages, p)
	}
	ds := fmt.Sprintf("go-readability test pages (outside the eval sets, n=%d)", len(pages))
	for _, v := range devVariants {
		ex, err := extract.NewWithOptions(v.opts)
		if err != nil {
			return err
		}
		run := ours(ex)
		var body ShingleScore
		var title MetaScore
		for _, p := range pages {
			if err := ctx.Err(); err != nil {
				return err
			}
			out := run(ctx, p.raw)
			if p.gold != "" {
				body.Add(p.gold, out.body)
			}
			if p.title != "" {
				ok := titleMatch(p.title, out.title)
				title.Add(ok)
				if !ok && v.name == "pressclip" {
					fmt.Fprintf(misses, "READTITLE %s: gold %q got %q\n", p.name, p.title, out.title)
				}
			}
		}
		if w3m != "" {
			rep.Add(ds+", HTML, "+v.name, fmt.Sprintf("F1 (4-gram shingles, n=%d)", body.n), body.F1())
		}
		rep.Add(ds+", HTML, "+v.name, fmt.Sprintf("title exact (n=%d)", title.N), title.Accuracy())
	}
	if w3m == "" {
		o.Logf("go-readability test pages: no w3m, no body or text-dump rows")
		return nil
	}
	var body ShingleScore
	var title MetaScore
	for _, p := range pages {
		text, err := renderDump(w3m, p.raw)
		if err != nil {
			return err
		}
		r := dump.Extract(text)
		if p.gold != "" {
			body.Add(p.gold, dumpBody(text, r))
		}
		if p.title != "" {
			ok := titleMatch(p.title, r.Title)
			title.Add(ok)
			if !ok {
				fmt.Fprintf(misses, "READDUMPTITLE %s: gold %q got %q\n", p.name, p.title, r.Title)
			}
		}
	}
	rep.Add(ds+", w3m text dumps", fmt.Sprintf("F1 (4-gram shingles, n=%d)", body.n), body.F1())
	rep.Add(ds+", w3m text dumps", fmt.Sprintf("title exact (n=%d)", title.N), title.Accuracy())
	return nil
}

// renderDump renders an HTML page as the eval's text dumps were made:
// w3m -dump -T text/html -cols 4000 -O UTF-8, trailing blanks stripped.
func renderDump(w3m string, page []byte) (string, error) {
	cmd := exec.Command(w3m, "-dump", "-T", "text/html", "-cols", "4000", "-O", "UTF-8")
	cmd.Stdin = bytes.NewReader(page)
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("w3m: %w", err)
	}
	lines := strings.Split(string(out), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Join(lines, "\n"), nil
}
