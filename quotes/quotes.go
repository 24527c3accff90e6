// Package quotes finds statements in a document — direct quotations in
// every quoting style and reported (indirect) speech — and attributes each
// to its speaker: a person of the people stage, an organisation, or an
// unresolved surface form.
//
// English uses a tagger learned from PolNeAR (content, cue and source
// spans); Ukrainian, Russian and other languages use cue lexicons and
// patterns. Quotation marks are paired by one linear scan, so unbalanced
// marks and pages that are one huge quotation stay linear.
package quotes

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/models"
)

// ModelFile is the shipped English model in models/.
const ModelFile = "quotes-en.gz"

// Extractor is the quotes stage. It is safe for concurrent use.
type Extractor struct {
	en *Model
}

// New loads the shipped English model and returns the stage.
func New() (*Extractor, error) {
	r, err := models.Open(ModelFile)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	m, err := DecodeModel(r)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return NewWithModel(m), nil
}

// NewWithModel returns the stage using English model m (nil: rules only).
func NewWithModel(m *Model) *Extractor { return &Extractor{en: m} }

// attr is one attribution found, in token indices of the segmented text:
// content ranges [from, to), the cue and source ranges (from == -1 when
// absent).
type attr struct {
	content  [][2]int
	cue, src [2]int
	direct   bool
}

var none = [2]int{-1, -1}

// Annotate fills d.Quotes. Entities and People, when present, are used to
// name speakers.
func (x *Extractor) Annotate(ctx context.Context, d *doc.Doc) error {
	d.Quotes = nil
	if d.Text == "" {
		return nil
	}
	// only the body is read when it is known: quotes elsewhere are dropped
	// anyway, and dumps carry whole pages
	lo, hi := bodyRange(d.Blocks, len(d.Text))
	t := segmentRange(d.Text, lo, hi)
	var attrs []attr
	var err error
	lang := baseLang(d.Lang)
	en := x.en != nil && isEnglish(lang, d.Text)
	if en {
		attrs, err = x.english(ctx, t)
	} else {
		attrs, err = rules(ctx, t, lexiconFor(lang))
	}
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	attrs = withTranscript(t, attrs, en)
	// resolve in text order: "he said" refers back to the last speaker
	sort.SliceStable(attrs, func(i, j int) bool { return firstTok(attrs[i]) < firstTok(attrs[j]) })
	res := newResolver(d, t)
	for _, a := range attrs {
		a = sourceInContent(t, a)
		a.cue = trimPunct(t, a.cue, false)
		a.src = antecedent(t, trimPunct(t, a.src, en))
		var cue *doc.Span
		if a.cue[0] >= 0 {
			cue = &doc.Span{Start: t.toks[a.cue[0]].start, End: t.toks[a.cue[1]-1].end}
		}
		var src *doc.Span
		speaker, id := "", ""
		if a.src[0] >= 0 {
			src = &doc.Span{Start: t.toks[a.src[0]].start, End: t.toks[a.src[1]-1].end}
			speaker, id = res.resolve(a.src)
		}
		a = strayLead(t, a)
		direct := directPieces(t, a)
		for i, c := range a.content {
			if c[1] <= c[0] {
				continue
			}
			q := doc.Quote{
				Span:   doc.Span{Start: t.toks[c[0]].start, End: t.toks[c[1]-1].end},
				Direct: direct[i], Speaker: speaker, SpeakerID: id, SpeakerSpan: src, Cue: cue,
			}
			d.Quotes = append(d.Quotes, q)
		}
	}
	sort.SliceStable(d.Quotes, func(i, j int) bool { return d.Quotes[i].Start < d.Quotes[j].Start })
	d.Quotes = inBlocks(d.Quotes, d.Blocks)
	return nil
}

// inBlocks keeps the quotes that start inside a body paragraph when the
// body is known, dropping navigation, teasers and related-story lists.
func inBlocks(qs []doc.Quote, blocks []doc.Block) []doc.Quote {
	if len(blocks) == 0 {
		return qs
	}
	bs := append([]doc.Block(nil), blocks...)
	sort.Slice(bs, func(i, j int) bool { return bs[i].Start < bs[j].Start })
	out := qs[:0]
	for _, q := range qs {
		k := sort.Search(len(bs), func(i int) bool { return bs[i].Start > q.Start }) - 1
		if k >= 0 && q.Start < bs[k].End {
			out = append(out, q)
		}
	}
	return out
}

