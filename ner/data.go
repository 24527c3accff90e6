package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one gold-labelled sentence: words and their BIO labels over
// PER/ORG/LOC (other types mapped to O).
type Sentence struct {
	Words, Labels []string
	style         string // annotation convention (corpus) it was trained with
}

// styled sets the annotation style of every sentence of the documents.
func styled(docs [][]Sentence, style string) [][]Sentence {
	for _, d := range docs {
		for i := range d {
			d[i].style = style
		}
	}
	return docs
}

// mapType maps a corpus entity type to PER, ORG, LOC, or "" (dropped).
func mapType(t string) string {
	switch strings.ToUpper(t) {
	case "PER", "PERS", "PERSON":
		return "PER"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return "ORG"
	case "LOC", "GPE", "LOCATION", "GEOPOLIT", "LOCORG":
		return "LOC"
	}
	return ""
}

// ReadIOB reads a CoNLL-style file (token first column, IOB tag last column,
// blank lines between sentences, -DOCSTART- lines skipped; .gz accepted).
// IOB1 tags are converted to BIO; MISC is kept (scoring ignores it, a
// model may learn it), other types than PER/ORG/LOC become O.
func ReadIOB(path string) ([]Sentence, error) {
	docs, err := ReadIOBDocs(path)
	if err != nil {
		return nil, err
	}
	var out []Sentence
	for _, d := range docs {
		out = append(out, d...)
	}
	return out, nil
}

// pseudoDoc is the number of consecutive sentences taken as one document
// in IOB files without -DOCSTART- lines (their sentences are in document
// order, but the boundaries are lost).
const pseudoDoc = 40

// ReadIOBDocs reads a CoNLL-style file as ReadIOB does, split into
// documents at -DOCSTART- lines, or, when the file has none, into runs of
// pseudoDoc sentences.
func ReadIOBDocs(path string) ([][]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		r = zr
	}
	var out [][]Sentence
	var doc []Sentence
	var cur Sentence
	marked := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Labels = toBIO(cur.Labels)
			doc = append(doc, cur)
		}
		cur = Sentence{}
	}
	endDoc := func() {
		flush()
		if len(doc) > 0 {
			out = append(out, doc)
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			continue
		}
		fs := strings.Fields(line)
		if fs[0] == "-DOCSTART-" {
			marked = true
			endDoc()
			continue
		}
		tag := fs[len(fs)-1]
		if len(fs) == 1 {
			tag = "O"
		}
		cur.Words = append(cur.Words, fs[0])
		cur.Labels = append(cur.Labels, tag)
	}
	endDoc()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
	}
	if !marked && len(out) == 1 {
		all := out[0]
		out = nil
		for i := 0; i < len(all); i += pseudoDoc {
			out = append(out, all[i:min(i+pseudoDoc, len(all))])
		}
	}
	return out, nil
}

// toBIO maps types and repairs IOB1/ill-formed sequences to BIO.
func toBIO(tags []string) []string {
	out := make([]string, len(tags))
	prev := ""
	for i, t := range tags {
		typ := ""
		pre := byte('O')
		if len(t) > 2 && (t[0] == 'B' || t[0] == 'I' || t[0] == 'E' || t[0] == 'S' || t[0] == 'L' || t[0] == 'U') && t[1] == '-' {
			typ = mapType(t[2:])
			if strings.EqualFold(t[2:], "MISC") {
				typ = "MISC"
			}
			pre = t[0]
		}
		if typ == "" {
			out[i], prev = "O", ""
			continue
		}
		if (pre == 'I' || pre == 'E' || pre == 'L') && prev == typ {
			out[i] = "I-" + typ
		} else {
			out[i] = "B-" + typ
		}
		prev = typ
	}
	return out
}
