// Package extract is the first pipeline stage: it decodes a page's raw bytes
// and finds the article in it. For HTML it renders the page's visible text
// blocks into Doc.Text (separated by blank lines), marks the article body
// blocks as Doc.Blocks and reads the title, authors and publication date
// from meta tags, JSON-LD, <time> and visible bylines. Plain-text dumps go
// to the text path.
package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/pressclip/pressclip/decode"
	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/dump"
)

// Extractor is the extraction stage. It is safe for concurrent use.
type Extractor struct {
	opts Options
}

// Options tune the extractor; the zero value is the default.
type Options struct {
	// TrafilaturaOnly returns go-trafilatura's body as is, mapped onto the
	// page's blocks, without pressclip's block scoring, and go-trafilatura's
	// title, authors and date as it reads them (for comparison).
	TrafilaturaOnly bool
	// NoFallback turns off go-trafilatura's fallback extractors (faster,
	// lower recall on pages that are not news articles).
	NoFallback bool
	// DateTrace, when set, sees each HTML page's stated date, whether it
	// is go-trafilatura's guess, and the date shown near the headline (for
	// the misses file of `pressclip eval extract-dev`). It must be safe for
	// concurrent use if the extractor is.
	DateTrace func(stated string, guessed bool, shown string)
}

// New returns an extractor with default options.
func New() (*Extractor, error) { return &Extractor{}, nil }

// NewWithOptions returns an extractor with the given options.
func NewWithOptions(o Options) (*Extractor, error) { return &Extractor{opts: o}, nil }

// ErrNoText is returned for pages with no visible text.
var ErrNoText = errors.New("page has no visible text")

// Annotate decodes d.Raw and sets d.HTML, d.Text, d.Title, d.Authors,
// d.Published and d.Blocks.
func (e *Extractor) Annotate(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	p, err := decode.Decode(d.Raw)
	if err != nil {
		return fmt.Errorf("read page: %w", err)
	}
	d.HTML = p.HTML
	if !p.HTML {
		return e.annotateText(d, p.Text)
	}
	return e.annotateHTML(ctx, d, p.Text)
}

// Result is what extraction finds, for callers outside the pipeline.
type Result struct {
	Text      string
	HTML      bool
	Title     string
	Authors   []string
	Published string
	Blocks    []doc.Span
}

// Body joins the body blocks with blank lines.
func (r Result) Body() string { return joinBlocks(r.Text, r.Blocks) }

func joinBlocks(text string, spans []doc.Span) string {
	var b strings.Builder
	for i, s := range spans {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[s.Start:s.End])
	}
	return b.String()
}

// Extract runs the stage on raw page bytes.
func (e *Extractor) Extract(ctx context.Context, raw []byte) (Result, error) {
	d := &doc.Doc{Raw: raw}
	if err := e.Annotate(ctx, d); err != nil {
		return Result{}, err
	}
	r := Result{Text: d.Text, HTML: d.HTML, Title: d.Title, Authors: d.Authors, Published: d.Published}
	for _, b := range d.Blocks {
		r.Blocks = append(r.Blocks, b.Span)
	}
	return r, nil
}

