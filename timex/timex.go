// Package timex finds temporal expressions (TIMEX3 DATE, DURATION, fuzzy
// PAST_REF/PRESENT_REF) in English, Ukrainian and Russian text and
// normalises them against a document creation time (DCT).
//
// This is a first, rule-based subset of issue 7: absolute dates (ISO,
// dd.mm.yyyy, "31 січня 2024 року", "Feb. 22", "22 февраля"), years,
// yesterday/today/tomorrow in the three languages, weekdays (resolved to the
// most recent one on or before the DCT, as news uses them), and a few fuzzy
// words. Durations, seasons, decades and SET are not yet covered.
package timex

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
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

var months = map[string]int{}

func init() {
	stems := [][]string{
		{"jan", "січ", "январ", "янв"},
		{"feb", "лют", "феврал", "фев"},
		{"mar", "берез", "март", "мар"},
		{"apr", "квіт", "апрел", "апр"},
		{"may", "трав", "ма"},
		{"jun", "черв", "июн"},
		{"jul", "лип", "июл"},
		{"aug", "серп", "август", "авг"},
		{"sep", "верес", "сентябр", "сен"},
		{"oct", "жовт", "октябр", "окт"},
		{"nov", "листопад", "ноябр", "ноя"},
		{"dec", "груд", "декабр", "дек"},
	}
	for i, s := range stems {
		for _, x := range s {
			months[x] = i + 1
		}
	}
}

const monEn = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
const monSl = `(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)`

type rule struct {
	re   *regexp.Regexp
	norm func(m []string, dct time.Time, g *Tagger) (typ, val string)
}

