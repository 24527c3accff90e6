package extracteval

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/modcache"
	"github.com/pressclip/pressclip/internal/shared"
)

// trafVersion is the go-trafilatura release whose comparison pages are the
// dev set of TestTrafDev.
const trafVersion = "v1.12.2"

// trafDevEntry is one go-trafilatura comparison page with its annotation.
type trafDevEntry struct {
	URL, File, Title, Date string
	Authors, With, Without []string
}

// trafDevDir is go-trafilatura's folder in the Go module cache.
func trafDevDir(t *testing.T) string {
	t.Helper()
	dir, err := modcache.Dir("github.com/markusmobius/go-trafilatura@" + trafVersion)
	if err != nil {
		t.Skip(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "scripts", "comparison", "data.go")); err != nil {
		t.Skipf("go-trafilatura %s comparison data not in the module cache: %v", trafVersion, err)
	}
	return dir
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

// trafDevIndex returns the go-trafilatura comparison entries whose page is
// in its test-files/comparison and whose file and URL are in neither
// trafilatura-eval nor article-extraction-benchmark.
func trafDevIndex(t *testing.T, trafDir string) []trafDevEntry {
	t.Helper()
	all, err := parseTrafComparison(filepath.Join(trafDir, "scripts", "comparison", "data.go"))
	if err != nil {
		t.Fatal(err)
	}
	te, err := evaldata.LoadTraf(shared.Require(t, "eval/trafilatura-eval"))
	if err != nil {
		t.Fatal(err)
	}
	aeb, err := loadAEBURLs(shared.Require(t, "eval/article-extraction-benchmark"))
	if err != nil {
		t.Fatal(err)
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
		if _, err := os.Stat(filepath.Join(trafDir, "test-files", "comparison", e.File)); err != nil {
			continue
		}
		out = append(out, e)
	}
	return out
}

func TestParseTrafComparison(t *testing.T) {
	src := `package main
var comparisonData = map[string]ComparisonEntry{
	"https://a.example/x": {
		File:    "a.html",
		Title:   "A \"title\"",
		Date:    "2020-01-02",
		Authors: []string{"Jane Roe", "John Doe"},
		With:    []string{"kept"},
		Without: []string{"menu", "footer"},
	},
	"https://b.example/y": {File: "b.html"},
}`
	p := filepath.Join(t.TempDir(), "data.go")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := parseTrafComparison(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []trafDevEntry{
		{URL: "https://a.example/x", File: "a.html", Title: `A "title"`, Date: "2020-01-02",
			Authors: []string{"Jane Roe", "John Doe"}, With: []string{"kept"}, Without: []string{"menu", "footer"}},
		{URL: "https://b.example/y", File: "b.html"},
	}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

// TestTrafDev scores HTML body snippets, title, date and authors on the
// go-trafilatura comparison pages outside the eval sets: the entries of
// go-trafilatura v1.12.2's scripts/comparison/data.go whose page is in its
// test-files/comparison and whose file and URL are in neither
// trafilatura-eval nor article-extraction-benchmark (27 pages, the same
// annotation conventions as trafilatura-eval; Apache-2.0), read from the Go
// module cache. It skips when the module cache lacks them; the eval sets
// are read only for their file names and URLs, to leave their pages out.
// Failures are logged to the file TRAF_DEV_LOG names.
func TestTrafDev(t *testing.T) {
	trafDir := trafDevDir(t)
	idx := trafDevIndex(t, trafDir)
	if len(idx) < 20 {
		t.Fatalf("go-trafilatura comparison dev pages: %d, want at least 20", len(idx))
	}
	log := devLog(t, "TRAF_DEV_LOG")
	logf := func(format string, a ...any) { fmt.Fprintf(log, format, a...) }
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	w3m, _ := exec.LookPath("w3m")
	var s, ds SnippetScore
	var ti, da, au, dti, dda MetaScore
	// scoreMeta scores a page's title and date into tis and das, logging
	// each miss under kind ("" for the HTML, "DUMP" for the text dump).
	scoreMeta := func(kind string, tis, das *MetaScore, file, goldTitle, goldDate, title, date string) {
		if goldTitle != "" {
			ok := titleMatch(goldTitle, title)
			tis.Add(ok)
			if !ok {
				logf("%sTITLE %s: gold %q got %q\n", kind, file, goldTitle, title)
			}
		}
		ok := dateMatch(goldDate, date)
		das.Add(ok)
		if !ok {
			logf("%sDATE %s: gold %q got %q\n", kind, file, goldDate, date)
		}
	}
	for _, d := range idx {
		raw, err := os.ReadFile(filepath.Join(trafDir, "test-files", "comparison", d.File))
		if err != nil {
			t.Fatal(err)
		}
		if w3m != "" {
			// the page as a text dump, rendered as the eval's text-dumps were
			text, err := renderDump(w3m, raw)
			if err != nil {
				t.Fatal(err)
			}
			r := dump.Extract(text)
			body := dumpBody(text, r)
			before := ds
			ds.Add(d.With, d.Without, body)
			if ds.FP > before.FP || ds.FN > before.FN {
				logf("DUMPBODY %s FP+%d FN+%d\n", d.File, ds.FP-before.FP, ds.FN-before.FN)
			}
			scoreMeta("DUMP", &dti, &dda, d.File, d.Title, d.Date, r.Title, r.Published)
		}
		r, _ := ex.Extract(context.Background(), raw)
		s.Add(d.With, d.Without, r.Body())
		scoreMeta("", &ti, &da, d.File, d.Title, d.Date, r.Title, r.Published)
		if len(d.Authors) > 0 {
			ok := authorMatch(strings.Join(d.Authors, "; "), r.Authors)
			au.Add(ok)
			if !ok {
				logf("AUTHOR %s: gold %q got %q\n", d.File, d.Authors, r.Authors)
			}
		}
	}
	t.Logf("go-trafilatura comparison dev pages (n=%d): F1 %.3f title %.3f (n=%d) date %.3f (n=%d) author %.3f (n=%d)",
		len(idx), s.PRF().F1(), ti.Accuracy(), ti.N, da.Accuracy(), da.N, au.Accuracy(), au.N)
	if w3m != "" {
		t.Logf("the same pages as w3m text dumps: F1 %.3f P %.3f R %.3f title %.3f date %.3f",
			ds.PRF().F1(), ds.PRF().Precision(), ds.PRF().Recall(), dti.Accuracy(), dda.Accuracy())
	}
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
