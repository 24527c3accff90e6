package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/pressclip/pressclip/doc"
)

// TestExtractBadInputDirectory runs `extract` on a directory where bad
// files sit between good ones: one record per file in order, each bad one
// with an error saying what failed, the good ones (and a windows-1251 page
// without a declaration) extracted, and exit status 1.
func TestExtractBadInputDirectory(t *testing.T) {
	page := func(title, para string) string {
		return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + para + "</p><p>" + para + "</p></article></body></html>"
	}
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(bytes.Repeat([]byte("<p>lol</p>"), 32<<20/10)) // 32 MiB in ~32 KB
	zw.Close()
	cp1251, err := charmap.Windows1251.NewEncoder().String(page("Пожар на складе потушили утром",
		"Пожарные потушили возгорание на складе в пригороде Казани рано утром, сообщили в городском управлении МЧС. Пострадавших нет, причины пожара выясняют."))
	if err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name, body string
		wantErr    string // "" for a good page
		wantTitle  string
	}{
		{"a.html", page("Bridge opens to traffic", "The new bridge over the river opened to traffic on Monday morning, two months ahead of schedule, the transport department said in a statement."), "", "Bridge opens to traffic"},
		{"b.html", "", "empty input", ""},
		{"c.html.gz", bomb.String(), "larger than 16 MiB", ""},
		{"d.html", cp1251, "", "Пожар на складе потушили утром"},
		{"e.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "not a text or HTML page (PDF)", ""},
		{"f.html", page("Library extends opening hours", "The city library will stay open until nine in the evening from next week, after readers asked for longer hours in a survey last spring."), "", "Library extends opening hours"},
	}
	dir := t.TempDir()
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runCmd(t, "", "extract", "-j", "2", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (pages failed); stderr:\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(files) {
		t.Fatalf("%d records for %d files:\n%s", len(lines), len(files), stdout)
	}
	for i, line := range lines {
		var r doc.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		f := files[i]
		if r.Source != filepath.Join(dir, f.name) {
			t.Errorf("record %d is %s, want %s", i, r.Source, f.name)
			continue
		}
		if f.wantErr != "" {
			if !strings.Contains(r.Error, f.wantErr) {
				t.Errorf("%s: error %q, want it to say %q", f.name, r.Error, f.wantErr)
			}
			continue
		}
		if r.Error != "" || r.Title != f.wantTitle || r.Body == "" {
			t.Errorf("%s: error %q, title %q, body %.80q", f.name, r.Error, r.Title, r.Body)
		}
	}
}
