package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one visible text block of an HTML page, with the markup features
// body selection uses.
type block struct {
	text     string
	tag      atom.Atom // the block element that holds the text
	heading  bool
	linkLen  int    // bytes of text inside <a>
	boiler   bool   // inside nav, header, footer, aside, form, menu or a boilerplate-named container
	inTitle  bool   // the <h1> or a title-like heading
	path     string // class/id words of the ancestors, lower case
	depth    int
	listItem bool
	// marks are the byte offsets in text where an element inside an <h1>
	// starts or ends (a kicker <span> before the headline's own text)
	marks []int
	// kicker is the byte offset in text where a kicker element that opens
	// an <h1> ends (<span class="dachzeile">, "article-heading__kicker",
	// "roofline" …: a lead-in the page sets above its headline); 0 when
	// the headline has none
	kicker int
}

// blockTags end the current text block.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Caption: true,
	atom.Blockquote: true, atom.Pre: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Aside: true, atom.Form: true, atom.Figure: true, atom.Figcaption: true, atom.Address: true,
	atom.Hr: true, atom.Center: true, atom.Fieldset: true, atom.Details: true, atom.Summary: true,
	atom.Menu: true, atom.Body: true, atom.Html: true, atom.Noscript: true,
}

// skipTags hold no visible text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Select: true,
	atom.Option: true, atom.Textarea: true, atom.Button: true, atom.Input: true, atom.Head: true,
	atom.Noscript: true, atom.Audio: true, atom.Video: true, atom.Map: true, atom.Dialog: true,
	atom.Rt: true, atom.Rp: true, // ruby annotations (furigana) are read beside the text, not in it
}

var boilerTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Menu: true,
}

// boilerWords in class or id names mark boilerplate containers.
var boilerWord = map[string]bool{}

func init() {
	for _, w := range []string{"nav", "navbar", "navigation", "menu", "footer", "header", "sidebar", "share", "sharing", "social", "related",
		"comment", "comments", "promo", "advert", "ad", "ads", "banner", "breadcrumb", "breadcrumbs", "newsletter", "subscribe",
		"cookie", "cookies", "popular", "recommended", "recommendations", "teaser", "teasers", "widget", "tags", "login", "signup",
		"outbrain", "taboola", "sponsor", "sponsored", "trending", "mostread", "masthead", "toolbar", "pagination", "pager"} {
		boilerWord[w] = true
	}
}

type renderer struct {
	blocks []block
	cur    strings.Builder
	link   int
	curTag atom.Atom
	stack  []frame
	marks  []int // element starts and ends in cur, inside an <h1>
	kicker int   // where a kicker element that opens an <h1> ends in cur
}

type frame struct {
	tag    atom.Atom
	boiler bool
	path   string
}

// render walks the parsed page and returns its visible text blocks.
func render(root *html.Node) []block {
	r := &renderer{}
	r.walk(root, frame{}, 0, false)
	r.flush(frame{}, 0)
	return r.blocks
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func classID(n *html.Node) string {
	var b strings.Builder
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" || a.Key == "role" || a.Key == "itemprop" {
			b.WriteString(strings.ToLower(a.Val))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func isBoilerName(s string) bool {
	if s == "" {
		return false
	}
	content := false
	boiler := false
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		switch tok {
		case "content", "body", "article", "post", "entry", "text", "story":
			content = true
		}
		if boilerWord[tok] {
			boiler = true
		}
	}
	return boiler && !content
}

func (r *renderer) walk(n *html.Node, f frame, depth int, inLink bool) {
	switch n.Type {
	case html.TextNode:
		if n.Data != "" {
			start := r.cur.Len()
			appendText(&r.cur, n.Data)
			if inLink {
				r.link += r.cur.Len() - start
			}
		}
		return
	case html.ElementNode:
		if skipTags[n.DataAtom] || hidden(n) {
			return
		}
		if f.tag == atom.H1 && !blockTags[n.DataAtom] {
			r.marks = append(r.marks, r.cur.Len())
		}
		if n.DataAtom == atom.Br {
			r.cur.WriteByte(' ')
			return
		}
		cf := f
		cls := classID(n)
		if boilerTags[n.DataAtom] || (n.DataAtom != atom.Body && n.DataAtom != atom.Html && n.DataAtom != atom.Article && n.DataAtom != atom.Main && isBoilerName(cls)) {
			cf.boiler = true
		}
		if cls != "" {
			cf.path = f.path + cls
			if len(cf.path) > 400 {
				cf.path = cf.path[len(cf.path)-400:]
			}
		}
		isBlock := blockTags[n.DataAtom]
		if isBlock {
			r.flush(f, depth)
			cf.tag = n.DataAtom
		}
		if n.DataAtom == atom.A {
			inLink = true
		}
		opens := f.tag == atom.H1 && !isBlock && r.kicker == 0 && strings.TrimSpace(r.cur.String()) == "" && kickerName(cls)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c, cf, depth+1, inLink)
		}
		if f.tag == atom.H1 && !isBlock {
			r.marks = append(r.marks, r.cur.Len())
		}
		if opens {
			r.kicker = r.cur.Len()
		}
		if isBlock {
			r.flush(cf, depth+1)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, f, depth+1, inLink)
	}
}

// appendText adds s with whitespace runs collapsed to one space.
func appendText(b *strings.Builder, s string) {
	space := b.Len() > 0 && lastIsSpace(b)
	for _, c := range s {
		if unicode.IsSpace(c) || c == '\u00a0' {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(c)
		space = false
	}
}

func lastIsSpace(b *strings.Builder) bool {
	s := b.String()
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ' '
}

func (r *renderer) flush(f frame, depth int) {
	raw := r.cur.String()
	t := strings.TrimSpace(raw)
	link := r.link
	marks := r.marks
	kick := r.kicker
	r.cur.Reset()
	r.link = 0
	r.marks = nil
	r.kicker = 0
	if t == "" {
		return
	}
	var inText []int
	kicker := 0
	if f.tag == atom.H1 {
		lead := len(raw) - len(strings.TrimLeft(raw, " "))
		for _, m := range marks {
			if m -= lead; m > 0 && m < len(t) {
				inText = append(inText, m)
			}
		}
		if kick -= lead; kick > 0 && kick < len(t) {
			kicker = kick
		}
	}
	if link > len(t) {
		link = len(t)
	}
	h := false
	switch f.tag {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		h = true
	}
	r.blocks = append(r.blocks, block{
		text: t, tag: f.tag, heading: h, linkLen: link, boiler: f.boiler,
		inTitle: f.tag == atom.H1, path: f.path, depth: depth, listItem: f.tag == atom.Li, marks: inText,
		kicker: kicker,
	})
}

// kickerWords name the element a page sets its kicker in, the short
// lead-in above a headline, in the class names of common CMSs (German
// "Dachzeile" and "Spitzmarke" too).
var kickerWords = []string{"kicker", "dachzeile", "spitzmarke", "roofline", "overline", "topline", "toptitle", "supertitle", "overtitle", "pretitle", "eyebrow"}

// kickerName reports class/id words that name a kicker element.
func kickerName(cls string) bool {
	for _, w := range kickerWords {
		if strings.Contains(cls, w) {
			return true
		}
	}
	return false
}
