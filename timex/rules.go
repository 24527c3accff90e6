package timex

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A rule is one family of expressions: an anchored pattern tried only at
// word starts whose first word is in lead (or a digit when digit is set),
// and a normaliser that turns the submatches into a TIMEX3 type and value
// ("" rejects the match).
type rule struct {
	name string
	re   *regexp.Regexp
	lead map[string]bool
	// next, when set, lists the words that may follow the lead word: a
	// cheap test that keeps common leads ("the", "a") off the pattern
	next  map[string]bool
	digit bool
	norm  func(c *cand, m []string) (typ, val string)
}

// Pattern fragments built from the word tables.
var (
	pMon    = `(?:` + alt(fullMonths()) + `|` + alt(abbrMonths()) + `\.?)`
	pWd     = alt(weekdayWords)
	pUnit   = alt(unitWords)
	pNum    = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|` + alt(numberWords) + `|\d{1,3}(?:[.,]\d+)?(?:(?:\s+|-)1/2|½)?)`
	pSeason = alt(seasonWords)
	pPod    = alt(partOfDay)
	pYear   = `(1\d{3}|20\d{2})`
	// Modifiers TimeML keeps inside the TIMEX3 (value unchanged, mod set).
	pModEn = `(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid-?|middle\s+of|end\s+of|beginning\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of)\s*(?:the\s+)?)`
	pModSl = `(?:(?:початку|початок|кінці|кінця|кінець|середині|середини|наприкінці|напочатку|начале|начала|конце|конца|середине|середины)\s+)`
	// Deictic determiners: last / this / next in the three languages.
	pDeict = `(last|this|next|coming|previous|past|current|минул\p{L}*|ць\p{L}*|цей|ця|наступн\p{L}*|поточн\p{L}*|нинішн\p{L}*|прошл\p{L}*|эт\p{L}*|текущ\p{L}*|следующ\p{L}*|нынешн\p{L}*)`
	pQuant = `(?:(about|around|approximately|nearly|almost|more\s+than|less\s+than|fewer\s+than|over|at\s+least|up\s+to|some|más\s+de|casi|cerca\s+de|alrededor\s+de|unos|unas|понад|більше\s+ніж|більш\s+ніж|більше|майже|близько|приблизно|менше\s+ніж|менше|щонайменше|более|больше|почти|около|примерно|меньше|не\s+менее)\s+)`
	pPastN = `(?:(?:the\s+)?(past|last|next|coming|first|previous|recent|останні|останніх|минулі|минулих|наступні|наступних|перші|перших|последние|последних|прошедшие|следующие|ближайшие|первые)\s+)`
	pBC    = `(?:до\s+н\.\s*е\.?|до\s+нашої\s+ери|до\s+н\.\s*э\.?|до\s+нашей\s+эры|bc|b\.c\.|bce)`
	pAgo   = `(?:\s+(ago|earlier|later|before|after|from\s+now|тому|назад|потому|спустя|пізніше|позже))`
)

func words(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

func keys[V any](ms ...map[string]V) string {
	var b strings.Builder
	for _, m := range ms {
		for w := range m {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

const (
	modLeads   = "the very early late mid mid- middle end beginning start first second початку початок кінці кінця кінець середині середини наприкінці напочатку начале начала конце конца середине середины"
	deictLeads = "last this next coming previous past current минулого минулої минулий минула минулому минулій минулі цього цієї цьому цій цей ця наступного наступної наступний наступна наступному наступній поточного поточному нинішнього прошлого прошлой прошлый прошлая прошлом прошлую этого этой этот эта этом эту текущего текущем следующего следующей следующий следующая следующем следующую нынешнего"
	quantLeads = "más casi cerca alrededor unos unas about around approximately nearly almost more less fewer over at up some понад більше більш майже близько приблизно менше щонайменше более больше почти около примерно меньше не"
	pastLeads  = "the past last next coming first previous recent останні останніх минулі минулих наступні наступних перші перших последние последних прошедшие следующие ближайшие первые"
)

// compile anchors a pattern at the candidate word. Patterns are matched
// against lower-cased text (see lowerSameLen), so they are lower-cased
// here instead of paying for (?i) case folding at every step.
func compile(p string) *regexp.Regexp {
	p = strings.ReplaceAll(strings.ToLower(p), `\p{l}`, `\p{L}`)
	re := regexp.MustCompile(`^(?:` + p + `)`)
	re.Longest()
	return re
}

var rules = []rule{
	{name: "iso", digit: true,
		re: compile(`(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?`),
		norm: func(c *cand, m []string) (string, string) {
			d := ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
			if d == "" {
				return "", ""
			}
			c.setRef(atoi(m[1]), d)
			if m[4] != "" {
				return "TIME", d + "T" + m[4] + ":" + m[5]
			}
			return "DATE", d
		}},
	{name: "numeric", digit: true,
		re: compile(`(\d{1,2})([./])(\d{1,2})[./](\d{4}|\d{2})`),
		norm: func(c *cand, m []string) (string, string) {
			d, mo := atoi(m[1]), atoi(m[3])
			if len(m[4]) == 2 {
				if m[2] != "/" {
					return "", "" // "1.5.20" is more often a version or score
				}
				m[4] = twoDigitYear(atoi(m[4]), c.dct)
			}
			if m[2] == "/" && !(d > 12 && mo <= 12) { // US order, unless "20/3/2013"
				d, mo = mo, d
			}
			v := ymd(atoi(m[4]), mo, d)
			c.setRef(atoi(m[4]), v)
			return "DATE", v
		}},
	{name: "day-month", digit: true, lead: words(modLeads),
		re: compile(`(?:` + pModEn + `|` + pModSl + `)?(\d{1,2})(?:-?(?:st|nd|rd|th|го|е|ого|а|им|ім))?(?:\s+(?:of|de))?\s+(` + pMon + `)(?:,?\s+(?:de\s+|del\s+)?` + pYear + `)?(?:(?:\s+(?:року|р\.|года|г\.))?,?\s+(?:о|в|at)\s+(\d{1,2})[:.](\d{2}))?`),
		norm: func(c *cand, m []string) (string, string) {
			t, v := c.dayMonth(atoi(m[1]), m[2], m[3])
			if m[4] != "" && v != "" && atoi(m[4]) < 24 && atoi(m[5]) < 60 {
				return "TIME", fmt.Sprintf("%sT%02d:%02d", v, atoi(m[4]), atoi(m[5]))
			}
			return t, v
		}},
	{name: "pod-date", lead: words("зранку вранці уранці ранку увечері ввечері вечора вночі ночі вдень утром утра вечером ночью днём днем"),
		re: compile(`(` + pPod + `)\s+(\d{1,2})(?:-?(?:го|е|ого))?\s+(` + pMon + `)(?:\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			// «зранку 19 квітня», «увечері 10 серпня 1792»
			code := partOfDay[norm(m[1])]
			_, v := c.dayMonth(atoi(m[2]), m[3], m[4])
			if code == "" || v == "" {
				return "", ""
			}
			return "TIME", v + "T" + code
		}},
	{name: "ordinal-day", lead: words(keys(ordinalDays), "двадцять тридцять двадцать тридцать"),
		re: compile(`(?:(двадцять|тридцять|двадцать|тридцать)\s+)?(` + alt(ordinalDays) + `)\s+(` + pMon + `)(?:\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			// «першого серпня», «двадцять другого червня 1941»
			d := ordinalDays[norm(m[2])]
			switch norm(m[1]) {
			case "двадцять", "двадцать":
				d += 20
			case "тридцять", "тридцать":
				d += 30
			}
			if d > 31 || m[1] != "" && d%10 == 0 {
				return "", ""
			}
			return c.dayMonth(d, m[3], m[4])
		}},
	{name: "day-range", digit: true,
		re: compile(`((\d{1,2})(?:-?(?:го|им|ім|ого))?)\s*(?:[-–—,]|до|по|на|і|й|та|и|and|to)\s*(?:\d{1,2}\s*(?:,|і|й|та|и|and)\s*)*\d{1,2}(?:-?(?:го|им|ім|ого))?\s+(` + pMon + `)(?:,?\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			// «з 5-го по 11 серпня», «між 2-им і 6-им вересня», «в ніч з 11 на
			// 12 травня»: the first day is in the month of the last
			c.end = c.start + len(m[1])
			return c.dayMonth(atoi(m[2]), m[3], m[4])
		}},
	{name: "month-day", lead: words(keys(monthWords), modLeads, "last next this"),
		re: compile(`(?:` + pModEn + `)?(?:(last|next|this)\s+)?(` + pMon + `)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			if m[1] == "" || m[4] != "" || c.dct.IsZero() {
				return c.dayMonth(atoi(m[3]), m[2], m[4])
			}
			// "last Oct. 23": the latest such day before the DCT; "next
			// Jan. 5" the first after it; "this" the DCT's year
			mo := monthOf(m[2])
			if mo == 0 || englishLower(m[2]) {
				return "", ""
			}
			y := c.dct.Year()
			t := time.Date(y, time.Month(mo), atoi(m[3]), 0, 0, 0, 0, time.UTC)
			switch deictDir(m[1]) {
			case -1:
				if !t.Before(c.dct) {
					y--
				}
			case 1:
				if !t.After(c.dct) {
					y++
				}
			}
			v := ymd(y, mo, atoi(m[3]))
			if v == "" {
				return "", ""
			}
			c.setRef(0, v)
			return "DATE", v
		}},
	{name: "month", lead: words(keys(monthWords), modLeads, deictLeads),
		re:   compile(`(?:` + pModEn + `|` + pModSl + `)?(?:` + pDeict + `\s+)?(` + pMon + `)(?:,?\s+(?:of\s+|de\s+|del\s+)?` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) { return c.month(m[1], m[2], m[3]) }},
	{name: "month-adj", lead: words(keys(monthAdjectives)),
		re: compile(`\p{l}+(?:\s+\p{l}+\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			// «Жовтневий переворот», «Лютневої революції 1917 року»: the
			// month of the event (the year after its noun when written)
			f := strings.Fields(m[0])
			mo := monthAdjectives[norm(f[0])]
			if mo == 0 {
				return "", ""
			}
			if m[1] != "" {
				// «Квітневі події 1927»: one expression, as WikiWarsUA spans it
				c.setRef(atoi(m[1]), "")
				return "DATE", fmt.Sprintf("%s-%02d", m[1], mo)
			}
			c.end = c.start + len(f[0])
			return c.month("", monthNominative[mo], "")
		}},
	{name: "es-deict", lead: words("el la este esta"),
		re:   compile(`(?:el|la)\s+(` + pUnit + `)\s+(pasad[oa]|próxim[oa]|que\s+viene|siguiente)|(?:el|la)\s+(próxim[oa]|pasad[oa])\s+(` + pUnit + `)|(este|esta)\s+(` + pUnit + `)`),
		norm: func(c *cand, m []string) (string, string) { return c.esDeict(m) }},
	{name: "es-ago", lead: words("hace"),
		re:   compile(`hace\s+(?:` + pQuant + `)?(` + pNum + `)\s+(` + pUnit + `)`),
		norm: func(c *cand, m []string) (string, string) { return c.amount("", "", m[2], " ", m[3], "ago") }},
	{name: "weekday", lead: words(keys(weekdayWords), deictLeads),
		re: compile(`(?:` + pDeict + `\s+)?(` + pWd + `)(?:,?\s+(` + pMon + `)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+` + pYear + `)?|,?\s+(\d{1,2})(?:-?(?:го|е|ого))?\s+(` + pMon + `)(?:\s+` + pYear + `)?|\s+(` + pPod + `))?`),
		norm: func(c *cand, m []string) (string, string) {
			if m[3] != "" {
				return c.dayMonth(atoi(m[4]), m[3], m[5])
			}
			if m[7] != "" {
				return c.dayMonth(atoi(m[6]), m[7], m[8])
			}
			if m[1] == "" && m[9] == "" && weekdayInTitle(c.text[:c.start], c.text[c.end:]) {
				return "", "" // "the Mail on Sunday", "Sunday Times", "Fox News Sunday"
			}
			if m[1] == "" && m[9] != "" && m[9][0] >= 'A' && m[9][0] <= 'Z' && nameAfter(c.text[c.end:]) && !headlineCase(c.text[:c.start]) {
				return "", "" // "Saturday Night Live", "Monday Night Football": a programme
			}
			return c.weekday(m[1], m[2], m[9])
		}},
	{name: "relday",
		lead: words("pasado anteayer antier ayer hoy ahora actualmente recientemente mañana early late earlier later mid mid-afternoon midafternoon mid-morning midmorning the day yesterday today tomorrow tonight now currently nowadays recently lately future in позавчора позавчера післязавтра послезавтра вчора вчера сьогодні сегодня завтра зараз тепер нині наразі сейчас теперь ныне нещодавно недавно незабаром скоро вскоре того тот наступного следующий на next following same previous"),
		re:   compile(`(?:(?:the\s+)?(?:early|late|earlier|later|mid[- ]?afternoon|mid[- ]?morning)\s+)?(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|now|currently|nowadays|recently|lately|the\s+future|in\s+the\s+future|the\s+past|the\s+weekend|pasado\s+mañana|anteayer|antier|ayer|hoy\s+en\s+día|hoy\s+día|hoy|ahora|actualmente|recientemente|mañana|позавчора|позавчера|післязавтра|послезавтра|вчора|вчера|сьогодні|сегодня|завтра|зараз|тепер|нині|наразі|сейчас|теперь|ныне|нещодавно|недавно|незабаром|скоро|вскоре|того\s+ж\s+дня|того\s+же\s+дня|в\s+тот\s+же\s+день|наступного\s+дня|на\s+следующий\s+день|the\s+next\s+day|the\s+following\s+day|the\s+same\s+day|the\s+previous\s+day|the\s+day\s+before)(?:\s+(` + pPod + `))?`),
		norm: func(c *cand, m []string) (string, string) {
			if c.inName() {
				return "", "" // "USA Today"
			}
			if m[0] == "Today" && quotedTitle(c.text[:c.start]) && closeQuoteAfter(c.text[c.end:]) && showCue(c.text, c.start, c.end) {
				return "", "" // NBC's “Today”: the programme, quoted on its own
			}
			if m[2] == "" && strings.EqualFold(m[0], "today") && todaysEra(c.text[c.end:]) {
				return "", "" // "today's world", "in today's dollars": nowadays, no day
			}
			if l := strings.ToLower(m[0]); m[2] == "" && strings.Contains(l, "mid") {
				// "mid-afternoon yesterday": that part of the day
				if strings.Contains(l, "afternoon") {
					return c.relDay(m[1], "afternoon")
				}
				return c.relDay(m[1], "morning")
			}
			return c.relDay(m[1], m[2])
		}},
	{name: "this-pod", lead: words("this"),
		re: compile(`this\s+(morning|afternoon|evening)`),
		norm: func(c *cand, m []string) (string, string) {
			if podTitle(c.text[c.start:c.end], c) {
				return "", "" // "CBS This Morning"
			}
			return c.relDay("today", m[1])
		}},
	{name: "reldeict", lead: words(deictLeads, modLeads, "earlier later the"),
		re: compile(`(?:(earlier|later|` + pModEn + `)\s+)?(?:the\s+)?` + pDeict + `\s+(?:fiscal\s+|financial\s+)?(` + pUnit + `|weekend|вихідних|выходных)`),
		norm: func(c *cand, m []string) (string, string) {
			if f := strings.Fields(c.text[c.start:c.end]); len(f) == 2 && f[0] == "This" && f[1][0] >= 'A' && f[1][0] <= 'Z' &&
				(quotedTitle(c.text[:c.start]) || possessiveBefore(c.text[:c.start])) {
				return "", "" // ABC's "This Week", ABC's This Week: a programme
			}
			return c.relUnit(m[2], m[3])
		}},
	{name: "slavic-clock", digit: true, lead: words("о об близько около в"),
		re: compile(`(?:(о|об|в|близько|около)\s+)?(\d{1,2})(?:[.:]\s?(\d{2}))?(?:-?(?:й|ій|ой|ом|му))?\s+(годині|години|часов|часа|часу)(?:\s+(ранку|вечора|ночі|дня|утра|вечера|ночи))?`),
		norm: func(c *cand, m []string) (string, string) {
			h, mi := atoi(m[2]), atoi(m[3])
			prep, unit, pod := norm(m[1]), norm(m[4]), norm(m[5])
			// «о 5-й годині», «7 години ранку», «близько 22 години» (the
			// singular after 5+ is a clock reading); «2 години» is a duration
			if !(unit == "годині" || pod != "" || (prep == "близько" || prep == "около") && unit == "години" && h >= 5) {
				return "", ""
			}
			if h > 24 || mi > 59 {
				return "", ""
			}
			switch {
			case (pod == "вечора" || pod == "вечера") && h < 12,
				(pod == "дня") && h < 7,
				(pod == "ночі" || pod == "ночи") && h >= 8 && h < 12:
				h += 12
			}
			if prep == "о" || prep == "об" || prep == "в" {
				c.start += len(m[1])
				for c.start < c.end && c.text[c.start] == ' ' {
					c.start++
				}
			}
			t := fmt.Sprintf("T%02d:%02d", h, mi)
			if _, narrative := c.narrativeYear(); narrative || c.ref().IsZero() {
				return "TIME", t // a history seldom says which day
			}
			return "TIME", c.ref().Format("2006-01-02") + t
		}},
	{name: "amount", digit: true, lead: words(keys(numberWords), quantLeads, pastLeads, "recent"),
		re: compile(pQuant + `?` + pPastN + `?(?:the\s+)?(` + pNum + `(?:\s+(?:and\s+a\s+half|з\s+половиною))?(?:\s+(?:more|additional|further|extra))?|a\s+few|(?:a\s+)?couple(?:\s+of)?|півтора|полтора)?(\s+|-)(?:(?:trading|business|working)\s+)?(` + pUnit + `)(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?` + pAgo + `?`),
		norm: func(c *cand, m []string) (string, string) {
			// "a week or so ago", "the next two years or so": TimeML keeps
			// "or so" inside
			if u := m[5]; u != "" && u[0] >= 'A' && u[0] <= 'Z' && quotedTitle(c.text[:c.start]) {
				return "", "" // the programme "60 Minutes", the film "Twelve Years a Slave"
			}
			if l := strings.ToLower(m[0]); (l == "a second" || l == "an second") && secondNoun(c.text[c.end:]) {
				return "", "" // "a second term", "a second time": an ordinal
			}
			if strings.Contains(m[0], "and a half") && !strings.Contains(m[3], "half") {
				m[3] += " and a half" // "a minute and a half"
			}
			// "a 16-hour flight", "the 30-year bond": a duration, as TBAQ
			// tags 12 of 13 (an age, "6-year-old", is rejected in amount)
			return c.amount(m[1], m[2], m[3], m[4], m[5], m[6])
		}},
	{name: "fraction-unit", lead: words("a half quarter"),
		re: compile(`(?:a\s+)?(half|quarter)[\s-](?:(?:of\s+)?an?\s+)?(hour|day|year|month|decade|century|minute)\b(\s+ago)?`),
		norm: func(c *cand, m []string) (string, string) {
			// "half an hour", "a half-century", "a quarter century" (a bare
			// "quarter-century low" is left alone, as TBAQ leaves it)
			if l := strings.ToLower(m[0]); !strings.HasPrefix(l, "a ") && !strings.HasPrefix(l, "half a") {
				return "", ""
			}
			if m[3] == "" && strings.Contains(m[0], "-") && attributiveNoun(c.text[c.end:]) {
				// "a quarter-century low", "a half-century rivalry": the
				// article is the noun's; the duration is the modifier, as
				// TBAQ spans "a [five year] low" (P5Y) and "their [52-week] high"
				c.start += len("a ")
				for c.start < c.end && c.text[c.start] == ' ' {
					c.start++
				}
			}
			v := map[string]string{
				"half hour": "PT30M", "half day": "PT12H", "half year": "P6M", "half month": "P15D",
				"half decade": "P5Y", "half century": "P50Y", "half minute": "PT30S",
				"quarter hour": "PT15M", "quarter century": "P25Y",
			}[strings.ToLower(m[1])+" "+strings.ToLower(m[2])]
			if v == "" {
				return "", ""
			}
			if m[3] != "" {
				// "a quarter-century ago": the year that far back
				if y := map[string]int{"P5Y": 5, "P25Y": 25, "P50Y": 50}[v]; y != 0 && !c.dct.IsZero() {
					return "DATE", fmt.Sprintf("%04d", c.dct.Year()-y)
				}
				if v == "P6M" && !c.dct.IsZero() {
					// "half a year ago": the month, as "six months ago" is
					return "DATE", time.Date(c.dct.Year(), c.dct.Month()-6, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
				}
			} // "half an hour ago" stays the duration, as "an hour ago" does
			return "DURATION", v
		}},
	{name: "current", lead: words("current"),
		re: compile(`current`),
		norm: func(c *cand, m []string) (string, string) {
			// "his current wife", "current market conditions": the
			// adjective alone is PRESENT_REF (TBAQ tags it 9 times of 16);
			// "the then current price" is PAST_REF. Not the noun ("the
			// current was strong"), "current-account", "Current TV"
			return currentAdj(c.text[:c.start], c.text[c.end:])
		}},
	{name: "recent-units", lead: words("recent"),
		re: compile(`recent\s+(years|decades|months|weeks|days|quarters|hours|minutes)`),
		norm: func(c *cand, m []string) (string, string) {
			// "in recent years": TBAQ gives it the unknown-length duration
			// 6 times of 11 (PAST_REF 5)
			return duration("X", unitWords[norm(m[1])])
		}},
	{name: "after-n", lead: words("через спустя"),
		re:   compile(`(через|спустя)\s+(` + pNum + `\s+)?(` + pUnit + `)`),
		norm: func(c *cand, m []string) (string, string) { return c.afterN(strings.TrimSpace(m[2]), m[3]) }},
	{name: "that-time", lead: words("на того у в тим тем той тот тому том цього цей этого этот того ж ці цьому"),
		re: compile(`(?:у|в)?\s*(?:на\s+той\s+час|(?:у|в|на)\s+(?:цей|ці|цьому)\s+(?:же\s+|самий\s+)?(?:час|період|момент|дні|етапі)|того\s+часу|той\s+(?:же\s+|самий\s+)?час|то\s+время|тот\s+момент|тим\s+часом|тем\s+временем)|((?:у|в)\s+)?(?:(?:цього|того|этого|того)\s+(?:ж|же)\s+|той\s+(?:же\s+|самий\s+)|тот\s+же\s+|цей\s+|этот\s+)(дня|день|року|рік|році|года|год|году)|(?:у|в)\s+(?:тому|том)\s+(?:ж|же)\s+(році|году)`),
		norm: func(c *cand, m []string) (string, string) {
			if m[1] != "" { // the preposition stays outside
				c.start += len(m[1])
			}
			u := norm(m[2] + m[3])
			switch {
			case u == "" && conjunctionAfter(c.text[c.end:]):
				return "", "" // «у той час як», «в то время как»: "whereas"
			case u == "":
				return "DATE", "PRESENT_REF"
			case unitWords[u] == "D":
				if c.ref().IsZero() {
					return "", ""
				}
				return "DATE", c.ref().Format("2006-01-02")
			}
			if y, _ := c.narrativeYear(); c.refYear != 0 {
				return "DATE", yearStr(c.refYear)
			} else if y != 0 {
				return "DATE", yearStr(y)
			}
			return "", ""
		}},
	{name: "bc-range", digit: true,
		re: compile(`(\d{1,4})\s*[-–—]\s*\d{1,4}(?:\s*(?:рр?\.|роки|років|г\.|гг\.|годы))?\s+(?:до\s+н\.\s*е\.|до\s+нашої\s+ери|до\s+н\.\s*э\.|до\s+нашей\s+эры|bc|b\.c\.|bce)`),
		norm: func(c *cand, m []string) (string, string) {
			c.end = c.start + len(m[1])
			return "DATE", fmt.Sprintf("BC%04d", atoi(m[1]))
		}},
	{name: "plural-unit", lead: words("years decades months weeks days hours minutes centuries роками місяцями тижнями годинами століттями десятиліттями годами месяцами неделями часами веками десятилетиями"),
		re: compile(`(years|decades|months|weeks|days|hours|minutes|centuries|роками|місяцями|тижнями|годинами|століттями|десятиліттями|годами|месяцами|неделями|часами|веками|десятилетиями)`),
		norm: func(c *cand, m []string) (string, string) {
			// "for years", "within minutes": TimeML durations of unknown length
			if firstWord(c.text[c.end:]) == "old" || hyphenOld(c.text[c.end:]) {
				return "", "" // "52 years old", "29-years-old", "centuries-old": an age
			}
			if p := prevWord(c.text[:c.start]); p == "the" && pluralAnchored(c.text[:c.start], m[1], c.text[c.end:]) {
				// "in the years that followed", "over the years": TBAQ tags
				// each of the nine plural units it has after "the"
			} else if p == "the" || p == "those" || p == "these" || p == "of" || p == "many" || p == "few" || p == "several" || p == "some" {
				return "", ""
			}
			if p := prevWord(c.text[:c.start]); (p == "early" || p == "wee" || p == "small") && norm(m[1]) == "hours" {
				return "", "" // "the early hours of Friday": a time of night, no duration
			}
			if w := c.text[c.start]; w >= 'A' && w <= 'Z' && quotedTitle(c.text[:c.start]) {
				return "", "" // CBS's "60 Minutes"
			}
			return duration("X", unitWords[norm(m[1])])
		}},
	{name: "night-of", lead: words("ніч ночі ночь ночью"),
		re: compile(`(?:ніч|ночі|ночь)\s+(?:на|проти|с|з)\s+(\d{1,2}(?:-?(?:го|е))?(?:\s+` + pMon + `)?\s+(?:на|по)\s+)?(\d{1,2})(?:-?(?:го|е))?\s+(` + pMon + `)(?:\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			_, v := c.dayMonth(atoi(m[2]), m[3], m[4])
			if v == "" {
				return "", ""
			}
			if t, err := time.Parse("2006-01-02", v); err == nil && m[1] != "" {
				// «ніч з 29 на 30 серпня» is dated on its first day
				v = t.AddDate(0, 0, -1).Format("2006-01-02")
			}
			return "TIME", v + "TNI"
		}},
	{name: "mod-unit", lead: words(modLeads),
		re: compile(`(?:` + pModEn + `|` + pModSl + `)(?:the\s+|цього\s+|этого\s+)?(year|month|week|року|рік|году|года|місяця|месяца)`),
		norm: func(c *cand, m []string) (string, string) {
			y, narrative := c.narrativeYear()
			if y == 0 {
				return "", ""
			}
			if norm(m[1]) == "week" {
				// "by the end of the week": the DCT's week, as "the end of
				// this week" is; a history does not say which week
				if narrative || c.dct.IsZero() || strings.Contains(strings.ToLower(m[0]), "half") || strings.HasPrefix(c.text[c.end:], "-") {
					return "", ""
				}
				return "DATE", shift(c.dct, 0, "W")
			}
			if u := unitWords[norm(m[1])]; u == "M" {
				if narrative && c.lastMonth != "" {
					// «наприкінці місяця» in a chronicle: the story's month
					return "DATE", c.lastMonth
				}
				if c.dct.IsZero() {
					return "", ""
				}
				return "DATE", c.dct.Format("2006-01")
			}
			if l := strings.ToLower(m[0]); strings.Contains(l, "first half") {
				return "DATE", yearStr(y) + "-H1" // "the first half of the year"
			} else if strings.Contains(l, "second half") {
				return "DATE", yearStr(y) + "-H2"
			}
			return "DATE", yearStr(y)
		}},
	{name: "bare-quant", lead: words(quantLeads),
		re:   compile(pQuant + `(рік|року|год|года|місяць|месяц|тиждень|неделю|добу|сутки)`),
		norm: func(c *cand, m []string) (string, string) { return c.amount(m[1], "", "1", " ", m[2], "") }},
	{name: "quarter", digit: true, lead: words("year-earlier year-ago the first second third fourth last latest current past previous перший першому першого перше друге другий другому другого третій третьому третього четвертий четвертому четвертого первый первом первого первое второе второй втором второго третий третьем третьего четвёртый четвертый четвёртом четвертом"),
		re: compile(`(?:the\s+)?(?:(?:fiscal|year-earlier|year-ago)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|latest|current|past|previous|the|перш\p{L}*|друг\p{L}*|трет\p{L}*|четверт\p{L}*|четвёрт\p{L}*|перв\p{L}*|втор\p{L}*|year-earlier|year-ago)(?:\s+|-)(?:fiscal\s+)?(quarter|period|кварта\p{L}*|half|півріччя|полугоди\p{L}*)`),
		norm: func(c *cand, m []string) (string, string) {
			if r := strings.ToLower(c.text[c.end:]); strings.HasPrefix(r, "-final") || strings.HasPrefix(r, "-to-") || strings.HasPrefix(r, "-on-") || strings.HasPrefix(r, "-over-") {
				return "", "" // "the quarter-finals", "the quarter-to-quarter comparison"
			}
			if u := strings.ToLower(m[2]); (u == "half" || u == "quarter") && c.gameSentence() {
				return "", "" // "scored twice in the second half": the match's, not the year's
			}
			if strings.Contains(strings.ToLower(m[0]), "-"+strings.ToLower(m[2])) {
				c.dropArticle() // "the third-quarter loss": the article is the noun's
			}
			return c.quarter(m[1], m[2])
		}},
	{name: "slavic-half", lead: words("першій першої перша першу другій другої друга другу первой первая первую второй вторая вторую"),
		re: compile(`(перш\p{L}*|друг\p{L}*|перв\p{L}*|втор\p{L}*)\s+половин\p{L}*\s+` + pYear),
		norm: func(c *cand, m []string) (string, string) {
			// «у другій половині 1919 року»
			h := 1
			if o := norm(m[1]); strings.HasPrefix(o, "друг") || strings.HasPrefix(o, "втор") {
				h = 2
			}
			c.setRef(atoi(m[2]), "")
			return "DATE", fmt.Sprintf("%s-H%d", m[2], h)
		}},
	{name: "year-quarter", digit: true, lead: words("the this last next"),
		re: compile(`(?:the\s+)?(?:` + pYear + `|(this|last|next)\s+year(?:'s|’s))\s+(?:(first|second|third|fourth)\s+)?(?:fiscal\s+)?(quarter|period|half)`),
		norm: func(c *cand, m []string) (string, string) {
			y := atoi(m[1])
			if m[1] == "" {
				if c.dct.IsZero() {
					return "", ""
				}
				y = c.dct.Year() + deictDir(m[2])
			}
			if m[3] == "" {
				// "the 1988 period", "last year's quarter": the quarter
				// under discussion, in that year
				if m[4] == "half" {
					return "", ""
				}
				if c.lastQ == "" || m[4] == "period" && c.longPeriodBefore() {
					// "for the first nine months, … in the 1988
					// period": the year-ago nine months, no one quarter;
					// "the 1988 quarter" stays a quarter
					return "DATE", fmt.Sprintf("%04d", y)
				}
				return "DATE", fmt.Sprintf("%04d-%s", y, c.lastQ[5:])
			}
			_, v := c.quarter(m[3], m[4])
			if v == "" {
				return "", ""
			}
			v = fmt.Sprintf("%04d", y) + v[4:]
			if m[4] != "half" {
				c.lastQ = v
			}
			return "DATE", v
		}},
	{name: "unit-ago", lead: words("рік місяць тиждень день добу год месяц неделю сутки"),
		re: compile(`(рік|місяць|тиждень|день|добу|год|месяц|неделю|сутки)\s+(тому|назад)`),
		norm: func(c *cand, m []string) (string, string) {
			// «рік тому», «неделю назад»: one unit before the DCT, as "a year ago"
			u := unitWords[norm(m[1])]
			if c.dct.IsZero() || u == "" {
				return "", ""
			}
			return "DATE", shift(c.dct, -1, u)
		}},
	{name: "quarter-code", lead: words("q1 q2 q3 q4 h1 h2 fy", fyWords()),
		re: compile(`(?:(q[1-4]|h[12])(?:\s*fy\s*(\d{2})|\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)?` + pYear + `)?|fy(\d{2}|1\d{3}|20\d{2}))`),
		norm: func(c *cand, m []string) (string, string) {
			return c.quarterCode(m[1], m[2]+m[3], m[4])
		}},
	{name: "season", lead: words(keys(seasonWords), modLeads, deictLeads),
		re: compile(`(?:` + pModEn + `|` + pModSl + `)?(?:(?:the\s+)?` + pDeict + `\s+)?(?:the\s+)?(` + pSeason + `)(?:\s+(?:of\s+)?` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			if m[1] == "" && m[3] == "" && c.text[c.start:c.end] == m[2] && m[2][0] >= 'A' && m[2][0] <= 'Z' &&
				(c.inName() || nameAfter(c.text[c.end:])) {
				return "", "" // "the Arab Spring", "Summer Olympics"
			}
			if m[1] == "" && m[3] == "" && m[2][0] >= 'A' && m[2][0] <= 'Z' && openQuoteBefore(c.text[:c.start]) && firstWord(c.text[c.end:]) == "of" {
				return "", "" // the ``Spring of Life'' demonstrations: a title
			}
			return c.season(m[1], m[2], m[3])
		}},
	{name: "clock", digit: true, lead: words("at о в noon midday midnight"),
		re: compile(`(?:(?:at|о|в)\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|(\d{1,2}):(\d{2})|(noon|midday|midnight|полудні|опівночі|полдень|полночь))(?:\s+(` + pZone + `))?(?:,?\s+(` + pWd + `|yesterday|today|tomorrow|вчора|сьогодні|завтра|вчера|сегодня))?(?:,?\s+(` + pMon + `)\s+(\d{1,2})\b)?`),
		norm: func(c *cand, m []string) (string, string) {
			if strings.EqualFold(m[6], "noon") && prevWord(c.text[:c.start]) == "high" {
				return "", "" // "High Noon", "high noon comes today": a showdown
			}
			if m[4] != "" && raceTime(c.text[:c.start], c.text[c.end:]) {
				return "", "" // "Coulthard 1:54.342", "in 2:29.34": a lap or race time
			}
			return c.clock(m)
		}},
	{name: "set", lead: words("every each daily weekly monthly annually yearly hourly щодня щотижня щомісяця щороку щорічно щоденно щоквартально ежедневно еженедельно ежемесячно ежегодно каждый каждую каждое кожного кожен кожну кожний"),
		re: compile(`(?:(every|each|кожного|кожен|кожну|кожний|каждый|каждую|каждое|каждого)\s+(?:(` + pNum + `)\s+)?(` + pUnit + `|` + pWd + `|` + pMon + `|` + pSeason + `|morning|afternoon|evening|night)|(daily|weekly|monthly|annually|yearly|hourly|щодня|щоденно|щотижня|щомісяця|щороку|щорічно|щоквартально|ежедневно|еженедельно|ежемесячно|ежегодно))`),
		norm: func(c *cand, m []string) (string, string) {
			if m[2] != "" {
				// "every three months": SET P3M
				n := numberWords[norm(m[2])]
				if m[2][0] >= '0' && m[2][0] <= '9' {
					n = atoi(m[2])
				}
				u := unitWords[norm(m[3])]
				if n <= 0 || u == "" {
					return "", ""
				}
				_, v := duration(fmt.Sprint(n), u)
				return "SET", v
			}
			if m[4] != "" && (c.inName() || c.text[c.start] >= 'A' && c.text[c.start] <= 'Z' && nameAfter(c.text[c.end:])) {
				return "", "" // "Breitbart News Daily", "the Daily News", "the Weekly Standard"
			}
			if m[4] != "" && paperVerbs[firstWord(c.text[c.end:])] && strings.HasPrefix(c.text[c.end:], " ") {
				return "", "" // "the weekly reported", "the daily said": a newspaper
			}
			if m[4] != "" && amountBefore(c.text[:c.start]) && !nounAfter(c.text[c.end:]) {
				return "", "" // "rise 8.5% annually", "$2 million annually": a rate, as "$2 million a year"
			}
			return c.set(m[3], m[4])
		}},
	{name: "century", digit: true, lead: words("xx xix xxi xviii xvii xvi xv xiv xiii xii xi x ix viii vii vi v iv iii ii i"),
		re: compile(`(\d{1,2}|[IVXL]{1,6})(?:st|nd|rd|th|-?го|-?й|-?му|-?ого|-?м)?\s+(?:century|століття|сторіччя|столітті|століттях|века|веке|вв?\.|ст\.)(\s+` + pBC + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			typ, v := c.century(m[1], !strings.Contains(strings.ToLower(m[0]), "century"))
			if m[2] != "" && typ != "" {
				// «V ст. до н. е.»: WikiWarsUA writes BC0500
				return typ, fmt.Sprintf("BC%04d", atoi(v)*100)
			}
			return typ, v
		}},
	{name: "bc", digit: true, lead: words(keys(seasonWords), keys(monthWords)),
		re: compile(`(?:(` + alt(seasonWords) + `|` + alt(monthWords) + `)\s+)?(\d{1,4})(?:-х|-ті|-их)?(?:\s*(?:рр?\.|рік|року|році|роки|років|роках|г\.|гг\.|года|году|годах))?\s+` + pBC),
		norm: func(c *cand, m []string) (string, string) {
			n := atoi(m[2])
			if n == 0 {
				return "", ""
			}
			c.refYear = -n // «у тому ж році» after it is the same BC year
			v := yearStr(-n)
			if m[1] != "" {
				if code := seasonWords[norm(m[1])]; code != "" {
					return "DATE", v + "-" + code
				}
				if mo := monthOf(m[1]); mo != 0 {
					return "DATE", fmt.Sprintf("%s-%02d", v, mo)
				}
				return "", ""
			}
			return "DATE", v
		}},
	{name: "year", digit: true, lead: words(modLeads, "fiscal fy у в"),
		re:   compile(`(?:` + pModEn + `|` + pModSl + `|the\s+)?(?:(?:fiscal|FY)\s*)?` + pYear + `(s|'s|-х|-ті|-тих|-ых|-е|-их)?`),
		norm: func(c *cand, m []string) (string, string) { return c.year(m[0], m[1], m[2]) }},
	{name: "digit-compound", digit: true,
		re: compile(`(\d{1,4})[-‑](денн|місячн|річн|годинн|тижнев|хвилинн|добов|дневн|месячн|летн|часов|недельн|минутн)\p{l}*`),
		norm: func(c *cand, m []string) (string, string) {
			// «6-денної облоги», «35-річна», «8-часовой»
			u := map[string]string{"денн": "D", "дневн": "D", "добов": "D", "місячн": "M", "месячн": "M", "річн": "Y", "летн": "Y",
				"годинн": "H", "часов": "H", "тижнев": "W", "недельн": "W", "хвилинн": "MIN", "минутн": "MIN"}[m[2]]
			return duration(m[1], u)
		}},
	{name: "part-of-day", lead: words("вночі ввечері увечері зранку вранці уранці ночью вечером утром"),
		re: compile(`(вночі|ввечері|увечері|зранку|вранці|уранці|ночью|вечером|утром)`),
		norm: func(c *cand, m []string) (string, string) {
			// «Вночі …» in a chronicle: that night of the story's day
			code := partOfDay[norm(m[1])]
			if c.ref().IsZero() {
				return "TIME", "T" + code
			}
			return "TIME", c.ref().Format("2006-01-02") + "T" + code
		}},
	{name: "compound-duration", lead: words(keys(compoundUnits)),
		re: compile(`\p{l}+(?:['’ʼ]\p{l}+)?`),
		norm: func(c *cand, m []string) (string, string) {
			cu, ok := compoundUnits[norm(m[0])]
			if !ok {
				return "", ""
			}
			return duration(fmt.Sprint(cu.n), cu.unit)
		}},
	{name: "spelled-year", lead: words("nineteen eighteen the two"),
		re: compile(`(?:the\s+year\s+)?(?:(nineteen|eighteen)\s+((?:` + altList(englishTens[2:]) + `)(?:[\s-](?:` + altList(englishOnes[1:10]) + `))?|` + altList(englishOnes[10:]) + `)|(two\s+thousand)(?:\s+and)?(?:\s+(` + altList(englishOnes[1:]) + `))?)`),
		norm: func(c *cand, m []string) (string, string) {
			y := 0
			switch {
			case m[1] != "":
				n := spelledNumber(m[2])
				if n < 10 {
					return "", ""
				}
				y = 1800 + n
				if m[1] == "nineteen" {
					y += 100
				}
			case strings.HasPrefix(m[0], "the year") || m[4] != "":
				// "two thousand" alone counts things; "the year two
				// thousand", "two thousand and one" are years
				y = 2000
				if m[4] != "" {
					y += spelledNumber(m[4])
				}
			default:
				return "", ""
			}
			c.setRef(y, "")
			return "DATE", fmt.Sprintf("%04d", y)
		}},
	{name: "spelled-decade", lead: words("the early mid late", keys(spelledDecades)),
		re: compile(`(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(` + alt(spelledDecades) + `)`),
		norm: func(c *cand, m []string) (string, string) {
			if ageOwner(c.text[:c.start]) {
				return "", "" // "in his forties": an age
			}
			if numberModifier(c.text[:c.start]) || numberContext(c, true, "degree", "temperature", "highs", "lows") {
				return "", "" // "highs in the nineties", "the low nineties": degrees
			}
			return "DATE", spelledDecades[norm(m[1])] // "through the nineties": 199
		}},
	{name: "decade", digit: true, lead: words("the"),
		re: compile(`(?:the\s+)?'?(\d0)s|'(\d\d)`),
		norm: func(c *cand, m []string) (string, string) {
			if p := strings.TrimRight(c.text[:c.start], "'‘’"); strings.HasSuffix(p, "$") || strings.HasSuffix(p, "£") || strings.HasSuffix(p, "€") {
				return "", "" // "a handful of $20s": banknotes
			}
			if m[2] != "" {
				if nameAfter(c.text[c.end:]) && unitWords[firstWord(c.text[c.end:])] != "" {
					return "", "" // CBS's '60 Minutes: a programme
				}
				return "DATE", twoDigitYear(atoi(m[2]), c.dct)
			}
			if ageOwner(c.text[:c.start]) {
				return "", "" // "in his 30s", "her early 60s", "their mid-20s": an age
			}
			if p := c.text[:c.start]; !strings.Contains(m[0], "'") && !strings.HasSuffix(p, "'") && !strings.HasSuffix(p, "‘") && !strings.HasSuffix(p, "’") &&
				(numberModifier(p) || numberContext(c, false, "degree", "temperature", "highs", "lows", "percent", "%", "rating", "poll")) {
				return "", "" // "rose to the low 50s", "an approval rating in the 30s": numbers
			}
			y := twoDigitYear(atoi(m[1]), c.dct)
			if !c.dct.IsZero() && atoi(y) > c.dct.Year() {
				y = fmt.Sprintf("%04d", atoi(y)-100) // "Germany in the '20s" said in 2016: no decade to come
			}
			return "DATE", y[:3]
		}},
	{name: "conjoined-day", digit: true,
		re: compile(`\d{1,2}`),
		norm: func(c *cand, m []string) (string, string) {
			return c.conjoinedDay(atoi(m[0]))
		}},
	{name: "military", digit: true,
		re: compile(`([01]\d|2[0-3])([0-5]\d)\s+(utc|gmt|z|hkt|jst|cet|cest|bst|msk|eet|eest|aest|aedt|edt|est|cdt|cst|pdt|pst)\b`),
		norm: func(c *cand, m []string) (string, string) {
			// "0921 GMT (1721 HKT)": a local zone's reading is no year
			z := ""
			if l := strings.ToLower(m[3]); l == "utc" || l == "gmt" {
				z = "Z"
			} else if m[3] != strings.ToUpper(m[3]) {
				return "", "" // a word, not a zone: "en 2012 est", "depuis 2015 cet", "w 2012 z"
			} else if l == "z" {
				z = "Z"
			}
			if c.dct.IsZero() {
				return "TIME", "T" + m[1] + ":" + m[2] + z
			}
			if r := c.text[c.end:]; strings.HasPrefix(r, ") ") {
				// "at 10:35 a.m. (0735 GMT) Friday": the aside's day is
				// Friday, as it is before "on Friday"
				w := strings.TrimPrefix(r[2:], "on ")
				wd := w[:len(w)-len(strings.TrimLeftFunc(w, unicode.IsLetter))]
				if _, ok := weekdayWords[norm(wd)]; ok && wd != "" && wd[0] >= 'A' && wd[0] <= 'Z' {
					ref := c.refDate
					_, v := c.weekday("", wd, "")
					c.refDate = ref
					if v != "" {
						return "TIME", v + "T" + m[1] + ":" + m[2] + z
					}
				}
			}
			return "TIME", c.ref().Format("2006-01-02") + "T" + m[1] + ":" + m[2] + z
		}},
	{name: "holiday", lead: words(deictLeads, "super christmas thanksgiving easter election halloween independence memorial labor labour valentine new різдво різдва різдві великдень великодня рождество рождества рождестве пасха пасхи пасху пасхе"),
		re: compile(`(?:` + pDeict + `\s+)?(christmas(?:\s+(?:day|eve))?|thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|week))?|election\s+day|super\s+tuesday|halloween|independence\s+day|memorial\s+day|labou?r\s+day|valentine(?:'s|’s)?\s+day|new\s+year(?:'s|’s)\s+(?:day|eve)|різдв[оаі]|великдень|великодня|рождеств[оае]|пасх[аиуе])(?:,?\s+(?:of\s+)?` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			if c.dct.IsZero() && m[3] == "" && c.refYear == 0 {
				return "", ""
			}
			// holidays are proper names: «великдень» in lower case is not one
			if r, _ := utf8.DecodeRuneInString(c.text[c.start+strings.Index(m[0], m[2]):]); !unicode.IsUpper(r) {
				return "", ""
			}
			if m[3] == "" && holidayNouns[firstWord(c.text[c.end:])] {
				return "", "" // "Christmas trees": a thing, not a day
			}
			return c.holiday(m[1], m[2], m[3])
		}},
	{name: "week-of", lead: words("the week"),
		re: compile(`(?:the\s+)?week\s+of\s+(?:(` + pMon + `)\s+(\d{1,2})|(\d{1,2})\s+(` + pMon + `))(?:,?\s+` + pYear + `)?`),
		norm: func(c *cand, m []string) (string, string) {
			// "the week of March 6": the ISO week of that day
			mon, day := m[1], m[2]
			if mon == "" {
				mon, day = m[4], m[3]
			}
			_, v := c.dayMonth(atoi(day), mon, m[5])
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				return "", ""
			}
			y, w := t.ISOWeek()
			return "DATE", fmt.Sprintf("%04d-W%02d", y, w)
		}},
	{name: "year-ago", lead: words("year"),
		re: compile(`year-(?:earlier|ago)`),
		norm: func(c *cand, m []string) (string, string) {
			// "year-earlier results", "from a year-ago $2": the period a
			// year before the one under discussion
			if w := firstWord(c.text[c.end:]); c.dct.IsZero() || numberWords[w] != 0 || w == "quarter" || w == "period" {
				return "", "" // "the year-earlier nine months" is a duration
			}
			return c.amount("", "", "1", " ", "year", "ago")
		}},
	{name: "year-end", lead: words("year"),
		re: compile(`year(?:-end|\s+end|(?:'s|’s)\s+end)`),
		norm: func(c *cand, m []string) (string, string) {
			// "by year-end", "since year end": after a preposition only
			// ("year-end results" is a modifier)
			p := prevWord(c.text[:c.start])
			switch p {
			case "by", "at", "until", "till", "before", "around", "through", "toward", "towards", "near", "since":
			default:
				return "", ""
			}
			y, narrative := c.narrativeYear()
			if y == 0 {
				return "", ""
			}
			if p == "since" && !narrative {
				y-- // the last year-end before the DCT
			}
			return "DATE", yearStr(y)
		}},
	{name: "the-year", lead: words("the"),
		re: compile(`the\s+(?:(?:full|fiscal|current)\s+)*year`),
		norm: func(c *cand, m []string) (string, string) {
			rest := c.text[c.end:]
			if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
				return "", "" // "the year-earlier quarter", "the year's"
			}
			if y := yearAfter.FindStringSubmatch(rest); y != nil {
				// "in the year 2000": one expression, that year
				c.end += len(y[0])
				c.setRef(atoi(y[1]), "")
				return "DATE", y[1]
			}
			switch next := prevWord(" " + firstWord(rest)); next {
			case "ended", "ending", "to":
				// "the year ended Sept. 30": a reporting period
				return "DURATION", "P1Y"
			case "before", "after", "earlier", "later", "in", "when", "of", "that", "which", "he", "she", "they", "it", "we":
				// "the year before", "the year in which": anchored elsewhere
				return "", ""
			}
			y, _ := c.narrativeYear()
			if y == 0 {
				return "", ""
			}
			return "DATE", yearStr(y)
		}},
	{name: "anaphoric-year", lead: words("that later earlier the"), next: words("that same year month following next previous prior"),
		re: compile(`(?:(later|earlier)\s+)?(?:that\s+(?:same\s+)?|the\s+(following|next|previous|prior|same)\s+)(year|month)`),
		norm: func(c *cand, m []string) (string, string) {
			// "later that year", "the following year", "the following
			// month": anchored on the year (month) last written, not the DCT
			if strings.HasPrefix(c.text[c.end:], "-") || strings.HasPrefix(c.text[c.end:], "'") {
				return "", ""
			}
			d := 0
			switch norm(m[2]) {
			case "following", "next":
				d = 1
			case "previous", "prior":
				d = -1
			case "":
				if !strings.HasPrefix(strings.ToLower(c.text[c.start:c.end]), "that") && m[1] == "" {
					return "", ""
				}
			}
			if norm(m[2]) == "next" && firstWord(c.text[c.end:]) != "" && !strings.HasPrefix(c.text[c.end:], ",") && !strings.HasPrefix(c.text[c.end:], ".") {
				return "", "" // "the next year or two", "the next year's budget": not anaphoric
			}
			if norm(m[3]) == "month" {
				t, err := time.Parse("2006-01", c.lastMonth)
				if err != nil {
					return "", ""
				}
				return "DATE", t.AddDate(0, d, 0).Format("2006-01")
			}
			if c.refYear == 0 {
				return "", ""
			}
			return "DATE", yearStr(c.refYear + d)
		}},
	{name: "vague-ref", lead: words("the these a as"), next: words("near short long days later while soon weeks months years"),
		re: compile(`the\s+near\s+future|the\s+(?:near|short|long)\s+term|these\s+days|a\s+later\s+date|as\s+soon\s+as\s+possible|a\s+while|(?:the\s+)?(days|weeks|months|years)\s+ahead`),
		norm: func(c *cand, m []string) (string, string) {
			// TimeML's vague references: "in the near future", "for the
			// short term" FUTURE_REF, "these days" PRESENT_REF, "for a
			// while" an unknown duration, "the weeks ahead" some weeks
			w := strings.ToLower(strings.Join(strings.Fields(m[0]), " "))
			switch {
			case m[1] != "":
				return duration("X", unitWords[norm(m[1])])
			case w == "these days":
				return "DATE", "PRESENT_REF"
			case w == "a while":
				if strings.HasPrefix(c.text[c.end:], "-") {
					return "", ""
				}
				return "DURATION", "PXX"
			case strings.HasSuffix(w, " term") && strings.HasPrefix(c.text[c.end:], "-"):
				return "", "" // "the long-term plan"
			}
			return "DATE", "FUTURE_REF"
		}},
	{name: "last-night", lead: words("last"), next: words("night"),
		re: compile(`last\s+night`),
		norm: func(c *cand, m []string) (string, string) {
			// "reported last night": the night before the DCT's day
			if c.dct.IsZero() {
				return "", ""
			}
			return "TIME", c.dct.AddDate(0, 0, -1).Format("2006-01-02") + "TNI"
		}},
	{name: "weekday-plural", lead: words("mondays tuesdays wednesdays thursdays fridays saturdays sundays monday tuesday wednesday thursday friday saturday sunday"),
		re: compile(`(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s)?(?:\s+(morning|afternoon|evening|night)s)?`),
		norm: func(c *cand, m []string) (string, string) {
			// "on Mondays", "Tuesday nights": every such day, a SET
			if m[2] == "" && m[3] == "" || c.text[c.start] < 'A' || c.text[c.start] > 'Z' {
				return "", ""
			}
			v := fmt.Sprintf("XXXX-WXX-%d", (weekdayWords[norm(m[1])]+6)%7+1)
			if m[3] != "" {
				v += "T" + partOfDay[m[3]]
			}
			return "SET", v
		}},
	{name: "oclock", digit: true,
		re: compile(`(\d{1,2})(?:\s+o['’]clock)?\s+in\s+the\s+(morning|afternoon|evening)|(\d{1,2})\s+o['’]clock`),
		norm: func(c *cand, m []string) (string, string) {
			// "4 in the morning", "6 o'clock": a clock time that day
			h := atoi(m[1] + m[3])
			if h < 1 || h > 12 {
				return "", ""
			}
			if p := norm(m[2]); (p == "afternoon" || p == "evening") && h < 12 {
				h += 12
			}
			t := fmt.Sprintf("T%02d:00", h)
			if c.ref().IsZero() {
				return "TIME", t
			}
			return "TIME", c.ref().Format("2006-01-02") + t
		}},
	{name: "the-pod", lead: words("the"), next: words("morning afternoon evening"),
		re: compile(`the\s+(morning|afternoon|evening)`),
		norm: func(c *cand, m []string) (string, string) {
			// "placed orders in the morning": that part of the day in
			// discussion ("the morning of March 3" is left to the date)
			if firstWord(c.text[c.end:]) == "of" || strings.HasPrefix(c.text[c.end:], "-") || c.ref().IsZero() || podTitle(c.text[c.start:c.end], c) {
				return "", ""
			}
			return "TIME", c.ref().Format("2006-01-02") + "T" + partOfDay[norm(m[1])]
		}},
	{name: "mid-pod", lead: words("mid mid-afternoon midafternoon mid-morning midmorning"),
		re: compile(`mid[- ]?(afternoon|morning)`),
		norm: func(c *cand, m []string) (string, string) {
			// "By mid afternoon, officials said …": that part of the day in
			// discussion, as "the morning" is ("mid-afternoon yesterday" is
			// the relative-day rule's)
			if c.ref().IsZero() {
				return "", ""
			}
			return "TIME", c.ref().Format("2006-01-02") + "T" + partOfDay[norm(m[1])]
		}},
	{name: "this-past", lead: words("this"), next: words("past"),
		re: compile(`this\s+past\s+(?:(week|weekend)|(` + pMon + `)|(` + pWd + `))\b`),
		norm: func(c *cand, m []string) (string, string) {
			// "this past week/weekend/January/Sunday": the one just gone
			// (a date, "this" inside), not the duration "past week"
			switch {
			case m[2] != "":
				return c.month("last", m[2], "")
			case m[3] != "":
				return c.weekday("last", m[3], "")
			case c.dct.IsZero():
				return "", ""
			}
			d := c.dct
			if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
				d = d.AddDate(0, 0, -7) // said on a weekday: last week's
			}
			y, w := d.ISOWeek()
			if norm(m[1]) == "weekend" {
				return "DATE", fmt.Sprintf("%04d-W%02d-WE", y, w)
			}
			return "DATE", fmt.Sprintf("%04d-W%02d", y, w)
		}},
	{name: "the-day", lead: words("that"),
		re: compile(`that\s+day`),
		norm: func(c *cand, m []string) (string, string) {
			if c.ref().IsZero() {
				return "", ""
			}
			return "DATE", c.ref().Format("2006-01-02")
		}},
}

// holidayNouns after a holiday name make it a modifier of a thing.
var holidayNouns = words("party parties tree trees card cards lights decorations gift gifts presents carol carols ornaments cookies songs song music movie movies sweater sweaters spirit eggs egg bunny candy costume costumes turkey")

// yearAfter is a year written right after "the year".
var yearAfter = regexp.MustCompile(`^\s+(1\d{3}|20\d{2})\b`)

// leadWords is every word that may start an expression.
var leadWords = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range rules {
		for w := range r.lead {
			m[w] = true
		}
	}
	return m
}()

func ymd(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	return fmt.Sprintf("%s-%02d-%02d", yearStr(y), m, d)
}

// yearStr writes a year, BC years (negative) as TimeML's BCnnnn.
func yearStr(y int) string {
	if y < 0 {
		return fmt.Sprintf("BC%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
		if n > 1e6 {
			return n
		}
	}
	return n
}

// secondAfter are the words after which "a second" stays a unit of time
// ("a second later", "a second or two").
var secondAfter = words("later earlier ago before after or and longer more too of to in at is was")

// spanHeads are nouns a hyphenated unit modifies ("a quarter-century
// low", "a half-century rivalry"); a closed list, since a verb can follow
// the duration too ("for a quarter-century would usher in change").
var spanHeads = words("low lows high highs peak peaks record records career rivalry reign rule war conflict feud marriage partnership tradition history absence hiatus struggle campaign stint tenure relationship friendship dispute ban embargo occupation mission battle search investigation dominance span exile")

// attributiveNoun tells such a noun right after the unit.
func attributiveNoun(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	w := firstWord(t)
	return len(t) < len(rest) && spanHeads[w] && strings.HasPrefix(t, w) // written in lower case
}

// decadeList is a two-digit decade and a list separator ending a text.
var decadeList = regexp.MustCompile(`\b\d0s(?:,\s*|,?\s+(?:and|or|to)\s+|\s*[-–]\s*)$`)

// numberModifier tells "low", "lower", "high" or "upper" right before a
// decade-like number ("the low 90s", "the upper forties"): a temperature,
// a share or a price, never a decade, which is "early" or "late".
func numberModifier(before string) bool {
	switch prevWord(strings.TrimRight(before, "-")) {
	case "low", "lower", "high", "upper":
		return true
	}
	return false
}

// numberContext tells a sentence about measures ("highs in the nineties",
// "an approval rating in the mid-20s"), where a bare decade-like number
// written without an apostrophe or century is a number: one of measures
// in the sentence before it, or after it too when after is set ("numbers
// dropped through the nineties, but rose twenty percent this year" names a
// decade).
func numberContext(c *cand, after bool, measures ...string) bool {
	s, e := c.sentence(120, 60)
	if !after {
		e = c.start
	}
	low := strings.ToLower(c.text[s:e])
	for _, w := range measures {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// spelledDecades are the decades of the 20th century written in words.
var spelledDecades = map[string]string{"twenties": "192", "thirties": "193", "forties": "194", "fifties": "195",
	"sixties": "196", "seventies": "197", "eighties": "198", "nineties": "199"}

// ageOwners are the possessives before a decade that make it an age.
var ageOwners = words("his her their my your our its")

// ageOwner tells a possessive before a two-digit decade, maybe with
// early/mid/late between: "in his 30s", "her early 60s", "his mid-20s".
func ageOwner(before string) bool {
	before = strings.TrimRight(before, "'‘’")
	if strings.HasSuffix(before, "mid-") {
		before = before[:len(before)-len("mid-")]
	}
	// decadeList is anchored at the end: searching only the tail keeps a
	// page of many decades linear
	tail := max(0, len(before)-80)
	if l := decadeList.FindStringIndex(before[tail:]); l != nil {
		return ageOwner(before[:tail+l[0]]) // "their 30s, 40s and 50s"
	}
	p := prevWord(before)
	if p == "early" || p == "mid" || p == "late" {
		before = strings.TrimRight(before, " \u00a0\t\n")
		before = before[:len(before)-len(p)]
		p = prevWord(before)
	}
	return ageOwners[p]
}

// secondNoun tells a word right after "a second" that makes it an
// ordinal: "a second term", "a second time".
func secondNoun(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	w := firstWord(rest)
	return w != "" && !secondAfter[w]
}

// Newspaper and programme names around a weekday: "Sunday Times", "the
// Mail on Sunday", "Fox News Sunday".
var (
	titleAfterWeekday  = words("times telegraph mirror express herald post tribune people sport star observer night")
	titleBeforeWeekday = []string{"Mail on ", "Independent on ", "Observer on ", "News ", "Sport on "}
)

// weekdayInTitle tells a bare capitalised weekday that is part of a
// newspaper or programme title, from the text before and after it.
func weekdayInTitle(before, after string) bool {
	for _, t := range titleBeforeWeekday {
		if strings.HasSuffix(before, t) {
			return true
		}
	}
	if len(after) < 2 || after[0] != ' ' || after[1] < 'A' || after[1] > 'Z' {
		return false
	}
	return titleAfterWeekday[firstWord(after)]
}

// headlineCase tells text before a candidate whose last words are all
// capitalised, as a headline writes every word ("Trump Speaks Thursday
// Night In Ohio"): there capitals name nothing.
// It reads only the last two words, from the end, so that a page of many
// such candidates stays linear.
func headlineCase(before string) bool {
	end := len(before)
	for range 2 {
		end = len(strings.TrimRightFunc(before[:end], unicode.IsSpace))
		if end == 0 {
			return false
		}
		start := strings.LastIndexFunc(before[:end], unicode.IsSpace) + 1
		if w := before[start]; w < 'A' || w > 'Z' {
			return false
		}
		end = start
	}
	return true
}

// quotedTitle tells text before a capitalised word that opens a quoted
// title: the quote itself, or the quote and one capitalised word or
// number ("60 Minutes", "Twelve Years a Slave").
func quotedTitle(before string) bool {
	if openQuoteBefore(before) {
		return true
	}
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	j := len(b)
	for j > 0 && isASCIIWord(b[j-1]) {
		j--
	}
	if j == len(b) || !(b[j] >= 'A' && b[j] <= 'Z' || b[j] >= '0' && b[j] <= '9') {
		return false
	}
	return openQuoteBefore(b[:j])
}

// showCue tells a quoted "Today" (text[s:e]) said of a programme: a
// network or a show's word near it ("NBC’s “Today”", "the “Today” show",
// "appeared on “Today”"), not a one-word answer ("he said: “Today”").
func showCue(text string, s, e int) bool {
	a, b := max(0, s-80), min(len(text), e+60)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	if prevWord(strings.TrimRight(text[:s], "\"“`'‘ ")) == "on" {
		return true // "appeared on “Today”"
	}
	for _, w := range strings.Fields(strings.ToLower(text[a:s] + " " + text[e:b])) {
		w = strings.Trim(w, ".,;:!?\"'“”‘’`()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if showWords[w] {
			return true
		}
	}
	return false
}

// showWords are a network's or a programme's words.
var showWords = words("nbc show shows programme program host hosts hosted co-host anchor anchors anchored appeared appearance aired broadcast episode segment")

// closeQuoteAfter tells text that opens with a closing quotation mark.
func closeQuoteAfter(rest string) bool {
	for _, q := range []string{`"`, "”", "''", "’"} {
		if strings.HasPrefix(rest, q) {
			// not a possessive's apostrophe ("“Today’s speech shows …")
			r, _ := utf8.DecodeRuneInString(rest[len(q):])
			return q != "’" || !unicode.IsLetter(r)
		}
	}
	return false
}

// openQuoteBefore tells text that ends with an opening quotation mark.
func openQuoteBefore(before string) bool {
	for _, q := range []string{`"`, "“", "`", "'", "‘", "«"} {
		if strings.HasSuffix(before, q) {
			return true
		}
	}
	return false
}

// podTitle tells "This Morning" / "The Evening" written as a title:
// the part of day capitalised and a name around it ("CBS This Morning",
// "The Evening Standard").
func podTitle(s string, c *cand) bool {
	f := strings.Fields(s)
	if len(f) != 2 || f[1][0] < 'A' || f[1][0] > 'Z' {
		return false
	}
	return c.inName() || nameAfter(c.text[c.end:])
}

// currentAdjNot are words after "current" that show it is no time: the
// noun ("the current of the river", "the current is"), the economic term
// ("current account", "current assets") or a list ("current and former").
var currentAdjNot = words("account accounts assets liabilities ratio yield and or of in is was are were has had flows flowing flowed from to into that which with at on by than as")

// currentAdj reads "current" between before and rest: PRESENT_REF as an
// adjective before a lower-case word, PAST_REF after "then" ("the then
// current market price"), none otherwise.
func currentAdj(before, rest string) (string, string) {
	if !strings.HasPrefix(rest, " ") {
		return "", "" // "current-account", "the current.", "current's"
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	if !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return "", "" // "Current TV", "the current (AC)"
	}
	if currentAdjNot[firstWord(rest)] {
		return "", ""
	}
	if p := prevWord(strings.TrimRight(before, "-")); p == "then" {
		return "DATE", "PAST_REF"
	}
	return "DATE", "PRESENT_REF"
}

// raceTime tells a bare "m:ss" (between before and rest) that is a lap or
// race time: fractions of a second after it ("1:54.342", "2:29.34"), a
// further ":ss" ("1:02:33"), or glued to a score or time before it.
func raceTime(before, rest string) bool {
	if len(rest) >= 2 && (rest[0] == '.' || rest[0] == ':' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	if n := len(before); n > 0 && (before[n-1] == ':' || before[n-1] == '.') {
		return true
	}
	return false
}

// gameCues are words of a sports report; moneyCues those of a financial
// one, where a half or quarter is the year's.
var (
	gameCues  = []string{" scored ", " scores ", " scoring ", " striker", " substitute", " penalty", " match ", " match.", " game ", " game.", " touchdown", " half-time", " halftime", " tries ", " sent off", " stretchered", " midfield", " goalkeeper", " rebounds", " innings", "th minute", " deadlock", " free throw", " field goal", " quarterback", "fightback", " league", " cup ", " tournament", " championship"}
	moneyCues = []string{"profit", "earning", "result", "revenue", "sales", " net ", "loss", "percent", "%", "growth", "demand", "share", "economy", "dividend", "forecast", "output", "market", "price", "fiscal", "financial", "year", "$", "£", "€"}
)

// gameSentence tells a sentence of a sports report ("PSV took control in
// the second half", "he scored 20 points in the fourth quarter"): a cue of
// the game and none of money or of the year.
func (c *cand) gameSentence() bool {
	s, e := c.sentence(200, 200)
	low := " " + strings.ToLower(c.text[s:e]) + " "
	game := false
	for _, w := range gameCues {
		if strings.Contains(low, w) {
			game = true
			break
		}
	}
	if !game {
		return false
	}
	for _, w := range moneyCues {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// pluralAnchored tells a plural unit after "the" that is a stretch of
// time, not a noun's head ("the days of the empire", "the hours logged"):
// "that follow(ed)" after it ("the years that followed") or "over the"
// before it ("over the years"). "The weeks before the shooting" is one
// too (TBAQ tags it five times), but its value is the event's, which
// the text does not give here: tagged as PXW it would cost value
// precision, so it stays out.
//
// "Over the" takes only years, decades and centuries, with no "of" after
// them: "clashed over the hours nurses must work", "over the days off",
// "the dispute over the months/years of unpaid wages" are what a dispute
// is over.
func pluralAnchored(before, unit, rest string) bool {
	ws := strings.Fields(strings.ToLower(rest[:min(len(rest), 40)]))
	if len(ws) > 0 {
		w := strings.Trim(ws[0], ",.;:")
		if w == "that" && len(ws) > 1 && strings.HasPrefix(ws[1], "follow") {
			return true
		}
		if w == "of" {
			return false
		}
	}
	switch strings.ToLower(unit) {
	case "years", "decades", "centuries":
		return prevWord(beforePrevWord(before)) == "over"
	}
	return false
}

// paperVerbs are the verbs a newspaper does ("the daily said").
var paperVerbs = words("said says reported reports wrote writes quoted quotes cited cites added adds claimed claims alleged alleges published publishes revealed reveals noted notes")

// todaysEraNouns are nouns after "today's" that make it "nowadays", an
// era rather than the story's day: "today's world", "today's youth",
// "in today's dollars". TBAQ leaves all three of its such "today's"
// untagged; "today's talks", "today's session" stay the day.
var todaysEraNouns = words("world society youth young generation generations children kids teenagers culture climate life standards terms dollars technology")

// todaysEra tells a possessive "'s" after "today" with an era noun next
// (rest is the text after "today").
func todaysEra(rest string) bool {
	for _, p := range []string{"'s ", "\u2019s "} {
		if strings.HasPrefix(rest, p) {
			return todaysEraNouns[firstWord(rest[len(p):])]
		}
	}
	return false
}

// amountBefore tells an amount right before: digits, a percent, or a
// number word such as million ("20% annually", "$2 million annually").
func amountBefore(s string) bool {
	s = strings.TrimRight(s, " \u00a0\t")
	if s == "" {
		return false
	}
	if b := s[len(s)-1]; b >= '0' && b <= '9' || b == '%' {
		return true
	}
	switch prevWord(s) {
	case "million", "billion", "thousand", "hundred", "percent", "cents", "dollars":
		return true
	}
	return false
}

// rateAdverbNext are words that may follow a rate adverb ("rise 8.5%
// annually through 1992"); another lower-case word after it makes it the
// adjective ("16 weekly treatments").
var rateAdverbNext = words("through to for since until till in on over from and or at by while but as after before with")

// nounAfter tells a lower-case word after the adverb that is none of
// rateAdverbNext: the adjective before its noun.
func nounAfter(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w := firstWord(rest)
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLower(r) && !rateAdverbNext[w]
}
