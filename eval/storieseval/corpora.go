package storieseval

import (
	"archive/tar"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/doc"
)

// page is one evaluation document with its gold story and topic.
type page struct {
	d            *doc.Doc
	story, topic string
}

// catDoc reads a CAT XML document (ECB+, MEANTIME): tokens grouped into
// sentences, and the creation time when a TIMEX3 gives it. The text is the
// tokens joined by spaces, one block per sentence; the first sentence is the
// title.
func catDoc(name string, r io.Reader) (*doc.Doc, error) {
	dec := xml.NewDecoder(r)
	var sents [][]string
	dct := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "token":
			var t struct {
				Sentence string `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			}
			if err := dec.DecodeElement(&t, &se); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			n, err := strconv.Atoi(t.Sentence)
			if err != nil || n < 0 || n > 100000 {
				return nil, fmt.Errorf("%s: bad sentence number %q", name, t.Sentence)
			}
			for len(sents) <= n {
				sents = append(sents, nil)
			}
			sents[n] = append(sents[n], t.Text)
		case "TIMEX3":
			var fn, val string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "functionInDocument":
					fn = a.Value
				case "value":
					val = a.Value
				}
			}
			if fn == "CREATION_TIME" && dct == "" {
				dct = val
			}
		}
	}
	d := &doc.Doc{Source: name, Lang: "en", Published: dct}
	var b strings.Builder
	for _, s := range sents {
		if len(s) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(strings.Join(s, " "))
		d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: start, End: b.Len()}})
	}
	d.Text = b.String()
	if len(d.Blocks) > 0 {
		d.Title = d.Slice(d.Blocks[0].Span)
	}
	return d, nil
}

// eachTar calls fn for every regular file in a .tar.gz, in archive order.
func eachTar(file string, fn func(name string, r io.Reader) error) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if h.Typeflag == tar.TypeReg {
			if err := fn(h.Name, tr); err != nil {
				return err
			}
		}
	}
}

// ecbPages reads ECB+: story = topic + ecb|ecbplus, topic = the folder.
func ecbPages(file string) ([]page, error) {
	var ps []page
	err := eachTar(file, func(name string, r io.Reader) error {
		base := path.Base(name)
		if !strings.HasSuffix(base, ".xml") || strings.HasPrefix(base, ".") {
			return nil
		}
		topic := path.Base(path.Dir(name))
		kind := "ecb"
		if strings.HasSuffix(base, "ecbplus.xml") {
			kind = "ecbplus"
		}
		d, err := catDoc(name, r)
		if err != nil {
			return err
		}
		d.Published = "" // ECB+ pages carry no dates
		ps = append(ps, page{d: d, story: topic + "/" + kind, topic: topic})
		return nil
	})
	sort.Slice(ps, func(i, j int) bool { return ps[i].d.Source < ps[j].d.Source })
	return ps, err
}

// meantimePages reads MEANTIME: topic = the sub-corpus.
func meantimePages(file string) ([]page, error) {
	var ps []page
	err := eachTar(file, func(name string, r io.Reader) error {
		if !strings.HasSuffix(name, ".xml") || !strings.Contains(name, "/corpus_") {
			return nil
		}
		d, err := catDoc(name, r)
		if err != nil {
			return err
		}
		topic := path.Base(path.Dir(name))
		ps = append(ps, page{d: d, story: topic, topic: topic})
		return nil
	})
	sort.Slice(ps, func(i, j int) bool { return ps[i].d.Source < ps[j].d.Source })
	return ps, err
}

// slavicPages reads the slavic-ner pages on the cross-topic TEST list: topic =
// the topic folder; the first line of a page is its title.
func slavicPages(file, list string) ([]page, error) {
	b, err := os.ReadFile(list)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, p := range strings.Fields(string(b)) {
		want[p] = true
	}
	var ps []page
	err = eachTar(file, func(name string, r io.Reader) error {
		if !want[name] {
			return nil
		}
		body, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		parts := strings.Split(name, "/") // raw/<topic>/<lang>/<file>
		if len(parts) != 4 {
			return fmt.Errorf("unexpected slavic-ner path %s", name)
		}
		ps = append(ps, page{d: textDoc(name, parts[2], string(body)), topic: parts[1], story: parts[1]})
		return nil
	})
	sort.Slice(ps, func(i, j int) bool { return ps[i].d.Source < ps[j].d.Source })
	return ps, err
}

// textDoc makes a Doc of a plain text whose first line is the title and
// whose other non-empty lines are paragraphs.
func textDoc(name, lang, text string) *doc.Doc {
	d := &doc.Doc{Source: name, Lang: lang, Text: text}
	off := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		s := strings.TrimRight(line, "\r\n")
		trim := strings.TrimSpace(s)
		if trim != "" {
			start := off + strings.Index(s, trim)
			if i == 0 {
				d.Title = trim
			}
			d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: start, End: start + len(trim)}, Lang: lang})
		}
		off += len(line)
	}
	return d
}
