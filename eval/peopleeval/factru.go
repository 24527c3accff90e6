package peopleeval

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/doc"
)

type factObj struct {
	id   string
	span doc.Span // byte offsets
}

type factDoc struct {
	text  string
	objs  []factObj
	chain map[string]string // object id → coref group id
}

// readFactRu reads base.{txt,spans,objects,coref}. Offsets in .spans count
// characters; they are converted to byte offsets.
func readFactRu(base string) (*factDoc, error) {
	read := func(ext string) (string, error) {
		b, err := os.ReadFile(base + ext)
		if err != nil {
			return "", fmt.Errorf("factrueval: %w", err)
		}
		return string(b), nil
	}
	text, err := read(".txt")
	if err != nil {
		return nil, err
	}
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	spansTxt, err := read(".spans")
	if err != nil {
		return nil, err
	}
	spans := map[string]doc.Span{}
	for _, line := range strings.Split(spansTxt, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		s, err1 := strconv.Atoi(f[2])
		n, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || s < 0 || s+n >= len(offs) {
			continue
		}
		spans[f[0]] = doc.Span{Start: offs[s], End: offs[s+n]}
	}
	objTxt, err := read(".objects")
	if err != nil {
		return nil, err
	}
	fd := &factDoc{text: text, chain: map[string]string{}}
	for _, line := range strings.Split(objTxt, "\n") {
		line, _, _ = strings.Cut(line, "#")
		f := strings.Fields(line)
		if len(f) < 3 || f[1] != "Person" {
			continue
		}
		sp := doc.Span{Start: -1}
		for _, sid := range f[2:] {
			x, ok := spans[sid]
			if !ok {
				continue
			}
			if sp.Start < 0 || x.Start < sp.Start {
				sp.Start = x.Start
			}
			if x.End > sp.End {
				sp.End = x.End
			}
		}
		if sp.Start < 0 || sp.End <= sp.Start {
			continue
		}
		fd.objs = append(fd.objs, factObj{id: f[0], span: sp})
	}
	corefTxt, err := read(".coref")
	if err != nil {
		return nil, err
	}
	for _, block := range strings.Split(corefTxt, "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		if len(lines) == 0 {
			continue
		}
		f := strings.Fields(lines[0])
		if len(f) < 2 {
			continue
		}
		for _, id := range f[1:] {
			fd.chain[id] = f[0]
		}
	}
	return fd, nil
}
