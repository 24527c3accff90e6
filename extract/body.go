package extract

import (
	"strings"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pressclip/pressclip/dump"
)

// TrafilaturaOptions are the go-trafilatura settings pressclip builds on:
// its fallback extractors (readability, distiller) on, and the fast date
// mode (no dateparser pass over the whole page).
func TrafilaturaOptions(o Options) trafilatura.Options {
	return trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  !o.NoFallback,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// runTrafilatura returns go-trafilatura's result, or nil when it fails.
func (e *Extractor) runTrafilatura(root *html.Node) (res *trafilatura.ExtractResult) {
	if countElements(root, maxTrafilaturaElements+1) > maxTrafilaturaElements {
		return nil
	}
	defer func() {
		if recover() != nil {
			res = nil
		}
	}()
	r, err := trafilatura.ExtractDocument(root, TrafilaturaOptions(e.opts))
	if err != nil {
		return nil
	}
	return r
}

// maxTrafilaturaElements bounds the pages go-trafilatura reads. It clones
// and walks the tree several times: a table of 300,000 cells (4.9 MB of
// HTML) peaked at 1.5 GB of heap, about 300 bytes per byte of input, so a
// page at decode.MaxSize could take 5 GB. News pages have far fewer
// elements (at most 10,106 start tags on the 1,911 HTML pages of the
// extraction benchmarks); a larger page is scored by pressclip's block
// scoring alone, as when go-trafilatura finds nothing.
const maxTrafilaturaElements = 100_000

// countElements counts the element nodes under n, stopping at limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// normWords lower-cases s and splits it into word tokens.
func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r))
	})
}

// coverage is the set of word trigrams of a reference body, and of its
// single words and word pairs for short blocks.
type coverage struct {
	grams map[[3]string]struct{}
	short map[[2]string]struct{} // words as {w, ""}, pairs as {w1, w2}
}

func newCoverage(text string) *coverage {
	w := normWords(text)
	c := &coverage{grams: make(map[[3]string]struct{}, len(w)), short: make(map[[2]string]struct{}, 2*len(w))}
	for i := range w {
		c.short[[2]string{w[i], ""}] = struct{}{}
		if i+2 <= len(w) {
			c.short[[2]string{w[i], w[i+1]}] = struct{}{}
		}
		if i+3 <= len(w) {
			c.grams[[3]string{w[i], w[i+1], w[i+2]}] = struct{}{}
		}
	}
	return c
}

// share is the fraction of a block's word trigrams found in the reference;
// blocks under three words count as found when their words occur in order.
func (c *coverage) share(text string) float64 {
	w := normWords(text)
	if len(w) == 0 {
		return 0
	}
	if len(w) < 3 {
		// A set lookup, not a search of the reference text: a page of
		// 100,000 table cells made that search quadratic (7 s of CPU).
		k := [2]string{w[0], ""}
		if len(w) == 2 {
			k[1] = w[1]
		}
		if _, ok := c.short[k]; ok {
			return 1
		}
		return 0
	}
	in := 0
	for i := 0; i+3 <= len(w); i++ {
		if _, ok := c.grams[[3]string{w[i], w[i+1], w[i+2]}]; ok {
			in++
		}
	}
	return float64(in) / float64(len(w)-2)
}

// selectBody marks the body blocks.
func (e *Extractor) selectBody(blocks []block, tr *trafilatura.ExtractResult) []bool {
	body := make([]bool, len(blocks))
	if tr == nil || strings.TrimSpace(tr.ContentText) == "" {
		return scoreOnly(blocks)
	}
	cov := newCoverage(tr.ContentText)
	for i, b := range blocks {
		body[i] = cov.share(b.text) >= 0.5
	}
	if e.opts.TrafilaturaOnly {
		return body
	}
	return refine(blocks, body)
}

// scoreOnly picks body blocks without a reference: prose-like blocks
// outside boilerplate containers.
func scoreOnly(blocks []block) []bool {
	body := make([]bool, len(blocks))
	for i, b := range blocks {
		body[i] = !b.boiler && prose(b) > 0
	}
	return body
}

// prose scores how much a block reads like article text: long, few links,
// ends like a sentence.
func prose(b block) float64 {
	n := len(normWords(b.text))
	ld := float64(b.linkLen) / float64(len(b.text))
	s := 0.0
	switch {
	case n >= 25:
		s += 2
	case n >= 10:
		s += 1
	case n < 4:
		s -= 1
	}
	if ld > 0.5 {
		s -= 2
	}
	if strings.ContainsAny(lastRune(b.text), ".!?»\"”:") {
		s += 0.5
	}
	return s
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// refine adjusts go-trafilatura's choice with pressclip's block features:
// it drops "read also" lead-ins, link lists, subscription and copyright
// notices and short blocks of boilerplate containers, and takes back prose
// blocks and subheadings that sit between two body blocks.
func refine(blocks []block, body []bool) []bool {
	out := append([]bool(nil), body...)
	for i, b := range blocks {
		if out[i] && junk(b) {
			out[i] = false
		}
	}
	for i := 1; i+1 < len(blocks); i++ {
		if out[i] || !out[i-1] || !(out[i+1] || (i+2 < len(blocks) && out[i+2])) {
			continue
		}
		b := blocks[i]
		if b.boiler || junk(b) || linkDensity(b) > 0.3 {
			continue
		}
		if prose(b) > 0 || b.heading {
			out[i] = true
		}
	}
	// Long prose paragraphs running on from the body's first or last
	// block (at most maxEdge each way).
	const maxEdge = 3
	first, last := -1, -1
	for i := range out {
		if out[i] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return out
	}
	for k, i := 0, first-1; k < maxEdge && i >= 0 && edgeProse(blocks[i]); k, i = k+1, i-1 {
		out[i] = true
	}
	for k, i := 0, last+1; k < maxEdge && i < len(blocks) && edgeProse(blocks[i]); k, i = k+1, i+1 {
		out[i] = true
	}
	// A label that ends the body introduces a list the body does not
	// hold (related links, sources, share buttons).
	for i := len(out) - 1; i >= 0; i-- {
		if !out[i] {
			continue
		}
		if !label(blocks[i].text) {
			break
		}
		out[i] = false
	}
	return out
}

// label reports a short label ending in a colon: at most three words
// before it ("Seguir leyendo:", "Lue aiheesta lisää:", "Quellen:").
func label(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	n := len(strings.Fields(strings.TrimSuffix(t, ":")))
	return n >= 1 && n <= 3
}

func edgeProse(b block) bool {
	return !b.boiler && !junk(b) && linkDensity(b) < 0.2 && prose(b) >= 2
}

func linkDensity(b block) float64 { return float64(b.linkLen) / float64(len(b.text)) }

// junk reports a block that is boilerplate whatever the extractor thought.
func junk(b block) bool {
	n := len(normWords(b.text))
	ld := linkDensity(b)
	switch {
	case b.tag == atom.Figcaption && n < 40:
		return true
	case n < 40 && hasLeadIn(b.text):
		return true
	case n < 30 && ld > 0.6 && !b.heading:
		return true
	case b.boiler && ld > 0.5 && n < 30:
		return true
	case n < 40 && boilerPhrase(b.text):
		return true
	}
	return false
}

func hasLeadIn(t string) bool { return dump.LeadIn(t) }

func boilerPhrase(t string) bool { return dump.BoilerPhrase(t) }
