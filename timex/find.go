package timex

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pressclip/pressclip/doc"
)

// window bounds how far one expression may reach from its first word, so a
// rule's cost per candidate is bounded whatever the text.
const window = 120

// cand is the state of one Find call: the text, the DCT and the narrative
// reference (last explicit year and full date) that later expressions use.
type cand struct {
	text       string
	start, end int
	dct        time.Time
	refYear    int
	refDate    time.Time
	// far and near count explicit years two or more years from the DCT
	// and within it: a page full of far years is a narrative.
	far, near int
	// news counts English words that only news uses for its own days
	// (weekday names, yesterday, tomorrow) and its reporting verbs (said,
	// says, told): such a page is no narrative however many old years it
	// cites.
	news int
	// lastQ is the last quarter named: "a year ago" in a quarterly report
	// is that quarter a year before (TimeML granularity follows the topic).
	lastQ string
	// lastMonth is the month (YYYY-MM) of the last expression at month
	// granularity or finer: «наприкінці місяця» in a chronicle.
	lastMonth string
	// prevEnd and prevValue are the end and value of the last expression
	// found in this block (prevEnd -1 before the first): "Oct. 12, the
	// day before the plunge" is the date in apposition; prevStart is its
	// start.
	prevStart int
	prevEnd   int
	prevValue string
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Find returns the temporal expressions of text, offsets relative to text,
// normalised against dct (zero when unknown), in text order.
func (g *Tagger) Find(text string, dct time.Time) []doc.Date {
	c := &cand{dct: dct}
	c.far, c.near = countYears(text, dct)
	c.news = countNewsCues(text)
	return g.find(c, text)
}

// find tags text with the narrative state of c (reference year and date,
// last quarter, narrative counts), which it updates: Annotate carries one
// state across a page's blocks.
func (g *Tagger) find(c *cand, text string) []doc.Date {
	var out []doc.Date
	c.text = text
	c.prevStart, c.prevEnd, c.prevValue = -1, -1, ""
	lower := lowerSameLen(text)
	prev := rune(' ')
	type hit struct {
		r   *rule
		end int
		ix  []int
	}
	var hits []hit
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) || isWordRune(prev) && prev != '\'' || prev == '\'' && isWordRune(r) && i >= 2 && isWordRune(lastRune(text[:i-1])) {
			if r == '\'' && !isWordRune(prev) && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
				// '90s
			} else {
				prev = r
				i += size
				continue
			}
		}
		// i starts a word: find it and decide whether any rule may start here.
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) && r2 != '\'' && r2 != '’' && r2 != 'ʼ' {
				break
			}
			j += s2
		}
		digit := r >= '0' && r <= '9'
		w := ""
		if !digit {
			w = norm(strings.TrimRight(text[i:j], "'’ʼ"))
			if strings.HasSuffix(w, "'s") {
				w = w[:len(w)-2] // "Friday's"
			} else if strings.HasSuffix(w, "’s") {
				w = w[:len(w)-len("’s")]
			}
			if !leadWords[w] && r != '\'' {
				prev = lastRune(text[i:j])
				i = j
				continue
			}
		}
		win := text[i:min(len(text), i+window)]
		lwin := lower[i:min(len(text), i+window)]
		hits = hits[:0]
		// what follows the first word inside the window; a word may run
		// past the window's end (a long run of digits or apostrophes)
		rest := lwin[min(j-i, len(lwin)):]
		next := "\x00" // the second word, read when a rule asks for it
		if f := commonLeadNext[w]; f != nil {
			// "the", "a", "in" lead an expression only before a few words
			next = firstWord(rest)
			if next != "" && !f[next] {
				prev = lastRune(text[i:j])
				i = j
				continue
			}
		}
		for k := range rules {
			ru := &rules[k]
			if digit && !ru.digit || !digit && r != '\'' && !ru.lead[w] {
				continue
			}
			if ru.next != nil {
				if next == "\x00" {
					next = firstWord(rest)
				}
				if !ru.next[next] {
					continue
				}
			}
			ix := ru.re.FindStringSubmatchIndex(lwin)
			if ix == nil || ix[1] == 0 {
				continue
			}
			e := ix[1]
			if e < len(win) {
				a, _ := utf8.DecodeRuneInString(win[e:])
				if isWordRune(a) && isWordRune(lastRune(win[:e])) {
					continue
				}
			}
			hits = append(hits, hit{ru, e, ix})
		}
		sort.SliceStable(hits, func(a, b int) bool { return hits[a].end > hits[b].end })
		done := false
		for _, h := range hits {
			m := make([]string, len(h.ix)/2)
			for k := range m {
				if h.ix[2*k] >= 0 {
					m[k] = win[h.ix[2*k]:h.ix[2*k+1]]
				}
			}
			c.start, c.end = i, i+h.end
			typ, val := h.r.norm(c, m)
			if typ == "" || val == "" {
				continue
			}
			if typ == "DATE" && len(val) == 4 && isDigits(val) {
				val += halfOf(lower[c.start:c.end]) // "the first half of 2012"
			}
			s, e := c.start, c.end
			for e > s && strings.ContainsRune(",;: -", rune(text[e-1])) {
				e--
			}
			if n := len(out); n > 0 && mergeYear(text, out[n-1], s, e, val) {
				// «1 січня наступного року», "June of that year": the
				// year expression completes the bare date before it
				out[n-1].End = e
				out[n-1].Value = val + out[n-1].Value[4:]
				if v := out[n-1].Value; v[5] == 'Q' && c.quarterEndedBy(v) {
					// "the second quarter 1996 … a year earlier": 1995-Q2. A
					// quarter still to come ("through the third quarter of
					// 1990" in October 1989) is a forecast, not the quarter
					// reported on: the last quarter stays as it was
					c.lastQ = v
				}
			} else if v := joinDurations(text, out, s, typ, val); v != "" {
				// "5 hours 51 minutes 52 seconds": one duration
				out[n-1].End = e
				out[n-1].Value = v
			} else {
				out = append(out, doc.Date{Span: doc.Span{Start: s, End: e}, Type: typ, Value: val})
			}
			c.prevStart, c.prevEnd, c.prevValue = out[len(out)-1].Start, out[len(out)-1].End, out[len(out)-1].Value
			if v := out[len(out)-1].Value; len(v) >= 7 && v[4] == '-' && isDigits(v[:4]) && isDigits(v[5:7]) {
				c.lastMonth = v[:7]
			}
			done = true
			break
		}
		if done {
			prev = lastRune(text[:c.end])
			i = c.end
			continue
		}
		prev = lastRune(text[i:j])
		i = j
	}
	return out
}

// halfOf is "-H1" or "-H2" when a year expression (lower-cased) is
// modified by "first/second half of", as TimeML writes 2012-H1.
func halfOf(l string) string {
	switch {
	case strings.Contains(l, "first half of"):
		return "-H1"
	case strings.Contains(l, "second half of"):
		return "-H2"
	}
	return ""
}

// mergeYear tells whether a year expression (text[s:e], value val) right
// after prev (a day, month or quarter given without its year) names prev's
// year: «1 січня наступного року», "June of that year", "the third quarter
// of 1984".
func mergeYear(text string, prev doc.Date, s, e int, val string) bool {
	if len(val) != 4 || !isDigits(val) || len(prev.Value) < 7 || prev.Value[4] != '-' || !isDigits(prev.Value[:4]) {
		return false
	}
	gap := strings.TrimSpace(text[prev.End:s])
	if gap != "" && gap != "of" {
		return false
	}
	quarter := prev.Value[5] == 'Q' || prev.Value[5] == 'H' // «у третьому кварталі 2024 року»
	return !strings.Contains(text[prev.Start:prev.End], prev.Value[:4]) && (gap == "of" || quarter || !strings.ContainsAny(text[s:e], "0123456789"))
}

// durationOrder ranks the units of a TIMEX3 duration, largest first; a
// letter after "T" is a time unit (M is then minutes).
var durationOrder = map[string]int{"Y": 1, "M": 2, "D": 4, "TH": 5, "TM": 6, "TS": 7}

// durationParts splits a TIMEX3 duration with numbers only ("P2Y6M",
// "PT1M53.706S") into its parts, number and unit ("T"-prefixed for time);
// nil for anything else (weeks, "PXY", decades).
func durationParts(v string) [][2]string {
	if !strings.HasPrefix(v, "P") {
		return nil
	}
	var parts [][2]string
	t, num := "", ""
	for i := 1; i < len(v); i++ {
		switch ch := v[i]; {
		case ch == 'T' && num == "" && t == "":
			t = "T"
		case ch >= '0' && ch <= '9' || ch == '.' && num != "":
			num += string(ch)
		default:
			u := t + string(ch)
			if num == "" || durationOrder[u] == 0 {
				return nil
			}
			parts = append(parts, [2]string{num, u})
			num = ""
		}
	}
	if num != "" || len(parts) == 0 {
		return nil
	}
	return parts
}