var rules = []rule{
	{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), func(m []string, _ time.Time, _ *Tagger) (string, string) {
		return "DATE", m[1] + "-" + m[2] + "-" + m[3]
	}},
	{regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`), func(m []string, _ time.Time, _ *Tagger) (string, string) {
		return "DATE", ymd(atoi(m[3]), atoi(m[2]), atoi(m[1]))
	}},
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + monEn + `)(?:,?\s+(\d{4}))?\b`), dayMonYear},
	{regexp.MustCompile(`(?i)\b(` + monEn + `)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`), func(m []string, dct time.Time, g *Tagger) (string, string) {
		return dayMonYear([]string{m[0], m[2], m[1], m[3]}, dct, g)
	}},
	{regexp.MustCompile(`(?i)(\d{1,2})\s+(` + monSl + `)(?:\s+(\d{4})(?:\s+(?:року|р\.|года|г\.))?)?`), dayMonYear},
	{regexp.MustCompile(`(?i)\b(?:yesterday|today|tomorrow)\b|(?:позавчора|позавчера|вчора|вчера|сьогодні|сегодня|завтра)`), relDay},
	{regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:понеділ[оа]к|вівтор[оа]к|серед[ау]|четвер|п'ятниц[яю]|субот[ау]|неділ[яю]|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)`), weekday},
	{regexp.MustCompile(`(?i)\b(last|this|next)\s+(week|month|year)\b|(минулого|цього|наступного|прошлой|прошлого|этой|этого|следующей|следующего)\s+(тижня|місяця|року|недели|месяца|года)`), relUnit},
	{regexp.MustCompile(`(?i)\b(?:(?:more than|over|about|nearly|almost)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year|hour|minute)s?(\s+ago)?\b`), amount},
	{regexp.MustCompile(`(?i)(?:понад|більше|более|около|майже|почти)\s+(рік|год)|(\d+|два|три)\s+(рок[иів]*|лет|года?|місяц[ьіяв]*|месяц[аев]*|тижн[ів]*|недел[иья]*|днів|дней|дня|день)(\s+(?:тому|назад))?`), amountSl},
	{regexp.MustCompile(`(?i)\b(?:recently|now|currently)\b|(?:нещодавно|недавно|зараз|сейчас)`), fuzzy},
	{regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`), func(m []string, _ time.Time, _ *Tagger) (string, string) {
		return "DATE", m[1]
	}},
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func ymd(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func monthOf(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for n := len(s); n > 0; n-- {
		if m, ok := months[s[:n]]; ok {
			return m
		}
	}
	return 0
}

func dayMonYear(m []string, dct time.Time, _ *Tagger) (string, string) {
	mon := monthOf(m[2])
	y := dct.Year()
	if m[3] != "" {
		y = atoi(m[3])
	} else if dct.IsZero() {
		return "DATE", fmt.Sprintf("XXXX-%02d-%02d", mon, atoi(m[1]))
	}
	return "DATE", ymd(y, mon, atoi(m[1]))
}

func relDay(m []string, dct time.Time, _ *Tagger) (string, string) {
	w := strings.ToLower(m[0])
	off := 0
	switch {
	case strings.HasPrefix(w, "поза"):
		off = -2
	case w == "yesterday" || strings.HasPrefix(w, "вч"):
		off = -1
	case w == "tomorrow" || w == "завтра":
		off = 1
	}
	if dct.IsZero() {
		if off == 0 {
			return "DATE", "PRESENT_REF"
		}
		return "", ""
	}
	return "DATE", dct.AddDate(0, 0, off).Format("2006-01-02")
}

var wdStems = []string{"sun|неділ|воскрес", "mon|понед", "tue|вівт|вторн", "wed|серед|сред", "thu|четв", "fri|п'ятн|пятн", "sat|субот"}

func weekday(m []string, dct time.Time, _ *Tagger) (string, string) {
	w := strings.ToLower(m[0])
	wd := -1
	for i, s := range wdStems {
		for _, p := range strings.Split(s, "|") {
			if strings.HasPrefix(w, p) {
				wd = i
			}
		}
	}
	if wd < 0 || dct.IsZero() {
		return "", ""
	}
	back := (int(dct.Weekday()) - wd + 7) % 7
	return "DATE", dct.AddDate(0, 0, -back).Format("2006-01-02")
}

func fuzzy(m []string, _ time.Time, _ *Tagger) (string, string) {
	w := strings.ToLower(m[0])
	if w == "recently" || strings.HasPrefix(w, "нещ") || strings.HasPrefix(w, "недав") {
		return "DATE", "PAST_REF"
	}
	return "DATE", "PRESENT_REF"
}

// Find returns the temporal expressions of text, offsets relative to text,
// normalised against dct (zero when unknown). Earlier rules win overlaps.
func (g *Tagger) Find(text string, dct time.Time) []doc.Date {
	var out []doc.Date
	taken := func(s, e int) bool {
		for _, d := range out {
			if s < d.End && d.Start < e {
				return true
			}
		}
		return false
	}
	for _, r := range rules {
		for _, ix := range r.re.FindAllStringSubmatchIndex(text, -1) {
			if taken(ix[0], ix[1]) {
				continue
			}
			m := make([]string, len(ix)/2)
			for i := range m {
				if ix[2*i] >= 0 {
					m[i] = text[ix[2*i]:ix[2*i+1]]
				}
			}
			typ, val := r.norm(m, dct, g)
			if typ == "" || val == "" {
				continue
			}
			out = append(out, doc.Date{Span: doc.Span{Start: ix[0], End: ix[1]}, Type: typ, Value: val})
		}
	}
	sortDates(out)
	return out
}

func sortDates(ds []doc.Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
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

var numWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "два": 2, "три": 3, "рік": 1, "год": 1}

func unitOf(u string) string {
	u = strings.ToLower(u)
	switch {
	case strings.HasPrefix(u, "day"), strings.HasPrefix(u, "дн"), strings.HasPrefix(u, "ден"):
		return "D"
	case strings.HasPrefix(u, "week"), strings.HasPrefix(u, "тиж"), strings.HasPrefix(u, "нед"):
		return "W"
	case strings.HasPrefix(u, "month"), strings.HasPrefix(u, "міс"), strings.HasPrefix(u, "мес"):
		return "M"
	case strings.HasPrefix(u, "hour"):
		return "H"
	case strings.HasPrefix(u, "minute"):
		return "MIN"
	}
	return "Y"
}

func shift(dct time.Time, n int, unit string) string {
	switch unit {
	case "D":
		return dct.AddDate(0, 0, n).Format("2006-01-02")
	case "W":
		y, w := dct.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "M":
		return dct.AddDate(0, n, 0).Format("2006-01")
	}
	return dct.AddDate(n, 0, 0).Format("2006")
}

func relUnit(m []string, dct time.Time, _ *Tagger) (string, string) {
	w, u := strings.ToLower(m[1]+m[3]), m[2]+m[4]
	if dct.IsZero() {
		return "", ""
	}
	n := 0
	switch {
	case w == "last" || strings.HasPrefix(w, "мину") || strings.HasPrefix(w, "прош"):
		n = -1
	case w == "next" || strings.HasPrefix(w, "наст") || strings.HasPrefix(w, "след"):
		n = 1
	}
	return "DATE", shift(dct, n, unitOf(u))
}

func duration(n int, unit string) (string, string) {
	switch unit {
	case "H":
		return "DURATION", fmt.Sprintf("PT%dH", n)
	case "MIN":
		return "DURATION", fmt.Sprintf("PT%dM", n)
	}
	return "DURATION", fmt.Sprintf("P%d%s", n, unit)
}

func amount(m []string, dct time.Time, _ *Tagger) (string, string) {
	n, ok := numWords[strings.ToLower(m[1])]
	if !ok {
		n = atoi(m[1])
	}
	unit := unitOf(m[2])
	if m[3] != "" {
		if dct.IsZero() || unit == "H" || unit == "MIN" {
			return "", ""
		}
		return "DATE", shift(dct, -n, unit)
	}
	return duration(n, unit)
}

func amountSl(m []string, dct time.Time, _ *Tagger) (string, string) {
	if m[1] != "" {
		return "DURATION", "P1Y"
	}
	n, ok := numWords[strings.ToLower(m[2])]
	if !ok {
		n = atoi(m[2])
	}
	u := unitOf(m[3])
	if m[4] != "" {
		if dct.IsZero() {
			return "", ""
		}
		return "DATE", shift(dct, -n, u)
	}
	return duration(n, u)
}
