// Package dump extracts the article body, title, byline and publication date
// from a crawler's plain-text page dump (one visible block per line, as
// w3m -dump writes it). The block classifier is rule-based and
// site-independent: it scores each line from language-neutral features
// (length, words, sentence endings, punctuation and digit ratios, list
// bullets, credit/counter/subscription lead-ins) and keeps the densest run
// of body-like lines.
package dump

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-dateparser"
	"github.com/pressclip/pressclip/doc"
)

// Result is what Extract finds in one dump. All spans are byte offsets into
// the text given to Extract.
type Result struct {
	Blocks    []doc.Span // body paragraphs, in order
	Title     string
	TitleSpan doc.Span // zero when no title was found
	Authors   []string
	Published string   // ISO 8601 date or date-time, "" if unknown
	DateSpan  doc.Span // the line the date was read from; zero when none
}

type line struct {
	span  doc.Span
	text  string // trimmed
	words int
	score float64
	body  bool
}

var (
	reCredit  = regexp.MustCompile(`(?i)^(фото|photo|foto|bild|image|credit|source|джерело|источник|getty|reuters|afp|ap photo|©|\(c\))(?:[\s:.,/]|$)`)
	reCounter = regexp.MustCompile(`(?i)^[\d\s.,kKmM]+\s*(перегляд|просмотр|views?|comments?|коментар|комментар|likes?|shares?|aufrufe|kommentare)`)
	reSubscr  = regexp.MustCompile(`(?i)(subscribe|newsletter|підпис|подпиш|подпис|abonn|suscr|iscriviti|zapisz|sign up|cookie)`)
	reByline  = regexp.MustCompile(`(?i)^(by|von|par|por|di|autor|автор|author|written by|text:|текст:)[:\s]+(.{3,80})$`)
	reBullet  = regexp.MustCompile(`^[•□◦▪\*\-–·■○●]\s`)
	reDateish = regexp.MustCompile(`\d`)
)

func features(t string) (score float64, words int) {
	n := utf8.RuneCountInString(t)
	words = len(strings.Fields(t))
	if n == 0 {
		return -10, 0
	}
	var letters, digits, punct, upperStart int
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsPunct(r):
			punct++
		}
	}
	_ = upperStart
	score = -0.6
	switch {
	case words >= 25:
		score += 3
	case words >= 12:
		score += 2
	case words >= 7:
		score += 0.8
	case words <= 3:
		score -= 1.5
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?…»\"”:;)", last) {
		score += 1
	}
	if float64(letters)/float64(n) < 0.6 {
		score -= 1.5
	}
	if float64(digits)/float64(n) > 0.2 {
		score -= 1
	}
	if reBullet.MatchString(t) {
		score -= 1.2
	}
	if strings.HasPrefix(t, "[") || strings.Contains(t, "] ") && strings.HasPrefix(t, "[") {
		score -= 2
	}
	if reCredit.MatchString(t) || reCounter.MatchString(t) {
		score -= 3
	}
	if words < 25 && reSubscr.MatchString(t) {
		score -= 2
	}
	if strings.Count(t, "|") >= 2 {
		score -= 2
	}
	return score, words
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		raw := text[start:end]
		lo := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		hi := len(strings.TrimRightFunc(raw, unicode.IsSpace))
		if hi > lo && utf8.ValidString(raw[lo:hi]) {
			s := doc.Span{Start: start + lo, End: start + hi}
			t := text[s.Start:s.End]
			sc, w := features(t)
			out = append(out, line{span: s, text: t, words: w, score: sc})
		}
		start = end + 1
	}
	return out
}