// joinDurations is the value of the last duration found (out's last)
// and the one at s (typ, val) as one, when only a space, "and" or a comma
// is between them and the units go down ("5 hours 51 minutes 52 seconds",
// "two years and three months", "1 minute 53.706 seconds"); "" otherwise.
func joinDurations(text string, out []doc.Date, s int, typ, val string) string {
	n := len(out)
	if n == 0 || typ != "DURATION" || out[n-1].Type != "DURATION" || out[n-1].End > s {
		return ""
	}
	if gap := strings.Trim(text[out[n-1].End:s], " ,"); gap != "" && gap != "and" {
		return ""
	}
	a, b := durationParts(out[n-1].Value), durationParts(val)
	if a == nil || b == nil || durationOrder[a[len(a)-1][1]] >= durationOrder[b[0][1]] {
		return ""
	}
	v, inTime := "P", false
	for _, p := range append(a, b...) {
		if strings.HasPrefix(p[1], "T") && !inTime {
			v += "T"
			inTime = true
		}
		v += p[0] + strings.TrimPrefix(p[1], "T")
	}
	return v
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// setRef records an explicit year (and full date) as the narrative reference.
func (c *cand) setRef(y int, full string) {
	if rangeEnd(c.text[:c.start]) {
		// the end of a range ("19 лютого 1915 — 9 січня 1916", "грудень
		// 1944 — вересень 1945"): what follows tells the range from its start
		return
	}
	if untilBefore(c.text[:c.start]) && !c.fromUntil() {
		// a bound ahead («оборона тривала до 2 січня 1905 року», «до
		// початку 1942 року німці відкинуті»): the chronicle goes on from
		// where it was; not the end of a «з … до …» range, after which the
		// story goes on («з 1 січня до 5 травня 1905 року. Наступного дня»)
		return
	}
	if y > 0 {
		c.refYear = y
	}
	if full != "" {
		if t, err := time.Parse("2006-01-02", full); err == nil {
			c.refDate = t
		}
	}
}

// narrativeYear is the year for a day or month given without one: the last
// explicit year when the page is a narrative (history told in a recent
// page: at least three explicit years five or more years from the DCT, more than twice as
// many as near ones) or has no DCT, else the DCT's year; 0 when neither is
// known.
func (c *cand) narrativeYear() (int, bool) {
	if c.refYear != 0 && (c.dct.IsZero() || c.far >= 3 && c.far > 2*c.near && c.news < 2 && abs(c.refYear-c.dct.Year()) >= 5) {
		return c.refYear, true
	}
	if c.dct.IsZero() {
		return 0, false
	}
	return c.dct.Year(), false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var futureCues = []string{" will ", " 'll ", "’ll ", " shall ", " going to ", " next ", " upcoming ", " plans to ", " plan to ", " planned ", " would be ", " planning ", " as soon as ", " as early as ", " effective ", " payable ", " scheduled ", " expected to ", " expects to ", " expect to ", " intends to ", " aims to ", " hopes to ", " forecast to ", " set to ", " due to ", " is to ", " are to ", " until ", " starting ", " begins ", " opens ", " will be ", " can ", " may ", " might ", " must ", " should ", " if ",
	" буде ", " будуть ", " відбудеться ", " відбудуться ", " планує ", " планують ", " має намір ", " запланован", " наступн", " почнеться ", " розпочнеться ", " завершиться ", " пройде ", " триватиме ",
	" будет ", " будут ", " состоится ", " состоятся ", " планирует ", " планируют ", " намерен", " запланирован", " следующ", " начнется ", " начнётся ", " пройдет ", " пройдёт ", " завершится "}

// clauseConj are the conjunctions that open a new clause after a comma.
var clauseConj = words("and but while although though whereas")

// planNounNext are the words after which "plan(s)" is the noun ("a
// spending plan on Monday", "advertising plans after the debate").
var planNounNext = words("on in at for of after before with by from since during over amid")

// refusals are the verbs of "would not say/comment/…", news's past report
// of a refusal ("wouldn't say Tuesday how the party would …").
var refusals = words("say comment confirm discuss disclose elaborate specify")

// reactions are verbs whose object has already happened: in the
// progressive they tell nothing of the day after it.
var reactions = words("hailing praising applauding welcoming celebrating criticizing criticising slamming blasting condemning mocking defending touting reacting responding digesting questioning disputing downplaying")

// progressive tells the word before an -ing form that makes it a present
// progressive: "is", "are", "am", "’re", "he’s".
func progressive(prev string) bool {
	switch prev {
	case "is", "are", "am", "he's", "she's", "it's", "he’s", "she’s", "it’s":
		return true
	}
	return strings.HasSuffix(prev, "'re") || strings.HasSuffix(prev, "’re") || strings.HasSuffix(prev, "'m") || strings.HasSuffix(prev, "’m")
}

// relativeIn tells words holding a relative pronoun ("Clinton, who
// announced …").
func relativeIn(ws []string) bool {
	for _, w := range ws {
		switch strings.ToLower(strings.Trim(w, ",;:\"'“”")) {
		case "who", "which", "that":
			return true
		}
	}
	return false
}

// openers are adverbs that may stand before a sentence-opening time ("Also
// on Thursday, …", "Earlier Tuesday, …").
var openers = words("also and but earlier later then meanwhile separately still")

// nowFutureCues speak of the future from the writer's present ("will",
// "is expected to"), unlike "planned" or "would", which a history uses for
// its own past.
var nowFutureCues = []string{" will ", " 'll ", "’ll ", " shall ", " is set ", " are set ", " is scheduled ", " are scheduled ", " is expected ", " are expected ", " is due ", " are due ", " is to ", " are to "}

// futureFromNow tells an English sentence around the candidate that
// speaks of the future from the present.
func (c *cand) futureFromNow() bool {
	s, e := c.sentence(120, 60)
	low := " " + strings.ToLower(c.text[s:e]) + " "
	for _, cue := range nowFutureCues {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

// sentence is the part of the candidate's sentence within before bytes
// before it and after bytes after it.
func (c *cand) sentence(before, after int) (s, e int) {
	s = max(0, c.start-before)
	e = min(len(c.text), c.end+after)
	for k := c.start - 1; k >= s; k-- {
		if sentenceEnd(c.text, k) {
			s = k + 1
			break
		}
	}
	for k := c.end; k < e; k++ {
		if sentenceEnd(c.text, k) {
			e = k
			break
		}
	}
	return s, e
}

// future tells whether the sentence around the candidate speaks of the
// future (a cue word within the same sentence, looking a little both ways).
func (c *cand) future() bool {
	s, e := c.sentence(120, 60)
	low := " " + strings.ToLower(c.text[s:e]) + " "
	low = strings.ReplaceAll(low, " next to ", " ") // a place, not a time
	poss := strings.HasPrefix(c.text[c.end:], "'s") || strings.HasPrefix(c.text[c.end:], "’s")
	if p := prevWord(c.text[:c.start]); (p == "by" || p == "through" || p == "until" || p == "till") && !mainHad(low) && !(p == "by" && poss) {
		// "repay the loan by February": a deadline ahead; but "sparked by
		// Saturday's slaughter" is the agent's day
		return true
	}
	for _, cue := range futureCues {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

// futureBefore tells a strong future cue (a future auxiliary or a
// schedule word, not "if" or "until") in the sentence before the
// candidate.
func (c *cand) futureBefore() bool {
	s, _ := c.sentence(120, 60)
	low := " " + strings.ToLower(c.text[s:c.start]) + " "
	for _, cue := range strongFutureCues {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

// strongFutureCues are the futureCues that speak of the future wherever
// they stand before a day.
var strongFutureCues = []string{" will ", "'ll ", "’ll ", " shall ", " going to ", " scheduled ", " set to ", " expected to ", " plans to ", " plan to "}

// mainHad tells whether low (a lower-cased sentence) has "had" outside a
// relative clause: "by February" in "The sale, which had been expected, is
// part of a plan to repay the loan by February" is still ahead, but not in
// "By Labor Day, he had hired staff".
func mainHad(low string) bool {
	for rest := low; ; {
		i := strings.Index(rest, " had ")
		if i < 0 {
			return false
		}
		if !strings.HasSuffix(rest[:i], " which") && !strings.HasSuffix(rest[:i], " who") {
			return true
		}
		rest = rest[i+4:]
	}
}

// abbrevs are words a full stop follows inside a sentence.
var abbrevs = words("mr mrs ms dr st jr sr inc corp co ltd gen sen rep gov col lt sgt prof no vs jan feb mar apr aug sep sept oct nov dec a.m p.m u.s u.k ім ст р рр м г гг тис млн млрд")

// sentenceEnd tells whether text[k] ends a sentence: !, ?, a line break,
// or a full stop not after an initial or a common abbreviation (Mr.,
// Daniel P. Davison, Feb.).
func sentenceEnd(text string, k int) bool {
	switch text[k] {
	case '!', '?', '\n':
		return true
	case '.':
	default:
		return false
	}
	n := k + 1
	for n < len(text) && (text[n] == '\'' || text[n] == '"') {
		n++ // a full stop inside closing quotes: ``…spring.'' The
	}
	if n == k+1 && strings.HasPrefix(text[n:], "”") {
		n += len("”")
	}
	if n < len(text) && text[n] != ' ' && text[n] != '\n' {
		return false // 3.5, U.S.
	}
	j := k
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	w := text[j:k]
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return false // an initial
	}
	return !abbrevs[strings.ToLower(w)]
}

func monthOf(s string) int { return monthWords[norm(s)] }

// englishLower rejects lower-case English month/weekday names used as words
// ("may", "march", "sun").
func englishLower(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z' && englishNames[norm(s)]
}

// dayMonth resolves a day of a month, its year given or not. Without one
// it takes the year of a range it ends («19 лютого — 9 березня 1916»), else
// the narrative's (moving forward as a chronicle does), else in news the
// DCT's: a date far ahead of the DCT in a past-tense sentence, or right
// after an English past verb ("was arrested on Dec. 3"), is last year's,
// unless the verb names the end of a period in a sentence about what is
// ahead ("the quarter ended Aug. 31 will be reported"); one far behind in a
// future sentence is next year's.
func (c *cand) dayMonth(day int, mon, year string) (string, string) {
	mo := monthOf(mon)
	if mo == 0 || englishLower(mon) {
		return "", ""
	}
	if year != "" {
		v := ymd(atoi(year), mo, day)
		c.setRef(atoi(year), v)
		return "DATE", v
	}
	if mo == 9 && day == 11 && c.dct.After(time.Date(2001, 9, 11, 0, 0, 0, 0, time.UTC)) && septElevenAfter.MatchString(c.text[c.end:min(len(c.text), c.end+40)]) {
		// "the Sept. 11 attacks", "after Sept. 11 terrorist attacks": the
		// day news names without its year is 2001's
		return "DATE", "2001-09-11"
	}
	if y := c.rangeYear(mo); y != "" {
		// «19 лютого — 9 березня 1916»: the range's year
		v := ymd(atoi(y), mo, day)
		c.setRef(atoi(y), v)
		return "DATE", v
	}
	y, narrative := c.narrativeYear()
	if narrative && !c.dct.IsZero() && c.futureFromNow() {
		// "the European Council will meet on March 17" in a page citing
		// old years: the present speaks, as for a bare month
		y, narrative = c.dct.Year(), false
	}
	if y == 0 {
		if ymd(2000, mo, day) == "" {
			return "", ""
		}
		return "DATE", fmt.Sprintf("XXXX-%02d-%02d", mo, day)
	}
	if !narrative && !c.dct.IsZero() {
		// News: a date far ahead of the DCT in a past-tense sentence is last
		// year's, one far behind in a future sentence is next year's.
		t := time.Date(y, time.Month(mo), min(day, daysIn(y, mo)), 0, 0, 0, 0, time.UTC)
		fut := c.future()
		switch {
		case !fut && t.Sub(c.dct) > 120*24*time.Hour, t.After(c.dct) && c.pastDateVerb() && !c.periodEndAhead(t):
			y--
		case fut && c.dct.Sub(t) > 180*24*time.Hour:
			y++
		case c.dct.Sub(t) > 240*24*time.Hour && c.tenseNear() >= 0 && !c.pastVerbBefore() && !c.pastEventDay():
			// "New Hampshire, whose Feb. 9 primary is the first" in
			// November: with no past tense near it, the nearer Feb. 9 is
			// the one ahead
			y++
		}
	}
	if narrative && c.refDate.Year() == y {
		// a chronicle moves forward: a date well before the last one of
		// the same year is next year's («5 грудня … 2 лютого»)
		t := time.Date(y, time.Month(mo), min(day, daysIn(y, mo)), 0, 0, 0, 0, time.UTC)
		if c.refDate.Sub(t) > 90*24*time.Hour {
			y++
		}
	}
	v := ymd(y, mo, day)
	if v != "" && narrative {
		c.setRef(y, v)
	} else if v != "" {
		c.setRef(0, v)
	}
	return "DATE", v
}

// month resolves a month name (deict "last"/"next"/"this" or "") as
// dayMonth does a day: towards the past in news unless the sentence speaks
// of the future, a past verb right before it keeping it at or before the
// DCT. "May" and "March" in lower case, a bare three-letter abbreviation,
// a headline's modal "May Be" or all-capitals "MAY SEEK", and "the March
// for Life" are no months.
func (c *cand) month(deict, mon, year string) (string, string) {
	mo := monthOf(mon)
	if mo == 0 || englishLower(mon) || len(mon) <= 3 && mon[0] < 0x80 && norm(mon) != "may" && deict == "" && year == "" {
		return "", "" // "may", "march"; "Jan" alone is a name
	}
	if norm(mon) == "may" && year == "" && deict == "" && mayVerbAfter[firstWord(c.text[c.end:])] {
		return "", "" // a headline's "Trump May Be Aligning"
	}
	if mon == "May" && year == "" && deict == "" && c.mayName() {
		return "", "" // "Prime Minister Theresa May", "Ms. May", "Yin Myint May"
	}
	if mon == "MAY" && year == "" && deict == "" && capsWordAfter(c.text[c.end:]) && !mayPreps[prevWord(c.text[:c.start])] {
		return "", "" // an all-capitals headline's "REDGRAVE MAY SEEK …"
	}
	if norm(mon) == "march" && year == "" && deict == "" && c.marchNoun() {
		return "", "" // "the March for Life", "the March of Dimes": a march
	}
	if year != "" {
		c.setRef(atoi(year), ymd(atoi(year), mo, 1))
		return "DATE", fmt.Sprintf("%04d-%02d", atoi(year), mo)
	}
	if deict == "" {
		if y := c.rangeYear(mo); y != "" {
			// «у березні-квітні 1919 року»: the range's year
			c.setRef(atoi(y), "")
			return "DATE", fmt.Sprintf("%s-%02d", y, mo)
		}
	}
	y, narrative := c.narrativeYear()
	if deict != "" && !c.dct.IsZero() || narrative && !c.dct.IsZero() && c.futureFromNow() {
		// "last June" is deictic; so is "a summit set for Washington in
		// April" in a page full of history: the present speaks
		y, narrative = c.dct.Year(), false
	}
	if y == 0 {
		return "DATE", fmt.Sprintf("XXXX-%02d", mo)
	}
	if !narrative && !c.dct.IsZero() {
		dm := int(c.dct.Month())
		switch dir := deictDir(deict); {
		case dir < 0 && mo >= dm, dir == 0 && deict == "" && !c.future() && !c.copulaBefore() && mo > dm+4,
			dir == 0 && deict == "" && mo > dm && c.pastDateVerb():
			y--
		case dir > 0 && mo <= dm, dir == 0 && deict == "" && c.future() && mo < dm-6:
			y++
		}
	}
	if narrative && deict == "" && c.refDate.Year() == y && int(c.refDate.Month())-mo > 3 {
		// a chronicle moves forward: «9 грудня 1940 … в січні» is 1941
		y++
	}
	return "DATE", fmt.Sprintf("%s-%02d", yearStr(y), mo)
}

// deictDir is -1 for last/минулого/прошлого, +1 for next, 0 for this.
func deictDir(w string) int {
	w = norm(w)
	switch {
	case w == "":
		return 0
	case w == "last" || w == "previous" || w == "past" || strings.HasPrefix(w, "минул") || strings.HasPrefix(w, "прошл"):
		return -1
	case w == "next" || w == "coming" || strings.HasPrefix(w, "наступн") || strings.HasPrefix(w, "следующ"):
		return 1
	}
	return 0
}

// weekday resolves a weekday name (deict "last"/"next"/"previous" or "",
// pod a part of the day) against the DCT, towards the past unless the
// sentence speaks of the future. For an English weekday the tense cue
// nearest to it within its clause decides (tenseNear): a scheduled-event
// verb in the present ("the Senate votes Thursday") and the present
// progressive of a plan ("is meeting lawmakers Friday") look ahead, as
// news uses them, and so does a copula before it ("the funeral is
// Sunday"). "The previous Friday" is the one before the day the story is
// on, not before the DCT, and a weekday right after a clock time is the
// day the clock was read on (clockDay).
func (c *cand) weekday(deict, wd, pod string) (string, string) {
	n, ok := weekdayWords[norm(wd)]
	if !ok || englishLower(wd) || c.dct.IsZero() {
		return "", ""
	}
	back := (int(c.dct.Weekday()) - n + 7) % 7
	fwd := (n - int(c.dct.Weekday()) + 7) % 7
	var off int
	if norm(deict) == "previous" && !c.refDate.IsZero() {
		// "the previous Friday" is the one before the day the story is
		// on ("closed Friday down 4.5% from the previous Friday"), not
		// before the DCT
		b := (int(c.refDate.Weekday()) - n + 7) % 7
		if b == 0 {
			b = 7
		}
		v := c.refDate.AddDate(0, 0, -b).Format("2006-01-02")
		c.setRef(0, v)
		if code := partOfDay[norm(pod)]; code != "" {
			return "TIME", v + "T" + code
		}
		return "DATE", v
	}
	if v := c.clockDay(n); deict == "" && v != "" {
		// "the meeting is at 9 a.m. on Monday": the day the clock read
		// from the sentence, not read again past the clock
		c.setRef(0, v)
		if code := partOfDay[norm(pod)]; code != "" {
			return "TIME", v + "T" + code
		}
		return "DATE", v
	}
	switch dir := deictDir(deict); {
	case dir < 0:
		off = -back
		if back == 0 {
			off = -7
		}
	case dir > 0:
		off = fwd
		if fwd == 0 {
			off = 7
		}
	case c.copulaBefore():
		off = fwd // "the funeral is Sunday", "talks are on Monday"
	case c.tenseNear() > 0:
		off = fwd
	case c.tenseNear() < 0:
		off = -back
	case !c.pastVerbBefore() && c.future() && (!outcomeDay(c.text[c.end:]) || c.futureBefore()):
		// a sentence-wide future cue; for a day's outcome ("Monday's
		// decision will reverberate", "Tuesday's results show") only one
		// before it: what an outcome will do says nothing of its day,
		// while "Tuesday's vote will decide it" is still ahead
		off = fwd
	default:
		off = -back
	}
	v := c.dct.AddDate(0, 0, off).Format("2006-01-02")
	c.setRef(0, v)
	if code := partOfDay[norm(pod)]; code != "" {
		return "TIME", v + "T" + code
	}
	return "DATE", v
}

// clockAside is what may stand between a clock time and the weekday it
// is on: "on", an aside in brackets ("10:30 a.m. (0930 GMT) on Saturday").
var clockAside = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:on\s+)?$`)

// clockDay is the date of the clock time right before the candidate
// weekday n ("at 9 a.m. on Monday"), which the clock rule read on that
// day; "" when no such clock stands there.
func (c *cand) clockDay(n int) string {
	v := c.prevValue
	if c.prevEnd < 0 || c.prevEnd > c.start || c.start-c.prevEnd > 40 || len(v) < 11 || v[10] != 'T' {
		return ""
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil || int(t.Weekday()) != n || !clockAside.MatchString(c.text[c.prevEnd:c.start]) {
		return ""
	}
	return v[:10]
}

var (
	// conjGap is what joins a day to the date before it in "April 24 and
	// 25", "Oct. 12, 13 and 14", "March 27 or 28".
	conjGap = regexp.MustCompile(`^(?:,\s*|,?\s+(?:and|or|&)\s+)$`)
	// conjMore is the rest of a list a comma-joined day must go on to
	// close with "and"/"or" ("12, 13 and 14"; not "on March 5, 10 people").
	conjMore = regexp.MustCompile(`^(?:,\s*\d{1,2})*,?\s+(?:and|or|&)\s+\d{1,2}\b`)
)

// countNouns are words a number before them counts ("on April 24 and 25
// people died" is no date), as is a plural in -s ("and 25 votes"), and
// words that go on to say what is counted ("and 10 of his aides", "and 6
// more people", "and 7 other people", "and 12 wounded"); "of" counts
// only before countOf ("and 10 of his aides", not "and 6 of this year").
var countNouns = words("people percent per cent million billion thousand hundred dozen men women children police troops staff more other others further additional extra new fewer less wounded injured dead killed")

// sNotPlural are words in -s after which a number can still be a day.
var sNotPlural = words("was is has as this its his")

// countOf are the words after "of" that make the number before it a count.
var countOf = words("his her their the them those its our")

// isPlural tells a word in -s that can be a plural noun.
func isPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !sNotPlural[w]
}

// conjoinedDay is a bare day number joined to the month-day date just
// before it ("the summit on April 24 and 25", "Oct. 12, 13 and 14"): a
// date of that month, as TimeML tags each day of such a list.
func (c *cand) conjoinedDay(day int) (string, string) {
	v := c.prevValue
	if c.prevEnd < 0 || c.prevEnd > c.start || c.start-c.prevEnd > 6 || len(v) != 10 || v[4] != '-' || v[7] != '-' || day < 1 {
		return "", ""
	}
	gap := c.text[c.prevEnd:c.start]
	if !conjGap.MatchString(gap) || c.prevEnd < 1 || c.text[c.prevEnd-1] < '0' || c.text[c.prevEnd-1] > '9' {
		return "", "" // the date before must end in its day: "April 24", not "Friday"
	}
	rest := c.text[c.end:]
	if strings.HasPrefix(strings.TrimLeft(gap, " "), ",") && !strings.Contains(gap, "and") && !strings.Contains(gap, "or") && !conjMore.MatchString(rest) {
		return "", ""
	}
	if r, _ := utf8.DecodeRuneInString(rest); r == '%' || r == '-' || r == ':' || r == '.' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' {
		return "", ""
	}
	y, mo := atoi(v[:4]), atoi(v[5:7])
	next := ymd(y, mo, day-1) == v // the day after the one before: "March 5 and 6"
	trimmed := strings.TrimLeft(rest, " \u00a0")
	if r, _ := utf8.DecodeRuneInString(trimmed); unicode.IsUpper(r) {
		// a name before a plural is what is counted ("and 12 Iraqi
		// civilians"), unless the day is the next one ("March 5 and 6
		// Israeli jets struck"); a name alone is the sentence's subject
		// ("May 1 and 2 Parliament debated")
		name := trimmed
		if i := strings.IndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			name = trimmed[:i]
		}
		if !next && isPlural(firstWord(trimmed[len(name):])) {
			return "", ""
		}
	}
	if w := firstWord(rest); w != "" && strings.HasPrefix(trimmed, w) && (countNouns[w] || isPlural(w)) {
		return "", "" // a lower-case count noun after it
	}
	if w := firstWord(rest); w == "of" && strings.HasPrefix(trimmed, w) && countOf[firstWord(trimmed[2:])] {
		return "", "" // "and 10 of his aides", not "6 of this year"
	}
	if strings.HasPrefix(strings.TrimLeft(rest, " ,"), "19") || strings.HasPrefix(strings.TrimLeft(rest, " ,"), "20") {
		return "", "" // "April 24 and 25, 2013": the year is the list's, not read here
	}
	nv := ymd(y, mo, day)
	if nv == "" || nv <= v {
		return "", "" // the days of a list go forward
	}
	return "DATE", nv
}

func (c *cand) relDay(w, pod string) (string, string) {
	w = strings.Join(strings.Fields(norm(w)), " ")
	if _, narrative := c.narrativeYear(); narrative {
		switch w {
		case "тепер", "зараз", "теперь", "сейчас", "незабаром", "скоро", "вскоре", "нещодавно", "недавно":
			// in a history these move with the story, not the page:
			// WikiWarsUA leaves them untagged
			return "", ""
		case "сьогодні", "сегодня":
			return "DATE", "PRESENT_REF" // «сьогодні» in a history is the writer's present
		}
	}
	switch w {
	case "now", "currently", "nowadays", "ahora", "actualmente", "hoy en día", "hoy día", "зараз", "тепер", "нині", "наразі", "сейчас", "теперь", "ныне":
		return "DATE", "PRESENT_REF"
	case "recently", "lately", "нещодавно", "недавно", "recientemente":
		return "DATE", "PAST_REF"
	case "the future", "in the future", "незабаром", "скоро", "вскоре":
		return "DATE", "FUTURE_REF"
	case "the past":
		if countAfter(c.text[c.end:]) {
			return "", "" // "in the past six elections": a count of events, no time
		}
		return "DATE", "PAST_REF"
	case "the weekend":
		// the weekend its Saturday is: the one just gone or the one
		// ahead, by the tense as for a weekday ("talks continued over
		// the weekend" on a Friday is last week's)
		ref := c.refDate
		_, v := c.weekday("", "Saturday", "")
		c.refDate = ref // a weekend is no day to count "the next day" from
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "", ""
		}
		y, wk := t.ISOWeek()
		return "DATE", fmt.Sprintf("%04d-W%02d-WE", y, wk)
	}
	base := c.dct
	off := 0
	fromDCT := true // yesterday, today, tomorrow; not "the next day"
	if w == "hoy" || w == "сьогодні" || w == "сегодня" {
		w = "today"
	}
	switch w {
	case "the day before yesterday", "позавчора", "позавчера", "anteayer", "antier":
		off = -2
	case "yesterday", "вчора", "вчера", "ayer":
		off = -1
	case "tomorrow", "завтра", "mañana":
		off = 1
	case "the day after tomorrow", "післязавтра", "послезавтра", "pasado mañana":
		off = 2
	case "того ж дня", "того же дня", "в тот же день", "the same day":
		base, fromDCT = c.ref(), false
	case "наступного дня", "на следующий день", "the next day", "the following day":
		base, off, fromDCT = c.ref(), 1, false
	case "the previous day", "the day before":
		base, off, fromDCT = c.ref(), -1, false
		if w == "the day before" && objectAfter(c.text[c.end:]) {
			// "the day before the shooting": anchored on an event,
			// whose day is not known here. Only "Oct. 12, the day
			// before the plunge" says which day: the date in apposition,
			// the last expression found, ending at the comma before it.
			v := c.apposedDay()
			if v == "" {
				return "", ""
			}
			c.end = c.start + twoWords(c.text[c.start:c.end])
			return "DATE", v
		}
	}
	if base.IsZero() {
		if off == 0 && w == "today" {
			return "DATE", "PRESENT_REF"
		}
		return "", ""
	}
	v := base.AddDate(0, 0, off).Format("2006-01-02")
	// the story is on that day now: "yesterday … at 11 p.m.", "the next
	// day … the following day" count from it. Not a day before the
	// story's: "fell to 1.45 percent from 1.51 percent the day before"
	// compares, and a second such "the day before" is the same day (keyed
	// on the word: with no story day yet its base is the DCT too). Not a
	// day after the DCT: "will vote tomorrow" is a plan, and the report's
	// "met at 9 a.m." is still today
	if fromDCT && off <= 0 || !fromDCT && off >= 0 {
		c.setRef(0, v)
	}
	code := partOfDay[norm(pod)]
	if w == "tonight" {
		code = "NI"
	}
	if code != "" {
		return "TIME", v + "T" + code
	}
	return "DATE", v
}

// ref is the last full date of the narrative, else the DCT.
func (c *cand) ref() time.Time {
	if !c.refDate.IsZero() {
		return c.refDate
	}
	return c.dct
}

func (c *cand) relUnit(deict, unit string) (string, string) {
	if c.dct.IsZero() {
		return "", ""
	}
	if _, narrative := c.narrativeYear(); narrative && !c.refDate.IsZero() {
		// «наступного місяця» in a chronicle follows the chronicle
		saved := c.dct
		c.dct = c.refDate
		defer func() { c.dct = saved }()
	}
	u := unitWords[norm(unit)]
	if u == "" {
		u = "WE" // weekend
	}
	dir := deictDir(deict)
	if nu := norm(unit); nu != "weekend" && nu[len(nu)-1] == 's' && nu[0] < 0x80 {
		// "coming months", "in coming quarters": no one unit is meant
		switch {
		case dir > 0:
			return "DATE", "FUTURE_REF"
		case dir < 0:
			return "DATE", "PAST_REF" // "last months", "in past years"
		}
	}
	d := norm(deict)
	if d == "past" {
		// "the past year" is a duration
		if u == "WE" || u == "Q" {
			return "", ""
		}
		return duration("1", u)
	}
	switch u {
	case "WE":
		y, w := c.dct.AddDate(0, 0, 7*dir).ISOWeek()
		return "DATE", fmt.Sprintf("%04d-W%02d-WE", y, w)
	case "S", "MIN", "H":
		return "", ""
	}
	return "DATE", shift(c.dct, dir, u)
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
	case "Q":
		t := dct.AddDate(0, 3*n, 0)
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case "DE":
		return fmt.Sprintf("%03d", dct.AddDate(10*n, 0, 0).Year()/10)
	case "CE":
		return fmt.Sprintf("%02d", dct.AddDate(100*n, 0, 0).Year()/100)
	}
	return dct.AddDate(n, 0, 0).Format("2006")
}

func duration(num, u string) (string, string) {
	switch u {
	case "DE", "CE":
		// TimeML annotators write decades and centuries in years
		mul := 10
		if u == "CE" {
			mul = 100
		}
		if n := atoi(num); num != "" && num[0] >= '0' && num[0] <= '9' && !strings.Contains(num, ".") {
			return "DURATION", fmt.Sprintf("P%dY", n*mul)
		}
		if u == "CE" {
			u = "C" // "centuries", «століттями»: PXC in TBAQ and WikiWarsUA
		}
		return "DURATION", "P" + num + u
	case "H", "MIN", "S":
		if u == "MIN" {
			u = "M"
		}
		return "DURATION", "PT" + num + u
	}
	return "DURATION", "P" + num + u
}

// amount handles "two years", "more than a year", "the past three months",
// "5 днів", "три роки тому", "a year ago", "recent years".
// lastVerbLead are the words after which "last" is the verb: "expected to
// last three days", "could last a week", "will only last a month".
var lastVerbLead = words("to will ll would could may might can should must not only also still probably")

// someDayBefore are the words before "one day" meaning "some day": a
// modal ("will one day be") or a subject pronoun ("hope he one day
// follow"); after a pronoun only when no past-tense verb follows ("she one
// day decided": a day in the past, left to the duration rule).
var (
	someDayBefore  = words("will would could can may might should must shall ll")
	someDayPronoun = words("he she they we i you")
)

// someDay tells "one day" meaning "some day" from the words around the
// candidate: a modal before it, or a subject pronoun before it and no
// past-tense verb after it.
func (c *cand) someDay() bool {
	p := prevWord(c.text[:c.start])
	if someDayBefore[p] {
		return true
	}
	if !someDayPronoun[p] {
		return false
	}
	w := firstWord(c.text[c.end:])
	return !pastVerbs[w] && !(len(w) > 3 && strings.HasSuffix(w, "ed") && !pastSkip[w])
}

// dropArticle moves the candidate's start past a leading "the"/"a"/"an":
// before an attributive hyphenated duration ("the 30-day waiting
// period", "a third-quarter loss") the article belongs to the noun, and
// TBAQ leaves it out in all 33 such places.
func (c *cand) dropArticle() {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(c.text[c.start:c.end], a) {
			c.start += len(a)
			for c.start < c.end && c.text[c.start] == ' ' {
				c.start++
			}
			return
		}
	}
}

func (c *cand) amount(quant, past, num, sep, unit, ago string) (string, string) {
	if sep == "-" && quant == "" && past == "" && ago == "" {
		c.dropArticle()
	}
	if quant == "" && norm(past) == "last" && strings.HasPrefix(c.text[c.start:], past) && lastVerbLead[prevWord(c.text[:c.start])] {
		c.start += len(past) // the verb is no part of the duration
		for c.start < c.end && c.text[c.start] == ' ' {
			c.start++
		}
		past = ""
	}
	u := unitWords[norm(unit)]
	if u == "D" && norm(num) == "one" && quant == "" && past == "" && ago == "" && c.someDay() {
		return "DATE", "FUTURE_REF" // "Islam will one day be …": some day
	}
	if u == "" || u == "Q" && sep == "-" || ago == "" && strings.HasPrefix(c.text[c.end:], "-") {
		return "", "" // "a year-earlier quarter": the adjective is the expression
	}
	if norm(unit) == "quarter" && ago == "" && firstWord(c.text[c.end:]) == "of" {
		return "", "" // "a quarter of the cost": a fraction
	}
	if q := strings.TrimSpace(quant); len(q) > 2 && strings.ToUpper(q) == q && strings.ToLower(q) != q {
		quant = "" // "UNOS five months ago": an acronym, not Spanish «unos»
		c.start += len(q)
		for c.start < c.end && c.text[c.start] == ' ' {
			c.start++
		}
	} else if q := norm(quant); (q == "over" || q == "some") && past != "" || q == "over" && !overMeansMore[prevWord(c.text[:c.start])] {
		// "over the past two years": "over" is the preposition here
		c.start += len(quant)
		for c.start < c.end && c.text[c.start] == ' ' {
			c.start++
		}
	}
	if ago == "" && quant == "" && past == "" {
		if firstWord(c.text[c.end:]) == "old" && strings.HasPrefix(c.text[c.end:], " ") {
			return "", "" // "52 years old": an age, not a TIMEX3 in TimeBank
		}
		if nn := norm(num); (nn == "a" || nn == "an" || nn == "per") && (u == "H" || u == "MIN" || u == "S") && speedBefore(c.text[:c.start]) {
			return "", "" // "180 kilometres an hour": a speed, which TimeML does not tag
		}
		if nn := norm(num); (nn == "a" || nn == "an") && u != "Q" && rateBefore(c.text[:c.start]) {
			// "$500 million a year", "700 seats a week": a rate of a
			// quantity, which TBAQ tags 3 times of 10, is left untagged;
			// "twice a week", "three times a day" say how often: a SET
			if w := prevWord(c.text[:c.start]); w != "once" && w != "twice" && w != "times" {
				return "", ""
			}
			_, v := duration("1", u)
			return "SET", v
		}
	}
	n := -1
	num = strings.TrimSpace(num)
	switch {
	case num == "":
		if quant == "" && past == "" {
			return "", "" // a bare unit word is not an expression
		}
		if strings.HasSuffix(norm(unit), "s") || past == "" {
			n = -1
		} else {
			n = 1
		}
		if past == "" && quant != "" {
			n = 1 // «понад рік», "over a year" handled by num, this is «понад рік»
		}
	case num[0] >= '0' && num[0] <= '9':
		n = atoi(num)
		if strings.ContainsAny(num, ".,") {
			n = -2 // fractional: keep the digits
		}
	default:
		f := strings.Fields(norm(num))
		if len(f) == 2 && f[0] == "a" && f[1] == "few" {
			f = f[1:] // "a few years"
		}
		if len(f) >= 2 && f[0] == "a" && f[1] == "couple" || f[0] == "couple" {
			f = []string{"two"} // "a couple of years"
		}
		if v := spelledNumber(f[0]); v > 20 && strings.Contains(f[0], "-") {
			n = v // "twenty-four hours"
		} else if v := spelledNumber(strings.Join(f[:min(2, len(f))], " ")); v > 20 && len(f) >= 2 && englishOnes[v%10] == f[1] {
			n = v // "twenty four hours"
		} else if v, ok := numberWords[f[0]]; ok {
			n = v
		} else if f[0] == "півтора" || f[0] == "полтора" {
			n = -2
			num = "1.5"
		}
	}
	val := "X"
	switch {
	case n >= 0:
		val = fmt.Sprint(n)
	case n == -2:
		val = strings.ReplaceAll(num, ",", ".")
	}
	if n >= 0 && (strings.Contains(num, "half") || strings.Contains(num, "1/2") || strings.Contains(num, "½")) {
		// "5 1/2 hours", "a minute and a half": TimeML writes the half
		// in the next smaller unit (PT5H30M, PT1M30S)
		if a := norm(ago); a == "after" || a == "before" || a == "later" {
			c.end -= len(ago) // "a minute and a half later": the duration
			for c.end > c.start && c.text[c.end-1] == ' ' {
				c.end--
			}
			ago = ""
		}
		if v, ok := halfDuration(n, u); ok && ago == "" {
			return "DURATION", v
		}
	}
	if strings.Contains(num, "half") || strings.Contains(num, "половин") {
		val += ".5"
	}
	if a := norm(ago); a == "after" || a == "before" || a == "later" {
		// "two weeks after the attack": anchored on an event, a duration
		c.end -= len(ago)
		for c.end > c.start && c.text[c.end-1] == ' ' {
			c.end--
		}
		return duration(val, u)
	}
	if ago != "" && n >= 0 && !c.dct.IsZero() && u != "H" && u != "MIN" && u != "S" {
		dir := -1
		switch norm(ago) {
		case "later", "after", "from now", "потому", "спустя", "пізніше", "позже":
			dir = 1
		}
		if u == "Y" && c.lastQ != "" && dir < 0 {
			if c.longPeriodBefore() {
				// "for the nine months, net rose … from $2 a year
				// earlier": the year-ago nine months, no one quarter
				return "DATE", fmt.Sprintf("%04d", atoi(c.lastQ[:4])-n)
			}
			return "DATE", fmt.Sprintf("%04d-%s", atoi(c.lastQ[:4])-n, c.lastQ[5:])
		}
		return "DATE", shift(c.dct, dir*n, u)
	}
	if ago != "" && n < 0 {
		if a := norm(ago); a == "from now" || a == "потому" || a == "спустя" {
			return "DATE", "FUTURE_REF" // "many years from now"
		}
		return "DATE", "PAST_REF"
	}
	return duration(val, u)
}

// quarterEndedRe is the end date a report gives its quarter: "the quarter
// ended July 31".
var quarterEndedRe = regexp.MustCompile(`^\s+end(ed|ing)\s+(` + pMon + `)\s+(\d{1,2})\b`)

// quarterEnded is the calendar quarter of "the quarter ended <day>": a
// fiscal quarter ending July 31 runs May to July, mostly the second
// calendar quarter, so the quarter of its middle month. After "ended" the
// day is the last one of its month at or before the DCT; "ending" may also
// look ahead, to the DCT's year. "" when no end day follows.
func (c *cand) quarterEnded() string {
	m := quarterEndedRe.FindStringSubmatch(strings.ToLower(c.text[c.end:min(len(c.text), c.end+40)]))
	if m == nil || c.dct.IsZero() {
		return ""
	}
	mo := monthOf(m[2])
	if mo == 0 {
		return ""
	}
	day, _ := strconv.Atoi(m[3])
	y := c.dct.Year()
	if m[1] == "ed" && (mo > int(c.dct.Month()) || mo == int(c.dct.Month()) && day > c.dct.Day()) {
		y--
	}
	mid := mo - 1
	if mid == 0 {
		mid, y = 12, y-1
	}
	return fmt.Sprintf("%04d-Q%d", y, (mid-1)/3+1)
}

// longPeriods name a reporting period longer than a quarter and shorter
// than a year: an earnings report's "nine months", "first half".
var longPeriods = []string{"six months", "nine months", "six-month", "nine-month", "first half", "year to date", "year-to-date"}

// longPeriodBefore tells whether the candidate's sentence, before it,
// names such a period: "a year earlier" then compares with that period a
// year before, whose TIMEX3 value is the year, not the last quarter named.
func (c *cand) longPeriodBefore() bool {
	s, _ := c.sentence(200, 0)
	low := strings.ToLower(c.text[s:c.start])
	for _, p := range longPeriods {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// halfDuration writes n and a half units the way TimeML does, in the next
// smaller unit: P2Y6M, P1M15D, P3DT12H, PT5H30M, PT1M30S.
func halfDuration(n int, u string) (string, bool) {
	switch u {
	case "Y":
		return fmt.Sprintf("P%dY6M", n), true
	case "M":
		return fmt.Sprintf("P%dM15D", n), true
	case "D":
		return fmt.Sprintf("P%dDT12H", n), true
	case "H":
		return fmt.Sprintf("PT%dH30M", n), true
	case "MIN":
		return fmt.Sprintf("PT%dM30S", n), true
	}
	return "", false
}

// quarter resolves a quarter or half ("the third quarter", "the latest
// quarter", "the year-earlier period", "the first half") and keeps the
// quarter a report is about in c.lastQ: "a year earlier" in an earnings
// report is that quarter a year before (amount), but the year when a
// longer period is named before it in its sentence ("for the nine months,
// … a year earlier"). "The quarter ended July 31" is the calendar quarter
// of its middle month (quarterEnded), and it or "the latest quarter", in a
// report that has named no quarter before, is the one "a year earlier"
// compares with; a quarter still to come does not replace a quarter
// already ended.
func (c *cand) quarter(ord, unit string) (string, string) {
	o := norm(ord)
	half := strings.HasPrefix(norm(unit), "half") || strings.HasPrefix(norm(unit), "пів") || strings.HasPrefix(norm(unit), "полуг")
	n := 0
	switch {
	case o == "first" || o == "1st" || strings.HasPrefix(o, "перш") || strings.HasPrefix(o, "перв"):
		n = 1
	case o == "second" || o == "2nd" || strings.HasPrefix(o, "друг") || strings.HasPrefix(o, "втор"):
		n = 2
	case o == "third" || o == "3rd" || strings.HasPrefix(o, "трет"):
		n = 3
	case o == "fourth" || o == "4th" || strings.HasPrefix(o, "четв"):
		n = 4
	}
	if c.dct.IsZero() {
		return "", ""
	}
	y := c.dct.Year()
	if ry, narrative := c.narrativeYear(); narrative {
		y = ry
	}
	if half && halfOfDecade.MatchString(c.text[c.end:]) {
		return "", "" // "the last half of the '80s": the decade is the expression
	}
	if half && (o == "last" || o == "latter") {
		n = 2 // "the last half of 1989"
	}
	if half {
		if n == 0 || n > 2 {
			return "", ""
		}
		return "DATE", fmt.Sprintf("%s-H%d", yearStr(y), n)
	}
	cur := (int(c.dct.Month())-1)/3 + 1
	if pre := strings.ToLower(c.text[c.start:c.end]); n > 0 && (strings.Contains(pre, "year-earlier") || strings.Contains(pre, "year-ago")) {
		// "the year-earlier third quarter"
		c.lastQ = fmt.Sprintf("%04d-Q%d", y, n)
		if n > cur && !c.future() {
			c.lastQ = fmt.Sprintf("%04d-Q%d", y-1, n)
		}
		return "DATE", fmt.Sprintf("%04d-Q%d", atoi(c.lastQ[:4])-1, n)
	}
	if norm(unit) == "period" && o == "latest" {
		// "the latest period" of an earnings report: the quarter under
		// discussion, else the last one ended
		if c.lastQ != "" {
			return "DATE", c.lastQ
		}
		return "DATE", shift(c.dct, -1, "Q")
	}
	if norm(unit) == "period" && o != "year-earlier" && o != "year-ago" {
		return "", "" // "the first period" of a match
	}
	if o == "year-earlier" || o == "year-ago" {
		q := c.lastQ
		if q == "" {
			q = shift(c.dct, -1, "Q")
		}
		return "DATE", fmt.Sprintf("%04d-%s", atoi(q[:4])-1, q[5:])
	}
	if n == 0 { // the/last/latest/current/past/previous
		switch o {
		case "the":
			if strings.Contains(strings.ToLower(c.text[c.start:c.end]), "half") {
				return "", ""
			}
			if q := c.quarterEnded(); q != "" {
				// the value only: a report that numbered its quarters
				// ("the fiscal first quarter") keeps its numbering for
				// "a year earlier" and "the 1988 period"; a report that
				// did not is about this quarter
				if c.lastQ == "" {
					c.lastQ = q
				}
				return "DATE", q
			}
			return c.lastEnded()
		case "current":
			n = cur
		default:
			return c.lastEnded()
		}
	}
	if n > cur && !c.future() {
		y--
	}
	v := fmt.Sprintf("%04d-Q%d", y, n)
	if c.lastQ == "" || c.quarterEndedBy(v) || !c.quarterEndedBy(c.lastQ) {
		// a quarter still to come ("will result in a fourth-quarter
		// charge") is a forecast: a report that has named the quarter it
		// reports on keeps comparing "a year ago" with that one
		c.lastQ = v
	}
	return "DATE", v
}

// quarterEndedBy tells a quarter ("1996-Q2") that ended before the DCT's
// month: one a report can compare with "a year earlier".
func (c *cand) quarterEndedBy(v string) bool {
	if c.dct.IsZero() || len(v) != 7 || v[5] != 'Q' {
		return false
	}
	y, q := atoi(v[:4]), int(v[6]-'0')
	return y < c.dct.Year() || y == c.dct.Year() && q*3 < int(c.dct.Month())
}

// fyWords are the words "FY2024", "FY24" (the lead of "quarter-code";
// "FY 2024" is the year rule's).
func fyWords() string {
	var b strings.Builder
	for y := 0; y < 100; y++ {
		fmt.Fprintf(&b, "fy%02d fy19%02d fy20%02d ", y, y, y)
	}
	return b.String()
}

// codeYear is the year of "FY24", "Q3 FY25", "Q4 2024".
func (c *cand) codeYear(s string) int {
	if len(s) == 2 {
		return atoi(twoDigitYear(atoi(s), c.dct))
	}
	return atoi(s)
}

// codeRef makes a code's year the narrative reference as a bare year
// would ("Q4 2024" was "2024" before codes were read).
func (c *cand) codeRef(y int) {
	if c.refYear == 0 || abs(y-c.refYear) <= 20 {
		c.setRef(y, "")
	}
}

// quarterCode normalises the financial codes "Q3", "Q4 2024", "Q3 FY25",
// "H1 2025" and "FY2024" (code, year and fy are the submatches: the code,
// the year after it, the year after a bare "FY"). The code's letters,
// "FY" included, must be capitals: "q3", "Q3 fy25" and "fy2024" are no
// codes. A fiscal code is mapped to the calendar period of the same
// number, as TimeML has no fiscal calendar: "Q3 FY25" is 2025-Q3 and
// "FY2024" 2024, whatever months the company's fiscal year spans. A bare
// "Q3" is the quarter "the third quarter" is (the last one of that number
// at or before the DCT unless the sentence looks ahead), a bare "H1" the half "the first half" is. Right after a
// capitalised word ("the Audi Q3", a model) a code is one only before a
// word of results ("Gateway Data Sciences Q2 net rises"), and a bare
// "H1"/"H2" (hydrogen, a heading) always needs one ("Stork H1 results").
// A bare code before a colon is a question's number, and in a sentence of
// a sports report it is the match's quarter or half.
func (c *cand) quarterCode(code, year, fy string) (string, string) {
	src := c.text[c.start:c.end]
	if fy != "" {
		if !strings.HasPrefix(src, "FY") {
			return "", ""
		}
		y := c.codeYear(fy)
		c.codeRef(y)
		return "DATE", fmt.Sprintf("%04d", y)
	}
	if src[0] != 'Q' && src[0] != 'H' {
		return "", ""
	}
	if k := strings.Index(strings.ToLower(src), "fy"); k >= 0 && src[k:k+2] != "FY" {
		return "", "" // "Q3 fy25", as "q3 fy25": a code's letters are capitals
	}
	half := src[0] == 'H'
	n := int(code[1] - '0')
	if year != "" {
		y := c.codeYear(year)
		c.codeRef(y)
		if half {
			return "DATE", fmt.Sprintf("%04d-H%d", y, n)
		}
		c.lastQ = fmt.Sprintf("%04d-Q%d", y, n)
		return "DATE", c.lastQ
	}
	if (half || c.inName()) && !resultWords[hyphenWord(c.text[c.end:])] || c.dct.IsZero() {
		return "", ""
	}
	if strings.HasPrefix(c.text[c.end:], ":") || c.gameSentence() {
		return "", "" // "Q1: what …", a question; "scored 12 in Q4", a match's
	}
	unit := "quarter"
	if half {
		unit = "half"
	}
	return c.quarter([]string{"", "first", "second", "third", "fourth"}[n], unit)
}

// resultWords are the words of a period's results after "Q3", "H1".
var resultWords = words("net profit profits loss losses results result sales revenue revenues earnings eps income turnover pre-tax pretax operating margin margins output growth gdp figures numbers shipments deliveries")

// lastEnded is "the quarter", "the latest quarter" of a report that has
// named no quarter yet: the last one ended before the DCT, which "a year
// earlier" then compares with.
func (c *cand) lastEnded() (string, string) {
	q := shift(c.dct, -1, "Q")
	if c.lastQ == "" {
		c.lastQ = q
	}
	return "DATE", q
}

// cropNouns are the crops a season names the variety of ("winter wheat",
// "spring barley").
var cropNouns = words("wheat barley rye oats rapeseed canola durum crop crops cereal cereals grain grains")

// season resolves a season name. "Fall" is the verb without "the" or a
// deictic word, the noun before "of" a thing or "in" a lower-case noun
// (fallNoun; "the fall of 2011" keeps the season), and a season before a
// crop ("winter wheat") is its variety.
func (c *cand) season(deict, s, year string) (string, string) {
	code := seasonWords[norm(s)]
	if code == "" {
		return "", ""
	}
	if norm(s) == "fall" && deict == "" && year == "" && !strings.HasPrefix(strings.ToLower(c.text[c.start:c.end]), "the") {
		return "", "" // the verb
	}
	if d := norm(deict); norm(s) == "fall" && year == "" && (d == "" || d == "this") && fallNoun(c.text[c.end:]) {
		return "", "" // "this fall in prices", "the fall of the wall": the noun
	}
	if deict == "" && year == "" && cropNouns[firstWord(c.text[c.end:])] {
		return "", "" // "spring wheat", "winter crops": a variety sown then
	}
	if year != "" {
		c.setRef(atoi(year), "")
		return "DATE", year + "-" + code
	}
	if deict == "" {
		if m := seasonTail.FindStringSubmatch(lowerSameLen(c.text[c.end:min(len(c.text), c.end+48)])); m != nil {
			// «взимку та навесні 1919 року», "in the summer and fall of
			// 1998": the year the pair shares
			return "DATE", m[1] + "-" + code
		}
	}
	y, narrative := c.narrativeYear()
	if y < 0 && deict == "" {
		// «навесні 492» in a history of BC years: the year is BC too
		if m := bareYearAfter.FindStringSubmatch(c.text[c.end:]); m != nil && atoi(m[1]) > 0 {
			c.end += len(m[0])
			c.refYear = -atoi(m[1])
			return "DATE", yearStr(c.refYear) + "-" + code
		}
	}
	if y == 0 {
		return "DATE", "XXXX-" + code
	}
	if norm(deict) == "past" && prevWord(c.text[:c.start]) == "this" {
		c.start = len(strings.TrimRight(c.text[:c.start], " \u00a0\t\n")) - len("this")
	}
	if !narrative {
		dir := deictDir(deict)
		if start := map[string]int{"SP": 3, "SU": 6, "FA": 9}[code]; start != 0 && !c.dct.IsZero() {
			m := int(c.dct.Month())
			if norm(deict) == "past" && m >= start+3 {
				dir = 0 // "this past spring" in October is this year's
			}
			if deict == "" && m < start && c.pastTense() {
				dir = -1 // "talks resumed in the fall" in March: last year's
			}
		}
		y += dir
	}
	return "DATE", fmt.Sprintf("%s-%s", yearStr(y), code)
}

// coordClock is a second clock time joined to a first ("7 a.m. and 8
// p.m.", "9 a.m.-5 p.m. ET").
var coordClock = regexp.MustCompile(`^(?i)(?:\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*)(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}|noon|midnight)(?:\s+(?:` + pZone + `))?`)

// pZone is a clock time's zone, shared by the clock rule and coordClock:
// an abbreviation, a US zone written out ("Eastern time", "Central
// Standard Time"), local or Kyiv/Moscow time.
const pZone = `ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PDT|GMT|UTC|PT|PST|CET|BST|(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?\s+time|local\s+time|за\s+київським\s+часом|по\s+московскому\s+времени|по\s+киевскому\s+времени`

// coordClockTime reads the second clock time of a coordClock match.
var coordClockTime = regexp.MustCompile(`(?i)(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?|(\d{1,2}):(\d{2})|(noon|midnight))`)

// clockMinutes is a coordClockTime match's time of day in minutes;
// midnight ends the day (24:00).
func clockMinutes(m []string) int {
	switch {
	case m[3] != "":
		h := atoi(m[1]) % 12
		if strings.EqualFold(m[3], "p") {
			h += 12
		}
		return h*60 + atoi(m[2])
	case m[4] != "":
		return atoi(m[4])*60 + atoi(m[5])
	case strings.EqualFold(m[6], "noon"):
		return 12 * 60
	}
	return 24 * 60
}

// dayBefore is the day before an ISO date v when back is set.
func dayBefore(v string, back bool) string {
	if !back {
		return v
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// onMonthDay is " on March 21" after a clock time.
var onMonthDay = regexp.MustCompile(`^ on ((?i)` + pMon + `) (\d{1,2})\b`)

func (c *cand) clock(m []string) (string, string) {
	var h, mi int
	switch {
	case m[3] != "":
		h, mi = atoi(m[1]), atoi(m[2])
		if strings.HasPrefix(strings.ToLower(m[3]), "p") && h < 12 {
			h += 12
		}
		if strings.HasPrefix(strings.ToLower(m[3]), "a") && h == 12 {
			h = 0
		}
	case m[4] != "":
		h, mi = atoi(m[4]), atoi(m[5])
	case m[6] != "":
		if w := norm(m[6]); w == "midnight" || w == "опівночі" || w == "полночь" {
			h = 24
		} else {
			h = 12
		}
	}
	if h > 24 || mi > 59 {
		return "", ""
	}
	// TimeML leaves the preposition out.
	if f := strings.Fields(c.text[c.start:c.end]); len(f) > 1 {
		if w := norm(f[0]); w == "at" || w == "о" || w == "в" {
			c.start += len(f[0])
			for c.start < c.end && c.text[c.start] == ' ' {
				c.start++
			}
		}
	}
	if a := strings.ToLower(m[3]); (a == "am." || a == "pm.") && strings.HasSuffix(c.text[c.start:c.end], m[3]) {
		c.end-- // "at 10am." ends the sentence; "a.m." keeps its dot
	}
	t := fmt.Sprintf("T%02d:%02d", h, mi)
	if z := norm(m[7]); z == "utc" || z == "gmt" {
		t += "Z" // ISO 8601: UTC
	}
	day := c.ref()
	if len(m) > 10 && m[9] != "" {
		// "5 p.m. EST Nov. 9"
		if _, v := c.dayMonth(atoi(m[10]), m[9], ""); v != "" {
			return "TIME", v + t
		}
		c.end -= len(m[0]) - len(strings.TrimRight(m[0][:len(m[0])-len(m[10])-len(m[9])], " ,"))
		c.end = max(c.end, c.start+1)
	}
	if m[8] != "" {
		if _, ok := weekdayWords[norm(m[8])]; ok {
			_, v := c.weekday("", m[8], "")
			if v != "" {
				return "TIME", v + t
			}
		} else if _, v := c.relDay(m[8], ""); len(v) == 10 {
			return "TIME", v + t
		}
	}
	rest := c.text[c.end:]
	overnight := false
	if k := coordClock.FindString(rest); k != "" {
		// "between 7 a.m. and 8 p.m. on Tuesday", "from 9 a.m. to 5 p.m.
		// Friday": the first clock reads on the day the second one does;
		// the day before when it is later than the second ("from 10 p.m.
		// to 6 a.m. Saturday": overnight)
		if m2 := coordClockTime.FindStringSubmatch(k); m2 != nil {
			overnight = h < 24 && clockMinutes(m2) < h*60+mi // not "from midnight to 6 a.m."
		}
		rest = rest[len(k):]
		if r := strings.TrimPrefix(rest, ","); !strings.HasPrefix(r, " on ") && !strings.HasPrefix(r, " (") && strings.HasPrefix(r, " ") {
			rest = " on" + r
		}
	}
	if strings.HasPrefix(rest, " (") {
		// "10:35 a.m. (0735 GMT) Friday": the day follows the aside
		if j := strings.IndexByte(rest[:min(len(rest), 32)], ')'); j > 0 {
			if r := rest[j+1:]; strings.HasPrefix(r, " on ") {
				rest = r
			} else if strings.HasPrefix(r, " ") {
				rest = " on" + r
			}
		}
	}
	if strings.HasPrefix(rest, " on ") {
		// "at 9 a.m. on Monday": the clock reads on that day (the weekday
		// is its own TIMEX3, as TimeML leaves "on" out)
		if w := strings.TrimLeft(rest[4:], " "); len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' {
			wd := w[:len(w)-len(strings.TrimLeftFunc(w, unicode.IsLetter))] // its letters as written: a lower-cased word can be longer ("Ⱥ")
			if _, ok := weekdayWords[norm(wd)]; ok {
				ref := c.refDate
				_, v := c.weekday("", wd, "")
				c.refDate = ref
				if v != "" {
					return "TIME", dayBefore(v, overnight) + t
				}
			}
		}
		if d := onMonthDay.FindStringSubmatch(rest); d != nil {
			if _, v := c.dayMonth(atoi(d[2]), d[1], ""); len(v) == 10 {
				return "TIME", dayBefore(v, overnight) + t // "at 5 p.m. on March 21"
			}
		}
	}
	if !c.dct.IsZero() && aloneOnLine(c.text, c.start, c.end) {
		// a live page's entry heading ("___.\n\n9:40 p.m.\n\nCruz says …")
		// is a time of the page's day, whatever day the entry before it
		// named
		day = c.dct
	}
	if day.IsZero() {
		return "TIME", t
	}
	return "TIME", day.Format("2006-01-02") + t
}

// aloneOnLine tells text[s:e] standing alone on its line (blanks aside,
// looking at most 16 bytes either way, so that a page of one long line
// costs no more per clock time). The start and end of text count as line
// ends: Annotate reads a page one block at a time, and a heading is a
// block of its own there.
func aloneOnLine(text string, s, e int) bool {
	b := max(0, s-16)
	head := text[b:s]
	if i := strings.LastIndexByte(head, '\n'); i >= 0 {
		head = head[i+1:]
	} else if b > 0 {
		return false
	}
	f := min(len(text), e+16)
	tail := text[e:f]
	if j := strings.IndexByte(tail, '\n'); j >= 0 {
		tail = tail[:j]
	} else if f < len(text) {
		return false
	}
	return strings.TrimSpace(head) == "" && strings.TrimSpace(tail) == ""
}

func (c *cand) set(unit, adv string) (string, string) {
	if unit != "" {
		if n, ok := weekdayWords[norm(unit)]; ok {
			return "SET", fmt.Sprintf("XXXX-WXX-%d", (n+6)%7+1)
		}
		if mo := monthOf(unit); mo != 0 {
			return "SET", fmt.Sprintf("XXXX-%02d", mo) // "each July"
		}
		if code := seasonWords[norm(unit)]; code != "" {
			return "SET", "XXXX-" + code // "every summer"
		}
		if code := partOfDay[norm(unit)]; code != "" {
			return "SET", "XXXX-XX-XXT" + code // "every morning"
		}
		u := unitWords[norm(unit)]
		if u == "" {
			return "", ""
		}
		_, v := duration("1", u)
		return "SET", v
	}
	a := norm(adv)
	switch {
	case a == "daily" || strings.HasPrefix(a, "щод") || strings.HasPrefix(a, "ежедн"):
		return "SET", "P1D"
	case a == "weekly" || a == "щотижня" || a == "еженедельно":
		return "SET", "P1W"
	case a == "monthly" || a == "щомісяця" || a == "ежемесячно":
		return "SET", "P1M"
	case a == "hourly":
		return "SET", "PT1H"
	case a == "quarterly" || a == "щоквартально":
		return "SET", "P3M"
	}
	return "SET", "P1Y"
}

var roman = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}

// century normalises an ordinal century. TimeML writes the 20th century
// as 19 (its years 19xx); WikiWarsUA writes «XX століття» as 20, the way
// Ukrainian and Russian number it, which slavic follows.
func (c *cand) century(s string, slavic bool) (string, string) {
	s = strings.ToUpper(s)
	n := atoi(s)
	if s[0] < '0' || s[0] > '9' {
		n = 0
		for i := 0; i < len(s); i++ {
			v := roman[s[i]]
			if i+1 < len(s) && roman[s[i+1]] > v {
				n -= v
			} else {
				n += v
			}
		}
	}
	if n < 1 || n > 22 {
		return "", ""
	}
	if slavic {
		return "DATE", fmt.Sprintf("%02d", n)
	}
	return "DATE", fmt.Sprintf("%02d", n-1)
}

func (c *cand) year(all, y, suffix string) (string, string) {
	if c.start > 0 && strings.ContainsRune("$€£#№", lastRune(c.text[:c.start])) {
		return "", ""
	}
	// a bare preposition (у/в) only leads a decade or a modifier: drop it
	if f := strings.Fields(all); len(f) > 1 {
		if w := norm(f[0]); w == "у" || w == "в" {
			c.start += len(f[0])
			for c.start < c.end && c.text[c.start] == ' ' {
				c.start++
			}
		}
	}
	n := atoi(y)
	if suffix == "" && strings.EqualFold(all[:min(4, len(all))], "the ") {
		c.start += 4 // "the 1990s" keeps its article, "the 1990 budget" does not
		for c.start < c.end && c.text[c.start] == ' ' {
			c.start++
		}
	}
	if suffix == "" && !c.plausibleYear(n) {
		return "", ""
	}
	if suffix != "" {
		if suffix[len(suffix)-1] >= 0x80 {
			// «1920-х років»: WikiWarsUA writes the decade's first year
			return "DATE", fmt.Sprintf("%04d", n/10*10)
		}
		return "DATE", fmt.Sprintf("%03d", n/10)
	}
	// "fiscal 1989" is 1989: TBAQ never writes TimeML's FY1989
	p := prevWord(c.text[:c.start])
	if c.refYear == 0 || abs(n-c.refYear) <= 20 || (p == "у" || p == "в" || p == "in" || p == "во") && c.clauseStart(p) {
		// a far jump is an aside ("since 1772", «з 2005 року») unless the
		// year is introduced as the narrative's time ("In 1920", «У 1920»)
		c.setRef(n, "")
	}
	return "DATE", fmt.Sprintf("%04d", n)
}

// yearWords follow a year in Ukrainian and Russian.
var yearWords = map[string]bool{"років": true, "роками": true, "годов": true, "року": true, "рік": true, "році": true, "роках": true, "роки": true, "р": true, "рр": true, "года": true, "год": true, "году": true, "годах": true, "годы": true, "г": true, "гг": true}

// countedAfterYear are English nouns that make a four-digit number a count;
// idBeforeYear are words that make it a number of a thing.
var (
	countedAfterYear = words("people persons troops soldiers workers employees jobs points votes shares students residents civilians deaths cases homes houses units cars miles feet metres meters kilometres kilometers km tons tonnes barrels pounds dollars euros members delegates children women men refugees protesters police officers copies pages words acres seats rooms beds flights passengers fans visitors migrants prisoners patients doctors teachers lives bodies victims")
	streetAfter      = regexp.MustCompile(`^(?:[A-Z]\w+ )+(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Way)\b`)
	idBeforeYear     = words("flight room resolution route highway interstate article section chapter no number gate platform bus line channel suite model apollo boeing airbus windows page rule amendment proposition exit bill hb sb")
)

// namedBillYear tells a year after a named bill ("the Farm Bill 2018",
// "Finance Bill 2023"): "Bill" capitalised after a capitalised word that
// is no chamber ("House Bill 1523", "Senate Bill 2018", "Assembly Bill
// 1999" are numbers), and a year of 1900-2099.
func namedBillYear(before string, n int) bool {
	if n < 1900 || n > 2099 || prevWord(before) != "bill" {
		return false
	}
	if !strings.HasSuffix(strings.TrimRight(before, " \u00a0\t\n"), "Bill") {
		return false
	}
	b := strings.TrimRight(beforePrevWord(before), " \u00a0\t\n")
	w := b[len(beforePrevWord(b)):] // the word before "Bill", as written
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch strings.ToLower(w) {
	case "house", "senate", "assembly", "council", "h", "s":
		return false
	}
	return true
}

// plausibleYear rejects four-digit numbers that count things: one followed
// by a lower-case Slavic noun other than «року»/«года» (1000 солдатів), a
// per cent or unit sign, or one before 1500 without a year word after it.
func (c *cand) plausibleYear(n int) bool {
	if numberBefore(c.text[:c.start], c.text[c.end:]) || tableCell(c.text[:c.start], c.text[c.end:]) {
		return false // "212-859-1610", "61-2 9373 1800", "5 2123 1631 130.2"
	}
	if priceFraction(c.text[:c.start]) || gmtAfter.MatchString(c.text[c.end:min(len(c.text), c.end+20)]) {
		return false // "$ 1.1875"; "landed at 1503 (1203 GMT)", a clock
	}
	rest := c.text[c.end:min(len(c.text), c.end+40)]
	if len(rest) >= 2 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		return false // "closed at 2082.1", "1,500": a number
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && strings.ContainsRune("%‰$€", r) {
		return false
	}
	j := 0
	for j < len(rest) {
		r, s := utf8.DecodeRuneInString(rest[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += s
	}
	next := rest[:j]
	if yearWords[strings.ToLower(next)] || yearPreps[prevWord(c.text[:c.start])] || afterYearDash(c.text[:c.start]) {
		return true
	}
	if countedAfterYear[next] || idBeforeYear[strings.ToLower(prevWord(c.text[:c.start]))] && !namedBillYear(c.text[:c.start], n) || streetAfter.MatchString(rest) {
		return false // "2000 people", "1900 points"; "Flight 1549", "Resolution 1973"; "1600 Pennsylvania Avenue"
	}
	if next != "" {
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.Is(unicode.Cyrillic, r) && unicode.IsLower(r) && monthWords[next] == 0 && next != "до" && next != "та" && next != "і" && next != "и" && next != "й" {
			return false
		}
	}
	return n >= 1500
}

// numberBefore tells a group of three or more digits that is no year
// right before a four-digit number (before and after are the text around
// it), joined to it by a hyphen, or by a space when another number comes
// before the group or after the four digits: the number is the end of a
// telephone number ("212-859-1610", "(212) 859-1610", "212 859 1646",
// "61-2 9373 1800") or a cell of a table row ("5 2123 1631 130.2"), not a
// year; "1991-1992", "June 21 1996", "A380 1996" and "Boeing 777 2015
// order" are not such.
func numberBefore(s, after string) bool {
	if s == "" || s[len(s)-1] != '-' && s[len(s)-1] != ' ' {
		return false
	}
	hyphen := s[len(s)-1] == '-'
	s = s[:len(s)-1]
	j := len(s)
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	g := s[j:]
	if len(g) < 3 || j > 0 && unicode.IsLetter(lastRune(s[:j])) {
		return false
	}
	if !hyphen && !digitAfter(after) {
		// a space alone joins a group and a year ("Boeing 777 2015
		// order") unless a number joins the group before it: "212 859 1646"
		p := strings.TrimRight(s[:j], " -")
		if p == s[:j] || p == "" || p[len(p)-1] < '0' || p[len(p)-1] > '9' {
			return false
		}
	}
	n := atoi(g)
	return len(g) != 4 || n < 1000 || n >= 2100
}

// digitAfter tells a number one space (or a hyphen) after a number: "1631
// 130.2", "9373-1800".
func digitAfter(after string) bool {
	return len(after) > 1 && (after[0] == ' ' || after[0] == '-') && after[1] >= '0' && after[1] <= '9'
}

// priceFraction tells the decimals of a price before a four-digit number:
// "$ 7.1875", "1.1875 dollars" — a whole part above 12 ("98.1875") or a
// currency sign before it ("$ 1.1875"); "6.1918", a month and year, is not.
func priceFraction(before string) bool {
	if !strings.HasSuffix(before, ".") {
		return false
	}
	s := before[:len(before)-1]
	j := len(s)
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if j == len(s) {
		return false
	}
	if atoi(s[j:]) > 12 {
		return true
	}
	s = strings.TrimRight(s[:j], " ")
	return s != "" && strings.ContainsRune("$€£¥", lastRune(s))
}

// gmtAfter is the GMT time a report gives after a local clock time written
// as four digits: "1503 ( 1203 GMT )".
var gmtAfter = regexp.MustCompile(`^\s*\(\s*\d{4}\s*(?:GMT|UTC)`)

// tableCell tells a four-digit number with two numbers before it and one
// after, each one space apart: a cell of a table row ("21 15 1 5 2067 1687
// 122.5 62", "1915.00 1915.00 2000 3830.000"), not a year; a column of
// years ("1998 575,000"), a header of years ("1996 1995 1996 1995"),
// "in 1995 1996" and a date in numbers ("31 12 2019 10:00", "on 31 12 2019
// 10 …": a day and a month, no number before them) are not such.
func tableCell(before, after string) bool {
	cells := false // a number before that is no year: not a row of years
	var two [2]string
	for k := 0; k < 2; k++ {
		if !strings.HasSuffix(before, " ") {
			return false
		}
		before = before[:len(before)-1]
		j := len(before)
		for j > 0 && strings.IndexByte("0123456789.,", before[j-1]) >= 0 {
			j--
		}
		if j == len(before) || before[j] < '0' || before[j] > '9' || j > 0 && before[j-1] != ' ' {
			return false
		}
		if g := before[j:]; len(g) != 4 || !isDigits(g) || g[0] != '1' && !strings.HasPrefix(g, "20") {
			cells = true
		}
		two[k] = before[j:]
		before = before[:j]
	}
	if dayMonth(two[1], two[0]) || dayMonth(two[0], two[1]) {
		// "31 12 2019": a day and a month before the year, unless the
		// row goes on before them ("21 15 1 5 2067")
		b := strings.TrimRight(before, " ")
		if b == "" || b[len(b)-1] < '0' || b[len(b)-1] > '9' {
			return false
		}
	}
	return cells && digitAfter(after) && after[0] == ' '
}

// dayMonth tells a day (1–31) and a month (1–12) written in one or two
// digits.
func dayMonth(d, m string) bool {
	if len(d) == 0 || len(d) > 2 || len(m) == 0 || len(m) > 2 || !isDigits(d) || !isDigits(m) {
		return false
	}
	return atoi(d) >= 1 && atoi(d) <= 31 && atoi(m) >= 1 && atoi(m) <= 12
}

// countYears counts four-digit numbers 1000–2099 standing alone in text,
// far (five or more years) from the DCT and near it: one cheap byte pass
// that tells a narrative (history) from news before the rules run.
func countYears(text string, dct time.Time) (far, near int) {
	if dct.IsZero() {
		return 0, 0
	}
	run := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= '0' && text[i] <= '9' {
			run++
			continue
		}
		decimal := i+1 < len(text) && (text[i] == '.' || text[i] == ',') && text[i+1] >= '0' && text[i+1] <= '9'
		if run == 4 && !decimal && (i-4 == 0 || !isASCIIWord(text[i-5])) && (i == len(text) || !isASCIIWord(text[i])) {
			y := atoi(text[i-4 : i])
			if y >= 1000 && y < 2100 && !yearInTitle(text, i-4, i) {
				if abs(y-dct.Year()) >= 5 {
					far++
				} else {
					near++
				}
			}
		}
		run = 0
	}
	return far, near
}

// yearInTitle tells a year in the name of a legal instrument, "the" before
// it and a capitalised name after it that ends in (or holds) a treaty's or
// a law's noun ("the 1951 Convention Relating to the Status of Refugees",
// "the 1967 Protocol", "the 1965 Voting Rights Act"): a name in a news
// page, no sign of a history told. Other names ("the 1917 Revolution",
// "the 1918 Armistice") are events, and a history tells them.
func yearInTitle(text string, s, e int) bool {
	if s < 4 || !strings.EqualFold(text[s-4:s], "the ") {
		return false
	}
	ws := strings.Fields(text[e:min(len(text), e+80)])
	for i, w := range ws {
		if i == 4 || w[0] < 'A' || w[0] > 'Z' {
			break
		}
		if titleInstruments[strings.Trim(w, ".,;:!?\"'”’)")] {
			return true
		}
		if strings.ContainsAny(w, ".,;:!?") {
			break
		}
	}
	return false
}

// titleInstruments are the nouns of treaties and laws named with their
// year.
var titleInstruments = words("Convention Conventions Protocol Protocols Treaty Treaties Act Accord Accords Agreement Charter")

// inName tells a capitalised candidate continuing a capitalised word in
// mid-sentence: "USA Today", "Breitbart News Daily" are names.
func (c *cand) inName() bool {
	if c.start >= len(c.text) || c.text[c.start] < 'A' || c.text[c.start] > 'Z' {
		return false
	}
	before := c.text[:c.start]
	if !strings.HasSuffix(before, " ") {
		return false
	}
	before = before[:len(before)-1]
	// a possessive name before it: "the People's Daily"
	before = strings.TrimSuffix(strings.TrimSuffix(before, "'s"), "’s")
	j := len(before)
	for j > 0 && isASCIIWord(before[j-1]) {
		j--
	}
	if j == len(before) || before[j] < 'A' || before[j] > 'Z' {
		return false
	}
	k := j
	for k > 0 && before[k-1] == ' ' {
		k--
	}
	return k > 0 && !sentenceEnd(before, k-1) && before[k-1] != '"' && before[k-1] != '`' && before[k-1] != '\''
}

// marchNoun tells a capitalised "March" that names a march: "of", "for"
// or "on" and a name or "the" after it, and "the", "a", "annual" or an
// opening quote before it ("the March for Life", "the March on
// Washington", "“March of the Mothers”"), not "in March of the following
// year" or "March of 2012".
func (c *cand) marchNoun() bool {
	rest := c.text[c.end:]
	w := firstWord(rest)
	if w != "of" && w != "for" && w != "on" {
		return false
	}
	after := strings.TrimLeft(strings.TrimLeft(rest, " \u00a0\t")[len(w):], " ")
	if after == "" || !(after[0] >= 'A' && after[0] <= 'Z' || strings.HasPrefix(after, "the ")) {
		return false
	}
	if openQuoteBefore(c.text[:c.start]) {
		return true
	}
	p := prevWord(c.text[:c.start])
	return p == "the" || p == "a" || p == "annual"
}

// possessiveBefore tells a capitalised name with 's right before the
// candidate: "ABC's This Week", "CBS's".
func possessiveBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	for _, suf := range []string{"'s", "’s", "s'"} {
		if strings.HasSuffix(b, suf) {
			b = b[:len(b)-len(suf)]
			j := len(b)
			for j > 0 && isASCIIWord(b[j-1]) {
				j--
			}
			return j < len(b) && b[j] >= 'A' && b[j] <= 'Z'
		}
	}
	return false
}

// mayPreps are the prepositions that make an all-capitals "MAY" the month
// before another capitals word: "SET FOR MAY AFTER CRISIS", "IN MAY".
// mayName tells a bare "May" right after a capitalised word that cannot
// lead a month (a name, a title such as "Ms.", a headline's subject "It
// May …"): a surname or a modal, not the month. Prepositions, modifiers
// and determiners that lead a month ("In May", "Early May", "The May
// vote") keep it a month.
func (c *cand) mayName() bool {
	before := c.text[:c.start]
	if !strings.HasSuffix(before, " ") || strings.HasSuffix(before, "  ") {
		return false
	}
	before = before[:len(before)-1]
	j := len(before)
	for j > 0 && (isASCIIWord(before[j-1]) || before[j-1] == '.') {
		j--
	}
	w := before[j:]
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.HasSuffix(w, "..") {
		return false
	}
	dot := strings.HasSuffix(w, ".")
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if dot && !nameTitles[w] {
		// "across the U.S. May was the weakest month", "by John Smith.
		// May is …": the dot ends a sentence and May starts one
		return false
	}
	_, wd := weekdayWords[w]
	return !mayLeads[w] && !mayPreps[w] && monthOf(w) == 0 && !wd
}

// mayLeads may stand right before the month "May" capitalised (at a
// sentence start or in a title-case headline).
var mayLeads = words("early late mid last next this that each every the a an and or but also then through throughout around about between beginning starting ending into as come since mid-may in on at effective")

// nameTitles are the abbreviated titles whose dot ends no sentence before
// a surname ("Ms. May", "Dr. May").
var nameTitles = words("mr mrs ms dr gen sen rep gov prof lt col capt sgt adm maj cmdr rev fr pres supt insp")

var mayPreps = words("in on for from to until till by since of before after during")

// capsWordAfter tells an all-capitals word of two or more letters, no
// month or weekday, right after one space: the verb after an all-capitals
// headline's modal "MAY" ("MAY SEEK"), not "MAY 1996" or "MAY JUNE".
func capsWordAfter(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	j := 0
	for j < len(rest) && rest[j] >= 'A' && rest[j] <= 'Z' {
		j++
	}
	if j < 2 || j < len(rest) && isASCIIWord(rest[j]) {
		return false
	}
	w := strings.ToLower(rest[:j])
	_, wd := weekdayWords[w]
	return monthOf(w) == 0 && !wd
}

// mayVerbAfter follow the modal "May" of a title-cased headline.
var mayVerbAfter = words("be have not also well soon need want get face take make become")

// nameAfter tells a capitalised word right after the candidate (one
// space between): "Daily News", "Weekly Standard".
func nameAfter(rest string) bool {
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z'
}

// commonLeadNext lists, for the commonest lead words, every word that may
// follow them in some rule (a digit or punctuation after them always
// passes): at "the man", "a lot", "in Paris" no pattern is run.
var commonLeadNext = func() map[string]map[string]bool {
	the := words(modLeads, deictLeads, "third fourth latest fiscal full near short long following same future weekend few couple year-earlier year-ago nineties eighties seventies sixties fifties",
		keys(monthWords), keys(seasonWords), keys(unitWords), keys(numberWords), keys(partOfDay), keys(ordinalDays))
	a := words("few couple later while additional extra further half quarter", keys(unitWords), keys(numberWords))
	counted := words("a an the few couple half", keys(unitWords), keys(numberWords))
	return map[string]map[string]bool{"the": the, "a": a, "an": a, "in": words("the"),
		"at": words("least noon midday midnight"), "up": words("to"), "more": words("than"), "less": words("than"), "fewer": words("than"),
		"some": counted, "about": counted, "around": counted, "nearly": counted, "almost": counted, "approximately": counted}
}()

// newsCues are the words countNewsCues looks for.
var newsCues = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "tomorrow", " said", " says", " told"}

// countNewsCues counts weekday names and yesterday/tomorrow in text.
func countNewsCues(text string) int {
	n := 0
	for _, w := range newsCues {
		n += strings.Count(text, w)
	}
	return n
}

func isASCIIWord(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// yearPreps precede years: «у 1860 президентом…» is a year although a noun follows.
var yearPreps = map[string]bool{"у": true, "в": true, "з": true, "із": true, "до": true, "після": true, "від": true, "по": true, "с": true, "после": true, "от": true, "in": true, "since": true, "by": true, "until": true, "of": true}

// notPlural are words ending in s that are no plural noun.
var notPlural = words("was is has this his its as us does less plus thus yes always perhaps whereas across")

// rateBefore tells whether s (the text before "a year", "a week") ends in
// an amount or a counted plural noun, so that "a year" makes a rate:
// "$1.76 a year", "358,000 a month", "four flights a week".
func rateBefore(s string) bool {
	s = strings.TrimRight(s, " \u00a0\t")
	if s == "" {
		return false
	}
	if amountBefore(s) {
		return true
	}
	w := prevWord(s)
	switch w {
	case "once", "twice", "times":
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !notPlural[w]
}

// prevWord is the lower-cased word just before the end of s.
func prevWord(s string) string {
	s = strings.TrimRight(s, " \u00a0\t\n")
	return strings.ToLower(s[len(beforePrevWord(s)):])
}

// beforePrevWord is s up to the word prevWord reads at its end. Cut s
// with it, never by len(prevWord(s)): the lower case of a word can be
// longer in bytes ("Ⱥ" → "ⱥ").
func beforePrevWord(s string) string {
	s = strings.TrimRight(s, " \u00a0\t\n")
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

// lowerSameLen lower-cases text rune by rune, keeping a rune as it is when
// its lower case would change the byte length, so offsets stay valid.
func lowerSameLen(text string) string {
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, text[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// twoDigitYear expands '98 / 3/5/98 to the century that puts the year
// closest to the DCT (or 19xx without one).
func twoDigitYear(yy int, dct time.Time) string {
	if dct.IsZero() {
		return fmt.Sprintf("19%02d", yy)
	}
	base := dct.Year() / 100 * 100
	y := base + yy
	if y > dct.Year()+20 {
		y -= 100
	}
	return fmt.Sprintf("%04d", y)
}

// afterN is «через три дні» / «спустя месяц»: the reference date moved on.
func (c *cand) afterN(num, unit string) (string, string) {
	u := unitWords[norm(unit)]
	base := c.ref()
	if u == "" || base.IsZero() {
		return "", ""
	}
	n := 1
	if num != "" {
		if v, ok := numberWords[norm(num)]; ok {
			n = v
		} else {
			n = atoi(num)
		}
	}
	if n < 0 {
		// «через кілька днів»: WikiWarsUA gives the unknown length (2 of 3)
		return duration("X", u)
	}
	switch u {
	case "D":
		return "DATE", base.AddDate(0, 0, n).Format("2006-01-02")
	case "W":
		return "DATE", base.AddDate(0, 0, 7*n).Format("2006-01")
	case "M":
		return "DATE", base.AddDate(0, n, 0).Format("2006-01")
	case "Y":
		return "DATE", base.AddDate(n, 0, 0).Format("2006")
	}
	return "", ""
}

// esDeict is Spanish "el año pasado", "la semana próxima", "el próximo mes",
// "este año": the deictic may follow the unit.
func (c *cand) esDeict(m []string) (string, string) {
	d, unit := m[2], m[1]
	if unit == "" {
		d, unit = m[3], m[4]
	}
	if unit == "" {
		d, unit = "this", m[6]
	}
	switch dd := norm(d); {
	case strings.HasPrefix(dd, "pasad"):
		d = "last"
	case strings.HasPrefix(dd, "próxim"), strings.HasPrefix(dd, "que"), strings.HasPrefix(dd, "siguiente"):
		d = "next"
	default:
		d = "this"
	}
	return c.relUnit(d, unit)
}

// rangeEnd tells the second date of a range: a dash right before it, a
// year, day, month or year word before the dash.
func rangeEnd(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	r, size := utf8.DecodeLastRuneInString(s)
	if r != '-' && r != '–' && r != '—' {
		return false
	}
	s = strings.TrimRight(s[:len(s)-size], " \u00a0.")
	r, _ = utf8.DecodeLastRuneInString(s)
	if r >= '0' && r <= '9' {
		return true
	}
	w := prevWord(s + " ")
	return yearWords[strings.ToLower(w)] || monthOf(w) != 0
}

// untilBefore tells «до» ("until", "by") right before a date, or before
// «початку», «кінця», «середини» that open it.
func untilBefore(s string) bool {
	w := prevWord(s)
	switch w {
	case "початку", "кінця", "середини", "начала", "конца", "середины":
		w = prevWord(beforePrevWord(strings.TrimRight(s, " \u00a0\t\n")))
	}
	return w == "до"
}

// fromUntil tells the end of a «з/від … до …» range: the date before,
// opened by «з», «від» (Russian «с», «от»), ends right before this one's
// «до».
func (c *cand) fromUntil() bool {
	if c.prevStart < 0 || c.prevEnd > c.start {
		return false
	}
	gap := strings.Fields(strings.ToLower(c.text[c.prevEnd:c.start]))
	if len(gap) > 0 && yearWords[strings.TrimRight(gap[0], ".,")] {
		gap = gap[1:] // «з 1 січня 1905 року до …»
	}
	if len(gap) == 0 || len(gap) > 2 || gap[0] != "до" {
		return false
	}
	return rangeFrom[prevWord(c.text[:c.prevStart])]
}

// afterYearDash tells the second year of a range ("1910—1917 була").
func afterYearDash(s string) bool {
	s = strings.TrimRight(s, " ")
	r, size := utf8.DecodeLastRuneInString(s)
	if r != '-' && r != '–' && r != '—' {
		return false
	}
	s = strings.TrimRight(s[:len(s)-size], " ")
	return len(s) >= 4 && hasYearDigits(s[len(s)-4:])
}

var pastVerbs = map[string]bool{"said": true, "was": true, "were": true, "had": true, "did": true, "came": true, "told": true, "met": true,
	"took": true, "made": true, "gave": true, "went": true, "began": true, "rose": true, "fell": true, "won": true, "lost": true, "held": true,
	"left": true, "died": true, "became": true, "saw": true, "found": true, "got": true, "put": true, "set": true, "hit": true, "sent": true,
	// more irregular pasts ("talks broke down on Wednesday"); forms that
	// are also a present or a noun (read, cut, beat, lay, Fed) are left out
	"broke": true, "spoke": true, "wrote": true, "ran": true, "fled": true, "struck": true, "fought": true, "brought": true,
	"bought": true, "sought": true, "thought": true, "caught": true, "sold": true, "stood": true, "led": true, "paid": true,
	"spent": true, "built": true, "kept": true, "felt": true, "heard": true, "shot": true, "drove": true, "flew": true,
	"drew": true, "grew": true, "knew": true, "threw": true, "swore": true, "chose": true, "froze": true, "withdrew": true,
	"shook": true, "stole": true, "arose": true, "hung": true, "sat": true, "slid": true, "sank": true, "swept": true, "wept": true}

// pastEventNouns are events that happen rather than are scheduled: a day
// naming one ("the Jan. 6 attack", "Russia's Feb. 24 invasion") is the
// day it happened, whatever the tense of the sentence about it.
var pastEventNouns = words("attack attacks invasion riot riots massacre shooting shootings bombing bombings explosion blast crash earthquake quake coup assault insurrection raid raids killing killings murder murders uprising fire flood floods disaster tragedy storming ambush")

// pastEventDay tells a day that looks back: one after "since" ("since Feb.
// 24", "since the Feb. 24 invasion") or one naming a past event.
func (c *cand) pastEventDay() bool {
	s := c.text[:c.start]
	w := prevWord(s)
	if w == "the" {
		w = prevWord(beforePrevWord(s))
	}
	if w == "since" {
		return true
	}
	r := c.text[c.end:]
	r = strings.TrimPrefix(strings.TrimPrefix(r, "'s"), "’s")
	f := strings.Fields(r)
	return len(f) > 0 && pastEventNouns[strings.ToLower(strings.Trim(f[0], ".,;:!?\"'”’)"))]
}

// pastVerbBefore tells "said Friday", «заявив у середу», «сообщил в среду»:
// the verb right before the expression (past a preposition) is in the past
// tense, which outweighs a future word elsewhere in the sentence.
func (c *cand) pastVerbBefore() bool {
	s := c.text[:c.start]
	w := prevWord(s)
	if w == "on" || w == "у" || w == "в" || w == "во" || w == "last" || w == "early" || w == "late" {
		s = beforePrevWord(s)
		w = prevWord(s)
	}
	if pastVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed") {
		// "will be held", "is expected": a participle of a future or
		// present construction
		switch prevWord(beforePrevWord(s)) {
		case "be", "been", "will", "to", "is", "are", "being", "would":
			return false
		}
		return true
	}
	// Ukrainian/Russian past tense: -в/-ла/-ло/-ли (заявив, сказала, сообщили)
	for _, suf := range []string{"ив", "ав", "ів", "ов", "ал", "ил", "ла", "ло", "ли"} {
		if len([]rune(w)) > 4 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// futureWords mark an English clause about the future; pastSkip are past
// forms that announce one ("scheduled for Friday", "expected Monday").
var (
	// nounLead are the words after which "plan(s)" is the noun.
	nounLead    = words("the a an this that these those his her its their our your my new on of for about with against under into")
	futureWords = words("will 'll ’ll shall won't won’t would upcoming scheduled expected planned plans plan planning due")
	pastSkip    = words("scheduled expected planned")
	reportVerbs = words("said says told added announced reported")
	// presentEvents are verbs of scheduled events; in the present tense
	// before a weekday, news uses them for what is ahead ("the Senate
	// votes Thursday", "Peace talks resume Monday", "the president meets
	// the premier on Friday"). Reporting verbs are left out ("says"
	// reports the past as often as not), and so are base forms that are
	// mostly nouns ("a televised address Friday", "the vote Monday").
	presentEvents = words("meet meets visits votes plays hears travel travels fly flies convene convenes reconvene reconvenes resume resumes returns arrive arrives leaves heads hosts faces begin begins starts opens closes ends launches kicks gather gathers testify testifies appear appears speak speaks addresses attend attends tours debates airs expires go goes sits takes")
	// presentPlural are base forms that are mostly nouns after a
	// determiner or adjective ("the vote Monday", "a televised address")
	// but verbs after a plural subject ("lawmakers return Monday").
	presentPlural = words("return reopen vote visit play open close end start head face host hold leave")
	pluralSubject = words("they we")
	// notFinite are the words after which a present form is no finite
	// present verb: an infinitive ("agreed to meet Monday"), a negated or
	// emphatic past ("did not meet"), or a noun after a determiner.
	notFinite = words("to not n't did didn't does doesn't do don't never")
)

// pastDateVerb tells an English past verb right before a day or month
// ("the quarter ended March 31", "was arrested in November"): a date
// after the DCT cannot be meant. Participles that schedule ("scheduled
// March 3", "expected in April") do not count.
func (c *cand) pastDateVerb() bool {
	if c.start >= len(c.text) || c.text[c.start] >= 0x80 {
		return false
	}
	s := c.text[:c.start]
	w := prevWord(s)
	if w == "on" || w == "in" {
		s = beforePrevWord(s)
		w = prevWord(s)
	}
	if pastSkip[w] || futureWords[w] || w == "set" || !(pastVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed")) {
		return false // "set Nov. 10 as the deadline"
	}
	if r := c.text[c.end:]; strings.HasPrefix(r, "'s") || strings.HasPrefix(r, "’s") {
		return false // "called November’s election": the verb's object is the election
	}
	s = beforePrevWord(s)
	if strings.HasSuffix(s, "-") {
		return false // "the delegate-packed April 19 primary": an adjective
	}
	switch prevWord(s) {
	case "be", "been", "will", "to", "is", "are", "being", "would", "has", "have", "had":
		return false // "will be held in March", "has set … as the deadline"
	}
	return true
}

// periodEndAhead tells "results for the quarter ended Aug. 31 will be
// reported" said before Aug. 31: a participle naming the end of a period,
// in a sentence about what is ahead, is no past verb when that end is at
// most a quarter after the DCT (t); further off it is last year's.
func (c *cand) periodEndAhead(t time.Time) bool {
	if t.Sub(c.dct) > 92*24*time.Hour {
		return false
	}
	s := c.text[:c.start]
	if w := prevWord(s); w == "on" || w == "in" {
		s = beforePrevWord(s)
	}
	return periodNouns[prevWord(beforePrevWord(s))] && c.futureFromNow()
}

// periodNouns are the periods a participle after them names by their end
// ("the quarter ended Aug. 31", "the year ended in March").
var periodNouns = words("quarter quarters period periods year years month months week weeks half")

// copulaBefore tells an English weekday or month right after "is"/"are"
// (maybe with "on"/"in"/"at" between): a time scheduled ahead, as news
// writes it ("the funeral is Sunday", "elections are in November", "the
// meeting is at noon Friday").
func (c *cand) copulaBefore() bool {
	s := c.text[:c.start]
	w := prevWord(s)
	if w == "on" || w == "in" || w == "at" {
		w = prevWord(beforePrevWord(s))
	}
	return w == "is" || w == "are"
}

// pastTense tells a sentence about the past, read as for a weekday: the
// nearest tense cue, else a past verb right before and no future cue.
func (c *cand) pastTense() bool {
	switch c.tenseNear() {
	case -1:
		return true
	case 1:
		return false
	}
	return c.pastVerbBefore() && !c.future()
}

// tenseNear reads an English sentence for the tense nearest the candidate:
// +1 when the closest tense cue is a future one ("will meet Bush on
// Thursday"), -1 when it is a past verb ("issued a statement Friday saying
// it will …", "for Saturday was canceled"), 0 when the sentence has none or
// is not English (the older sentence-wide test decides then).
func (c *cand) tenseNear() int {
	if c.start >= len(c.text) || c.text[c.start] >= 0x80 {
		return 0
	}
	s, e := c.sentence(120, 80)
	// "Wednesday's ruling": the day is a noun's, so the verb after it
	// ("Tuesday's primaries will decide") tells nothing of the day; the
	// verb the noun phrase hangs from does ("said at Monday's rally", "is
	// running in Tuesday's primary")
	poss := strings.HasPrefix(c.text[c.end:], "'s") || strings.HasPrefix(c.text[c.end:], "’s")
	left := strings.Fields(c.text[s:c.start])
	// lead is the clause's words before the candidate: a wire dateline
	// ("WASHINGTON (AP) — On Friday, …") ends at its dash
	lead := left
	for i, w := range left {
		if w == "—" || w == "–" || w == "-" || w == "--" {
			lead = left[i+1:]
		}
	}
	// opening adverbs do not make a weekday mid-sentence ("Also on
	// Thursday, Emanuel said he would …" opens its sentence as "On
	// Thursday" does)
	for len(lead) > 0 && openers[strings.ToLower(strings.Trim(lead[0], ",;:"))] {
		lead = lead[1:]
	}
	right := strings.Fields(c.text[c.end:e])
	if len(right) > 0 && strings.HasPrefix(right[0], ",") && relativeIn(lead) {
		// a comma after a day inside a relative clause closes it ("who
		// announced a plan on Monday, plans to focus on jobs")
		right = nil
	}
	for i, w := range right {
		// ", saying he would …": a participle takes the tense of the
		// clause before it
		if i > 0 && strings.HasSuffix(right[i-1], ",") && len(w) > 4 && strings.HasSuffix(strings.ToLower(w), "ing") {
			right = right[:i]
			break
		}
		// ", and will resume next month": a new clause, with its own tense;
		// so is a complement ("told voters on Sunday that Mr. Clinton
		// would …") or a quotation ("said Monday night "it will be …"")
		if strings.HasSuffix(w, ";") || strings.HasSuffix(w, ",") && i+1 < len(right) && clauseConj[strings.ToLower(right[i+1])] {
			right = right[:i]
			break
		}
		if subordinators[strings.ToLower(w)] {
			right = right[:i] // "on Thursday after the club fielded …": a clause of its own
			break
		}
		if gerundPreps[strings.ToLower(w)] && i+1 < len(right) && len(right[i+1]) > 4 && strings.HasSuffix(strings.ToLower(right[i+1]), "ing") {
			// "ended a meeting on Friday by announcing it would …": the
			// gerund's clause is the main verb's manner, its "would" the
			// announcement's
			right = right[:i]
			break
		}
		if i == 0 && (strings.EqualFold(w, "that") || clauseSubject[strings.ToLower(w)] && saidIn(left)) || strings.ContainsRune("\"“‘`", []rune(w)[0]) || strings.HasPrefix(w, "''") {
			right = right[:i]
			break
		}
	}
	if poss {
		// only the verb right before counts ("to get around Wednesday's
		// ruling" is no future of the ruling's, whatever "would" came
		// before)
		right = nil
		left = left[max(0, len(left)-4):]
	}
	switch p := prevWord(c.text[:c.start]); p {
	case "earlier":
		return -1 // "Earlier Tuesday, his campaign manager says …": already past
	case "by", "until", "till", "through":
		if poss {
			return 0 // "Until Monday's announcement, shares were trading"
		}
		// a deadline ahead ("postponed until Tuesday"), unless the
		// sentence looks back from it ("Until Thursday, they had not")
		ws := append(append([]string{}, left...), right...)
		for i, w := range ws {
			// the past perfect, not "had no confirmation" (possession)
			if strings.EqualFold(w, "had") && (i+1 == len(ws) || !hadObject[strings.ToLower(ws[i+1])]) {
				return -1
			}
		}
		return 1
	}
	clean := func(w string) string { return strings.ToLower(strings.Trim(w, ".,;:!?\"'`()“”‘")) }
	cue := func(ws []string, i int, isRight bool) int {
		w := clean(ws[i])
		// "United", "Ahmed": no verb; but a sentence's first word is
		// capitalised whatever it is ("Asked on Monday whether …")
		proper := ws[i][0] >= 'A' && ws[i][0] <= 'Z' && (isRight || i > 0)
		prev, next := "", ""
		if i > 0 {
			prev = clean(ws[i-1])
		}
		if i+1 < len(ws) {
			next = clean(ws[i+1])
		}
		switch {
		case w == "due" && prev == "been" && i > 1 && clean(ws[i-2]) == "had":
			return -1 // "had been due to expire Friday": a deadline now past
		case (w == "plan" || w == "plans") && prev == "of":
			return 0 // "the announcement on Tuesday of plans to expand": the noun
		case (w == "plan" || w == "plans") && next != "to" && (nounLead[prev] || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || planNounNext[next] || w != strings.ToLower(ws[i])):
			// "rejected the plan Tuesday", "worked on plans", "announced a
			// spending plan on Monday", "advertising plans after …": the
			// noun; "the EU plans new sanctions" stays a verb
			return 0
		case (w == "would" || w == "wouldn't" || w == "wouldn’t") && (refusals[next] || next == "not" && i+2 < len(ws) && refusals[clean(ws[i+2])]):
			return -1 // "wouldn't say Tuesday how …": a refusal reported, no future
		case (w == "would" || w == "could" || w == "should") && next == "have" && i+2 < len(ws) && perfectParticiple(clean(ws[i+2])) && !participleAdjective(ws, i+2):
			// "Saturday would have been Reagan's birthday": a past that
			// did not happen; not "would have trouble winning in the fall"
			return -1
		case futureWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			return 1
		case w == "next" && next != "to", w == "soon" && prev == "as":
			return 1
		case (w == "can" || w == "may" || w == "might") && ws[i] == w && next != "have" && next != "not":
			return 1 // "we really can win on Tuesday", "the vote may come Friday"
		case !isRight && w == "ahead" && next == "of" && len(ws)-i <= 6:
			// "continued a fierce contest ahead of voting Tuesday": not yet
			// held; the day is inside the noun phrase after "ahead of"
			return 1
		case (w == "going" || w == "set") && (next == "to" || next == "for"):
			return 1
		case (w == "forecast" || w == "predicted" || w == "likely" || w == "expected") && next == "to":
			return 1 // "is forecast to make landfall late Friday", "was expected to be overturned on Thursday"
		case (w == "is" || w == "are") && next == "to":
			return 1 // "the withdrawal is to resume on Wednesday"
		case isRight && reportVerbs[w] && !introPhrase(lead) && !(i > 0 && strings.HasSuffix(ws[i-1], ",") && appositiveBefore(lead)) && (len(lead) > 1 || strings.ContainsAny(strings.Join(ws[:i], " "), "'\"”’")) && strings.ContainsAny(strings.Join(ws[:i], " "), ",'\"”’)"):
			// "…on Thursday,'' Castro said", "he will go on Thursday, aides
			// said": the reported clause's tense counts; but a weekday
			// opening the sentence ("On Friday, the company said it would
			// sell") is the reporting verb's own time
			return 0
		case (w == "was" || w == "were") && (strings.HasSuffix(next, "ing") || next == "to" || futureWords[next] || next == "set" || next == "going"):
			return 0 // "were planning", "was due": the next word decides
		case w == "had":
			return -1
		case !isRight && presentPlural[w] && !proper && (pluralSubject[prev] || len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s")):
			return 1 // "Lawmakers return on Monday", "markets reopen Monday"
		case !isRight && presentEvents[w] && !proper && next != "of" && !notFinite[prev] && !nounLead[prev] && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s"):
			return 1 // "the Senate votes Thursday": news present of a scheduled event
		case !isRight && len(w) > 4 && strings.HasSuffix(w, "ing") && progressive(prev) && !reactions[w] && next != "off" && next != "from" && !strings.ContainsAny(strings.Join(ws[i:], " "), ",;"):
			// "is meeting with lawmakers Friday", "she is girding for a
			// fight at the debate Thursday night": the present progressive
			// of a plan, as news writes what is ahead; not across a comma
			// ("is taking a toll, pointing to victories Tuesday") nor "is
			// coming off a debate Thursday"; a reaction is to what is done
			// ("are hailing the speech on Thursday")
			return 1
		case pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !pastSkip[w] && !proper:
			switch prev {
			case "be", "been", "will", "to", "is", "are", "being", "would", "has", "have", "get", "gets", "getting":
				return 0 // a participle of a present or future construction
			}
			return -1
		}
		return 0
	}
	for d := 0; d < max(len(left), len(right)); d++ {
		l, r := 0, 0
		if d < len(left) {
			l = cue(left, len(left)-1-d, false)
		}
		if d < len(right) {
			r = cue(right, d, true)
		}
		switch {
		case l != 0: // a tie goes to the verb before: the adjunct's head
			return l
		case r != 0:
			return r
		}
	}
	return 0
}

// conjunctionAfter tells «як»/«как» right after «у той час», «в то время»:
// the phrase is then the conjunction "whereas", not a time.
func conjunctionAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,\u00a0")
	for _, w := range []string{"як", "как", "коли", "когда"} {
		if strings.HasPrefix(rest, w) {
			r, _ := utf8.DecodeRuneInString(rest[len(w):])
			if !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

// holidayDate is the date of holiday h (a key of holidays) in year y.
func holidayDate(h string, y int) time.Time {
	nth := func(mo time.Month, wd time.Weekday, n int) time.Time {
		t := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
		if n < 0 { // last
			for t.AddDate(0, 0, 7).Month() == mo {
				t = t.AddDate(0, 0, 7)
			}
			return t
		}
		return t.AddDate(0, 0, 7*(n-1))
	}
	day := func(mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }
	switch h {
	case "christmas":
		return day(12, 25)
	case "christmas eve":
		return day(12, 24)
	case "new year's day":
		return day(1, 1)
	case "new year's eve":
		return day(12, 31)
	case "halloween":
		return day(10, 31)
	case "valentine":
		return day(2, 14)
	case "independence day":
		return day(7, 4)
	case "thanksgiving":
		return nth(11, time.Thursday, 4)
	case "election day":
		return nth(11, time.Monday, 1).AddDate(0, 0, 1)
	case "super tuesday":
		// the US presidential primaries' day, in election years only: the
		// second Tuesday of March until 1996, 5 February in 2008, else the
		// first Tuesday of March
		switch {
		case y%4 != 0:
			return time.Time{}
		case y == 2008:
			return day(2, 5)
		case y <= 1996:
			return nth(3, time.Tuesday, 2)
		}
		return nth(3, time.Tuesday, 1)
	case "memorial day":
		return nth(5, time.Monday, -1)
	case "labor day":
		return nth(9, time.Monday, 1)
	case "easter":
		return westernEaster(y)
	case "orthodox easter":
		return orthodoxEaster(y)
	case "orthodox christmas":
		if y >= 2023 {
			return day(12, 25) // Ukraine keeps Christmas on 25 December since 2023
		}
		return day(1, 7)
	case "russian christmas":
		return day(1, 7)
	}
	return time.Time{}
}

// westernEaster is Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).
func westernEaster(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	mo := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
}

// orthodoxEaster is Easter Sunday by the Julian computus, as a Gregorian
// date (valid 1900–2099, where the calendars are 13 days apart).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	mo := (d + e + 114) / 31
	dd := (d+e+114)%31 + 1
	return time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 13)
}

// holiday resolves a named holiday: its year given, else the narrative's,
// else in news the occurrence nearest the DCT in the sentence's direction
// (last/next or tense).
func (c *cand) holiday(deict, name, year string) (string, string) {
	h := holidayKey(name)
	if h == "" {
		return "", ""
	}
	week := strings.HasSuffix(norm(name), "week")
	format := func(t time.Time) string {
		if week {
			y, w := t.ISOWeek()
			return fmt.Sprintf("%04d-W%02d", y, w)
		}
		return t.Format("2006-01-02")
	}
	if year != "" {
		t := holidayDate(h, atoi(year))
		if t.IsZero() {
			return "", "" // "Super Tuesday 2013": no such day
		}
		c.setRef(atoi(year), t.Format("2006-01-02"))
		return "DATE", format(t)
	}
	y, narrative := c.narrativeYear()
	if y == 0 {
		return "", ""
	}
	if narrative {
		if h == "orthodox christmas" || h == "russian christmas" || h == "orthodox easter" {
			return "", "" // which church's calendar a history follows is unknown
		}
		t := holidayDate(h, y)
		if t.IsZero() {
			return "", ""
		}
		c.setRef(y, t.Format("2006-01-02"))
		return "DATE", format(t)
	}
	dir := deictDir(deict)
	// Super Tuesday comes every fourth year: its own clause's tense
	// ("Trump won big on Super Tuesday", "Super Tuesday came") says
	// which, but a verb whose clause it is not in ("built organisations
	// in Super Tuesday states": the day names the states, a noun phrase
	// far from the verb) and a future cue elsewhere in the sentence do not
	// send it four years off: with no tense of its own it is the nearer
	// one, ahead or behind
	super := h == "super tuesday"
	if dir == 0 && norm(deict) == "" && !super && c.future() {
		dir = 1
	} else if dir == 0 && norm(deict) == "" {
		dir = -1
		tn := 0
		if !super || !superNounAfter[firstWord(c.text[c.end:])] {
			tn = c.tenseNear()
		}
		if tn > 0 {
			dir = 1
		} else if tn == 0 && (super || !c.pastVerbBefore()) {
			// no tense either way ("as Election Day grows near"): the
			// nearer occurrence, ahead or behind
			ahead, behind := holidayNext(h, y-1, 1, c.dct, 0), holidayNext(h, y+1, -1, c.dct, 0)
			if ahead.Sub(c.dct) < c.dct.Sub(behind) {
				dir = 1
			}
		}
	}
	var t time.Time
	lead := 0 // "Easter week" begins six days before Easter Sunday
	if week {
		lead = -6
	}
	switch {
	case norm(deict) == "this":
		t = holidayDate(h, c.dct.Year())
	case dir > 0:
		t = holidayNext(h, y-1, 1, c.dct, lead)
	default:
		t = holidayNext(h, y+1, -1, c.dct, lead)
	}
	if t.IsZero() {
		return "", ""
	}
	c.setRef(0, t.Format("2006-01-02"))
	return "DATE", format(t)
}

// superNounAfter are nouns that "Super Tuesday" names ("Super Tuesday
// states", "Super Tuesday primaries"): the day is then no time of the
// clause's verb.
var superNounAfter = words("state states primary primaries contest contests race races voter voters vote votes voting ballot ballots delegate delegates election elections map results")

// objectAfter tells whether a preposition or conjunction ending a match
// has an object: a word follows on the same clause (not a comma, a stop,
// the end of the text or a preposition, which makes it an adverb).
func objectAfter(rest string) bool {
	if rest == "" || (rest[0] != ' ' && rest[0] != '\u00a0') {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return isWordRune(r) && !adverbFollowers[firstWord(rest)]
}

// adverbFollowers begin a new phrase after an adverb: "endorsed the day
// before by Fiorina", "the day before at a conference".
var adverbFollowers = words("at by in on with from for to and or but as of than during")

// apposedDay is the value of the day in apposition before the match:
// the last expression found in this block, a full date (YYYY-MM-DD),
// when only a comma and spaces stand between it and the match ("Oct. 12,
// [the day] before ..."); else "". A number ("He scored 12, the day
// before") or a year ("In 1991, the day before") is no such day.
func (c *cand) apposedDay() string {
	// a bounded gap keeps the check constant-time however far the last
	// expression lies
	if c.prevEnd < 0 || c.prevEnd > c.start || c.start-c.prevEnd > 8 || strings.Trim(c.text[c.prevEnd:c.start], " \u00a0") != "," {
		return ""
	}
	v := c.prevValue
	if len(v) != 10 || v[4] != '-' || v[7] != '-' || !isDigits(v[:4]) || !isDigits(v[5:7]) || !isDigits(v[8:]) {
		return ""
	}
	return v
}

// twoWords is the length of s's first two words and the space between
// them, however wide: "the  day" in "the  day before".
func twoWords(s string) int {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return len(s)
	}
	j := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsSpace(r) })
	if j < 0 {
		return i
	}
	k := strings.IndexFunc(s[i+j:], func(r rune) bool { return !isWordRune(r) })
	if k < 0 {
		return len(s)
	}
	return i + j + k
}

// fallNoun tells, from the text after "fall", the noun "a drop" or "a
// collapse" from the season: "fall of" a thing that is not a year, or
// "fall in" a lower-case noun ("in prices", but "in several states" and
// "in Washington" keep the season). "last fall in his home" is the season
// whatever follows: callers ask only with no deictic word or "this".
func fallNoun(rest string) bool {
	w := firstWord(rest)
	if w != "of" && w != "in" {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0\t")[len(w):]
	if rest == "" || (rest[0] != ' ' && rest[0] != '\u00a0') {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0\t")
	r, _ := utf8.DecodeRuneInString(rest)
	if w == "of" {
		// "fall of 2012", "fall of '89", "fall of last year", "fall of
		// that year", "fall of the following year" are the season; "the
		// fall of October 1987" is the crash (and a season would take
		// the DCT's year, the month its own), so a month is no cue
		f := firstWord(rest)
		if fallOfSeason[f] {
			return false
		}
		if f == "the" {
			n := strings.TrimLeft(strings.TrimLeft(rest, " \u00a0\t")[len(f):], " \u00a0\t")
			if fallOfTheSeason[firstWord(n)] {
				return false
			}
		}
		return unicode.IsLetter(r)
	}
	return unicode.IsLower(r) && !fallInSeason[firstWord(rest)]
}

// fallOfSeason begin a year after "fall of" ("last year", "that year",
// "year one"); fallOfTheSeason do after "fall of the" ("the following
// year", "the same year", "the previous year").
var (
	fallOfSeason    = words("last this next that year")
	fallOfTheSeason = words("following same previous")
)

// fallInSeason are words after "this fall in" that begin a place or a
// group, where "fall" is still the season.
var fallInSeason = words("the a an this that these those his her their its our my your several some many most all both each every which what one two three four five six seven eight nine ten dozens hundreds")

// holidayNext is holiday h's first date from year y on in direction dir
// (+1 ahead, -1 back) that is not before (ahead) or after (back) dct, with
// lead days added to the holiday for the comparison. A few years are
// tried: Super Tuesday comes every fourth year only.
func holidayNext(h string, y, dir int, dct time.Time, lead int) time.Time {
	var t time.Time
	for i := 0; i < 6; i, y = i+1, y+dir {
		t = holidayDate(h, y)
		if t.IsZero() {
			continue
		}
		if d := t.AddDate(0, 0, lead); (dir > 0 && !d.Before(dct)) || (dir < 0 && !d.After(dct)) {
			return t
		}
	}
	return t
}

// holidayKey maps a matched holiday name to a key of holidayDate.
func holidayKey(name string) string {
	n := strings.Join(strings.Fields(norm(name)), " ")
	n = strings.ReplaceAll(n, "’", "'")
	switch {
	case strings.HasPrefix(n, "christmas eve"):
		return "christmas eve"
	case strings.HasPrefix(n, "christmas"):
		return "christmas"
	case strings.HasPrefix(n, "thanksgiving"):
		return "thanksgiving"
	case strings.HasPrefix(n, "easter"):
		return "easter"
	case n == "election day", n == "super tuesday", n == "halloween", n == "independence day", n == "memorial day", n == "new year's day", n == "new year's eve":
		return n
	case n == "labor day", n == "labour day":
		return "labor day"
	case strings.HasPrefix(n, "valentine"):
		return "valentine"
	case strings.HasPrefix(n, "різдв"):
		return "orthodox christmas"
	case strings.HasPrefix(n, "рождеств"):
		return "russian christmas"
	case strings.HasPrefix(n, "велик"), strings.HasPrefix(n, "пасх"):
		return "orthodox easter"
	}
	return ""
}

// hyphenWord is the first word of s with its hyphenated parts ("pre-tax"),
// lower-cased, skipping spaces; firstWord stops at the hyphen.
func hyphenWord(s string) string {
	s = strings.TrimLeft(s, " \u00a0\t")
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '-' && i > 0 {
			if a, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(a) {
				i += size
				continue
			}
		}
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return strings.ToLower(s[:i])
}

// firstWord is the first word of s (letters only), skipping spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \u00a0\t")
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return strings.ToLower(s[:i])
}

// countAfter tells a count right after: digits, a number word from two
// up, "few", "several" or "couple" ("the past six election cycles").
func countAfter(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	w := firstWord(rest)
	return numberWords[w] >= 2 || w == "few" || w == "several" || w == "couple"
}

// hyphenOld tells a unit joined to "-old" ("29-years-old", "centuries-old
// quarter"): an age, which TimeBank does not tag, as with "6-year-old".
func hyphenOld(rest string) bool {
	if len(rest) < 4 || rest[0] != '-' || !strings.EqualFold(rest[1:4], "old") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[4:])
	return len(rest) == 4 || !unicode.IsLetter(r)
}

// rangeTail is the end of a date range after a dash: a month (maybe with
// its day) and the year written after it.
var rangeTail = regexp.MustCompile(`^(?:\s*[-–—]\s*|,?\s+(?:та|і|й|и|and|or|або|или)\s+)(?:\d{1,2}\s+)?(` + pMon + `),?\s+` + pYear + `\b`)

// septElevenAfter follows "Sept. 11" when it names the 2001 attacks.
// Not "attack" (Benghazi was a Sept. 11 attack too) nor "memorial" or
// "anniversary" (held each year, on that year's day).
var septElevenAfter = regexp.MustCompile(`^,?\s+(?:(?:terrorist|terror)\s+)?(?:attacks|hijackers|commission)\b`)

// rangeFrom open a range: «з/від … до …» (fromUntil), and one whose end
// may carry the year (rangeToTail).
var rangeFrom = words("з із зі від с со от from")

// rangeToTail is the end of a range after «до»/«по»/"to" (maybe with «і»
// before it): a month, maybe with its day or a part («середини березня»),
// or a part of the year alone («кінця»), and the year written after it.
// Groups: the part, the month, the year.
var rangeToTail = regexp.MustCompile(`^,?\s+(?:(?:і|й|и|and)\s+)?(?:до|по|to|through|until|till)\s+(?:(кінця|початку|середини|кінці|конца|начала|середины|the\s+end\s+of)\s+)?(?:\d{1,2}(?:-?(?:го|е))?\s+)?(?:(` + pMon + `),?\s+)?` + pYear + `\b`)

// seasonTail is a second season joined to the candidate one, with the
// year both share.
var seasonTail = regexp.MustCompile(`^(?:\s*[-–—]\s*|,?\s+(?:та|і|й|и|and|or|або|или)\s+)(?:the\s+)?` + pSeason + `(?:\s+of)?,?\s+` + pYear + `\b`)

// rangeYear is the year of month mo at the start of a range, given by the
// year written at its end («березні-квітні 1919», "June – July 1998"); the
// year before when the range crosses the new year ("December and January
// 2000", «31 грудня та 2 січня 1905»); else "".
func (c *cand) rangeYear(mo int) string {
	rest := c.text[c.end:min(len(c.text), c.end+48)]
	m := rangeTail.FindStringSubmatch(lowerSameLen(rest))
	if m == nil && rangeFrom[prevWord(c.text[:c.start])] {
		// «з січня до вересня 1944 року», «з вересня по грудень 1939
		// року», «з червня і до кінця 1943 року», "from January to
		// September 1944": the range's opening month takes the year
		// written at its end
		if t := rangeToTail.FindStringSubmatch(lowerSameLen(rest)); t != nil && (t[1] != "" || t[2] != "") {
			if t[2] == "" && partBefore(t[1], mo) {
				// «з травня до початку 1944 року», «з жовтня до середини
				// 1944 року»: the month is past the part that ends the
				// range, so it is in the year before
				return fmt.Sprintf("%04d", atoi(t[3])-1)
			}
			m = t[1:] // "з січня до 1944 року", a bare year, may end the year before
			m[0] = t[0]
		}
	}
	if m == nil {
		return ""
	}
	if mo2 := monthOf(m[1]); mo2 != 0 && mo >= 9 && mo2 <= 4 {
		// only a late month before an early one crosses the new year:
		// "March and February 2000" stays in 2000
		return fmt.Sprintf("%04d", atoi(m[2])-1)
	}
	return m[2]
}

// partBefore tells a part of a year ending a range («до початку», «до
// середини») that comes before month mo: any month is past a year's
// start, from July on past its middle. The end of a year («до кінця»)
// comes after every month.
func partBefore(part string, mo int) bool {
	switch part {
	case "початку", "начала":
		return true
	case "середини", "середины":
		return mo >= 7
	}
	return false
}

// clauseStart tells whether the preposition p right before the candidate
// opens its sentence or clause («У 1920 році …», "In 1920, …"), where a
// year sets the narrative's time; mid-clause («опублікованого у 2005
// році») it is an aside.
func (c *cand) clauseStart(p string) bool {
	s := strings.TrimRight(c.text[:c.start], " \u00a0")
	s = strings.TrimRight(s[:len(s)-len(p)], " \u00a0")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\n:;—–-(,", r)
}

// bareYearAfter is a number of up to four digits right after a word.
var bareYearAfter = regexp.MustCompile(`^\s+(\d{1,4})\b`)

// halfOfDecade follows "the first half" when it is of a decade.
var halfOfDecade = regexp.MustCompile(`^\s+of\s+(?:the\s+)?(?:'|’)?\d*0s`)

// overMeansMore are the words after which "over" is "more than" ("last
// over a week"); elsewhere it is the preposition ("used over three years").
var overMeansMore = words("last lasts lasted lasting take takes took taking be is was were been")

// speedUnits are units of distance a speed names before "an hour".
var speedUnits = words("kilometres kilometers km kms miles mile metres meters m feet ft knots nautical yards light-years kilometre kilometer metre meter")

// speedBefore tells a unit of distance right before "an hour" ("180
// kilometres an hour", "10 metres a second"): a speed, not a SET.
func speedBefore(s string) bool {
	return speedUnits[prevWord(s)]
}

// clauseSubject are the pronouns that open a reported clause right after
// the day ("said in a statement late on Wednesday it would …").
var clauseSubject = words("it he she they we i")

// saidIn tells words holding a reporting verb (reportVerbs) with no
// "that" after it: the day is the verb's ("said in a statement late on
// Wednesday it would"), not inside its complement ("said that on Friday
// they will").
func saidIn(ws []string) bool {
	for i := len(ws) - 1; i >= 0; i-- {
		switch w := strings.ToLower(strings.Trim(ws[i], ",;:\"'“”")); {
		case w == "that":
			return false
		case reportVerbs[w] || reportParticiples[w]:
			return true
		}
	}
	return false
}

// introPhrase tells a clause's words before a day that open it with a
// preposition and hold no comma ("During his speech on Wednesday in
// Arizona, Mr. Trump said …"): a phrase with no verb of its own, so the
// reporting verb after it is the day's.
func introPhrase(lead []string) bool {
	if len(lead) < 2 || !introPreps[strings.ToLower(lead[0])] {
		return false
	}
	for _, w := range lead {
		if strings.ContainsAny(w, ",;:\"“”") {
			return false
		}
	}
	return true
}

// appositiveBefore tells a comma in the clause before the day that opens
// an appositive holding it ("Obama, dedicating the museum on Saturday,
// said"): the comma after the day closes it, and a reporting verb past
// that comma is the subject's own. No comma before ("will vote on Friday,
// said a spokesman"), or a future after the last one ("In Washington, the
// board will vote …", "Obama, who will dedicate …"): the verb reports the
// day's clause.
func appositiveBefore(lead []string) bool {
	j := -1
	for i, w := range lead {
		if strings.HasSuffix(w, ",") {
			j = i
		}
	}
	if j < 0 {
		return false
	}
	for _, w := range lead[j+1:] {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"'`()“”‘"))
		if futureWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return false
		}
	}
	return true
}

// introPreps open an introductory phrase.
var introPreps = words("during at in after before following since throughout")

// reportParticiples report as reportVerbs do, in a participle clause
// ("joined the debate, announcing on Wednesday he would meet …").
var reportParticiples = words("saying announcing telling adding warning noting insisting declaring")

// perfectParticiple tells a past participle after "would have": "been",
// a regular one, or a common irregular one.
func perfectParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// participleAdjective tells a participle after "would have" that is an
// adjective before its noun ("workers would have paid sick leave",
// "residents would have limited water supplies": "have" is the main
// verb): a bare lower-case word follows it in the same clause. A verb's
// object opens with a determiner, pronoun, number or name ("would have
// celebrated his birthday"), and "been" is always a verb.
func participleAdjective(ws []string, i int) bool {
	w := ws[i]
	if i+1 >= len(ws) || strings.ContainsAny(w, ".,;:!?\"”’)") || strings.EqualFold(w, "been") {
		return false
	}
	n := ws[i+1]
	if n[0] < 'a' || n[0] > 'z' {
		return false // a name, a number, a quotation
	}
	return !verbObjectLead[strings.ToLower(strings.Trim(n, ".,;:!?\"'”’)"))]
}

// verbObjectLead are the words that open what follows a participle used
// as a verb: a determiner, pronoun, preposition, adverb or conjunction.
var verbObjectLead = words("the a an his her its their our my your this that these those some any no every each all both more most much many him them us me it you one two three four five six seven eight nine ten hundreds thousands millions " +
	"on in at to for by with from up out down off back into over under since after before during until when while if because as and but or than so not never also even just already again more less only there here")

var irregularParticiples = words("been won lost gone done had seen made taken given become come known got gotten kept held left met paid run said sent spent told thought brought bought fought")

// outcomeDay tells a day followed by "'s" and, within three words, a
// noun naming what came of it ("Tuesday's results", "Monday's Supreme
// Court ruling", "Friday's provisional agreement").
func outcomeDay(rest string) bool {
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false
	}
	ws := strings.Fields(rest[min(len(rest), strings.IndexByte(rest, 's')+1):min(len(rest), 60)])
	for i, w := range ws {
		if i == 3 {
			break
		}
		if outcomeNouns[strings.ToLower(strings.Trim(w, ",.;:\"'“”’"))] {
			return !outcomeScheduled(ws[i+1:])
		}
	}
	return false
}

// outcomeScheduled tells an outcome whose own verb puts it ahead, ws
// being the words after the noun: "Thursday's announcement is expected to
// include …", "Monday's ruling is due", "Friday's verdict will be
// announced". What an outcome will do ("Monday's decision will
// reverberate") says nothing of its day; this does.
func outcomeScheduled(ws []string) bool {
	var low []string
	for _, w := range ws[:min(len(ws), 4)] {
		low = append(low, strings.ToLower(strings.Trim(w, ",.;:\"'“”’")))
		if strings.ContainsAny(w, ".;:!?") {
			break
		}
	}
	at := func(i int) string {
		if i < len(low) {
			return low[i]
		}
		return ""
	}
	switch {
	case scheduleWords[at(0)]:
		return true // "Monday's decision, expected from the board, …"
	case (at(0) == "is" || at(0) == "are") && scheduleWords[at(1)]:
		return true
	case at(0) == "will" && at(1) == "be" && releaseParticiples[at(2)]:
		return true
	}
	return false
}

var (
	// scheduleWords put an outcome ahead after its noun.
	scheduleWords = words("expected due scheduled slated planned")
	// releaseParticiples make an outcome known ("will be announced").
	releaseParticiples = words("announced made released issued delivered handed published unveiled read given")
)

// outcomeNouns name what came of a day's event.
var outcomeNouns = words("result results decision decisions ruling rulings announcement announcements agreement deal victory victories win wins loss losses defeat defeats outcome verdict remarks comments")

// gerundPreps before an -ing word open a clause of its own after the day.
var gerundPreps = words("by without despite")

// hadObject are words after "had" that make it the verb of possession
// ("they had no confirmation"), not the past perfect.
var hadObject = words("no a an the some any little much many few nothing")

// subordinators open a clause after the day with its own tense.
// A wh-word opens one too ("answer a question on Sunday about how he
// would form a coalition").
var subordinators = words("because although though whereas while when after before since unless how whether why")
