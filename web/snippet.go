package web

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/store"
)

// hitsHTML renders a list of search hits. It writes what the template
//
//	<ol class="hits">{{range .}}<li class="hit"><a class="title" href="/documents/{{.ID}}">{{if .Title}}{{.Title}}{{else}}(untitled){{end}}</a>
//	<div class="meta">{{.Lang}} · {{.Published}} · <span class="src">{{.Source}}</span>{{with .Story}} · <a href="/stories/{{.}}">story</a>{{end}}</div>
//	<p class="snippet">{{range .Snippet}}{{if .Match}}<mark>{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</p></li>{{end}}</ol>
//
// wrote, byte for byte (TestHitsHTML), with html/template's escaping for
// each place, but without its reflection on every field and escaper: a
// search page shows twenty hits, each with a snippet of a few segments,
// and rendering them so took a third of the page's CPU.
func hitsHTML(hits []store.Hit) template.HTML {
	var b strings.Builder
	b.WriteString(`<ol class="hits">`)
	for _, h := range hits {
		b.WriteString(`<li class="hit"><a class="title" href="/documents/`)
		b.WriteString(strconv.FormatInt(h.ID, 10)) // digits and '-': kept by the URL normalizer and attribute escaper
		b.WriteString(`">`)
		if h.Title != "" {
			htmlText.WriteString(&b, h.Title)
		} else {
			b.WriteString("(untitled)")
		}
		b.WriteString("</a>\n<div class=\"meta\">")
		htmlText.WriteString(&b, h.Lang)
		b.WriteString(" · ")
		htmlText.WriteString(&b, h.Published)
		b.WriteString(` · <span class="src">`)
		htmlText.WriteString(&b, h.Source)
		b.WriteString(`</span>`)
		if h.Story != "" {
			b.WriteString(` · <a href="/stories/`)
			// In a double-quoted attribute the escaper after the URL
			// normalizer escapes what htmlText does.
			htmlText.WriteString(&b, urlNormalized(h.Story))
			b.WriteString(`">story</a>`)
		}
		b.WriteString("</div>\n<p class=\"snippet\">")
		writeSnippet(&b, h.Snippet)
		b.WriteString("</p></li>")
	}
	b.WriteString("</ol>")
	return template.HTML(b.String())
}

// writeSnippet writes a hit's snippet: its text escaped, the words that
// matched in <mark>.
func writeSnippet(b *strings.Builder, segs []store.Segment) {
	for _, s := range segs {
		if s.Match {
			b.WriteString("<mark>")
			htmlText.WriteString(b, s.Text)
			b.WriteString("</mark>")
		} else {
			htmlText.WriteString(b, s.Text)
		}
	}
}

// htmlText escapes text as html/template does in an element's text (its
// htmlEscaper) and in a quoted attribute (attrEscaper): NUL becomes
// U+FFFD, and " & ' + < > character references. Every other byte, invalid
// UTF-8 among them, is kept: each one replaced is ASCII, so it is never
// part of a longer UTF-8 sequence.
var htmlText = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// urlNormalized is s as html/template's URL normalizer leaves it in a
// URL's path: bytes other than letters, digits, RFC 3986's unreserved and
// reserved characters (but ' ( )) and valid %XX escapes are %-escaped.
func urlNormalized(s string) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0:
			continue
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		}
		b.WriteString(s[written:i])
		fmt.Fprintf(&b, "%%%02x", c)
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
