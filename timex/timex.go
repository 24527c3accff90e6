// Package timex finds temporal expressions (TIMEX3 DATE, TIME, DURATION,
// SET) in English, Ukrainian and Russian text (plus Spanish vocabulary, to
// check the rules are language independent) and normalises them to TIMEX3
// values against a document creation time (DCT).
//
// It is rule based. Find scans word starts once; only at words that can
// begin an expression (a digit, a month, weekday, unit, number, deictic or
// modifier word; tables in words.go) are the anchored rules of rules.go
// tried, on a lower-cased copy of a bounded window, and the longest match
// wins. Span conventions follow TimeML/TempEval-3: determiners and
// modifiers ("the", "early", "late", "more than") are inside the
// expression, except an article before an attributive duration ("a
// [30-day] period"); prepositions and the Slavic «року»/«года» after a
// date are not.
//
// Relative expressions (yesterday, last week, two years ago, weekdays)
// resolve against the DCT. A day or month without a year takes the DCT's
// year in news and, in a narrative such as a history, the narrative's
// current year, moving forward as a chronicle does (narrativeYear). A
// weekday or a bare month goes towards the past unless its clause speaks
// of the future, as news uses them (weekday, tenseNear, month). Which
// words are no expression ("may", ages, phone numbers, "winter wheat", a
// newspaper "daily", a rate "$5 a year") and how each value is anchored
// (the quarter "a year earlier" compares with, fiscal codes, "the day
// before" an event, Super Tuesday) are told on the rule or function that
// decides them: the rules in rules.go, the normalisers in find.go.
package timex

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/pressclip/pressclip/doc"
)

// Option configures a Tagger.
type Option func(*Tagger)

// WithDCT sets the fallback document creation time used when a document has
// no Published date.
func WithDCT(t time.Time) Option { return func(g *Tagger) { g.dct = t } }

// Tagger detects and normalises temporal expressions. It is safe for
// concurrent use.
type Tagger struct {
	dct time.Time
}

// New returns a Tagger.
func New(opts ...Option) *Tagger {
	g := &Tagger{}
	for _, o := range opts {
		o(g)
	}
	return g
}

// Annotate fills d.Dates over the body blocks (one narrative state across
// them), anchored on d.Published, else the WithDCT time, else — for pages
// that state their date only in a dateline or running text — the first
// absolute full date of the body, which also becomes d.Published. A quote
// gets SaidOn from the first full date of its sentence, else of its
// paragraph.
func (g *Tagger) Annotate(ctx context.Context, d *doc.Doc) error {
	dct := g.dct
	if d.Published != "" {
		if t, err := time.Parse("2006-01-02", d.Published[:min(10, len(d.Published))]); err == nil {
			dct = t
		}
	}
	var blocks []doc.Block
	for _, b := range d.Blocks {
		if b.Start >= 0 && b.End <= len(d.Text) && b.Start <= b.End {
			blocks = append(blocks, b)
		}
	}
	run := func(dct time.Time) ([]doc.Date, error) {
		c := &cand{dct: dct}
		for _, b := range blocks {
			f, n := countYears(d.Text[b.Start:b.End], dct)
			c.far += f
			c.near += n
			c.news += countNewsCues(d.Text[b.Start:b.End])
		}
		var out []doc.Date
		for _, b := range blocks {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("timex: %w", err)
			}
			for _, x := range g.find(c, d.Text[b.Start:b.End]) {
				x.Start += b.Start
				x.End += b.Start
				out = append(out, x)
			}
		}
		return out, nil
	}
	dates, err := run(dct)
	if err != nil {
		return err
	}
	if d.Published == "" {
		for _, x := range dates {
			if isFullDate(x.Value) && hasYearDigits(d.Text[x.Start:x.End]) {
				d.Published = x.Value
				break
			}
		}
		if d.Published != "" && dct.IsZero() {
			t, _ := time.Parse("2006-01-02", d.Published)
			if dates, err = run(t); err != nil {
				return err
			}
		}
	}
	d.Dates = append(d.Dates, dates...)
	if len(d.Quotes) > 0 {
		var full []doc.Date
		for _, x := range dates {
			if isFullDate(x.Value) {
				full = append(full, x)
			}
		}
		sort.SliceStable(full, func(i, j int) bool { return full[i].Start < full[j].Start })
		for i := range d.Quotes {
			q := &d.Quotes[i]
			q.SaidOn = saidOn(d, q.Span, full)
		}
	}
	return nil
}

func isFullDate(v string) bool { return len(v) == 10 && v[0] >= '0' && v[0] <= '9' && v[4] == '-' }

// hasYearDigits tells an absolute date ("31 січня 2024") from a resolved
// relative one ("вчора").
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// saidOn is the first full date in the quote's sentence, else in its block.
// Sentences and blocks are in text order and do not overlap, and full holds
// the full dates ordered by start, so each look-up is a binary search: a page
// with tens of thousands of quotes and dates stays linear.
func saidOn(d *doc.Doc, q doc.Span, full []doc.Date) string {
	if i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Span.End > q.Start }); i < len(d.Sentences) {
		if s := d.Sentences[i].Span; s.Start <= q.Start {
			if v := firstDateIn(s, full); v != "" {
				return v
			}
		}
	}
	if i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].Span.End > q.Start }); i < len(d.Blocks) {
		if b := d.Blocks[i].Span; b.Contains(q) {
			return firstDateIn(b, full)
		}
	}
	return ""
}

// firstDateIn is the value of the first of full (ordered by start) that lies
// inside sp.
func firstDateIn(sp doc.Span, full []doc.Date) string {
	for i := sort.Search(len(full), func(i int) bool { return full[i].Start >= sp.Start }); i < len(full) && full[i].Start < sp.End; i++ {
		if sp.Contains(full[i].Span) {
			return full[i].Value
		}
	}
	return ""
}
