package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pressclip/pressclip/doc"
)

// annotateText handles plain text: the whole text is Doc.Text and the body
// is chosen line by line.
func (e *Extractor) annotateText(d *doc.Doc, text string) error {
	if strings.TrimSpace(text) == "" {
		return ErrNoText
	}
	d.Text = text
	r := textBody(text)
	d.Title, d.Authors, d.Published = r.Title, r.Authors, r.Published
	for _, s := range r.Blocks {
		d.Blocks = append(d.Blocks, doc.Block{Span: s})
	}
	return nil
}

// textResult is the text path's finding.
type textResult struct {
	Blocks    []doc.Span
	Title     string
	Authors   []string
	Published string
}

// tagsToText renders HTML the parser refuses (nesting deeper than it
// allows) with the tokenizer: text only, a line break at each block tag.
func tagsToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				appendText(&b, string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if blockTags[a] || a == atom.Br {
				if !strings.HasSuffix(b.String(), "\n") {
					b.WriteByte('\n')
				}
			}
		}
	}
}
