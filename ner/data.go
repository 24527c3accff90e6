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
// IOB1 tags are converted to BIO; types other than PER/ORG/LOC become O.
func ReadIOB(path string) ([]Sentence, error) {
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
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Labels = toBIO(cur.Labels)
			out = append(out, cur)
		}
		cur = Sentence{}
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
			flush()
			continue
		}
		tag := fs[len(fs)-1]
		if len(fs) == 1 {
			tag = "O"
		}
		cur.Words = append(cur.Words, fs[0])
		cur.Labels = append(cur.Labels, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
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
