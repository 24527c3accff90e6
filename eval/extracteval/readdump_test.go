package extracteval

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/dump"
)

// readabilityDir is go-readability's folder in the Go module cache (it is
// in go.mod as a dependency of go-trafilatura).
func readabilityDir(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-shiori/go-readability").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Skipf("go-readability not in the module cache: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "test-pages")); err != nil {
		t.Skipf("go-readability test pages: %v", err)
	}
	return dir
}

// TestReadabilityDumpDev scores package dump on go-readability's test
// pages (Apache-2.0; in neither eval set) rendered to text dumps by w3m as
// the eval's text-dumps were: each source.html against its expected.html
// rendered the same way (4-gram shingle F1), and the title against
// expected-metadata.json. It is the development set package dump's weights
// were set on (TestDumpDev reads the same dumps from a folder); it needs
// w3m and the module cache and skips without them, and reads nothing of
// ../shared. Per-page figures go to the file DUMP_DEV_LOG names.
func TestReadabilityDumpDev(t *testing.T) {
	w3m, err := exec.LookPath("w3m")
	if err != nil {
		t.Skip("w3m not installed")
	}
	root := filepath.Join(readabilityDir(t), "test-pages")
	sources, _ := filepath.Glob(filepath.Join(root, "*", "source.html"))
	var log *os.File
	if p := os.Getenv("DUMP_DEV_LOG"); p != "" {
		if log, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer log.Close()
	}
	var s ShingleScore
	var ti MetaScore
	pages := 0
	for _, src := range sources {
		dir := filepath.Dir(src)
		expected, err := os.ReadFile(filepath.Join(dir, "expected.html"))
		if err != nil {
			continue
		}
		page, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		text, err := renderDump(w3m, page)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := renderDump(w3m, expected)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		r := dump.Extract(text)
		body := dumpBody(text, r)
		s.Add(gold, body)
		if log != nil {
			c := shingleMatch(gold, body)
			fmt.Fprintf(log, "BODY %s P %.3f R %.3f\n", filepath.Base(dir), c.TP/(c.TP+c.FP+1e-9), c.TP/(c.TP+c.FN+1e-9))
		}
		var meta struct{ Title string }
		if b, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json")); err == nil && json.Unmarshal(b, &meta) == nil && meta.Title != "" {
			ok := titleMatch(meta.Title, r.Title)
			ti.Add(ok)
			if log != nil && !ok {
				fmt.Fprintf(log, "TITLE %s: gold %q got %q\n", filepath.Base(dir), meta.Title, r.Title)
			}
		}
	}
	if pages < 100 {
		t.Fatalf("go-readability test pages with an expected text: %d, want at least 100", pages)
	}
	t.Logf("go-readability test pages as w3m text dumps (n=%d): F1 %.4f P %.4f R %.4f title %.3f (n=%d)",
		pages, s.F1(), s.Precision(), s.Recall(), ti.Accuracy(), ti.N)
}