func (e *Extractor) annotateHTML(ctx context.Context, d *doc.Doc, src string) error {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// Too deeply nested for the parser: keep the page's text.
		return e.annotateText(d, tagsToText(src))
	}
	blocks := render(root)
	if len(blocks) == 0 {
		return e.metaOnly(d, root)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	spans := make([]doc.Span, len(blocks))
	for i, b := range blocks {
		if i > 0 {
			buf.WriteString("\n\n")
		}
		spans[i].Start = buf.Len()
		buf.WriteString(b.text)
		spans[i].End = buf.Len()
	}
	d.Text = buf.String()
	tr := e.runTrafilatura(root)
	meta := readMeta(root, blocks, tr)
	if e.opts.TrafilaturaOnly {
		meta = trafilaturaMeta(tr)
	}
	body := e.selectBody(blocks, tr)
	if !e.opts.TrafilaturaOnly {
		dropTitle(blocks, body, meta.title)
	}
	for i, in := range body {
		if in {
			d.Blocks = append(d.Blocks, doc.Block{Span: spans[i]})
		}
	}
	d.Title = meta.title
	d.Authors = meta.authors
	d.Published = meta.published
	// the date shown by the headline, read from the page at most once
	shown := sync.OnceValue(func() string { return shownDate(blocks, body, meta.title, d.Text) })
	if !e.opts.TrafilaturaOnly {
		// a shown date after the fetch (or, with no fetch time, after now)
		// is no update the page had when it was read
		now := d.Fetched
		if now.IsZero() {
			now = time.Now()
		}
		d.Published = visibleDate(meta.published, meta.guessed, meta.pageOnly, meta.bare, now, shown)
		// With no date stated (or only go-trafilatura's guess) and none
		// shown near the headline, a labelled date line further down
		// ("Erschienen am: …", "Aktualisiert am …" at the article's end)
		// says it.
		if (meta.published == "" || meta.guessed) && shown() == "" {
			ti, _ := headlineZone(blocks, body, meta.title)
			if l := labelledDate(blocks, ti); l != "" {
				d.Published = l
			}
		}
	}
	if e.opts.DateTrace != nil {
		e.opts.DateTrace(meta.published, meta.guessed, shown())
	}
	return nil
}

// trafilaturaMeta is go-trafilatura's own reading of the page's title,
// authors and date (Options.TrafilaturaOnly); tr may be nil.
func trafilaturaMeta(tr *trafilatura.ExtractResult) pageMeta {
	var m pageMeta
	if tr == nil {
		return m
	}
	m.title = strings.TrimSpace(tr.Metadata.Title)
	for _, a := range strings.Split(tr.Metadata.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			m.authors = append(m.authors, a)
		}
	}
	if !tr.Metadata.Date.IsZero() {
		m.published = tr.Metadata.Date.Format("2006-01-02")
	}
	return m
}

// metaOnly handles a page that shows no text of its own (an app shell
// that scripts fill in): the record keeps what the markup states (title,
// authors, publication date) with no body; a page that states no title
// either is ErrNoText.
func (e *Extractor) metaOnly(d *doc.Doc, root *html.Node) error {
	tr := e.runTrafilatura(root)
	meta := readMeta(root, nil, tr)
	if e.opts.TrafilaturaOnly {
		meta = trafilaturaMeta(tr)
	}
	if meta.title == "" {
		return ErrNoText
	}
	d.Text = ""
	d.Title, d.Authors, d.Published = meta.title, meta.authors, meta.published
	return nil
}

// visibleDate checks the markup's publication date against the date line
// the page shows near its headline (shown, called only when needed): with
// no stated date, or only go-trafilatura's guess (which can be a teaser's
// date), the visible one is taken, and a UTC time stamp one day off the
// visible date is the same moment in the page's own time zone, so the
// visible (local) date wins.
//
// A stated date is also replaced by a visible one a day to maxUpdateDays
// later that is not after now (the fetch time, else the current time): the
// page shows an update (or the markup kept a draft's date, or the page was
// republished years on), and the date the page shows is the one its readers
// (and trafilatura-eval's annotators) take; a date after now is an event's
// or a deadline's, not the page's. An earlier shown date replaces only a
// bare markup date (bare: a day with no time in the page's own markup, which
// CMSs also fill with the day a page was filed or indexed) at most
// maxStaleDays later; a date-time keeps its day, and so does
// go-trafilatura's reading of the page (a day whatever the markup held), so
// that a teaser's older date near the headline is not taken.
//
// A date only a JSON-LD WebPage node states (pageOnly) is dropped when the
// page shows no date near its headline: SEO plugins give every page such
// a node, and a page that shows no date does not say when it was
// published.
func visibleDate(stated string, guessed, pageOnly, bare bool, now time.Time, shown func() string) string {
	read, seenDate := false, ""
	shown0 := shown
	shown = func() string { // read the page once
		if !read {
			read, seenDate = true, shown0()
		}
		return seenDate
	}
	if stated != "" && !guessed && pageOnly && shown() == "" {
		return ""
	}
	if stated != "" && !guessed {
		if seen := shown(); shownUpdate(stated, seen, now) || bare && shownLater(seen, stated) && daysApart(seen, stated) <= maxStaleDays {
			return seen
		}
	}
	if stated != "" && !utcStamp(stated) && !guessed {
		return stated
	}
	seen := shown()
	if seen == "" {
		return stated
	}
	if stated == "" || guessed {
		return seen
	}
	a, err1 := time.Parse("2006-01-02", stated[:10])
	b, err2 := time.Parse("2006-01-02", seen)
	if err1 == nil && err2 == nil && a.Sub(b).Abs() == 24*time.Hour {
		return seen
	}
	return stated
}