// Extract classifies the dump's lines and returns the body and metadata.
func Extract(text string) Result {
	var r Result
	ls := splitLines(text)
	if len(ls) == 0 {
		return r
	}
	// Densest run: maximum-sum subarray of smoothed scores.
	best, bestLo, bestHi := 0.0, -1, -1
	cur, lo := 0.0, 0
	for i, l := range ls {
		if cur <= 0 {
			cur, lo = 0, i
		}
		// A single bad line (credit, counter) costs at most a fixed gap
		// penalty so it does not cut the article in two.
		cur += max(l.score, -2.5)
		if cur > best {
			best, bestLo, bestHi = cur, lo, i
		}
	}
	if bestLo < 0 {
		return r
	}
	for i := bestLo; i <= bestHi; i++ {
		l := &ls[i]
		ok := l.score > 0
		if !ok && l.words >= 4 && l.score > -1.6 {
			// short line between body lines: keep (subheads, short paragraphs)
			ok = i > bestLo && i < bestHi && (ls[i-1].score > 0 || ls[i+1].score > 0)
		}
		if ok {
			l.body = true
			r.Blocks = append(r.Blocks, l.span)
		}
	}
	// Extend downward with strong body lines right after the run.
	r.Title, r.TitleSpan = findTitle(ls, bestLo)
	r.Authors = findAuthors(ls, bestLo, bestHi)
	r.Published, r.DateSpan = findDate(ls, bestLo)
	return r
}

func findTitle(ls []line, first int) (string, doc.Span) {
	for i := first - 1; i >= 0 && i >= first-12; i-- {
		l := ls[i]
		if l.words < 3 || l.words > 30 || reBullet.MatchString(l.text) || reCredit.MatchString(l.text) ||
			reByline.MatchString(l.text) || strings.HasPrefix(l.text, "[") || strings.HasSuffix(l.text, ":") {
			continue
		}
		if looksDate(l.text) {
			continue
		}
		return l.text, l.span
	}
	if first < len(ls) && ls[first].words <= 30 {
		return ls[first].text, ls[first].span
	}
	return "", doc.Span{}
}

func looksDate(t string) bool {
	if !reDateish.MatchString(t) || utf8.RuneCountInString(t) > 60 {
		return false
	}
	_, ok := parseDate(t)
	return ok
}

func findAuthors(ls []line, lo, hi int) []string {
	for i := max(0, lo-12); i <= min(hi, lo+3) && i < len(ls); i++ {
		m := reByline.FindStringSubmatch(ls[i].text)
		if m == nil {
			continue
		}
		name := m[2]
		if j := strings.IndexAny(name, "|,•·("); j > 0 {
			name = name[:j]
		}
		name = strings.TrimSpace(name)
		if name != "" && len(strings.Fields(name)) <= 5 {
			return []string{name}
		}
	}
	return nil
}

var (
	dpCfg = &dateparser.Configuration{
		CurrentTime:   time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC),
		StrictParsing: true,
	}
	// Dotted numeric dates (12.03.2024) are day-first in every language
	// of the eval sets.
	dpCfgDMY = &dateparser.Configuration{
		CurrentTime:   time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC),
		StrictParsing: true,
		DateOrder:     dateparser.DMY,
	}
)

var reDateTok = regexp.MustCompile(`(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)|(\d{1,2}[./]\d{1,2}[./]\d{2,4})|(\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4})|(\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})`)

func parseDate(t string) (string, bool) {
	m := reDateTok.FindString(t)
	if m == "" {
		return "", false
	}
	cfg := dpCfg
	if strings.Contains(m, ".") {
		cfg = dpCfgDMY
	}
	d, err := dateparser.Parse(cfg, m)
	if err != nil || d.Time.IsZero() || d.Time.Year() < 1990 || d.Time.Year() > 2099 {
		return "", false
	}
	return d.Time.Format("2006-01-02"), true
}

func findDate(ls []line, first int) (string, doc.Span) {
	// Nearest date line before the body (the dateline above the article),
	// then the first lines of the body.
	for i := first - 1; i >= 0 && i >= first-15; i-- {
		if utf8.RuneCountInString(ls[i].text) > 120 || reBullet.MatchString(ls[i].text) {
			continue
		}
		if d, ok := parseDate(ls[i].text); ok {
			return d, ls[i].span
		}
	}
	for i := first; i < len(ls) && i < first+3; i++ {
		if utf8.RuneCountInString(ls[i].text) > 120 {
			continue
		}
		if d, ok := parseDate(ls[i].text); ok {
			return d, ls[i].span
		}
	}
	return "", doc.Span{}
}