// bodyRange is the byte range from the first body paragraph's start to
// the last one's end, or the whole text when there are no blocks.
func bodyRange(blocks []doc.Block, n int) (lo, hi int) {
	if len(blocks) == 0 {
		return 0, n
	}
	lo, hi = n, 0
	for _, b := range blocks {
		lo, hi = min(lo, b.Start), max(hi, b.End)
	}
	if lo >= hi {
		return 0, n
	}
	return lo, hi
}

// baseLang reduces a language tag to its primary subtag ("uk-UA" -> "uk").
func baseLang(tag string) string {
	tag = strings.ToLower(tag)
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}

// isEnglish decides whether the English tagger reads the page: English, or
// no language given and mostly Latin letters.
func isEnglish(lang, text string) bool {
	switch lang {
	case "en":
		return true
	case "":
		cyr, lat := 0, 0
		for i, r := range text {
			if i > 20000 {
				break
			}
			switch {
			case r >= 0x400 && r <= 0x4FF:
				cyr++
			case r < 0x80 && (r|0x20) >= 'a' && (r|0x20) <= 'z':
				lat++
			}
		}
		return lat >= cyr
	}
	return false
}

// withTranscript attributes interview transcript lines ("PENCE: Well,
// look, …", "ПУТИН: …") and, when headlines is set, headlines ("Rush
// Limbaugh: Hillary asking …"): a paragraph opening with a capitalised
// name (upper case in a transcript) and a colon is that speaker's.
// Attributions found inside such lines give way. Headlines are read in
// English only, where PolNeAR measured them.
func withTranscript(t *text, attrs []attr, headlines bool) []attr {
	var lines []attr
	line := map[int]bool{} // paragraphs that are transcript lines
	for i := 0; i < len(t.toks); i++ {
		if i > 0 && t.toks[i-1].para == t.toks[i].para {
			continue
		}
		j := i
		if t.toks[j].kind == kQuote || t.toks[j].kind == kDash {
			j++
		}
		from := j
		caps := true // a transcript's speaker, else a headline's
		for j < len(t.toks) && j-from < 3 && t.toks[j].para == t.toks[i].para && t.toks[j].kind == kWord && t.isCap(j) && !notName[t.toks[j].lower] {
			caps = caps && allCaps(t.word(j))
			j++
		}
		if j == from || j+1 >= len(t.toks) || t.toks[j].lower != ":" || t.toks[j+1].para != t.toks[i].para {
			continue
		}
		end := j + 1
		words := 0
		for end < len(t.toks) && t.toks[end].para == t.toks[i].para {
			if t.toks[end].kind == kWord {
				words++
			}
			end++
		}
		if !caps && (!headlines || words < 3) {
			continue
		}
		line[t.toks[i].para] = true
		direct := caps || t.toks[j+1].kind == kQuote
		lines = append(lines, attr{content: [][2]int{{j + 1, end}}, cue: [2]int{j, j + 1}, src: [2]int{from, j}, direct: direct})
	}
	if len(lines) == 0 {
		return attrs
	}
	out := attrs[:0]
	for _, a := range attrs {
		if len(a.content) > 0 && line[t.toks[a.content[0][0]].para] {
			continue
		}
		out = append(out, a)
	}
	return append(out, lines...)
}

// notName are labels that open a paragraph with a colon without naming
// a speaker ("Update:", "Photo:", «Читайте також:»).
var notName = map[string]bool{
	"update": true, "updated": true, "correction": true, "clarification": true, "editor's": true, "editor’s": true,
	"note": true, "photo": true, "photos": true, "video": true, "watch": true, "read": true, "related": true,
	"source": true, "sources": true, "image": true, "credit": true, "tags": true, "share": true, "listen": true,
	"see": true, "also": true, "subscribe": true, "follow": true, "published": true, "posted": true, "by": true,
	"more": true, "topics": true, "warning": true, "breaking": true, "exclusive": true, "opinion": true,
	"analysis": true, "live": true, "contact": true, "email": true, "phone": true, "date": true, "time": true,
	"location": true, "q": true, "a": true, "the": true,
	"фото": true, "видео": true, "відео": true, "читайте": true, "читати": true, "джерело": true, "источник": true,
	"теги": true, "автор": true, "оновлено": true, "обновлено": true, "також": true, "также": true,
}