// shownLater reports a shown date (YYYY-MM-DD) a day or more after the
// stated one.
func shownLater(stated, shown string) bool {
	if len(stated) < 10 || len(shown) < 10 {
		return false
	}
	a, err1 := time.Parse("2006-01-02", stated[:10])
	b, err2 := time.Parse("2006-01-02", shown[:10])
	if err1 != nil || err2 != nil {
		return false
	}
	d := b.Sub(a)
	return d >= 24*time.Hour
}

// shownUpdate reports a shown date (YYYY-MM-DD) a day to maxUpdateDays
// after the stated one and not after now's day.
func shownUpdate(stated, shown string, now time.Time) bool {
	return shownLater(stated, shown) && daysApart(stated, shown) <= maxUpdateDays &&
		!shownLater(now.Format("2006-01-02"), shown)
}

// maxUpdateDays bounds how much later than the stated date a shown date may
// be to replace it: twenty years keeps a page republished fifteen years on
// (a mediacloud page: 2005 markup, 2020 shown), which ten or five years lose.
const maxUpdateDays = 20 * 365

// maxStaleDays bounds how much earlier than a bare stated date (no time of
// day) a shown date may be to replace it: the pages that need the rule have
// the markup's day 1 to 7 days after the shown one, and extract-dev's date
// rows are the same at 7, 10 and 30 days.
const maxStaleDays = 7

// daysApart is the number of days between two dates (YYYY-MM-DD first),
// -1 when either does not parse.
func daysApart(a, b string) int {
	if len(a) < 10 || len(b) < 10 {
		return -1
	}
	x, err1 := time.Parse("2006-01-02", a[:10])
	y, err2 := time.Parse("2006-01-02", b[:10])
	if err1 != nil || err2 != nil {
		return -1
	}
	return int(y.Sub(x).Abs().Hours() / 24)
}

// shownDate is the date line the page shows near its headline: around the
// block that says the chosen title (the last such block before the body,
// else the first), or, when no block says it, where package dump finds a
// headline in the rendered text.
func shownDate(blocks []block, body []bool, title, text string) string {
	ti, start := headlineZone(blocks, body, title)
	if ti < 0 {
		return dump.Extract(text).Published
	}
	lines := make([]string, len(blocks))
	for i, b := range blocks {
		lines[i] = b.text
	}
	return dump.DateNear(lines, ti, start)
}

// headlineZone finds the block that says the chosen title (the last such
// block before the body, else the first; -1 when none does) and the first
// body block after it.
func headlineZone(blocks []block, body []bool, title string) (ti, start int) {
	first := len(blocks)
	for i, in := range body {
		if in {
			first = i
			break
		}
	}
	ti = -1
	if title != "" {
		for i, b := range blocks {
			if len(b.text) < 400 && wordOverlap(b.text, title) >= 0.8 && wordOverlap(title, b.text) >= 0.8 {
				if ti < 0 || i <= first {
					ti = i
				}
				if i >= first {
					break
				}
			}
		}
	}
	if ti < 0 {
		return -1, first
	}
	start = first
	if start <= ti {
		start = ti + 1
		for start < len(body) && !body[start] {
			start++
		}
	}
	return ti, start
}

// utcStamp reports an ISO date-time in UTC (Z or +00:00).
func utcStamp(s string) bool {
	return len(s) > 10 && (strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "+00:00") || strings.HasSuffix(s, "+0000"))
}

// dropTitle takes the headline out of the body: the record carries it as
// the title, and the body starts after it.
func dropTitle(blocks []block, body []bool, title string) {
	if title == "" {
		return
	}
	for i, b := range blocks {
		if !body[i] {
			continue
		}
		if !b.heading {
			return
		}
		if wordOverlap(b.text, title) >= 0.8 && wordOverlap(title, b.text) >= 0.8 {
			body[i] = false
			return
		}
	}
}
