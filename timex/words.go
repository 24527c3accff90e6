package timex

import (
	"slices"
	"strings"
)

// Word tables shared by the rules. Every table is built once at package
// initialisation and never written afterwards.

// monthWords maps every surface form we accept (lower case) to its month:
// English names and abbreviations; Ukrainian and Russian nominative,
// genitive, locative and dative forms. Forms are listed in full, never as
// stems, because stems collide with common words (трава, червоний, липа).
var monthWords = indexList(monthForms[:], 1)

var monthForms = [12]string{
	"january jan січень січня січні січнем январь января январе январём enero",
	"february feb лютий лютого лютому лютім февраль февраля феврале февралём febrero",
	"march mar березень березня березні березнем март марта марте мартом marzo",
	"april apr квітень квітня квітні квітнем апрель апреля апреле апрелем abril",
	"may травень травня травні травнем май мая мае маем mayo",
	"june jun червень червня червні червнем июнь июня июне июнем junio",
	"july jul липень липня липні липнем июль июля июле июлем julio",
	"august aug серпень серпня серпні серпнем август августа августе августом agosto",
	"september sep sept вересень вересня вересні вереснем сентябрь сентября сентябре сентябрём septiembre",
	"october oct жовтень жовтня жовтні жовтнем октябрь октября октябре октябрём octubre",
	"november nov листопад листопада листопаді листопадом ноябрь ноября ноябре ноябрём noviembre",
	"december dec грудень грудня грудні груднем декабрь декабря декабре декабрём diciembre",
}

// weekdayWords maps weekday forms to time.Weekday numbers (Sunday = 0).
var weekdayWords = indexList(weekdayForms[:], 0)

var weekdayForms = [7]string{
	"sunday неділя неділі неділю неділею воскресенье воскресенья воскресеньем domingo",
	"monday понеділок понеділка понеділку понедельник понедельника понедельнику lunes",
	"tuesday вівторок вівторка вівторку вторник вторника вторнику martes",
	"wednesday середа середи середу середою среда среды среду средой miércoles",
	"thursday четвер четверга четвергу четверг четвергом jueves",
	"friday п'ятниця п'ятниці п'ятницю п'ятницею пятница пятницы пятницу пятницей viernes",
	"saturday субота суботи суботу суботою суббота субботы субботу субботой sábado",
}

// unitWords maps unit forms to TIMEX3 unit letters (MIN and H are time units).
var unitWords = indexMap(unitForms)

var unitForms = map[string]string{
	"S":   "second seconds секунда секунди секунд секунду секунды segundo segundos",
	"MIN": "minute minutes хвилина хвилини хвилин хвилину минута минуты минут минуту minuto minutos",
	"H":   "hour hours година години годин годину годинами час часа часов часами hora horas",
	"D":   "day days день дні днів дня дней доба доби діб суток сутки día días",
	"W":   "week weeks тиждень тижні тижнів тижня тижнем тижнями неделя недели недель неделю неделе неделями semana semanas",
	"M":   "month months місяць місяці місяців місяця місяцем місяцями месяц месяца месяцев месяце месяцами mes meses",
	"Q":   "quarter quarters квартал квартали кварталів квартала кварталу trimestre trimestres",
	"Y":   "year years рік роки років року році роками год года лет году годами año años",
	"DE":  "decade decades десятиліття десятиліть десятиліттями десятилетие десятилетия десятилетий десятилетиями década décadas",
	"CE":  "century centuries століття сторіччя столітті століть століттями век века веков веке веками siglo siglos",
}

// numberWords maps cardinal words to numbers; -1 means "some" (value X).
var numberWords = indexMap(numberForms)

var numberForms = map[int]string{
	1:   "a an one один одна одну одного одне одно un uno una",
	2:   "two два дві две двох двух dos",
	3:   "three три трьох трех tres",
	4:   "four чотири четыре чотирьох четырех cuatro",
	5:   "five п'ять пять п'яти пяти cinco",
	6:   "six шість шесть шести seis",
	7:   "seven сім семь семи siete",
	8:   "eight вісім восемь восьми ocho",
	9:   "nine дев'ять девять nueve",
	10:  "ten десять десяти diez",
	11:  "eleven",
	12:  "twelve",
	13:  "thirteen",
	14:  "fourteen",
	15:  "fifteen",
	16:  "sixteen",
	17:  "seventeen",
	18:  "eighteen",
	19:  "nineteen",
	20:  "twenty двадцять двадцать",
	30:  "thirty тридцять тридцать",
	40:  "forty",
	50:  "fifty",
	60:  "sixty",
	70:  "seventy",
	80:  "eighty",
	90:  "ninety",
	100: "hundred",
	-1:  "several few some many кілька декілька кількох декількох несколько нескольких varios varias",
}

