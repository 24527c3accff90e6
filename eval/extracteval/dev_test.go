package extracteval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/eval"
)

func writeGzip(t *testing.T, path, text string) {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(text))
	z.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunDev runs extract-dev on three made-up trafilatura-eval pages and
// one cleaneval page: the halves split the pages by their place in URL
// order, a page whose gold title cannot match counts against its half
// only, and it is written to the misses file.
func TestRunDev(t *testing.T) {
	data := t.TempDir()
	t.Setenv("GOMODCACHE", t.TempDir()) // no go-htmldate: no mediacloud rows
	body := "%s body text that is long enough to be the article, with a second clause for good measure and a third."
	page := func(title string) string {
		return "<html><head><title>" + title + "</title></head><body><article><h1>" + title +
			"</h1><p>" + strings.Replace(body, "%s", title, 1) + "</p></article></body></html>"
	}
	gold := map[string]any{}
	for i, name := range []string{"alpha", "bravo", "charlie"} {
		title := strings.ToUpper(name[:1]) + name[1:] + " headline"
		goldTitle := title
		if i == 1 {
			goldTitle = "A title the page does not show"
		}
		gold["https://example.com/"+name] = map[string]any{
			"file": name + ".html", "with": []string{strings.Replace(body, "%s", title, 1)[:40]},
			"without": []string{}, "title": goldTitle,
		}
		writeGzip(t, filepath.Join(data, "trafilatura-eval", "html", name+".html.gz"), page(title))
		writeGzip(t, filepath.Join(data, "text-dumps", "trafilatura-eval", name+".txt.gz"),
			title+"\n\n"+strings.Replace(body, "%s", title, 1)+"\n")
	}
	b, _ := json.Marshal(gold)
	if err := os.WriteFile(filepath.Join(data, "trafilatura-eval", "evaldata.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	writeGzip(t, filepath.Join(data, "cleaneval-final", "input", "1.html.gz"), page("Delta headline"))
	writeGzip(t, filepath.Join(data, "cleaneval-final", "GoldStandard", "1.txt.gz"), "<p>"+strings.Replace(body, "%s", "Delta headline", 1))

	misses := filepath.Join(t.TempDir(), "misses.txt")
	rep, err := RunDev(context.Background(), eval.Options{Data: data, Misses: misses})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, r := range rep.Results {
		got[r.Dataset+" | "+r.Metric] = r.Value
		if strings.Contains(r.Dataset, "mediacloud") {
			t.Errorf("mediacloud row without go-htmldate: %+v", r)
		}
	}
	for key, want := range map[string]float64{
		"trafilatura-eval HTML, all, pressclip | title exact (n=3)":                  2.0 / 3,
		"trafilatura-eval HTML, even half, pressclip | title exact (n=2)":            1,
		"trafilatura-eval HTML, odd half, pressclip | title exact (n=1)":             0,
		"trafilatura-eval text dumps, odd half | title exact (n=1)":                  0,
		"trafilatura-eval text dumps, all | title misses whose gold is a whole line": 0,
	} {
		v, ok := got[key]
		if !ok {
			t.Errorf("no row %q", key)
		} else if v != want {
			t.Errorf("%s = %v, want %v", key, v, want)
		}
	}
	if _, ok := got["cleaneval-final, pressclip | F1 (token LCS, n=1)"]; !ok {
		t.Error("no cleaneval row")
	}
	m, err := os.ReadFile(misses)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`TITLE 1 bravo.html: gold "A title the page does not show" got "Bravo headline"`, `DUMPTITLE 1 bravo line=false`} {
		if !strings.Contains(string(m), want) {
			t.Errorf("misses file lacks %q:\n%s", want, m)
		}
	}
	if strings.Contains(string(m), "alpha") {
		t.Errorf("misses file names a page got right:\n%s", m)
	}
}

// TestRunDevOutside runs extract-dev's out-of-sample rows on a made-up Go
// module cache: a go-trafilatura comparison page outside the eval sets is
// scored, one whose URL is in article-extraction-benchmark is left out, and
// a go-readability test page's title is checked; misses are written.
func TestRunDevOutside(t *testing.T) {
	if _, err := exec.LookPath("w3m"); err != nil {
		t.Skip("w3m not installed")
	}
	data, cache := t.TempDir(), t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	body := "Storm hits coast: the storm reached the coast on Monday night, and the council closed the harbour until further notice, its spokesman said."
	page := func(title string) string {
		return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>"
	}
	write := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	traf := filepath.Join(cache, "github.com/markusmobius/go-trafilatura@"+trafVersion)
	write(filepath.Join(traf, "scripts/comparison/data.go"), `package main
var comparisonData = map[string]ComparisonEntry{
	"https://a.example/storm": {File: "a.html", Title: "Storm hits coast", Date: "2024-03-12", With: []string{"the council closed the harbour"}, Without: []string{"Cookie settings"}},
	"https://b.example/held-out": {File: "b.html", Title: "Held out", With: []string{"x"}},
}`)
	write(filepath.Join(traf, "test-files/comparison/a.html"), page("Storm hits coast"))
	write(filepath.Join(traf, "test-files/comparison/b.html"), page("Held out"))
	read := filepath.Join(cache, "github.com/go-shiori/go-readability@"+readabilityVersion, "test-pages", "storm")
	write(filepath.Join(read, "source.html"), page("Storm hits coast"))
	write(filepath.Join(read, "expected.html"), "<p>"+body+"</p>")
	write(filepath.Join(read, "expected-metadata.json"), `{"title": "A title the page does not show"}`)
	write(filepath.Join(data, "trafilatura-eval", "evaldata.json"), `{}`)
	write(filepath.Join(data, "article-extraction-benchmark", "ground-truth.json"), `{"b": {"url": "https://b.example/held-out", "articleBody": "x"}}`)
	misses := filepath.Join(t.TempDir(), "misses.txt")
	rep := &eval.Report{}
	f, err := os.Create(misses)
	if err != nil {
		t.Fatal(err)
	}
	o := eval.Options{Data: data}
	if err := devTrafComparisonRows(context.Background(), o, rep, f); err != nil {
		t.Fatal(err)
	}
	if err := devReadabilityRows(context.Background(), o, rep, f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got := map[string]float64{}
	for _, r := range rep.Results {
		got[r.Dataset+" | "+r.Metric] = r.Value
	}
	gt := "go-trafilatura comparison pages (outside the eval sets, n=1)"
	rd := "go-readability test pages (outside the eval sets, n=1)"
	for key, want := range map[string]float64{
		gt + ", HTML, pressclip | F1 (with/without snippets)": 1,
		gt + ", HTML, pressclip | title exact (n=1)":          1,
		gt + ", HTML, pressclip | date exact (n=1)":           0,
		gt + ", w3m text dumps | date exact (n=1)":            0,
		rd + ", HTML, pressclip | title exact (n=1)":          0,
	} {
		if v, ok := got[key]; !ok {
			t.Errorf("no row %q (rows %v)", key, got)
		} else if v != want {
			t.Errorf("%s = %v, want %v", key, v, want)
		}
	}
	if v := got[rd+", HTML, pressclip | F1 (4-gram shingles, n=1)"]; v < 0.5 {
		t.Errorf("go-readability HTML F1 %v, want at least 0.5", v)
	}
	m, _ := os.ReadFile(misses)
	for _, want := range []string{`DATE 0 a.html: gold "2024-03-12" got ""`, `READTITLE storm: gold "A title the page does not show"`} {
		if !strings.Contains(string(m), want) {
			t.Errorf("misses file lacks %q:\n%s", want, m)
		}
	}
}
