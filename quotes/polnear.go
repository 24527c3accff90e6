package quotes

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
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
)

// Article is one PolNeAR article with its gold attributions, offsets
// converted to bytes of Text.
type Article struct {
	Name  string
	Text  string
	Attrs []Attribution
}

// Attribution is one gold attribution relation. Content may have several
// fragments (brat discontinuous spans); Source is empty when the annotator
// found none.
type Attribution struct {
	Content []doc.Span
	Cue     []doc.Span
	Source  []doc.Span
}

// LoadPolNeARDir reads a PolNeAR compartment laid out as dir/text/*.txt and
// dir/attributions/*.ann. When an article has several annotators, the first
// annotation file (by name) is used.
func LoadPolNeARDir(dir string) ([]Article, error) {
	files := map[string][]byte{}
	for _, sub := range []string{"text", "attributions"} {
		ents, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(dir, sub, e.Name()))
			if err != nil {
				return nil, fmt.Errorf("polnear: %w", err)
			}
			files[sub+"/"+e.Name()] = b
		}
	}
	return buildArticles(files, "")
}

// LoadPolNeARTar reads one compartment ("train" or "dev") of the PolNeAR
// git-archive tarball (data/<compartment>/{text,attributions}).
func LoadPolNeARTar(path, compartment string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	files := map[string][]byte{}
	prefix := "data/" + compartment + "/"
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", path, err)
		}
		i := strings.Index(h.Name, prefix)
		if i < 0 || h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", path, err)
		}
		files[h.Name[i+len(prefix):]] = b
	}
	return buildArticles(files, path)
}

func buildArticles(files map[string][]byte, where string) ([]Article, error) {
	var anns []string
	for k := range files {
		if strings.HasPrefix(k, "attributions/") && strings.HasSuffix(k, ".ann") {
			anns = append(anns, k)
		}
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	var out []Article
	for _, a := range anns {
		base := strings.TrimSuffix(strings.TrimPrefix(a, "attributions/"), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if seen[base] {
			continue
		}
		txt, ok := files["text/"+base+".txt"]
		if !ok {
			continue
		}
		seen[base] = true
		art, err := parseAnn(base, string(txt), string(files[a]))
		if err != nil {
			return nil, fmt.Errorf("polnear %s: %s: %w", where, a, err)
		}
		out = append(out, art)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("polnear %s: no annotated articles", where)
	}
	return out, nil
}

func parseAnn(name, txt, ann string) (Article, error) {
	// rune offset -> byte offset
	pos := make([]int, 0, len(txt)+1)
	for i := range txt {
		pos = append(pos, i)
	}
	pos = append(pos, len(txt))
	conv := func(s string) (int, error) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n >= len(pos) {
			return 0, fmt.Errorf("bad offset %q", s)
		}
		return pos[n], nil
	}
	type tb struct {
		typ   string
		spans []doc.Span
	}
	ts := map[string]tb{}
	var events [][]string
	for _, line := range strings.Split(ann, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			sp := strings.IndexByte(f[1], ' ')
			if sp < 0 {
				continue
			}
			var spans []doc.Span
			for _, frag := range strings.Split(f[1][sp+1:], ";") {
				se := strings.Fields(frag)
				if len(se) != 2 {
					return Article{}, fmt.Errorf("bad span %q", line)
				}
				a, err := conv(se[0])
				if err != nil {
					return Article{}, err
				}
				b, err := conv(se[1])
				if err != nil {
					return Article{}, err
				}
				spans = append(spans, doc.Span{Start: a, End: b})
			}
			ts[f[0]] = tb{f[1][:sp], spans}
		case strings.HasPrefix(f[0], "E"):
			events = append(events, strings.Fields(f[1]))
		}
	}
	art := Article{Name: name, Text: txt}
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t, ok := ts[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				a.Content = append(a.Content, t.spans...)
			case "Cue":
				a.Cue = append(a.Cue, t.spans...)
			case "Source":
				a.Source = append(a.Source, t.spans...)
			}
		}
		if len(a.Content) > 0 {
			art.Attrs = append(art.Attrs, a)
		}
	}
	if !utf8.ValidString(txt) {
		return Article{}, fmt.Errorf("text is not UTF-8")
	}
	return art, nil
}