// englishOnes and englishTens spell the last two digits of a year
// ("nineteen ninety-six"): index = value.
var (
	englishOnes = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	englishTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// spelledNumber reads an English number below 100 ("ninety-six",
// "seventy nine", "twelve"); -1 when it is not one.
func spelledNumber(s string) int {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	n := -1
	for i, w := range f {
		switch {
		case i == 0 && slices.Index(englishTens, w) >= 2:
			n = 10 * slices.Index(englishTens, w)
		case i == 0 && slices.Index(englishOnes, w) >= 1:
			n = slices.Index(englishOnes, w)
		case i == 1 && n >= 20 && n%10 == 0 && slices.Index(englishOnes, w) >= 1 && slices.Index(englishOnes, w) <= 9:
			n += slices.Index(englishOnes, w)
		default:
			return -1
		}
	}
	return n
}

// compoundUnits maps Ukrainian and Russian compound duration adjectives in
// all their case forms («двомісячних», «п'ятирічний», «трехлетней»,
// «шестидневная») to an amount and a unit letter.
var compoundUnits = func() map[string]compound {
	nums := map[string]int{
		"одно": 1, "дво": 2, "три": 3, "чотири": 4, "п'яти": 5, "шести": 6, "семи": 7, "восьми": 8, "дев'яти": 9, "десяти": 10,
		"дванадцяти": 12, "двадцяти": 20, "тридцяти": 30, "п'ятдесяти": 50, "сто": 100,
		"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "девяти": 9, "двенадцати": 12,
		"двадцати": 20, "тридцати": 30, "пятидесяти": 50,
	}
	stems := map[string]string{
		"місячн": "M", "річн": "Y", "літн": "Y", "денн": "D", "тижнев": "W", "годинн": "H", "хвилинн": "MIN",
		"месячн": "M", "летн": "Y", "годичн": "Y", "дневн": "D", "недельн": "W", "часов": "H", "минутн": "MIN",
	}
	ends := strings.Fields("ий ого ому им ім а ої ій у ою е і их ими ього ьому я ьої ю ьою є іх іми ый ым ом ая ой ую ое ые ых ыми ие его ему ем яя ей юю ее")
	m := map[string]compound{}
	for p, n := range nums {
		for st, u := range stems {
			for _, e := range ends {
				m[p+st+e] = compound{n, u}
			}
		}
	}
	return m
}()

type compound struct {
	n    int
	unit string
}

// seasonWords maps season forms to TIMEX3 season codes.
var seasonWords = indexMap(seasonForms)

var seasonForms = map[string]string{
	"SP": "spring весна весни навесні весною весну весной primavera",
	"SU": "summer літо літа влітку літом лето лета летом verano",
	"FA": "fall autumn осінь осені восени осінню осень осенью otoño",
	"WI": "winter зима зими взимку зимою зиму зимой invierno",
}

// partOfDay maps part-of-day words to TIMEX3 codes.
var partOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
	"ранку": "MO", "вранці": "MO", "зранку": "MO", "уранці": "MO", "увечері": "EV", "вечора": "EV", "ввечері": "EV", "вечері": "EV", "вночі": "NI", "ночі": "NI", "вдень": "AF",
	"утра": "MO", "утром": "MO", "вечером": "EV", "ночью": "NI", "днём": "AF", "днем": "AF",
}

// indexList maps every word of lists[i] to i+base.
func indexList(lists []string, base int) map[string]int {
	m := map[string]int{}
	for i, s := range lists {
		for _, w := range strings.Fields(s) {
			m[w] = i + base
		}
	}
	return m
}

// indexMap maps every word of forms[k] to k.
func indexMap[K comparable](forms map[K]string) map[string]K {
	m := map[string]K{}
	for k, s := range forms {
		for _, w := range strings.Fields(s) {
			m[w] = k
		}
	}
	return m
}

// alt returns a regexp alternation of the words of a table, longest first
// so the leftmost-first engine prefers full forms.
// altList is the alternation of a word list (patterns match leftmost-longest).
func altList(ws []string) string { return "(?:" + strings.Join(ws, "|") + ")" }