// allCaps reports whether w has at least two letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// trimPunct drops punctuation at the ends of token range r ("said:",
// "Wang Wenbin, spokesperson for the ministry,"); none when nothing is left.
// With brackets, a closing bracket whose opening one the range holds stays
// ("Rep. Gwen Moore (D-Wis.)"; English only: ADAQ, the Russian check,
// scores punctuation tokens, and no dev set says how it marks them).
func trimPunct(t *text, r [2]int, brackets bool) [2]int {
	if r[0] < 0 {
		return r
	}
	for r[0] < r[1] && t.toks[r[0]].kind != kWord {
		r[0]++
	}
	for r[1] > r[0] && t.toks[r[1]-1].kind != kWord {
		if brackets && t.toks[r[1]-1].lower == ")" && openBracket(t, r[0], r[1]-1) {
			break
		}
		r[1]--
	}
	if r[0] >= r[1] {
		return none
	}
	return r
}

// openBracket reports whether tokens [i, j) leave a "(" unclosed.
func openBracket(t *text, i, j int) bool {
	n := 0
	for k := i; k < j; k++ {
		switch t.toks[k].lower {
		case "(":
			n++
		case ")":
			n = max(n-1, 0)
		}
	}
	return n > 0
}

// firstTok is an attribution's first content token.
func firstTok(a attr) int {
	f := 1 << 30
	for _, c := range a.content {
		f = min(f, c[0])
	}
	return f
}

// directPieces tells which content pieces of a are direct. An
// attribution joining reported speech and a quotation ("a lack of passion
// among young black voters …: “It's about me.”") is direct in its quoted
// pieces only; a direct one with no quotation mark at all (a transcript
// line, a dialogue dash) is direct throughout.
func directPieces(t *text, a attr) []bool {
	out := make([]bool, len(a.content))
	if !a.direct {
		return out
	}
	quoted := false
	for _, c := range a.content {
		quoted = quoted || c[1] > c[0] && isQuotation(t, c)
	}
	for i, c := range a.content {
		out[i] = !quoted || c[1] > c[0] && isQuotation(t, c)
	}
	return out
}

// maxStray is the most words an unquoted piece may have for strayLead
// to drop it.
const maxStray = 3

// strayLead drops the small unquoted pieces that open an attribution
// right before a quotation with the same cue: "To" in "To which she said,
// “Thank God …”" is a leftover of the lead-in, not part of the statement,
// and the quotation is what was said. The piece must end before the cue
// and only a comma or colon may stand between the cue and the quotation;
// pieces of more than maxStray words are kept. A partial quotation in
// reported speech ("The ad calls Trump “unfit”") keeps its lead-in.
func strayLead(t *text, a attr) attr {
	for len(a.content) > 1 {
		c, n := a.content[0], a.content[1]
		if c[1] <= c[0] || n[1] <= n[0] || isQuotation(t, c) || !isQuotation(t, n) ||
			a.cue[0] < 0 || c[1] > a.cue[0] || !introduces(t, a.cue[1], n[0]) {
			break
		}
		w := 0
		for _, k := range t.toks[c[0]:c[1]] {
			if k.kind == kWord {
				w++
			}
		}
		if w > maxStray {
			break
		}
		a.content = a.content[1:]
	}
	return a
}

// sourceInContent takes the source of an attribution without one from
// the words a piece runs on past its closing quotation mark up to the
// cue: in "“If he thinks that makes him smart,” the ad’s narrator says,
// “…”" the tagger read "the ad’s narrator" as content.
func sourceInContent(t *text, a attr) attr {
	if a.src[0] >= 0 || a.cue[0] < 0 {
		return a
	}
	for i, c := range a.content {
		if c[1] != a.cue[0] || c[1]-c[0] < 3 {
			continue
		}
		q := c[1] - 1
		for q > c[0] && t.toks[q].kind == kWord && c[1]-q <= 6 {
			q--
		}
		if q == c[1]-1 || t.toks[q].kind != kQuote || !t.toks[q].close || t.toks[q].quote > 0 {
			continue
		}
		a.src = [2]int{q + 1, c[1]}
		a.content = append([][2]int(nil), a.content...)
		a.content[i][1] = q + 1
		return a
	}
	return a
}

// introduces reports whether tokens [from, to) between a cue and a
// quotation are only a comma or colon, with the opening mark: "said, “".
func introduces(t *text, from, to int) bool {
	if to > from && t.toks[to-1].kind == kQuote {
		to--
	}
	if to-from != 1 {
		return false
	}
	p := t.toks[from].lower
	return t.toks[from].kind == kPunct && (p == "," || p == ":")
}

// isQuotation reports whether content range c opens with a quotation
// mark or inside a quotation.
func isQuotation(t *text, c [2]int) bool {
	return t.toks[c[0]].kind == kQuote || t.toks[c[0]].quote > 0
}
