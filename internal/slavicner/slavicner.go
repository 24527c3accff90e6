// Package slavicner reads the SlavicNER (BSNLP) corpus as shipped in
// ../shared/eval/slavic-ner: raw pages with their gold mentions, filtered by
// one of the cross-topic split lists. The single_out_topic lists are never
// read.
package slavicner

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Split names a cross-topic split list.
type Split string

// The two splits pressclip may use: Train for learning, Test for reporting.
const (
	Train Split = "SPLIT_cross-topic_train.txt"
	Test  Split = "SPLIT_cross-topic_test.txt"
)

// Mention is one gold annotation; Start and End are BYTE offsets into
// Doc.Text (the corpus gives rune offsets; Read converts them).
type Mention struct {
	Start, End int
	Surface    string
	Lemma      string
	Type       string // PER, ORG, LOC, EVT, PRO
	ID         string // crosslingual_id, e.g. PER-Sergei-Shoigu
}

// Doc is one page of the corpus.
type Doc struct {
	Path     string // raw/<topic>/<lang>/<file>.txt
	Topic    string
	Lang     string
	Text     string
	Mentions []Mention
}

// Read returns the pages of split in path order. dir is the slavic-ner
// folder (…/eval/slavic-ner).
func Read(dir string, split Split) ([]*Doc, error) {
	list, err := os.ReadFile(filepath.Join(dir, string(split)))
	if err != nil {
		return nil, fmt.Errorf("slavicner: %w", err)
	}
	want := map[string]bool{}
	for _, p := range strings.Fields(string(list)) {
		want[p] = true
	}
	f, err := os.Open(filepath.Join(dir, "slavicner-raw-ner.tar.gz"))
	if err != nil {
		return nil, fmt.Errorf("slavicner: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("slavicner: %w", err)
	}
	raw := map[string]string{}
	ann := map[string]string{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("slavicner: %w", err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		switch {
		case strings.HasPrefix(h.Name, "raw/") && strings.HasSuffix(h.Name, ".txt") && want[h.Name]:
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("slavicner: %w", err)
			}
			raw[h.Name] = string(b)
		case strings.HasPrefix(h.Name, "ner/") && strings.HasSuffix(h.Name, ".tsv"):
			rp := "raw/" + strings.TrimSuffix(strings.TrimPrefix(h.Name, "ner/"), ".tsv") + ".txt"
			if !want[rp] {
				continue
			}
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("slavicner: %w", err)
			}
			ann[rp] = string(b)
		}
	}
	paths := make([]string, 0, len(raw))
	for p := range raw {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	docs := make([]*Doc, 0, len(paths))
	for _, p := range paths {
		parts := strings.Split(p, "/")
		if len(parts) < 4 {
			continue
		}
		d := &Doc{Path: p, Topic: parts[1], Lang: parts[2], Text: raw[p]}
		d.Mentions = parseTSV(d.Text, ann[p])
		docs = append(docs, d)
	}
	return docs, nil
}

// parseTSV reads `start end surface lemma TYPE id` lines with rune offsets
// and keeps those whose offsets land inside text.
func parseTSV(text, tsv string) []Mention {
	// rune index → byte offset
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	var ms []Mention
	sc := bufio.NewScanner(strings.NewReader(tsv))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 6 {
			continue
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || s < 0 || e <= s || e >= len(offs) {
			continue
		}
		m := Mention{Start: offs[s], End: offs[e], Surface: f[2], Lemma: f[3], Type: f[4], ID: f[5]}
		ms = append(ms, m)
	}
	return ms
}