func alt[V any](m map[string]V, extra ...string) string {
	ws := make([]string, 0, len(m)+len(extra))
	for w := range m {
		ws = append(ws, w)
	}
	ws = append(ws, extra...)
	sortLongestFirst(ws)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(quoteMeta(w), "'", "['’ʼ]")
	}
	return "(?:" + strings.Join(ws, "|") + ")"
}

func quoteMeta(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func sortLongestFirst(ws []string) {
	// insertion sort is fine: tables are small and built once.
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && less(ws[j], ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}

func less(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}

// norm lower-cases a word and unifies apostrophes, for table look-ups.
func norm(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’ʼ") {
		w = strings.NewReplacer("’", "'", "ʼ", "'").Replace(w)
	}
	return strings.TrimSuffix(w, ".")
}

// fullMonths and abbrMonths split the month table: only abbreviations may
// take a full stop ("Feb.", not "December.").
func fullMonths() map[string]int { return monthSplit(false) }
func abbrMonths() map[string]int { return monthSplit(true) }

func monthSplit(abbr bool) map[string]int {
	m := map[string]int{}
	for w, n := range monthWords {
		isAbbr := len(w) <= 4 && w != "may" && w != "june" && w != "july" && w[0] < 0x80
		if isAbbr == abbr {
			m[w] = n
		}
	}
	return m
}

// englishNames are the English month and weekday names: only they must be
// capitalised to count ("may", "march", "sun" are words).
var englishNames = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range monthForms {
		f := strings.Fields(s)
		for _, x := range f[:2] {
			m[x] = true
		}
	}
	for _, s := range weekdayForms {
		m[strings.Fields(s)[0]] = true
	}
	m["sept"] = true
	return m
}()

// ordinalDays maps Ukrainian and Russian ordinal day words (genitive,
// nominative; «першого вересня», «второе мая») to 1–31; tens
// (двадцять, тридцять) are added by the rule.
var ordinalDays = func() map[string]int {
	m := map[string]int{}
	uk := []string{"перш", "друг", "трет", "четверт", "п'ят", "шост", "сьом", "восьм", "дев'ят", "десят",
		"одинадцят", "дванадцят", "тринадцят", "чотирнадцят", "п'ятнадцят", "шістнадцят", "сімнадцят", "вісімнадцят", "дев'ятнадцят", "двадцят", "", "", "", "", "", "", "", "", "", "тридцят"}
	ru := []string{"перв", "втор", "треть", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
		"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат", "", "", "", "", "", "", "", "", "", "тридцат"}
	for i, st := range uk {
		if st == "" {
			continue
		}
		for _, e := range []string{"ого", "е", "ий"} {
			w := st + e
			switch st {
			case "трет":
				w = map[string]string{"ого": "третього", "е": "третє", "ий": "третій"}[e]
			case "друг":
				if e == "е" {
					w = "друге"
				}
			}
			m[w] = i + 1
			if strings.Contains(w, "'") {
				for _, a := range []string{"’", "ʼ"} {
					m[strings.ReplaceAll(w, "'", a)] = i + 1
				}
			}
		}
	}
	for i, st := range ru {
		if st == "" {
			continue
		}
		ends := []string{"ого", "ое", "ый"}
		switch st {
		case "втор":
			ends = []string{"ого", "ое", "ой"}
		case "треть":
			ends = []string{"его", "е", "и"}
		}
		for _, e := range ends {
			m[st+e] = i + 1
		}
	}
	return m
}()

// monthAdjectives maps Ukrainian and Russian month adjectives («Жовтневий
// переворот», «вересневої різанини», «июльский кризис») to 1–12.
var monthAdjectives = func() map[string]int {
	stems := [][]string{
		{"січнев", "январск"}, {"лютнев", "февральск"}, {"березнев", "мартовск"}, {"квітнев", "апрельск"},
		{"травнев", "майск"}, {"червнев", "июньск"}, {"липнев", "июльск"}, {"серпнев", "августовск"},
		{"вереснев", "сентябрьск"}, {"жовтнев", "октябрьск"}, {"листопадов", "ноябрьск"}, {"груднев", "декабрьск"},
	}
	ends := []string{"ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими", "ая", "ой", "ую", "ое", "ие", "ым", "ом", "ых"}
	m := map[string]int{}
	for i, st := range stems {
		for _, s := range st {
			for _, e := range ends {
				m[s+e] = i + 1
			}
		}
	}
	return m
}()

// monthNominative names each month in a form monthWords knows.
var monthNominative = [...]string{"", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"}
