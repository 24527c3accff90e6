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
// date are not. Relative expressions (yesterday, last week, two years ago,
// weekdays) resolve against the DCT, a weekday or a bare month towards the
// past unless its sentence speaks of the future (for an English weekday:
// unless the tense cue nearest to it, within its clause, is a future one;
// a scheduled-event verb in the present, "the Senate votes Thursday", and
// the present progressive of a plan, "is meeting lawmakers Friday", count
// as one, as news uses them; the clause ends at a complement "that", a
// quotation, ", saying", or a pronoun after the day that opens the clause
// reported by the verb before it, "said late on Wednesday it would …",
// and a possessive day, "Monday's rally", takes only the verb right before
// it; "of plans to" is the noun; a subordinate clause after the day,
// "after the club fielded …", keeps its tense to itself; "is to" and
// "expected to" look ahead; "by" a possessive day, "sparked by Saturday's
// slaughter", is no deadline). An English past verb right before a bare
// day or month keeps it at or before the DCT, unless it names the end of a
// period in a sentence about what is ahead ("the quarter ended Aug. 31 will
// be reported"). A clock time alone on its line, a live page's entry
// heading, is on the DCT's day. A day or month without a year takes the
// DCT's year in news; in a narrative (a page whose explicit years are
// mostly two or more years from the DCT, e.g. history, and which does not
// name weekdays or report with "said"/"told" the way news does) it takes
// the narrative's current year, moving forward as a chronicle does, unless
// the sentence speaks of the future from the present ("a summit is set for
// April"). "Super Tuesday" is a named day like a holiday of the election
// years: the previous one when its own clause is in the past ("Trump won
// big on Super Tuesday"), the next when in the future, else the nearer one
// to the DCT (a verb it does not time, as in "built organisations in
// Super Tuesday states", is no cue); "the day before" an event ("the day
// before the shooting") is anchored on the event and left out, except
// after a day in apposition: the expression just before it, a full date
// ending at the comma ("Oct. 12, the day before the plunge" is Oct. 12;
// "In 1991, the day before the vote" is nothing), the span being "the
// day"; "fall" before "of" a thing or "in" a lower-case noun is the noun,
// not the season, but "of" a year keeps the season ("the fall of 2011",
// "of last/this/next/that year", "of the following/same/previous year").
// "A year earlier" in an earnings report is the year-ago quarter last
// named, but the year after a longer period named before it in its
// sentence ("for the nine months, … a year earlier"); "the quarter ended
// July 31" is the calendar quarter of its middle month (Q2), and it or
// "the latest quarter", in a report that has named no quarter before, is
// the quarter "a year earlier" compares with.
// The financial codes "Q3", "Q4 2024", "Q3 FY25", "H1 2025", "FY2024" are
// the quarter, half or year they name (a bare code as "the third quarter"
// is; not "the Audi Q3" or "H2 fuel", a question's "Q1:", a match's "Q4").
// A four-digit number after a group of three or more digits that is no
// year ("212-859-1610", "61-2 9373 1800", a table row "2123 1631") is no
// year, nor is one with two numbers before it, one no year, and one after
// ("1 5 2067 1687 122.5"), four digits after a price's decimal point ("$
// 7.1875") or before a GMT time in brackets ("at 1503 (1203 GMT)"); an
// all-capitals headline's "MAY" before a verb is the modal.
// Durations one after another with the units going down ("5 hours 51
// minutes 52 seconds", "eight years and 11 months") are one (PT5H51M52S).
// A season before a crop ("winter wheat", "spring barley") is its variety.
// "One day" after a modal or a subject ("will one day be") is FUTURE_REF.
// «Рік тому», «неделю назад» (a unit without a number) are "a year ago",
// "a week ago"; a quarter or half with its year right after it («у
// третьому кварталі 2024 року», "second quarter 1996") is one expression.
// The first day of a range before a month takes that month, after an
// ordinal ending or «на» too («з 5-го по 11 серпня», «з 3 на 12 травня»).
// "The previous Friday" is the one before the day the story is on, not
// before the DCT.
// Ages are no expressions ("6-year-old", "52 years old", "centuries-old").
// The adjective "current" before a lower-case word is PRESENT_REF ("his
// current wife"; "the then current price" PAST_REF), not the noun, "current
// account" or a name. A bare "m:ss" with fractions of a second or a
// further ":ss" ("1:54.342", "2:08:33") is a lap or race time, no clock.
// A half or quarter in a sentence of a sports report (a cue of the game,
// none of money or of the year: "scored twice in the second half") is the
// match's, and "the quarter-finals" or "quarter-to-quarter" no quarter.
// A speed ("180 kilometres an hour") is no SET, and a capitalised word after
// a possessive name ("the People's Daily") is part of the name.
// "Daily", "weekly" before a reporting verb ("the weekly reported") is a
// newspaper.
// "The end (start, middle) of the week" is the DCT's week in news.
// "Today's" before an era noun ("today's world", "in today's dollars") is
// nowadays and left untagged. "A year" after an amount or a counted noun
// ("$500 million a year", "four flights a week") is a rate of that quantity,
// left untagged; after once, twice or "N times" it is a SET. So is an
// adverb right after an amount ("rise 8.5% annually"), not the adjective
// ("16 weekly treatments").
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
