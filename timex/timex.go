// Package timex finds temporal expressions (TIMEX3 DATE, TIME, DURATION,
// SET) in English, Ukrainian and Russian text and normalises them to TIMEX3
// values against a document creation time (DCT).
//
// It is rule based. Find scans word starts once; only at words that can
// begin an expression (a digit, a month, weekday, unit, number, deictic or
// modifier word in one of the three languages) are the anchored rules of
// rules.go tried, and the longest match wins. Span conventions follow
// TimeML/TempEval-3: determiners and modifiers ("the", "early", "late",
// "more than") are inside the expression; prepositions and the Slavic
// «року»/«года» after a date are not. Relative expressions (yesterday, last
// week, two years ago, weekdays) resolve against the DCT, a weekday towards
// the past unless the sentence speaks of the future; a day or month without
// a year takes the year of the narrative (the last explicit year) when that
// is two or more years from the DCT, as in historical text, else the DCT's.
package timex

import (
	"context"
	"fmt"
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

// Annotate fills d.Dates over the body blocks, infers d.Published from the
// first full date of the body when it is unknown, and dates quotes whose
// paragraph holds a full date.
func (g *Tagger) Annotate(ctx context.Context, d *doc.Doc) error {
	dct := g.dct
	if d.Published != "" {
		if t, err := time.Parse("2006-01-02", d.Published[:min(10, len(d.Published))]); err == nil {
			dct = t
		}
	}
	for _, b := range d.Blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("timex: %w", err)
		}
		if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End {
			continue
		}
		for _, x := range g.Find(d.Text[b.Start:b.End], dct) {
			x.Start += b.Start
			x.End += b.Start
			d.Dates = append(d.Dates, x)
		}
	}
	if d.Published == "" {
		for _, x := range d.Dates {
			if len(x.Value) == 10 && x.Value[0] != 'X' {
				d.Published = x.Value
				break
			}
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		for _, b := range d.Blocks {
			if !b.Span.Contains(q.Span) {
				continue
			}
			for _, x := range d.Dates {
				if b.Span.Contains(x.Span) && len(x.Value) == 10 && x.Value[0] != 'X' {
					q.SaidOn = x.Value
					break
				}
			}
		}
	}
	return nil
}
