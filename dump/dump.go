// Package dump extracts the article body, title, byline and publication date
// from a crawler's plain-text page dump (one visible block per line, as
// w3m -dump writes it). The block classifier is rule-based and
// site-independent: it scores each line from language-neutral features
// (length, words, sentence endings, punctuation and digit ratios, list
// bullets, repeats, teaser pairs, photo credits, counters, subscription,
// "read also" and related-stories lead-ins in the languages of the eval
// sets) and keeps the densest run of body-like lines, which stops at a
// comments header; a run above it whose headline scores higher takes its
// place (the densest run is then comments, a teaser list or a notice under
// the article), and a thread past a comments header (one with dated or
// signed comment lines) gives way to the run above the header; a densest
// run without a headline worth the name (a script or a menu at the top)
// gives way to a run below it under a clearly better headline
// (laterRun). Inside the
// run, a recipe's ingredient list is body, cookie and consent notices
// addressed to the reader are not (unless privacy is the run's topic),
// nor are tag and category lines, affiliate and advertising disclosures,
// previous/next-post links and licence notices, and up to two closing
// calls to action are cut from its end; a list that the run's last line
// introduces with a colon is body (listAfterRun). The
// headline is the best-scoring line near the run by a weighted sum of
// features (a heading between blank lines, followed by
// byline/date lines, sharing words with the body, not a breadcrumb, tag
// list or site name above the menu), and the body starts under it; the
// byline is split into person names, and the date is read from the
// byline or the date line nearest the headline with a small multilingual
// date parser. The block weights were set on development dumps outside
// the eval sets (go-readability's and go-htmldate's test pages rendered
// with w3m; see eval/extracteval/dumpdev_test.go), and later rules (the
// comments-thread, ingredient-list, consent-notice, closing-line, tag,
// disclosure, post-link and licence rules among them) were chosen on trafilatura-eval's text dumps, the issue's
// tuning set, and checked on those outside pages; the headline weights
// (models/dump-title.gz) are fitted on trafilatura-eval's text dumps, the
// issue's tuning set, by `pressclip train dump-title` (TrainTitle), so
// that set's dump title figure is in-sample.
package dump

import (
	"math"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
	keep  float64 // score without the run-search-only penalties
	body  bool
	// kinds, computed once
	credit, counter, subscr, byline, dated, leadIn, boiler, comments, related bool
	noEnd                                                                     bool // 7 to 24 words, no sentence end
	blankBefore                                                               bool // a blank line right above
}

var (
	reCredit  = regexp.MustCompile(`(?i)^(фото|photo|foto|bild|image|credit|source|джерело|источник|getty|reuters|afp|ap photo|©|\(c\))(?:[\s:.,/]|$)`)
	reCounter = regexp.MustCompile(`(?i)^(?:[•□◦▪\*·■○●][\s\x{a0}]*)?[\d\s\x{a0}.,kKmM]+[\s\x{a0}]*(перегляд|просмотр|views?|comments?|коментар|комментар|likes?|shares?|aufrufe|kommentare|min read|хв|мин)`)
	// reReadTime is a reading-time label ("Read Time: 1 min", "Temps de
	// lecture : 4 min", "Lesezeit: 3 Min.", "Час читання: 5 хв").
	reReadTime = regexp.MustCompile(`(?i)^(?:reading time|read time|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura|czas czytania|время чтения|час читання)[\s\x{a0}]*:?[\s\x{a0}]*(?:ca\.?[\s\x{a0}]*)?\d+[\s\x{a0}]*(?:min|мин|хв)`)
	reBullet   = regexp.MustCompile(`^[•□◦▪\*\-–·■○●][\s\x{a0}]`)
	reDateish  = regexp.MustCompile(`\d`)
	// reTweetSig is an embedded post's signature line: "— Name (@handle)
	// November 2, 2023".
	reTweetSig = regexp.MustCompile(`^[—–-]\s+\S.{0,100}\(@\w{1,30}\)\s+\S.{0,40}\d{4}$`)
)

// countWords counts space-separated words; runs of CJK characters (written
// without spaces) count one word per two characters.
func countWords(t string) int {
	n := 0
	inWord, alnum := false, false
	cjk := 0
	flush := func() {
		switch {
		case cjk >= 2:
			n += max(1, cjk/2)
		case alnum:
			n++ // a field with no letter or digit (a bullet, a dash) is not a word
		}
		inWord, alnum, cjk = false, false, 0
	}
	for _, r := range t {
		if unicode.IsSpace(r) {
			if inWord {
				flush()
			}
			continue
		}
		inWord = true
		if r < 0x80 {
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				alnum = true
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum = true
			if r >= 0x2e80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				cjk++
			}
		}
	}
	if inWord {
		flush()
	}
	return n
}

