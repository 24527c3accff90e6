package extracteval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
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