func features(t string, l *line) (score float64, words int) {
	n := utf8.RuneCountInString(t)
	words = countWords(t)
	l.credit = reCredit.MatchString(t)
	l.counter = startsCounter(t) && reCounter.MatchString(t) || reReadTime.MatchString(t)
	if words < 40 {
		lower := strings.ToLower(t)
		l.subscr = words < 25 && subscription(lower)
		l.leadIn = dumpLeadInLower(lower)
		l.boiler = boilerLower(lower)
		l.comments = words <= 5 && commentsHeader(lower)
		l.related = words <= 5 && relatedHeader(lower)
	}
	l.byline = isByline(t)
	l.dated = dateShaped(t)
	if n == 0 {
		return -10, 0
	}
	if strings.Contains(t, "(@") && reTweetSig.MatchString(t) {
		// part of an embedded post quoted in the article: neither a
		// dated list line nor a gap
		l.dated, l.byline = false, false
		return 0, words
	}
	var letters, digits, punct int
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
	switch {
	case last == '…' || strings.HasSuffix(t, "..."):
		// a teaser cut short
		score -= 1
	case strings.ContainsRune(".!?»\"”:;)。！？", last):
		score += 1
	case words >= 7 && words < 25:
		l.noEnd = true
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
	if strings.HasPrefix(t, "[") {
		score -= 2
	}
	if l.credit || l.counter || l.leadIn {
		score -= 3
	}
	if !l.credit && captionEnd(t) {
		score -= captionCost
	}
	if l.boiler {
		score -= boilerCost
	}
	if l.subscr {
		score -= 2
	}
	if strings.Count(t, "|") >= 2 {
		score -= 2
	}
	return score, words
}

// furniture marks lines that sit inside articles without being body:
// photo credits, counters, bylines and short date lines.
func (l *line) furniture() bool {
	return l.credit || l.counter || l.byline || l.dated
}

// subscrWords mark subscription, newsletter and cookie prompts.
var subscrWords = []string{"subscribe", "newsletter", "підпис", "подпиш", "подпис", "abonn", "suscr", "iscriviti", "zapisz", "sign up", "cookie"}

func subscription(l string) bool {
	for _, w := range subscrWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// captionMarks end photo captions: a credit after the caption text.
var captionMarks = []string{"credit:", "photo:", "foto:", "image:", "bild:", "фото:", "źródło:", "quelle:", "getty images", "shutterstock",
	"reuters", "afp", "ap photo", "/ap", "imago", "dpa", "picture alliance", "picture-alliance", "©", "(image", "(photo", "fot."}

const captionCost = 2.0

// noEndCost is taken in the run search from lines of 7 to 24 words that
// do not end like a sentence (the headlines of a teaser list); inside the
// run they stay body (list items, subheads).
const noEndCost = 1.0

// captionEnd reports a line whose last 80 bytes hold a photo credit.
func captionEnd(t string) bool {
	tail := t
	if len(tail) > 80 {
		tail = tail[len(tail)-80:]
	}
	tail = strings.ToLower(tail)
	for _, m := range captionMarks {
		if strings.Contains(tail, m) {
			return true
		}
	}
	return false
}

// commentWords head a comment section.
var commentWords = []string{"comments", "kommentare", "leserpost", "leserbriefe", "leserkommentare", "commentaires",
	"comentarios", "commenti", "komentarze", "reacties", "коментарі", "коментарів", "комментарии", "комментариев", "leave a reply",
	"leave a comment", "add comment", "post a comment", "responses", "diskussion", "netiquette"}

// commentsHeader reports a short lower-cased line that opens the comments.
func commentsHeader(l string) bool {
	l = strings.TrimFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range commentWords {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// relatedWords head a list of other stories after the article.
var relatedWords = []string{"related articles", "related stories", "related posts", "related news", "related coverage", "you may also like",
	"you might also like", "more stories", "more news", "more from", "read next", "up next", "recommended", "most popular", "most read",
	"top stories", "latest news", "news feed", "trending", "weitere artikel", "das könnte sie auch interessieren", "meistgelesen",
	"sur le même sujet", "lo más leído", "noticias relacionadas", "articoli correlati", "najczęściej czytane", "новини по темі",
	"останні новини", "стрічка новин", "новости по теме", "последние новости", "лента новостей", "похожие новости", "схожі новини",
	"últimas noticias", "temas relacionados", "ultime notizie", "dernières actualités", "dernières infos", "neueste artikel", "mehr zum thema",
	"najnowsze", "powiązane", "últimas notícias", "notícias relacionadas", "читайте также", "читайте також",
	"ähnliche beiträge", "ähnliche artikel", "weitere beiträge", "weiterführende links", "diese artikel könnten", "das könnte dich auch interessieren",
	"beliebte beiträge", "mehr kolumnen", "pour approfondir", "à lire aussi", "lire aussi", "about the author", "über den autor", "über die autorin",
	"sobre el autor", "об авторе", "про автора", "you may also be interested", "more articles", "related reading", "further reading",
	"siehe auch", "notas relacionadas", "beitrags-navigation", "beitragsnavigation", "post navigation", "autoreninfo", "house rules", "neueste kommentare"}

// relatedHeader reports a short lower-cased line that opens a related-stories list.
func relatedHeader(l string) bool {
	l = strings.TrimFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if l == "related" {
		// alone on its line; "Related party deals …" opens a paragraph
		return true
	}
	for _, w := range relatedWords {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// startsCounter is a cheap gate for reCounter: a digit or bullet first.
func startsCounter(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || strings.ContainsRune("•□◦▪*·■○●", r)
}

// dateShaped is a cheap test for a short line holding a date token (no
// date parsing).
func dateShaped(t string) bool {
	if len(t) > 120 {
		return false
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			digits++
		}
	}
	if digits < 3 {
		return false
	}
	return reDateTok.MatchString(t)
}

func splitLines(text string) []line {
	var out []line
	blank := 0 // blank lines since the last kept one (not the start: a dump's first line is mostly the site's name)
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
			l := line{span: s, text: t, blankBefore: blank > 0}
			l.keep, l.words = features(t, &l)
			l.score = l.keep
			out = append(out, l)
			blank = 0
		} else {
			blank++
		}
		start = end + 1
	}
	return out
}

// repeated lowers the score of lines of five words or more whose text
// occurs more than once in the dump (teasers shown in two lists,
// navigation repeated in the footer).
func repeated(ls []line) {
	seen := make(map[string]int, len(ls))
	for _, l := range ls {
		if l.words >= 5 {
			seen[l.text]++
		}
	}
	for i := range ls {
		if ls[i].words >= 5 && seen[ls[i].text] > 1 {
			ls[i].score -= repeatCost
			ls[i].keep -= repeatCost
		}
	}
}

const (
	repeatCost = 1.5
	boilerCost = 3.0
)

// teaserPairs lowers runs of three or more headline + one-paragraph
// pairs (H, P, H, P, H, P): a list of other stories with their summaries,
// unlike an article, whose subheads are followed by several paragraphs.
func teaserPairs(ls []line) {
	// A card that shows its headline above and below its summary (H, P,
	// H): the summary is a teaser too.
	for j := 0; j+2 < len(ls); j++ {
		if ls[j].words >= 5 && ls[j].text == ls[j+2].text && ls[j+1].text != ls[j].text {
			ls[j+1].score -= teaserCost
			ls[j+1].keep -= teaserCost
		}
	}
	isH := func(l line) bool {
		last, _ := utf8.DecodeLastRuneInString(l.text)
		return l.words >= 3 && l.words <= 20 && !strings.ContainsRune(".!?:;", last) && !l.furniture()
	}
	isP := func(l line) bool {
		last, _ := utf8.DecodeLastRuneInString(l.text)
		return l.words >= 8 && strings.ContainsRune(".!?…\"”»", last)
	}
	for i := 0; i+5 < len(ls); {
		n := 0
		for j := i; j+1 < len(ls) && isH(ls[j]) && isP(ls[j+1]) && !isP(ls[min(j+2, len(ls)-1)]); j += 2 {
			n++
		}
		if n >= 3 {
			for j := i; j < i+2*n; j++ {
				ls[j].score -= teaserCost
				ls[j].keep -= teaserCost
			}
			i += 2 * n
			continue
		}
		i++
	}
}

const teaserCost = 1.5

// Gap costs in the densest-run search: a line that is not body costs at
// most gapCost, and in-article furniture (credits, counters, bylines,
// date lines) at most furnitureCost, so neither cuts the article in two.
const (
	gapCost       = 1.5
	furnitureCost = 0.8
	shortGapCost  = 1.0
	commentsMass  = 6.0
	listWindow    = 6
	listMin       = 3
	listCost      = 2.5
	relatedCost   = 3.0
	afterComments = 0.5
	// shortStretchCap bounds the cost of consecutive short lines
	shortStretchCap = 3.0
)

// bodyRun splits the dump into lines, scores them and finds the run of
// body lines: it returns the lines, which of them are in-article furniture,
// and the run's first and last line (-1, -1 when there is none). With
// weigh, an earlier run under a better headline may take the densest
// run's place (earlierRun); the headline weights are fitted on runs found
// without it (titlePage), so that their fit does not depend on themselves.
func bodyRun(text string, weigh bool) (ls []line, furn []bool, bestLo, bestHi int) {
	ls = splitLines(text)
	if len(ls) == 0 {
		return nil, nil, -1, -1
	}
	repeated(ls)
	teaserPairs(ls)
	for i := range ls {
		if ls[i].noEnd && ls[i].score > 0 {
			ls[i].score = max(0, ls[i].score-noEndCost)
		}
	}
	furn = make([]bool, len(ls))
	for i := range ls {
		furn[i] = ls[i].score < 0 && ls[i].furniture()
	}
	// Furniture repeated every few lines (a counter or date under each
	// teaser of a list) is list metadata: it costs more than a gap.
	listy := make([]bool, len(ls))
	for i := range ls {
		if !furn[i] {
			continue
		}
		n := 0
		for j := max(0, i-listWindow); j < len(ls) && j <= i+listWindow; j++ {
			if furn[j] && (ls[j].counter || ls[j].dated) {
				n++
			}
		}
		listy[i] = n >= listMin
	}
	// Densest run: maximum-sum subarray of clamped scores.
	best := 0.0
	bestLo, bestHi = -1, -1
	cur, lo := 0.0, 0
	after := false                   // past a comments header
	stretch := 0.0                   // cost so far of the current stretch of short lines
	vals := make([]float64, len(ls)) // each line's clamped value in the search
	past := make([]bool, len(ls))    // the line follows a comments header
	for i, l := range ls {
		if l.comments && cur > commentsMass {
			// The run does not cross into the comments, and what
			// follows them counts for less.
			cur, after = 0, true
		}
		if after && l.score > 0 {
			l.score *= afterComments
		}
		if cur <= 0 {
			cur, lo = 0, i
		}
		floor := -gapCost
		switch {
		case listy[i]:
			floor = -listCost
		case furn[i]:
			floor = -furnitureCost
		case l.words < 4:
			floor = -shortGapCost
		}
		if l.related {
			floor = -relatedCost // a related-stories header: a wide gap
		}
		v := max(l.score, floor)
		if v < 0 && l.words < 4 && !furn[i] && !listy[i] && !l.related && !l.comments && !reBullet.MatchString(l.text) {
			// A stretch of short lines without bullets (code, a table,
			// a chart's labels) costs at most shortStretchCap in all.
			v = max(v, -(shortStretchCap - stretch))
			stretch -= v
		} else if l.score > 0 || l.words >= 4 {
			stretch = 0
		}
		cur += v
		vals[i], past[i] = v, after
		if cur > best {
			best, bestLo, bestHi = cur, lo, i
		}
	}
	if bestLo < 0 {
		return ls, furn, -1, -1
	}
	if !weigh {
		bestLo, bestHi = mergeRuns(ls, vals, past, listy, bestLo, bestHi)
		return ls, furn, bestLo, bestHi
	}
	lo, hi := earlierRun(ls, vals, listy, past, best, bestLo, bestHi)
	moved := lo != bestLo || hi != bestHi
	bestLo, bestHi = mergeRuns(ls, vals, past, listy, lo, hi)
	if moved {
		return ls, furn, bestLo, bestHi
	}
	if lo, hi = laterRun(ls, vals, past, best, bestLo, bestHi); lo > bestHi {
		// the densest run (with what joined it) is not the article:
		// the later run does not join it again
		blocked := append([]bool(nil), past...)
		for k := bestLo; k <= bestHi; k++ {
			blocked[k] = true
		}
		bestLo, bestHi = mergeRuns(ls, vals, blocked, listy, lo, hi)
	}
	return ls, furn, bestLo, bestHi
}

// earlierMass is how much of the densest run's value an earlier run needs
// to be weighed against it as the article (earlierRun).
const earlierMass = 0.3

// earlierMargin is how much lower the earlier run's headline may score
// than the densest run's and still make it the article (earlierRun): a
// page's first article-like run under a headline is more often the
// article than a denser run further down under a slightly better one
// (a teaser's or a gallery's).
const earlierMargin = 1.5

// densest finds the densest run of vals within [a, b) (maximum-sum
// subarray; a comments header starts a new run).
func densest(ls []line, vals []float64, a, b int) (best float64, lo, hi int) {
	lo, hi = -1, -1
	cur, start := 0.0, a
	for i := a; i < b; i++ {
		if cur <= 0 || ls[i].comments {
			cur, start = 0, i
		}
		cur += vals[i]
		if cur > best {
			best, lo, hi = cur, start, i
		}
	}
	return best, lo, hi
}

// threadMin is how many signed or dated lines a run past a comments
// header needs to be read as a thread (threadLike).
const threadMin = 3

// reClock is a time of day ("13:05").
var reClock = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// threadLike reports a run [lo, hi] that looks like a comment thread:
// at least threadMin short lines (under 20 words) that are dated, signed
// ("by Name") or carry a time of day — each comment's header. An article
// under a "Comments (3)" link has none.
func threadLike(ls []line, lo, hi int) bool {
	n := 0
	for i := lo; i <= hi && i < len(ls); i++ {
		if ls[i].words < 20 && (ls[i].dated || ls[i].byline || reClock.MatchString(ls[i].text)) {
			n++
			if n >= threadMin {
				return true
			}
		}
	}
	return false
}

// earlierRun weighs a second candidate against the densest run [lo, hi]:
// the densest run above it. A page's densest run is often not its
// article but what follows it — comments, a teaser list of long
// headlines, a cookie notice, a footer — while the article sits higher,
// under its headline. The earlier run is the article when it holds at
// least earlierMass of the densest run's value and the line heading it
// scores higher as a headline (findTitle's weights) than any line heading
// the densest run, less earlierMargin. It replaces the densest run when a related-stories or
// comments header or list furniture lies between them; otherwise both are
// one article cut by code, a table or a gallery, and the body runs from
// the earlier run's start to the densest run's end. When the densest run
// lies past a comments header (past), looks like a thread (threadLike)
// and the earlier one does not lie past a header, the earlier one is the
// article whatever its value or headline: a long comment thread under a
// short article shares its headline.
func earlierRun(ls []line, vals []float64, listy, past []bool, best float64, lo, hi int) (int, int) {
	if lo <= 0 {
		return lo, hi
	}
	b, elo, ehi := densest(ls, vals, 0, lo)
	if elo >= 0 && past[lo] && !past[elo] && threadLike(ls, lo, hi) {
		// the densest run lies past a comments header that closed a
		// run of more than commentsMass: a long thread under a short
		// article, which is the densest run above the header
		return elo, ehi
	}
	if elo < 0 || b < earlierMass*best {
		return lo, hi
	}
	_, early := bestHeadline(ls, elo, ehi)
	_, dense := bestHeadline(ls, lo, hi)
	if early <= dense-earlierMargin {
		return lo, hi
	}
	for k := ehi + 1; k <= lo; k++ {
		// up to the densest run's first line: a comments header that
		// opens it (the search restarts there) lies between too
		if ls[k].related || ls[k].comments || listy[k] {
			return elo, ehi
		}
	}
	return elo, hi
}

// boilerplateLine reports a line that is the site's notice, never body
// wherever it stands: a disclosure, a previous/next-post link, a licence
// notice, an appeal for support or a read-also link. It lower-cases the
// line once for all five rules.
func boilerplateLine(l line) bool {
	if l.words == 0 {
		return false
	}
	low := strings.ToLower(l.text)
	return disclosureLine(l, low) || postNavLine(l, low) || licenseLine(l, low) || appealLine(l, low) || readAlso(l, low)
}

// Extract classifies the dump's lines and returns the body and metadata.
func Extract(text string) Result {
	var r Result
	ls, furn, bestLo, bestHi := bodyRun(text, true)
	if bestLo < 0 {
		return r
	}
	ti := findTitle(ls, bestLo, bestHi)
	if ti >= 0 {
		var cut int
		r.Title, cut = titleText(ls[ti].text)
		r.TitleSpan = doc.Span{Start: ls[ti].span.Start + cut, End: ls[ti].span.End}
	}
	start := bestLo
	if ti >= bestLo {
		start = ti + 1
	}
	// The article starts under its headline: body-like lines between
	// the headline and the run (a standfirst, a first paragraph set
	// apart by a photo or a share bar) are body too.
	bodyStart := start
	if ti >= 0 {
		bodyStart = ti + 1
	}
	ingr := ingredientLists(ls)
	consent := consentNotices(ls, bodyStart, bestHi)
	tax := taxonomyLines(ls, bodyStart, bestHi)
	for i := bodyStart; i <= bestHi; i++ {
		l := &ls[i]
		if furn[i] || l.byline || l.related || l.comments || consent != nil && consent[i] || tax[i] || boilerplateLine(*l) {
			// furniture, bylines, the headers of related lists and comments, tag lines, disclosures, previous/next-post links, licence notices, appeals for support and read-also links are never body
			continue
		}
		ok := l.keep > 0
		if !ok && l.words >= 4 && l.keep > -1.6 {
			// short line between body lines: keep (subheads, short paragraphs)
			ok = i > bodyStart && i < bestHi && (ls[i-1].keep > 0 || ls[i+1].keep > 0)
		}
		if !ok && l.words >= shortMinWords && l.keep > shortMinKeep && !l.leadIn && !l.boiler && !l.subscr {
			// list items and table rows inside the article: body on both
			// sides within two lines
			ok = bodyNear(ls, i, bodyStart, bestHi, -1) && bodyNear(ls, i, bodyStart, bestHi, 1)
		}
		if !ok && ingr != nil && ingr[i] && !furn[i] {
			ok = true // a recipe's ingredient list
		}
		if ok {
			l.body = true
			r.Blocks = append(r.Blocks, l.span)
		}
	}
	for _, j := range listAfterRun(ls, bestHi) {
		ls[j].body = true
		r.Blocks = append(r.Blocks, ls[j].span)
	}
	// A closing call to action (subscribe, follow, donate) ends many
	// articles without being part of them: up to ctaMaxCut lines.
	for cut := 0; len(r.Blocks) > 1 && cut < ctaMaxCut; cut++ {
		k := len(r.Blocks) - 1
		j := lineAt(ls, r.Blocks[k])
		if j < 0 || !ctaLine(ls[j]) {
			break
		}
		ls[j].body = false
		r.Blocks = r.Blocks[:k]
	}
	top := bestLo
	if ti >= 0 && ti < top {
		top = ti
	}
	mdy := slashOrder(ls)
	bl := findByline(ls, top, start)
	if bl >= 0 {
		r.Authors = bylineNames(ls[bl].text)
	} else if nl := nameLine(ls, ti, start); nl >= 0 {
		r.Authors = []string{ls[nl].text}
	}
	if bl >= 0 {
		if d, ok := parseDateOrder(ls[bl].text, mdy); ok {
			r.Published, r.DateSpan = d, ls[bl].span
		}
	}
	if r.Published == "" {
		r.Published, r.DateSpan = findDate(ls, ti, start, mdy)
	}
	if r.Published == "" && ti >= 0 {
		// the headline line itself may end with its date
		if d, ok := parseDateOrder(ls[ti].text, mdy); ok {
			r.Published, r.DateSpan = d, ls[ti].span
		}
	}
	if r.Published == "" {
		r.Published, r.DateSpan = labelledDate(ls, bestLo, bestHi, mdy)
	}
	return r
}

// lineAt finds the line whose span is s (-1 when none).
func lineAt(ls []line, s doc.Span) int {
	for j := len(ls) - 1; j >= 0; j-- {
		if ls[j].span == s {
			return j
		}
	}
	return -1
}

// labelledDate reads the publication date from a short labelled date line
// ("Erschienen am: 01.11.2023", "Published: 22:00 GMT, 26 September 2020",
// or a bare "Erschienen am:" over a date line) above the body's end or in
// the few lines under it (a blog's "Posted on" footer), for pages whose
// headline is not found or sits away from its date line. It stops at a
// comments header inside or under the body (not one in the menu: "Comments
// feed"), reads a line only up to its first bar ("Veröffentlicht:
// 05.01.2020 | Autor: … | Tags: …"), and gives nothing when such lines
// show different dates (a teaser list, each item with its own "Posted on").
func labelledDate(ls []line, lo, hi int, mdy bool) (string, doc.Span) {
	var got string
	var span doc.Span
	for i := 0; i <= hi+labelAfterBody && i < len(ls); i++ {
		l := &ls[i]
		if l.comments && i > lo {
			break
		}
		if !pubLead(l.text) || reBullet.MatchString(l.text) {
			continue
		}
		t := l.text
		if k := strings.Index(t, " | "); k > 0 {
			t = t[:k]
		}
		if utf8.RuneCountInString(t) > 120 {
			continue
		}
		d, ok := parseDateOrder(unspaceDate(t), mdy)
		s := l.span
		if !ok && l.words <= 3 && i+1 < len(ls) && ls[i+1].dated && utf8.RuneCountInString(ls[i+1].text) <= 40 {
			// the label alone, its date on the next line
			d, ok = parseDateOrder(unspaceDate(ls[i+1].text), mdy)
			s = ls[i+1].span
		}
		if !ok {
			continue
		}
		if got == "" {
			got, span = d, s
		} else if d != got {
			return "", doc.Span{}
		}
	}
	return got, span
}

// labelAfterBody is how many lines under the body's end labelledDate reads.
const labelAfterBody = 15

// DateNear reads the publication date a page shows near its headline when
// the caller already knows where the headline and the body are: lines are
// the page's text blocks in order, title the headline's index (-1 when
// unknown) and start the body's first block. The byline is read first, then
// the date line nearest the headline (as Extract does), then the headline
// itself. It returns "" when no date is shown there.
func DateNear(lines []string, title, start int) string {
	if len(lines) == 0 || title >= len(lines) {
		return ""
	}
	start = min(max(start, title+1, 0), len(lines))
	ls := make([]line, len(lines))
	for i, t := range lines {
		t = strings.TrimSpace(t)
		ls[i].text = t
		ls[i].keep, ls[i].words = features(t, &ls[i])
		ls[i].score = ls[i].keep
	}
	mdy := slashOrder(ls)
	top := start
	if title >= 0 {
		top = title
	}
	if bl := findByline(ls, top, start); bl >= 0 {
		if d, ok := parseDateOrder(ls[bl].text, mdy); ok {
			return d
		}
	}
	if d, _ := findDate(ls, title, start, mdy); d != "" {
		return d
	}
	if d := datelineBetween(ls, title, start, mdy); d != "" {
		return d
	}
	if title >= 0 {
		if d, ok := parseDateOrder(ls[title].text, mdy); ok {
			return d
		}
	}
	return ""
}

// mergeRuns joins to the body run a second run of paragraphs close to it
// (an article cut by a gallery, an embed or a long caption block): at most
// mergeGap lines away, with no comments header and no list furniture
// between, holding mergeParas paragraphs of 25 words or more and a value of
// at least mergeMass — or, across a related-stories header (a "Most
// popular" box inside the article), mergeParasRelated paragraphs and
// mergeMassRelated. It repeats while runs join.
func mergeRuns(ls []line, vals []float64, past, listy []bool, lo, hi int) (int, int) {
	blocked := func(i int) bool { return ls[i].related || ls[i].comments || listy[i] || past[i] }
	para := func(i int) bool { return ls[i].words >= 25 && ls[i].keep > 0 }
	in := func(i int) bool { return i >= 0 && i < len(ls) }
	// reach looks from the run's edge at, in direction step, for the
	// nearest paragraph within mergeGap lines and returns the far end of
	// the run starting there, if that run is worth joining.
	reach := func(at, step int) (int, bool) {
		crossed := false // a related-stories header lies between
		for p := at + step; in(p) && (p-at)*step <= mergeGap; p += step {
			if ls[p].related && !ls[p].comments && !listy[p] && !past[p] {
				crossed = true
				continue
			}
			if blocked(p) {
				return 0, false
			}
			if !para(p) {
				continue
			}
			sum, n, end, run := 0.0, 0, p, 0.0
			for k := p; in(k) && !blocked(k); k += step {
				run += vals[k]
				if run <= 0 {
					break
				}
				if para(k) {
					n++
				}
				if run > sum {
					sum, end = run, k
				}
			}
			if crossed {
				return end, n >= mergeParasRelated && sum >= mergeMassRelated
			}
			if hi-lo < 4 {
				// a run of at most four lines (lo..hi inclusive) is a
				// fragment: what lies next to it joins on one paragraph
				return end, n >= 1 && sum >= mergeMassShort
			}
			return end, n >= mergeParas && sum >= mergeMass
		}
		return 0, false
	}
	for {
		moved := false
		if end, ok := reach(hi, 1); ok {
			hi, moved = end, true
		}
		if start, ok := reach(lo, -1); ok {
			lo, moved = start, true
		}
		if !moved {
			return lo, hi
		}
	}
}

const (
	mergeGap   = 40
	mergeParas = 2
	mergeMass  = 10.0
	// across a related-stories header (a "Most popular" box set inside
	// the article) the far run must be more clearly article text
	mergeParasRelated = 3
	mergeMassRelated  = 10.0
	mergeMassShort    = 3.0
)

// Short lines inside the run are body when body lines surround them.
const (
	shortMinWords = 2
	shortMinKeep  = -3.7
)

// bodyNear reports a body-like line (positive score) within two lines of i
// in direction dir, inside [lo, hi].
func bodyNear(ls []line, i, lo, hi, dir int) bool {
	for k := 1; k <= 2; k++ {
		j := i + dir*k
		if j < lo || j > hi {
			return false
		}
		if ls[j].keep > 0 {
			return true
		}
	}
	return false
}

// findTitle scores the lines around the start of the body run as the
// headline: a short standalone line near the run, not ending like a
// sentence, followed by a byline, date or counter line. It returns -1
// when no line qualifies.
func findTitle(ls []line, lo, hi int) int {
	i, _ := bestHeadline(ls, lo, hi)
	return i
}

// bestHeadline is findTitle's line and its score (-1 and titleMinScore
// when no line qualifies).
func bestHeadline(ls []line, lo, hi int) (best int, bestScore float64) {
	best, bestScore = -1, titleMinScore
	vocab := bodyVocab(ls, lo, hi)
	w := titleWeights()
	for i := max(0, lo-60); i <= min(hi, lo+3) && i < len(ls); i++ {
		f, ok := titleFeatures(ls, i, lo, vocab)
		if !ok {
			continue
		}
		s := dotTF(w, f)
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	return best, bestScore
}

// Headline candidate features (titleFeatures); titleWeights weighs them.
const (
	tfMidLength      = iota // 5 to 20 words
	tfLong                  // over 20 words
	tfPeriod                // ends with a period (not "...")
	tfAbove                 // lines above the run's start
	tfInRun                 // inside the run
	tfInRunDist             // lines into the run
	tfOverlap               // share of words in the body, capped at titleOnTopic, scaled to 1
	tfNumbered              // "1. " list item
	tfDeck                  // right under another headline-like line
	tfFurn                  // byline, date, credit or counter within titleFurnWindow lines below
	tfFurnNext              // ... within two lines below
	tfMenuBetween           // three or more bulleted lines between it and the run
	tfCrumb                 // ends with the whole text of a nearby line
	tfTags                  // a comma-separated tag list
	tfBeforeRun             // only furniture or short lines between it and the run
	tfLower                 // starts with a lower-case letter
	tfTop                   // among the dump's first three lines
	tfRepeated              // its text occurs again in the dump
	tfShort                 // one or two words
	tfDeckBelow             // a headline-like line right under it
	tfCaps                  // written in capitals
	tfAboveLog              // log(1 + lines above the run's start)
	tfCloser                // log(1 + headline-like lines between it and the run)
	tfContained             // another line holds its whole text and more
	tfLabel                 // "Label: a few words"
	tfNextIsRun             // the line right above the run
	tfIsolated              // blank lines above and below
	tfWordsLog              // log(words)
	tfSubtitle              // under a shorter headline-like line
	tfPrevFurn              // right under a byline, date, credit or counter
	tfFirstAfterMenu        // the first isolated headline-like line after a menu
	nTF
)

// titleLookWindow bounds how many lines away from a headline candidate a
// repeat of its text, or a longer line holding it, is looked for (a
// breadcrumb, a share text, a related-stories entry), so that a dump of
// many thousand lines costs no more per candidate than one of a few
// hundred.
const titleLookWindow = 300

// titleMinScore is the score a headline must beat.
const titleMinScore = -3.0

// titleFeatures computes line i's headline features, or false when the
// line cannot be a headline (a bullet, credit, counter, byline, date,
// bracketed label, caption, a line ending with a colon, or mostly
// non-letters).
func titleFeatures(ls []line, i, lo int, vocab map[string]bool) (f [nTF]float64, ok bool) {
	l := ls[i]
	t := l.text
	if l.words < 1 || l.words > 30 || reBullet.MatchString(t) || l.credit || l.counter ||
		l.byline || strings.HasPrefix(t, "[") || strings.HasSuffix(t, ":") || (l.dated && looksDate(t)) || strings.Contains(t, "|") ||
		l.subscr || captionEnd(t) || creditTail(t) {
		return f, false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if i >= lo && last == '.' {
		return f, false // a paragraph of the body, not its headline
	}
	n := utf8.RuneCountInString(t)
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if float64(letters)/float64(n) < 0.6 {
		return f, false
	}
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	f[tfMidLength] = b2f(l.words >= 5 && l.words <= 20)
	f[tfLong] = b2f(l.words > 20)
	f[tfPeriod] = b2f(last == '.' && !strings.HasSuffix(t, "..."))
	if i < lo {
		f[tfAbove] = float64(lo - i)
	} else {
		f[tfInRun] = 1
		f[tfInRunDist] = float64(i - lo)
	}
	// on topic when half its words are the body's; more overlap than
	// that marks a standfirst or caption that sums up the body rather
	// than the headline above it
	f[tfOverlap] = min(overlap(t, vocab), titleOnTopic) / titleOnTopic
	f[tfNumbered] = b2f(reNumbered.MatchString(t))
	f[tfDeck] = b2f(i > 0 && headlineLike(ls[i-1]))
	for j := i + 1; j < len(ls) && j <= i+titleFurnWindow; j++ {
		if ls[j].furniture() {
			f[tfFurn] = 1
			f[tfFurnNext] = b2f(j <= i+2)
			break
		}
	}
	f[tfMenuBetween] = b2f(bulletsBetween(ls, i, lo) >= 3)
	f[tfCrumb] = b2f(holdsNearLine(ls, i))
	f[tfTags] = b2f(tagList(t))
	f[tfBeforeRun] = b2f(i < lo && onlyFurnitureBetween(ls, i, lo))
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "\"'«„“‘"))
	f[tfLower] = b2f(unicode.IsLower(first))
	f[tfTop] = b2f(i < 3)
	for j := max(0, i-titleLookWindow); j < len(ls) && j <= i+titleLookWindow; j++ {
		if j != i && ls[j].text == t {
			f[tfRepeated] = 1
			break
		}
	}
	f[tfShort] = b2f(l.words < 3)
	f[tfDeckBelow] = b2f(i+1 < len(ls) && headlineLike(ls[i+1]))
	f[tfCaps] = b2f(letters >= 4 && upper == letters)
	if i < lo {
		f[tfAboveLog] = math.Log1p(float64(lo - i))
		k := 0
		for j := i + 1; j < lo; j++ {
			if headlineLike(ls[j]) {
				k++
			}
		}
		f[tfCloser] = math.Log1p(float64(k))
	}
	if l.words >= 2 {
		for j := max(0, i-titleLookWindow); j < len(ls) && j <= i+titleLookWindow; j++ {
			if j != i && len(ls[j].text) > len(t) && ls[j].words < 40 && strings.Contains(ls[j].text, t) {
				f[tfContained] = 1
				break
			}
		}
	}
	if k := strings.IndexByte(t, ':'); k > 0 && countWords(t[:k]) <= 2 && l.words <= 5 {
		f[tfLabel] = 1
	}
	f[tfNextIsRun] = b2f(i == lo-1)
	f[tfIsolated] = b2f(l.blankBefore && (i+1 >= len(ls) || ls[i+1].blankBefore))
	f[tfWordsLog] = math.Log(float64(l.words))
	f[tfSubtitle] = b2f(i > 0 && headlineLike(ls[i-1]) && ls[i-1].words < l.words)
	f[tfPrevFurn] = b2f(i > 0 && ls[i-1].furniture())
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		if reBullet.MatchString(ls[j].text) {
			f[tfFirstAfterMenu] = 1
			break
		}
		if headlineLike(ls[j]) && ls[j].blankBefore && (j+1 >= len(ls) || ls[j+1].blankBefore) {
			break
		}
	}
	return f, true
}

// Headline feature settings (the weights are fitted; see titlefit.go).
const (
	// titleFurnWindow is how many lines below a candidate tfFurn looks
	// for a byline, date, credit or counter.
	titleFurnWindow = 5
	// titleOnTopic is the share of a line's words found in the body above
	// which a headline candidate gains nothing more for its overlap. The
	// overlap is scaled by 1/titleOnTopic below it, so a line reaching the
	// cap earns the full tfOverlap weight.
	titleOnTopic = 0.5
)

// bodyVocab is the set of lower-cased words of four letters or more in the
// body-like lines of the run.
func bodyVocab(ls []line, lo, hi int) map[string]bool {
	v := make(map[string]bool)
	for i := lo; i <= hi && len(v) < 3000; i++ {
		if ls[i].keep <= 0 {
			continue
		}
		for _, w := range strings.FieldsFunc(ls[i].text, notLetter) {
			if utf8.RuneCountInString(w) >= 4 {
				v[strings.ToLower(w)] = true
			}
		}
	}
	return v
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// overlap is the share of t's words of four letters or more found in vocab.
func overlap(t string, vocab map[string]bool) float64 {
	n, in := 0, 0
	for _, w := range strings.FieldsFunc(t, notLetter) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		n++
		if vocab[strings.ToLower(w)] {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// deckCost lowers a candidate right under another headline-like line.
const deckCost = 0.5

// headlineLike is a line that could be a headline: four to thirty words,
// not ending with a period, not furniture or a bullet.
func headlineLike(l line) bool {
	if l.words < 4 || l.words > 30 || l.furniture() || l.subscr || l.boiler || reBullet.MatchString(l.text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return last != '.' && last != ':'
}

var reNumbered = regexp.MustCompile(`^\d{1,2}[.)]\s`)

// titleText trims a headline line of leading symbols (☆, ▶, #) that are
// not part of it.
// creditTail reports a line ending with a photographer's credit: a last
// segment (after the last sentence end or parenthesis) of at most six
// words holding a slash ("Pat Greenhouse / The Boston Globe",
// "EPA-EFE/Stuart Brock", "(Eric Tschaen/Pool/Sipa)").
func creditTail(t string) bool {
	k := max(strings.LastIndex(t, ". "), strings.LastIndex(t, "("))
	if k < 0 {
		return false
	}
	tail := t[k:]
	return strings.Contains(tail, "/") && countWords(tail) <= 6 && !strings.Contains(tail, "://")
}

// titleText trims a headline line: leading symbols and a breadcrumb
// ("Startseite » Aktuelles » Headline").
func titleText(t string) (string, int) {
	for _, sep := range []string{" » ", " › ", " > "} {
		if k := strings.LastIndex(t, sep); k >= 0 && strings.Count(t, sep) >= 2 {
			return titleText2(t, k+len(sep))
		}
	}
	return titleText2(t, 0)
}

func titleText2(t string, from int) (string, int) {
	t0 := t
	t = t[from:]
	i := strings.IndexFunc(t, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'«„“‘¿¡(", r)
	})
	if i <= 0 {
		return strings.TrimSpace(t), len(t0) - len(t)
	}
	return strings.TrimSpace(t[i:]), len(t0) - len(t) + i
}

func looksDate(t string) bool {
	if !reDateish.MatchString(t) || utf8.RuneCountInString(t) > 60 {
		return false
	}
	_, ok := parseDate(t)
	return ok
}

var (
	reByline   = regexp.MustCompile(`(?i)^(by|von|par|por|di|door|av|przez|autor|autorin|автор|авторка|author|written by|posted by|geschrieben von|publié par|escrito por|scritto da|text:|текст:)[:\s\x{a0}]+(.{3,200})$`)
	reNameSep  = regexp.MustCompile(`(?i)\s*(?:,|;|&|\s(?:and|und|et|y|e|i|і|и|та|oraz)\s)\s*`)
	reNotName  = regexp.MustCompile(`(?i)(^|\s)(the|desk|news|staff|team|redaktion|redaction|rédaction|editorial|editors?|agency|agentur|reporter|correspondent|gmbh|ltd|inc|media|press|foto|photo|фото|редакц\p{L}*)(\s|$|\.)`)
	reNameStop = regexp.MustCompile(`[\d|•·(@/]|\s[-–—]\s`)
)

func isByline(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return len(t) < 260 && strings.ContainsRune("bBvVpPdDaAwWtTzZgGeEsSоOаАтТ", r) && reByline.MatchString(t)
}

// findByline returns the byline line between a few lines above the title
// and the first lines of the body, or -1.
func findByline(ls []line, top, start int) int {
	for i := max(0, top-3); i < len(ls) && i <= start+6; i++ {
		if ls[i].byline {
			return i
		}
	}
	return -1
}

// nameLine finds a line that is only a person's name (two or three
// capitalised words) right after the title or beside a date line, the
// form of many bylines without a lead-in word; -1 when there is none.
func nameLine(ls []line, title, start int) int {
	if title < 0 {
		return -1
	}
	for i := title + 1; i < len(ls) && i <= title+4 && i <= start+2; i++ {
		w := strings.Fields(ls[i].text)
		if len(w) < 2 || len(w) > 3 || ls[i].furniture() || reNotName.MatchString(ls[i].text) {
			continue
		}
		ok := true
		for _, x := range w {
			r, size := utf8.DecodeRuneInString(x)
			if !unicode.IsUpper(r) || strings.IndexFunc(x[size:], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' }) >= 0 {
				ok = false
			}
			if months[strings.ToLower(strings.Trim(x, "."))] > 0 {
				ok = false
			}
		}
		near := (i > 0 && ls[i-1].dated) || (i+1 < len(ls) && ls[i+1].dated)
		if ok && near {
			return i
		}
	}
	return -1
}

// bylineNames reads person names from a byline: the lead-in word dropped,
// cut at the first digit, bar or bracket (dates, counters, e-mails),
// split on commas and "and", and desks, agencies and site names dropped.
func bylineNames(t string) []string {
	m := reByline.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	rest := m[2]
	if loc := reNameStop.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	if loc := reDateTok.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	// A month name right after the names ("… April 11, 2024" cut above
	// leaves "… April").
	var out []string
	for _, part := range reNameSep.Split(rest, -1) {
		part = strings.TrimSpace(strings.Trim(part, " \u00a0:.,;"))
		if strings.HasPrefix(strings.ToLower(part), "and ") {
			part = strings.TrimSpace(part[4:])
		}
		w := strings.Fields(part)
		for len(w) > 0 && months[strings.ToLower(strings.Trim(w[len(w)-1], ".,"))] > 0 {
			w = w[:len(w)-1] // "… January" left by the cut at the day
		}
		part = strings.Join(w, " ")
		if len(w) < 2 || len(w) > 4 || reNotName.MatchString(part) {
			continue
		}
		ok := true
		for _, x := range w {
			r, _ := utf8.DecodeRuneInString(x)
			if !unicode.IsUpper(r) {
				ok = false
			}
		}
		if ok {
			out = append(out, part)
		}
	}
	return out
}

// reDateTok finds a date token: ISO, numeric day-first (dotted) or
// month-first (slashed), "12 March 2024" (with optional "de"), "March
// 12, 2024" and "21.dez.2018".
var reDateTok = regexp.MustCompile(`(?:^|\D)(\d{4})(?:-|/|\.\s?)(\d{1,2})(?:-|/|\.\s?)(\d{1,2})(?:\D|$)|(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})\b|(\d{1,2})(?:\.|st|nd|rd|th|er)?[\s\x{a0}]+(?:de[\s\x{a0}]+)?(\p{L}{3,12})\.?,?[\s\x{a0}]+(?:de[\s\x{a0}]+)?(\d{4})|(\p{L}{3,12})\.?[\s\x{a0}]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\x{a0}]+(\d{4})|(\d{1,2})\.(\p{L}{3,12})\.(\d{4})`)

// months maps month names and abbreviations (nominative and genitive) in
// the languages of the eval sets to month numbers.
var months = func() map[string]int {
	lists := []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"jänner feb mär apr mai jun jul aug sept okt nov dez",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"janv févr mars avr mai juin juil aout sept oct nov déc",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"ene feb mar abr may jun jul ago setiembre oct nov dic",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"gen feb mar apr mag giu lug ago set ott nov dic",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"jan fev mar abr mai jun jul ago set out nov dez",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"jan feb mrt apr mei jun jul aug sep okt nov dec",
		"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
		"styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
		"ledna února března dubna května června července srpna září října listopadu prosince",
		"січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
		"січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		"янв фев мар апр мая июн июл авг сен окт ноя дек",
		"січ лют бер квіт трав черв лип серп вер жовт лист груд",
	}
	m := map[string]int{"sept": 9, "févr": 2, "fevrier": 2, "decembre": 12, "août": 8}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			m[w] = i + 1
		}
	}
	return m
}()

// parseDate reads the first date token of t as YYYY-MM-DD.
func parseDate(t string) (string, bool) { return parseDateOrder(t, false) }

// slashOrder reads the page's numeric date order from its slashed dates:
// month first when some date's second number is over 12 and none's first.
func slashOrder(ls []line) (monthFirst bool) {
	dmy, mdy := false, false
	for _, l := range ls {
		if !l.dated {
			continue
		}
		for _, m := range reDateTok.FindAllStringSubmatch(l.text, 3) {
			if m[5] != "/" {
				continue
			}
			a, b := atoi(m[4]), atoi(m[6])
			dmy = dmy || (a > 12 && b <= 12)
			mdy = mdy || (b > 12 && a <= 12)
		}
	}
	return mdy && !dmy
}

// parseDateOrder is parseDate with slashed dates read month first when
// monthFirst is set.
func parseDateOrder(t string, monthFirst bool) (string, bool) {
	if !reDateish.MatchString(t) {
		return "", false
	}
	for _, m := range reDateTok.FindAllStringSubmatch(t, 3) {
		var y, mo, d int
		switch {
		case m[1] != "":
			y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
		case m[4] != "":
			a, b := atoi(m[4]), atoi(m[6])
			y = atoi(m[7])
			if len(m[7]) == 2 {
				y += 2000
			}
			// Day first, as in most of the languages served, unless
			// the second number cannot be a month (US 3/14/2021).
			if (b <= 12 && !(monthFirst && m[5] == "/" && a <= 12)) || m[5] == "." {
				d, mo = a, b
			} else {
				mo, d = a, b
			}
		case m[8] != "":
			d, mo, y = atoi(m[8]), months[strings.ToLower(m[9])], atoi(m[10])
		case m[11] != "":
			mo, d, y = months[strings.ToLower(m[11])], atoi(m[12]), atoi(m[13])
		default:
			d, mo, y = atoi(m[14]), months[strings.ToLower(m[15])], atoi(m[16])
		}
		if y < 1990 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		tm := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if tm.Day() != d {
			continue
		}
		return tm.Format("2006-01-02"), true
	}
	return "", false
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
		if n > 1e6 {
			return -1
		}
	}
	return n
}

// pubLeads start lines that give the publication date.
var pubLeads = []string{"published", "posted", "first published", "publié", "publie le", "veröffentlicht", "erstellt", "publicado", "pubblicato",
	"opublikowano", "publikováno", "опубліковано", "опубликовано", "дата публікації", "дата публикации", "gepubliceerd",
	"erschienen", "erscheinungsdatum", "publiziert", "gepostet"}

// pubLead reports a line that starts by saying it gives the publication
// date ("Published: …", "Publié le …").
func pubLead(t string) bool {
	if len(t) > 200 {
		return false
	}
	l := strings.ToLower(strings.TrimLeft(t, " •·-–—*|"))
	for _, p := range pubLeads {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// findDate reads the publication date from the date line nearest to the
// headline: first the lines between the title and the body, then above
// the title, then the first lines of the body. Dates far above the title
// or after the body's start (teasers, related lists) are not taken.
func findDate(ls []line, title, start int, mdy bool) (string, doc.Span) {
	top := title
	if top < 0 {
		top = start
	}
	try := func(i int) (string, doc.Span, bool) {
		if i < 0 || i >= len(ls) || utf8.RuneCountInString(ls[i].text) > 120 || (ls[i].words > 8 && reBullet.MatchString(ls[i].text)) {
			return "", doc.Span{}, false
		}
		d, ok := parseDateOrder(unspaceDate(ls[i].text), mdy)
		return d, ls[i].span, ok
	}
	// A line that says it gives the publication date comes first.
	for i := max(0, top-8); i < start+8 && i < len(ls); i++ {
		if pubLead(ls[i].text) {
			if d, s, ok := try(i); ok {
				return d, s
			}
		}
	}
	for i := top + 1; i < start; i++ {
		if d, s, ok := try(i); ok {
			return d, s
		}
	}
	for i := top - 1; i >= 0 && i >= top-8; i-- {
		if d, s, ok := try(i); ok {
			return d, s
		}
	}
	for i := start; i < start+8 && i < len(ls); i++ {
		if i >= start+3 && ls[i].words > 12 {
			continue
		}
		if d, s, ok := try(i); ok {
			return d, s
		}
	}
	for i := max(start, 0); i < start+datelineWindow && i < len(ls); i++ {
		if i >= start+2 && !opensWithDate(ls[i].text) {
			// deeper in the body only a paragraph the date opens
			// ("27.1.2022 - Bei …"), not "Wir suchen zum 1. April 2016 (…"
			continue
		}
		if d, ok := datelineLead(ls[i].text, mdy); ok {
			return d, ls[i].span
		}
	}
	return "", doc.Span{}
}

// reSpacedDate is a dotted day-first date with (thin) spaces after the dots
// ("13.\u20091.\u20092020", "14. 01. 2020").
var reSpacedDate = regexp.MustCompile(`(^|\D)(\d{1,2})\.[ \x{2009}\x{202f}\x{a0}](\d{1,2})\.[ \x{2009}\x{202f}\x{a0}](\d{4})\b`)

// unspaceDate closes up the spaces of such dates ("13.1.2020") for the
// date-line reader; line features read the line as it is, so the headline
// weights see what they were fitted on.
func unspaceDate(t string) string {
	if !strings.Contains(t, ". ") && !strings.ContainsAny(t, "\u2009\u202f\u00a0") {
		return t
	}
	return reSpacedDate.ReplaceAllString(t, "$1$2.$3.$4")
}

// datelineLead reads the dateline that opens a paragraph: a date after at
// most four words (a place, "Pressemitteilung vom") and before a dash, bar,
// stop, colon, comma, bracket or quotation mark that sets it off from the
// text ("27.1.2022 - Bei der …", "Pressemitteilung vom 25. Januar 2022 |
// Berlin – …", "Karlsruhe, (12.11.2021). Traditionell …"). A date the
// sentence runs on from ("Am 15. Januar 2021 wurde …") is not one. Spaced
// dates ("13. 1. 2020") are closed up first, as for date lines.
func datelineLead(t string, mdy bool) (string, bool) {
	t = unspaceDate(t)
	loc := reDateTok.FindStringIndex(t)
	if loc == nil || loc[0] > 80 || countWords(t[:loc[0]]) > 4 {
		return "", false
	}
	d, ok := parseDateOrder(t[loc[0]:loc[1]], mdy)
	if !ok {
		return "", false
	}
	rest := t[loc[1]:]
	if r, n := utf8.DecodeLastRuneInString(t[:loc[1]]); n > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		rest = t[loc[1]-n:]
	}
	rest = strings.TrimLeft(rest, " \u00a0)")
	r, _ := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError || !strings.ContainsRune("-–—|:.,(„“\"«", r) {
		return "", false
	}
	return d, true
}

// bulletsBetween counts the bulleted lines (a menu) between line i and
// line lo.
func bulletsBetween(ls []line, i, lo int) int {
	n := 0
	for j := i + 1; j < lo; j++ {
		if reBullet.MatchString(ls[j].text) {
			n++
		}
	}
	return n
}

// holdsNearLine reports a line that ends with the whole text of another
// line of two words or more within six lines: a breadcrumb or kicker run
// into the headline ("Home Angeln Fishing Masters Show" above "Fishing
// Masters Show").
func holdsNearLine(ls []line, i int) bool {
	t := ls[i].text
	for j := max(0, i-6); j < len(ls) && j <= i+6; j++ {
		u := ls[j].text
		if j == i || ls[j].words < 2 || len(u) >= len(t) {
			continue
		}
		if strings.HasSuffix(t, u) {
			return true
		}
	}
	return false
}

// tagList reports a line of three or more short comma-separated items
// ("Politik, Justiz, Emmanuel Macron"): a list of tags.
func tagList(t string) bool {
	parts := strings.Split(t, ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if w := countWords(p); w == 0 || w > 3 {
			return false
		}
	}
	return true
}

// onlyFurnitureBetween reports that the lines between i and lo are all
// furniture (bylines, dates, credits, counters), image labels or lines of
// fewer than three words.
func onlyFurnitureBetween(ls []line, i, lo int) bool {
	for j := i + 1; j < lo; j++ {
		if !(ls[j].furniture() || ls[j].words < 3 || strings.HasPrefix(ls[j].text, "[")) {
			return false
		}
	}
	return true
}

// datelineWindow is how many lines from the body's start findDate reads
// for a dateline opening a paragraph (after the first two, one that
// opens with its date: the article's first paragraph under a byline, a
// credit or a subhead).
const datelineWindow = 4

// opensWithDate reports a line whose first token is a date.
func opensWithDate(t string) bool {
	loc := reDateTok.FindStringIndex(t)
	return loc != nil && strings.TrimFunc(t[:loc[0]], notLetter) == ""
}
