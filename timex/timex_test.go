package timex

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
)

var dct = time.Date(2024, 2, 1, 12, 0, 0, 0, time.UTC) // a Thursday

type findCase struct{ in, text, typ, value string }

func checkFind(t *testing.T, cases []findCase) {
	t.Helper()
	g := New()
	for _, c := range cases {
		got := g.Find(c.in, dct)
		if len(got) != 1 {
			var ss []string
			for _, x := range got {
				ss = append(ss, c.in[x.Start:x.End]+"="+x.Value)
			}
			t.Errorf("%q: got %d dates %v, want %q=%s", c.in, len(got), ss, c.text, c.value)
			continue
		}
		x := got[0]
		if s := c.in[x.Start:x.End]; s != c.text || x.Value != c.value || x.Type != c.typ {
			t.Errorf("%q: got %q %s %s, want %q %s %s", c.in, s, x.Type, x.Value, c.text, c.typ, c.value)
		}
	}
}

// allCase is a sentence and every date Find gives in it on dct, in order,
// as "text=value" joined by spaces ("" for none).
type allCase struct{ in, want string }

// checkAllFound checks that Find gives exactly each case's dates.
func checkAllFound(t *testing.T, cases []allCase) {
	t.Helper()
	g := New()
	for _, c := range cases {
		var got []string
		for _, x := range g.Find(c.in, dct) {
			got = append(got, c.in[x.Start:x.End]+"="+x.Value)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %v, want %q", c.in, got, c.want)
		}
	}
}

// valueCase is a sentence, and one date Find should give in it among any
// others: its text and value.
type valueCase struct{ in, text, value string }

// checkHasValue checks that Find, on d, gives each case's date (others
// may come with it).
func checkHasValue(t *testing.T, d time.Time, cases []valueCase) {
	t.Helper()
	g := New()
	for _, c := range cases {
		var got []string
		ok := false
		for _, x := range g.Find(c.in, d) {
			got = append(got, c.in[x.Start:x.End]+"="+x.Value)
			ok = ok || c.in[x.Start:x.End] == c.text && x.Value == c.value
		}
		if !ok {
			t.Errorf("%q: got %v, want %q=%s", c.in, got, c.text, c.value)
		}
	}
}

func TestFindEnglish(t *testing.T) {
	checkFind(t, []findCase{
		{"Talks on Feb. 22, 2023 ended.", "Feb. 22, 2023", "DATE", "2023-02-22"},
		{"Prices rose before Christmas.", "Christmas", "DATE", "2023-12-25"},
		{"Stores will open on Christmas Eve.", "Christmas Eve", "DATE", "2024-12-24"},
		{"He was found on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2023-11-23"},
		{"It was Easter 2000 then.", "Easter 2000", "DATE", "2000-04-23"},
		{"Вибори відбудуться після Великодня.", "Великодня", "DATE", "2024-05-05"},
		{"Filed 2023-02-22.", "2023-02-22", "DATE", "2023-02-22"},
		{"He said on Monday that", "Monday", "DATE", "2024-01-29"},
		{"Protesters planned a march on Saturday.", "Saturday", "DATE", "2024-02-03"},
		{"They issued a statement Monday saying entry will help.", "Monday", "DATE", "2024-01-29"},
		{"A vigil planned for Saturday was canceled.", "Saturday", "DATE", "2024-01-27"},
		{"Until Tuesday, they had not called him.", "Tuesday", "DATE", "2024-01-30"},
		// news present of a scheduled event looks ahead; a noun or a past verb does not
		{"The Senate votes on Friday on the bill.", "Friday", "DATE", "2024-02-02"},
		{"The president meets the premier on Friday.", "Friday", "DATE", "2024-02-02"},
		{"He and Arafat meet separately Monday with Albright.", "Monday", "DATE", "2024-02-05"},
		{"Peace talks resume Monday in Geneva.", "Monday", "DATE", "2024-02-05"},
		{"The minister travels to Kyiv on Saturday.", "Saturday", "DATE", "2024-02-03"},
		{"The votes Tuesday were close.", "Tuesday", "DATE", "2024-01-30"},
		{"In a televised address Friday, he thanked them.", "Friday", "DATE", "2024-01-26"},
		{"He visited Beijing on Monday.", "Monday", "DATE", "2024-01-29"},
		{"The senators held talks Tuesday.", "Tuesday", "DATE", "2024-01-30"},
		{"They agreed to meet Monday.", "Monday", "DATE", "2024-01-29"},
		{"On Wednesday, Alarcon, head of the assembly, spoke.", "Wednesday", "DATE", "2024-01-31"},
		{"It had been due to expire Friday.", "Friday", "DATE", "2024-01-26"},
		{"They met again in March of the following year.", "March", "DATE", "2024-03"},
		{"The storm is forecast to make landfall Friday.", "Friday", "DATE", "2024-02-02"},
		{"On Friday, the company said it would sell.", "Friday", "DATE", "2024-01-26"},
		// after a wire dateline the weekday still opens its clause
		{"WASHINGTON (AP) — On Friday, the company said it would sell.", "Friday", "DATE", "2024-01-26"},
		{"PORTLAND, Maine - On Friday, the company said it would sell.", "Friday", "DATE", "2024-01-26"},
		{"Officials will go on Friday, the company said.", "Friday", "DATE", "2024-02-02"},
		{"Lawmakers return to Washington on Monday.", "Monday", "DATE", "2024-02-05"},
		{"The markets reopen on Monday.", "Monday", "DATE", "2024-02-05"},
		{"Trump hailed Britain’s vote to leave, telling reporters on Friday that it was fine.", "Friday", "DATE", "2024-01-26"},
		{"Talks broke down on Wednesday.", "Wednesday", "DATE", "2024-01-31"},
		{"The Fed meets Tuesday.", "Tuesday", "DATE", "2024-02-06"},
		{"On Tuesday, Sanders told the AP that he would not seek a recount.", "Tuesday", "DATE", "2024-01-30"},
		{"He will go there on Saturday, aides said.", "Saturday", "DATE", "2024-02-03"},
		{"The meeting is at noon Friday.", "noon Friday", "TIME", "2024-02-02T12:00"},
		{"It began at 9 a.m. (see below).", "9 a.m.", "TIME", "2024-02-01T09:00"},
		{"The vote was at noon Friday.", "noon Friday", "TIME", "2024-01-26T12:00"},
		{"The company expects to complete the deal in the second quarter.", "the second quarter", "DATE", "2024-Q2"},
		{"The company completed the deal in the second quarter.", "the second quarter", "DATE", "2023-Q2"},
		{"It posted a third-quarter loss.", "third-quarter", "DATE", "2023-Q3"},
		{"Talks ended without agreement on Tuesday, and will resume soon.", "Tuesday", "DATE", "2024-01-30"},
		{"He did not play the spoiler he could have Tuesday, but he might later.", "Tuesday", "DATE", "2024-01-30"},
		{"He is likely to appear in court Wednesday.", "Wednesday", "DATE", "2024-02-07"},
		{"The talks are expected to last three days.", "three days", "DURATION", "P3D"},
		{"The strike could last two weeks.", "two weeks", "DURATION", "P2W"},
		{"Prices rose over the last two years.", "the last two years", "DURATION", "P2Y"},
		{"It was signed in March of 2012.", "March of 2012", "DATE", "2012-03"},
		{"Trading ended March 31.", "March 31", "DATE", "2023-03-31"},
		{"He was arrested in November.", "November", "DATE", "2023-11"},
		{"The vote, scheduled March 3, was delayed.", "March 3", "DATE", "2024-03-03"},
		{"Dunkin' has set Mar. 10 as the deadline.", "Mar. 10", "DATE", "2024-03-10"},
		{"He called March's election vital.", "March", "DATE", "2024-03"},
		{"It will be held in March.", "March", "DATE", "2024-03"},
		{"Prices fell this week.", "this week", "DATE", "2024-W05"},
		{"Sales rose this past week.", "this past week", "DATE", "2024-W04"},
		{"He spoke this past weekend.", "this past weekend", "DATE", "2024-W04-WE"},
		{"It was cold this past January.", "this past January", "DATE", "2024-01"},
		{"Prices rose over the past week.", "the past week", "DURATION", "P1W"},
		{"It airs daily.", "daily", "SET", "P1D"},
		{"It topped a yearly Gallup poll.", "yearly", "SET", "P1Y"},
		{"Music of the '60s was loud.", "the '60s", "DATE", "196"},
		{"Numbers dropped through the nineties.", "the nineties", "DATE", "199"},
		{"By mid afternoon, the operation was over.", "mid afternoon", "TIME", "2024-02-01TAF"},
		{"Shares rose in midmorning trading.", "midmorning", "TIME", "2024-02-01TMO"},
		{"In the early seventies he left.", "the early seventies", "DATE", "197"},
		{"The meeting is at noon.", "noon", "TIME", "2024-02-01T12:00"},
		{"He said the father would be traveling to the United States Tuesday.", "Tuesday", "DATE", "2024-02-06"},
		{"It began in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"},
		{"Plans for the year two thousand grew.", "the year two thousand", "DATE", "2000"},
		{"Over centuries it grew.", "centuries", "DURATION", "PXC"},
		{"Profit fell in the third quarter of 1984 sharply.", "the third quarter of 1984", "DATE", "1984-Q3"},
		{"Sales in fiscal 1989 rose.", "fiscal 1989", "DATE", "1989"},
		{"Sales for the full year rose.", "the full year", "DATE", "2024"},
		{"Rates may fall in coming months.", "coming months", "DATE", "FUTURE_REF"},
		{"Prices rose in recent years.", "recent years", "DURATION", "PXY"},
		{"A hearing is set for the week of March 6.", "the week of March 6", "DATE", "2024-W10"},
		{"KKR must pay down the loan by December.", "December", "DATE", "2024-12"},
		{"The offer will expire at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "TIME", "2024-11-09T17:00"},
		{"It was founded a few years ago.", "a few years ago", "DATE", "PAST_REF"},
		{"The money can be used over three years.", "three years", "DURATION", "P3Y"},
		{"The tour will last over a week.", "over a week", "DURATION", "P1W"},
		{"The yield on 30-year bonds fell.", "30-year", "DURATION", "P30Y"},
		{"Sales in the latest period rose.", "the latest period", "DATE", "2023-Q4"},
		{"He will stay for at least two more weeks.", "at least two more weeks", "DURATION", "P2W"},
		{"They lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"},
		{"But a minute and a half later it fell.", "a minute and a half", "DURATION", "PT1M30S"},
		{"Prices fell in the last twenty-four hours.", "the last twenty-four hours", "DURATION", "PT24H"},
		{"Sites open for no more than sixty days.", "more than sixty days", "DURATION", "P60D"},
		{"It plans an offering in the near future.", "the near future", "DATE", "FUTURE_REF"},
		{"Stocks hurt makers more these days.", "these days", "DATE", "PRESENT_REF"},
		{"They will live without power for a while.", "a while", "DURATION", "PXX"},
		{"Funds face pressure in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"},
		{"He appears in court at midday.", "midday", "TIME", "2024-02-01T12:00"},
		{"CBS first reported last night that it fell.", "last night", "TIME", "2024-01-31TNI"},
		{"It will not change for a couple of years.", "a couple of years", "DURATION", "P2Y"},
		{"Over the next couple of years sales grow.", "the next couple of years", "DURATION", "P2Y"},
		{"The shop is closed on Mondays.", "Mondays", "SET", "XXXX-WXX-1"},
		{"Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
		{"Orangemen march each July downtown.", "each July", "SET", "XXXX-07"},
		{"It peaked in the first half of the year.", "the first half of the year", "DATE", "2024-H1"},
		{"Profit fell in the second half of 2012.", "second half of 2012", "DATE", "2012-H2"},
		{"Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2024-01-31TAF"},
		{"A week or so ago, shares rose.", "A week or so ago", "DATE", "2024-W04"},
		{"A second later, he fell.", "A second", "DURATION", "PT1S"},
		{"Rebels attacked in the early hours of Friday.", "Friday", "DATE", "2024-01-26"},
		{"The vote took place on 20/1/2024.", "20/1/2024", "DATE", "2024-01-20"},
		{"Every summer, they travel.", "Every summer", "SET", "XXXX-SU"},
		{"Parliament rejected the plan Tuesday.", "Tuesday", "DATE", "2024-01-30"},
		{"The EU plans new sanctions on Friday.", "Friday", "DATE", "2024-02-02"},
		{"Officials discussed their plans Friday.", "Friday", "DATE", "2024-01-26"},
		{"The funeral is Sunday.", "Sunday", "DATE", "2024-02-04"},
		{"The funeral was Sunday.", "Sunday", "DATE", "2024-01-28"},
		{"The elections are in November.", "November", "DATE", "2024-11"},
		{"The elections were held in November.", "November", "DATE", "2023-11"},
		{"It took half an hour.", "half an hour", "DURATION", "PT30M"},
		{"It lasted a quarter-century.", "a quarter-century", "DURATION", "P25Y"},
		{"The yen fell to a quarter-century low.", "quarter-century", "DURATION", "P25Y"},
		{"It ended a half-century rivalry.", "half-century", "DURATION", "P50Y"},
		{"It came after a quarter-century of peace.", "a quarter-century", "DURATION", "P25Y"},
		{"A star for a quarter-century would usher in change.", "a quarter-century", "DURATION", "P25Y"},
		{"Stocks hit a five year low.", "five year", "DURATION", "P5Y"},
		{"They began the 30-day waiting period.", "30-day", "DURATION", "P30D"},
		{"It ended the eight-year war.", "eight-year", "DURATION", "P8Y"},
		{"Sales in fiscal 1989 fell.", "fiscal 1989", "DATE", "1989"},
		{"The law passed half a century ago.", "half a century ago", "DATE", "1974"},
		{"The law passed half a year ago.", "half a year ago", "DATE", "2023-08"},
		{"The law passed six months ago.", "six months ago", "DATE", "2023-08"},
		{"The paper appears every morning.", "every morning", "SET", "XXXX-XX-XXTMO"},
		{"The vote was at 10am.", "10am", "TIME", "2024-02-01T10:00"},
		{"Profit fell in the second half of last year.", "the second half of last year", "DATE", "2023-H2"},
		{"The talks continued over the weekend.", "the weekend", "DATE", "2024-W04-WE"},
		{"The talks will continue over the weekend.", "the weekend", "DATE", "2024-W05-WE"},
		{"Twice a year they meet.", "a year", "SET", "P1Y"},
		{"Eight trading days after the crash it fell.", "Eight trading days", "DURATION", "P8D"},
		{"Bonuses were paid every three months.", "every three months", "SET", "P3M"},
		{"These days, he has changed his tune.", "These days", "DATE", "PRESENT_REF"},
		{"You may qualify many years from now.", "many years from now", "DATE", "FUTURE_REF"},
		{"It pledged that in the year 2000 it would act.", "the year 2000", "DATE", "2000"},
		{"Ted Cruz can win in November, he said.", "November", "DATE", "2024-11"},
		{"He was shot to death last Oct. 23 at home.", "last Oct. 23", "DATE", "2023-10-23"},
		{"Dealers placed orders in the morning.", "the morning", "TIME", "2024-02-01TMO"},
		{"There were sell programs in past years, too.", "past years", "DATE", "PAST_REF"},
		{"He will leave at 4 in the morning.", "4 in the morning", "TIME", "2024-02-01T04:00"},
		{"The plan is due by 6 o'clock.", "6 o'clock", "TIME", "2024-02-01T06:00"},
		{"Victory is expected within a week.", "a week", "DURATION", "P1W"},
		{"The head of UNOS five months ago said so.", "five months ago", "DATE", "2023-09"},
		{"Net rose from the year-earlier third quarter.", "the year-earlier third quarter", "DATE", "2022-Q3"},
		{"Net rose from year-earlier levels.", "year-earlier", "DATE", "2023"},
		{"The deal should close by year-end.", "year-end", "DATE", "2024"},
		{"Net fell in the fiscal year ended then.", "the fiscal year", "DURATION", "P1Y"},
		{"Net fell in the 1988 third quarter.", "the 1988 third quarter", "DATE", "1988-Q3"},
		{"Sales rose in the last half of 1989.", "the last half of 1989", "DATE", "1989-H2"},
		{"Sales for this year's third quarter rose.", "this year's third quarter", "DATE", "2024-Q3"},
		{"He could arrive as soon as Tuesday.", "Tuesday", "DATE", "2024-02-06"},
		{"The vote will be held on Monday.", "Monday", "DATE", "2024-02-05"},
		{"Officials said Monday the vote will be held soon.", "Monday", "DATE", "2024-01-29"},
		{"It happened last Thursday.", "last Thursday", "DATE", "2024-01-25"},
		{"Recently, prices rose.", "Recently", "DATE", "PAST_REF"},
		{"In 1991 Ukraine", "1991", "DATE", "1991"},
		{"It lasted more than a year.", "more than a year", "DURATION", "P1Y"},
		{"That was two years ago.", "two years ago", "DATE", "2022"},
		{"Sales fell last week.", "last week", "DATE", "2024-W04"},
		{"Profit rose in the third quarter.", "the third quarter", "DATE", "2023-Q3"},
		{"Over the past two weeks it fell.", "the past two weeks", "DURATION", "P2W"},
		{"It rose in the 1990s.", "the 1990s", "DATE", "199"},
		{"We meet every week.", "every week", "SET", "P1W"},
		{"The paper is published daily.", "daily", "SET", "P1D"},
		{"The blast came at 10 a.m. yesterday.", "10 a.m. yesterday", "TIME", "2024-01-31T10:00"},
		{"Prices are high now.", "now", "DATE", "PRESENT_REF"},
		{"This year's budget", "This year", "DATE", "2024"},
		{"It ends early next year.", "early next year", "DATE", "2025"},
		{"Shares fell in December.", "December", "DATE", "2023-12"},
		{"He will visit in March.", "March", "DATE", "2024-03"},
		{"Last summer was hot.", "Last summer", "DATE", "2023-SU"},
		{"The 20th century ended.", "20th century", "DATE", "19"},
		{"The 20th Century ended.", "20th Century", "DATE", "19"},
	})
}

func TestFindUkrainian(t *testing.T) {
	checkFind(t, []findCase{
		{"Це сталося 31 січня 2024 року.", "31 січня 2024", "DATE", "2024-01-31"},
		{"Дата: 22.02.2023", "22.02.2023", "DATE", "2023-02-22"},
		{"Він заявив це вчора.", "вчора", "DATE", "2024-01-31"},
		{"Війна триває понад рік.", "понад рік", "DURATION", "P1Y"},
		{"Це було минулого місяця.", "минулого місяця", "DATE", "2024-01"},
		{"Зустріч відбулася в середу.", "середу", "DATE", "2024-01-31"},
		{"Він заявив у середу, що переговори відбудуться.", "середу", "DATE", "2024-01-31"},
		{"Переговори відбудуться в п’ятницю.", "п’ятницю", "DATE", "2024-02-02"},
		{"Це сталося три роки тому.", "три роки тому", "DATE", "2021"},
		{"У 1860 президентом був обраний Лінкольн.", "1860", "DATE", "1860"},
		{"Наступ почався навесні 1941 року.", "навесні 1941", "DATE", "1941-SP"},
		{"У вересні 1939 року почалася війна.", "вересні 1939", "DATE", "1939-09"},
		{"Вона виходить щотижня.", "щотижня", "SET", "P1W"},
		{"Закон ухвалять до кінця року.", "кінця року", "DATE", "2024"},
		{"Це було у XX столітті.", "XX столітті", "DATE", "20"},
		{"Це було у 1920-х роках.", "1920-х", "DATE", "1920"},
		{"Бої тривали у другій половині 1919 року.", "другій половині 1919", "DATE", "1919-H2"},
		{"Після 6-денної облоги місто впало.", "6-денної", "DURATION", "P6D"},
		{"Через кілька днів місто впало.", "Через кілька днів", "DURATION", "PXD"},
		{"У цей період армія відступала.", "У цей період", "DATE", "PRESENT_REF"},
		{"Вночі війська відступили.", "Вночі", "TIME", "2024-02-01TNI"},
		{"Після Лютневої революції 1917 року все змінилося.", "Лютневої революції 1917", "DATE", "1917-02"},
		{"Жовтневий переворот усе змінив.", "Жовтневий", "DATE", "2023-10"},
		{"Наступ почався двадцять другого червня 1941 року.", "двадцять другого червня 1941", "DATE", "1941-06-22"},
		{"Школи відкриються першого вересня 2024 року.", "першого вересня 2024", "DATE", "2024-09-01"},
		{"Удар завдали в ніч з 31 січня на 1 лютого 2022 року.", "ніч з 31 січня на 1 лютого 2022", "TIME", "2022-01-31TNI"},
		{"Удар завдали в ніч на 24 лютого 2022 року.", "ніч на 24 лютого 2022", "TIME", "2022-02-24TNI"},
		{"Бої припинили близько 22 години.", "близько 22 години", "TIME", "2024-02-01T22:00"},
		{"Це сталося о 5-й годині вечора.", "5-й годині вечора", "TIME", "2024-02-01T17:00"},
		{"Засідання тривало 2 години.", "2 години", "DURATION", "PT2H"},
		{"Штурм почався зранку 19 квітня 2022 року.", "зранку 19 квітня 2022", "TIME", "2022-04-19TMO"},
		{"Повстання почалося в ніч з 9-го на 10 серпня 1792 року.", "ніч з 9-го на 10 серпня 1792", "TIME", "1792-08-09TNI"},
		{"Це було у V ст. до н. е. ще", "V ст. до н. е.", "DATE", "BC0500"},
		{"Це було в червні 216 до н. е. ще", "червні 216 до н. е.", "DATE", "BC0216-06"},
	})
}

func TestFindRussian(t *testing.T) {
	checkFind(t, []findCase{
		{"Встреча 22 февраля 2023 года в Киеве.", "22 февраля 2023", "DATE", "2023-02-22"},
		{"Он сказал это в среду.", "среду", "DATE", "2024-01-31"},
		{"Это было позавчера.", "позавчера", "DATE", "2024-01-30"},
		{"Цены выросли в прошлом месяце.", "прошлом месяце", "DATE", "2024-01"},
		{"Конфликт длится более года.", "более года", "DURATION", "P1Y"},
		{"Это было 3 года назад.", "3 года назад", "DATE", "2021"},
		{"Сейчас ситуация сложная.", "Сейчас", "DATE", "PRESENT_REF"},
		{"Это случилось третьего марта 2020 года.", "третьего марта 2020", "DATE", "2020-03-03"},
		{"Встреча состоится на следующей неделе.", "следующей неделе", "DATE", "2024-W06"},
		{"Атака произошла в ночь на 24 февраля 2022 года.", "ночь на 24 февраля 2022", "TIME", "2022-02-24TNI"},
	})
}

// Spanish checks that the rules are vocabulary, not English grammar.
func TestFindSpanish(t *testing.T) {
	checkFind(t, []findCase{
		{"El 4 de octubre de 2005 Apple anunció.", "4 de octubre de 2005", "DATE", "2005-10-04"},
		{"Lo dijo ayer.", "ayer", "DATE", "2024-01-31"},
		{"Las ventas cayeron el año pasado.", "el año pasado", "DATE", "2023"},
		{"Ocurrió hace dos años.", "hace dos años", "DATE", "2022"},
		{"Duró tres meses.", "tres meses", "DURATION", "P3M"},
	})
}

// Anaphoric expressions take the year or month last written, not the DCT.
func TestFindAnaphoric(t *testing.T) {
	g := New()
	for _, c := range []struct{ in, want string }{
		{"He fled in June 1998 and returned later that year.", "June 1998=1998-06|later that year=1998"},
		{"In 1995 he left, and the following year he returned.", "1995=1995|the following year=1996"},
		{"Talks began in March 2019. The following month, it failed.", "March 2019=2019-03|The following month=2019-04"},
		{"The crash happened at 9:15 p.m. on Monday.", "9:15 p.m.=2024-01-29T21:15|Monday=2024-01-29"},
		{"The vote opens at 8 a.m. on Feb. 20.", "8 a.m.=2024-02-20T08:00|Feb. 20=2024-02-20"},
		{"It was posted at 0921 GMT (1721 HKT).", "0921 GMT=2024-02-01T09:21Z|1721 HKT=2024-02-01T17:21"},
		{"The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.=2024-01-26T10:35|0735 GMT=2024-01-26T07:35Z|Friday=2024-01-26"},
		// a zone is written in capitals: in lower case these are words
		// after a year (French "est", "cet"; Polish "z")
		{"L'année 2012 est une année bissextile.", "2012=2012"},
		{"Depuis 2015 cet accord tient.", "2015=2015"},
		{"W 2012 z Polski wyjechało wielu.", "2012=2012"},
	} {
		var got []string
		for _, x := range g.Find(c.in, dct) {
			got = append(got, c.in[x.Start:x.End]+"="+x.Value)
		}
		if s := strings.Join(got, "|"); s != c.want {
			t.Errorf("%q: got %q, want %q", c.in, s, c.want)
		}
	}
}

func TestFindNone(t *testing.T) {
	g := New()
	for _, s := range []string{
		"You may go.", "Troops march on.", "Jan Kowalski spoke.", "The 6-year-old boy left.", "Mr. Reupke, 52 years old, left.", "It has a long-term plan.", "Late in the day, lawyers left.", "A reporter for USA Today saw her.", "He told Breitbart News Daily so.", "A cashier steals a handful of $20s.", "Mexico hit Christmas trees from Oregon.", "Save a quarter of the cost.", "Adelson and Trump May Be Aligning on Israel.", "He wrote in the Daily News so.", "It hit the office Christmas party.", "Obama won a second term.", "It was a second betrayal.", "He told CBS's \"60 Minutes\" so.", "The Arab Spring began in Tunisia.", "He told the Mail on Sunday so.", "He wrote in the Sunday Times so.", "He appeared on Fox News Sunday.", "The Evening Standard reported it.", "More than 2000 people died.", "The Dow rose 1900 points.", "Flight 1549 landed in the Hudson.", "Resolution 1973 authorized force.", "He lives at 1600 Pennsylvania Avenue.", "Unemployment is near its quarter-century low.",
		"It cost $2000 in total.", "Армія мала 1000 солдатів.", "Трава зеленіє.", "He found an easter egg.", "It was the year before the war.", "Year-end results fell.", "The index closed at 2082.1 points.", "Одні наступали, у той час як інші відступали.", "The current account deficit grew.", "Some two thousand people came.", "Червоний прапор.",
		// titles, marches and ages are no dates
		"Baker said on ABC News' \"This Week,\" that it helps.", "Rubio told ABC's This Week so.", "He said on CBS's '60 Minutes.''",
		"The film ``High Noon'' helped.", "For Poland, high noon comes.", "They joined the annual March for Life.", "He works at the March of Dimes.", "He spoke at the March on Washington.",
		"She led the ``March of the Combatant Mothers,'' then.", "They started ``Spring of Life'' demonstrations.",
		"Kopp was in his 30s then.", "She is in her early 60s.", "He reached his mid-20s.",
		"Incomes for blacks in their 30s, 40s and 50s grew.",
		"She is in her forties.", "Highs will be in the nineties, with temperatures rising.",
		// a weekday and a capitalised part of day before another name is a programme
		"Kate McKinnon on \"Saturday Night Live\" gave the cold open.", "He joined ESPN's Sunday Night Baseball.", "He said on \"Sunday Morning Futures\" that he agreed.",
	} {
		if got := g.Find(s, dct); len(got) != 0 {
			t.Errorf("%q: got %+v", s, got)
		}
	}
}

// A news page citing old years is no narrative: its weekdays tie it to
// the DCT, so "later this week" and a holiday stay near the DCT.
func TestNewsCitingOldYears(t *testing.T) {
	dct := time.Date(2016, 9, 12, 0, 0, 0, 0, time.UTC)
	text := "Reagan looked unsteady in 1984, Bush in 1992 and Dole in 1996. On Sunday she fell ill. " +
		"On Monday her team said she will march toward Election Day later this week."
	var got []string
	for _, x := range New().Find(text, dct) {
		got = append(got, text[x.Start:x.End]+"="+x.Value)
	}
	want := "1984=1984|1992=1992|1996=1996|Sunday=2016-09-11|Monday=2016-09-12|Election Day=2016-11-08|later this week=2016-W37"
	if s := strings.Join(got, "|"); s != want {
		t.Errorf("got %s\nwant %s", s, want)
	}
	// reporting verbs tie a page to its DCT as weekdays do: a month after
	// an old year in a news report is this year's
	text = "Wages rose as fast as in 2009, the Labor Department said. Economists said it was the best gain since 2008. " +
		"In 2004, the Fed acted. August's uptick made the data encouraging."
	got = got[:0]
	for _, x := range New().Find(text, dct) {
		got = append(got, text[x.Start:x.End]+"="+x.Value)
	}
	want = "2009=2009|2008=2008|2004=2004|August=2016-08"
	if s := strings.Join(got, "|"); s != want {
		t.Errorf("got %s\nwant %s", s, want)
	}
}

func TestSeasonPast(t *testing.T) {
	oct := time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, text, value string }{
		{"It scrapped the unit this past spring.", "this past spring", "1989-SP"},
		{"A strike began last spring.", "last spring", "1988-SP"},
	} {
		got := New().Find(c.in, oct)
		if len(got) != 1 || c.in[got[0].Start:got[0].End] != c.text || got[0].Value != c.value {
			t.Errorf("%q: got %+v, want %q %s", c.in, got, c.text, c.value)
		}
	}
	// In February a season not yet begun is last year's in a past
	// sentence; a full stop inside closing quotes ends the sentence, so
	// the next one's past tense does not count.
	feb := time.Date(1998, 2, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, text, value string }{
		{"Talks resumed in the fall.", "the fall", "1997-FA"},
		{"Talks will resume in the fall.", "the fall", "1998-FA"},
		{"``Those fumes will exhaust themselves, and the sector is going to start getting beat up in the spring.'' The figures showed it.", "the spring", "1998-SP"},
	} {
		got := New().Find(c.in, feb)
		if len(got) != 1 || c.in[got[0].Start:got[0].End] != c.text || got[0].Value != c.value {
			t.Errorf("%q: got %+v, want %q %s", c.in, got, c.text, c.value)
		}
	}
}

func TestNarrativeYear(t *testing.T) {
	text := "У 1939 році почалася війна. У 1940 році Франція впала. У 1941 році напали на СРСР. 22 червня почався наступ."
	got := New().Find(text, time.Date(2018, 5, 19, 0, 0, 0, 0, time.UTC))
	last := got[len(got)-1]
	if s := text[last.Start:last.End]; s != "22 червня" || last.Value != "1941-06-22" {
		t.Fatalf("got %q %s", s, last.Value)
	}
	// The end of a range does not move the narrative; a chronicle moves
	// forward past the last full date.
	nar := time.Date(2018, 5, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, last, value string }{
		{"У 1910 році почалося. Бої 19 лютого 1915 — 9 січня 1916. 20 лютого все скінчилося.", "20 лютого", "1915-02-20"},
		// nor does a bound ahead after «до» ("until", "by")
		{"У 1903 році почалося. Порт оточили 1 лютого 1904 року, оборона тривала до 2 січня 1905 року. Рівночасно 9 лютого", "9 лютого", "1904-02-09"},
		{"У 1939 році почалася війна. 5 грудня 1941 року почався наступ. До початку 1942 року німці відкинуті. 7 грудня", "7 грудня", "1941-12-07"},
		// but the end of a «з … до …» range is where the story goes on from
		{"У 1903 році почалося. Бої тривали з 1 січня 1905 року до 5 травня 1905 року. Наступного дня почалися переговори", "Наступного дня", "1905-05-06"},
		{"У 1903 році почалося. У 1904 році тривало. Бої тривали від 1 січня до 5 травня 1905 року. 9 червня", "9 червня", "1905-06-09"},
		{"У 1938 році все почалося. У 1939 році тривало. 9 грудня 1940 року почався наступ, в січні", "січні", "1941-01"},
		{"У 1938 році все почалося. До 27 листопада 1941 року тривали бої. У березні 1941 року флот переміг. 2 березня", "2 березня", "1941-03-02"},
		{"У 1917 році почалося. У 1918 році тривало. У 1919 році бої. У серпні наступ, а наприкінці місяця", "наприкінці місяця", "1919-08"},
		{"У 1910 році почалося. У 1911 році тривало. У 1912 році бої. У березні-квітні 1919 року наступ, а 20 травня", "20 травня", "1919-05-20"},
		{"У 1939 році почалася війна. У 1940 році Франція впала. Документ, опублікований у 2005 році, каже, що 4 серпня", "4 серпня", "1940-08-04"},
		// an English sentence about what is ahead from the writer's present
		// dates a day as it does a bare month: in the DCT's year
		{"In 1984 the treaty was signed. In 1990 it was renewed. In 1995 it lapsed. The council will meet on September 17", "September 17", "2018-09-17"},
		{"In 1984 the treaty was signed. In 1990 it was renewed. In 1995 it lapsed. The council met on September 17", "September 17", "1995-09-17"},
	} {
		got := New().Find(c.text, nar)
		last := got[len(got)-1]
		if s := c.text[last.Start:last.End]; s != c.last || last.Value != c.value {
			t.Errorf("%q: got %q %s, want %s", c.text, s, last.Value, c.value)
		}
	}
	// In a history «тепер» moves with the story (untagged), «сьогодні» is
	// the writer's present; «водночас» is never a date.
	hist := "У 1939 році почалася війна. У 1940 році Франція впала. У 1941 році тепер усе змінилося. Водночас сьогодні"
	got = New().Find(hist, nar)
	if last := got[len(got)-1]; len(got) != 4 || hist[last.Start:last.End] != "сьогодні" || last.Value != "PRESENT_REF" {
		t.Errorf("history: got %+v", got)
	}
	// BC years carry their season or month and become the reference.
	bc := "Навесні 490 до н. е. перси висадилися. У тому ж році"
	got = New().Find(bc, nar)
	if len(got) != 2 || got[0].Value != "BC0490-SP" || got[1].Value != "BC0490" {
		t.Errorf("BC: got %+v", got)
	}
	// A bare number after a season in a BC history is a BC year.
	bc = "Навесні 490 до н. е. перси висадилися. Восени 489 вони пішли, а влітку"
	got = New().Find(bc, time.Time{})
	if len(got) != 3 || got[1].Value != "BC0489-FA" || bc[got[1].Start:got[1].End] != "Восени 489" || got[2].Value != "BC0489-SU" {
		t.Errorf("BC season: got %+v", got)
	}
	// In a page full of history, a month the present speaks of ahead
	// is the DCT's; one the history plans is still the story's.
	for _, c := range []struct{ text, value string }{
		{"NATO was founded in 1949. Greece joined in 1952, Germany in 1955. A summit is set for Washington in April.", "2018-04"},
		{"NATO was founded in 1949. Greece joined in 1952, Germany in 1955. A summit will be held in April.", "2018-04"},
		{"NATO was founded in 1949. Greece joined in 1952, Germany in 1955. A summit was planned for April.", "1955-04"},
	} {
		got := New().Find(c.text, nar)
		if last := got[len(got)-1]; c.text[last.Start:last.End] != "April" || last.Value != c.value {
			t.Errorf("%q: got %+v, want %s", c.text, last, c.value)
		}
	}
	// News: one old year does not move a later bare date.
	text = "The law of 1998 was amended. On Jan. 30 the court ruled."
	got = New().Find(text, dct)
	if last := got[len(got)-1]; last.Value != "2024-01-30" {
		t.Fatalf("news: got %+v", got)
	}
}

func TestNoDCT(t *testing.T) {
	got := New().Find("On 5 May officials met yesterday.", time.Time{})
	if len(got) != 1 || got[0].Value != "XXXX-05-05" {
		t.Fatalf("got %+v", got)
	}
}

func TestAnnotate(t *testing.T) {
	text := "Київ, 31 січня 2024 року. «Ми готові», — сказав він."
	d := &doc.Doc{Text: text, Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}}}}
	d.Quotes = []doc.Quote{{Span: doc.Span{Start: strings.Index(text, "«"), End: strings.Index(text, "»")}}}
	if err := New(WithDCT(dct)).Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Published != "2024-01-31" || len(d.Dates) != 1 || d.Quotes[0].SaidOn != "2024-01-31" {
		t.Fatalf("published %q dates %+v quotes %+v", d.Published, d.Dates, d.Quotes)
	}
}

func TestAnnotateInfersDCT(t *testing.T) {
	b1 := "KYIV, 5 March 2024."
	b2 := "Officials said yesterday that talks will resume on Monday."
	text := b1 + "\n\n" + b2
	d := &doc.Doc{Text: text, Blocks: []doc.Block{
		{Span: doc.Span{Start: 0, End: len(b1)}},
		{Span: doc.Span{Start: len(b1) + 2, End: len(text)}},
	}}
	if err := New().Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range d.Dates {
		got = append(got, text[x.Start:x.End]+"="+x.Value)
	}
	want := "5 March 2024=2024-03-05 yesterday=2024-03-04 Monday=2024-03-11"
	if d.Published != "2024-03-05" || strings.Join(got, " ") != want {
		t.Fatalf("published %q, dates %v, want %s", d.Published, got, want)
	}
}

// TestWeekdayClauseCues pins how the tense around an English weekday is
// read (the DCT is a Thursday): which verb a possessive day hangs from,
// where the clause ends on the right, openers, "ahead of", the noun
// "plan", reported refusals, a sentence's capitalised first verb and the
// present progressive of a plan.
func TestWeekdayClauseCues(t *testing.T) {
	checkFind(t, []findCase{
		// a possessive day: the verb before it counts, not the one after
		{"Magel said at Monday's rally that they would win.", "Monday", "DATE", "2024-01-29"},
		{"He is running in Tuesday's primary.", "Tuesday", "DATE", "2024-02-06"},
		{"They would look for ways to get around Wednesday's ruling.", "Wednesday", "DATE", "2024-01-31"},
		{"Tuesday's vote will decide it.", "Tuesday", "DATE", "2024-02-06"},
		// a complement clause or a quotation after the day has its own tense
		{"Clinton told voters in Kentucky on Sunday that he would be in charge.", "Sunday", "DATE", "2024-01-28"},
		{"He acknowledged in a forum Monday night \"it will be very hard.\"", "Monday night", "TIME", "2024-01-29TNI"},
		{"He told a reporter Monday evening that he “would be surprised.”", "Monday evening", "TIME", "2024-01-29TEV"},
		{"She was planning to hold a fund-raiser for him on Saturday night at his house that included a pool.", "Saturday night", "TIME", "2024-01-27TNI"},
		// a comma closes a relative clause holding the day, and a
		// participle after a comma has the tense of the clause before
		{"Sanders, who did win Rhode Island on Tuesday, would likely focus on policy.", "Tuesday", "DATE", "2024-01-30"},
		{"Clinton went on offense on Monday, saying he would abdicate leadership.", "Monday", "DATE", "2024-01-29"},
		{"At another event on Saturday morning, he showed no sign that he was planning to quit.", "Saturday morning", "TIME", "2024-01-27TMO"},
		{"On Saturday morning, he will show that he is ready.", "Saturday morning", "TIME", "2024-02-03TMO"},
		// an adverb before a sentence-opening day
		{"Also on Tuesday, the mayor said he would no longer fight the release.", "Tuesday", "DATE", "2024-01-30"},
		// "ahead of" a noun phrase holding the day
		{"The contest turned nasty ahead of the state's primary on Tuesday.", "Tuesday", "DATE", "2024-02-06"},
		{"Polls show him trailing just ahead of Tuesday's vote.", "Tuesday", "DATE", "2024-02-06"},
		{"He answered a question ahead of his fourth event of the day on Monday in Illinois.", "Monday", "DATE", "2024-01-29"},
		// "plan" as a noun is no future cue
		{"Clinton, who announced a spending plan on Monday, plans to focus on jobs.", "Monday", "DATE", "2024-01-29"},
		{"The group changed its advertising plans after the debate on Saturday.", "Saturday", "DATE", "2024-01-27"},
		{"The EU plans new sanctions on Monday.", "Monday", "DATE", "2024-02-05"},
		// a refusal reported with "would"
		{"The leader wouldn't say Tuesday how the party would act.", "Tuesday", "DATE", "2024-01-30"},
		{"The leader would not comment Tuesday on the plan.", "Tuesday", "DATE", "2024-01-30"},
		{"The leader would speak Tuesday on the plan.", "Tuesday", "DATE", "2024-02-06"},
		// a headline capitalises every word: a time there is a time
		{"Trump Speaks Thursday Night In Ohio", "Thursday Night", "TIME", "2024-02-01TNI"},
		// a modal of possibility looks ahead, unless perfect; "earlier"
		// before the day looks back
		{"We really can win on Tuesday.", "Tuesday", "DATE", "2024-02-06"},
		{"He feels he can win Tuesday's primary.", "Tuesday", "DATE", "2024-02-06"},
		{"The vote may come Friday.", "Friday", "DATE", "2024-02-02"},
		{"He might have left Friday.", "Friday", "DATE", "2024-01-26"},
		{"Earlier Tuesday, his manager says the strategy can work.", "Tuesday", "DATE", "2024-01-30"},
		// a past verb opening the sentence is capitalised, not a name
		{"Asked on Monday whether he would run, he smiled.", "Monday", "DATE", "2024-01-29"},
		// the present progressive of a plan looks ahead
		{"The president is meeting with lawmakers Friday.", "Friday", "DATE", "2024-02-02"},
		{"She is girding for a fight at the debate Saturday night.", "Saturday night", "TIME", "2024-02-03TNI"},
		{"He's campaigning Wednesday in Wisconsin.", "Wednesday", "DATE", "2024-02-07"},
		{"The Senate was meeting Friday.", "Friday", "DATE", "2024-01-26"},
		{"Kasich is coming off a strong debate Saturday night.", "Saturday night", "TIME", "2024-01-27TNI"},
		{"Progressives are hailing the speech on Tuesday.", "Tuesday", "DATE", "2024-01-30"},
		{"The feud is taking a toll, pointing to his victories Tuesday.", "Tuesday", "DATE", "2024-01-30"},
	})
}

// TestDecadeOrNumber pins when a decade-like number is a decade: "low",
// "high", "upper" or a measure before it make it a number, and a decade
// written without its century is never one still to come.
func TestDecadeOrNumber(t *testing.T) {
	g := New()
	for _, c := range []struct{ in, want string }{
		{"Highs in the nineties are expected across the region.", ""},
		{"Highs will reach the low nineties.", ""},
		{"Lows in the upper 40s overnight.", ""},
		{"Obama's approval rating has risen to the low 50s.", ""},
		{"His approval rating dipped into the mid-20s before the election.", ""},
		{"Inflation ran high in the nineties.", "199"},
		{"Numbers dropped through the nineties, but rose twenty percent since.", "199"},
		// the DCT is in 2024: the 2030s have not begun, the 2020s have
		{"Germany in the ‘30s and Zimbabwe in the ‘90s.", "193 199"},
		{"Germany in the '30s.", "193"},
		{"Prices rose in the 30s and 40s.", "193 194"},
		{"Prices rose in the 20s.", "202"},
		{"He grew up in the 70s and 80s.", "197 198"},
	} {
		var got []string
		for _, x := range g.Find(c.in, dct) {
			got = append(got, x.Value)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %v, want %q", c.in, got, c.want)
		}
	}
}

// TestPeriodEndAhead pins a participle naming a period's end in a
// sentence about what is ahead: within a quarter after the DCT (Thursday
// 2024-02-01) the end is this year's; further off, or in a past sentence,
// the past verb keeps it before the DCT.
func TestPeriodEndAhead(t *testing.T) {
	checkFind(t, []findCase{
		{"Results for the period ended Feb. 28 will be reported soon.", "Feb. 28", "DATE", "2024-02-28"},
		{"Results for the period ended on March 31 are expected to show a loss.", "March 31", "DATE", "2024-03-31"},
		{"Results for the period ended Aug. 31 will be reported soon.", "Aug. 31", "DATE", "2023-08-31"},
		{"Profit for the period ended Feb. 28 rose 5 percent.", "Feb. 28", "DATE", "2023-02-28"},
		{"He was arrested Feb. 20 and will appear in court.", "Feb. 20", "DATE", "2023-02-20"},
	})
}

// TestLiveHeading pins a clock time alone on its line, a live page's entry
// heading: it is a time of the DCT's day (Thursday 2024-02-01), not of the
// day the entry before it named; inside a sentence it still reads on that
// day.
func TestLiveHeading(t *testing.T) {
	g := New()
	for _, c := range []struct{ in, want string }{
		{"Cruz spoke in Reno on Friday.\n\n___.\n\n9:40 p.m.\n\nCruz says he won.", "2024-01-26 2024-02-01T21:40"},
		{"Cruz spoke in Reno on Friday.\nHe left at 9:40 p.m. for Las Vegas.", "2024-01-26 2024-01-26T21:40"},
		{"Cruz spoke in Reno on Friday.\n11:00 am – Police receive calls.", "2024-01-26 2024-01-26T11:00"},
	} {
		var got []string
		for _, x := range g.Find(c.in, dct) {
			got = append(got, x.Value)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %v, want %q", c.in, got, c.want)
		}
	}
}

// TestLiveHeadingAnnotate reads the live-page heading through Annotate,
// which finds dates one body block at a time: a heading that is a block of
// its own has no line break around it, and the start and end of its block
// must count as line ends (review finding: the rule never fired there).
func TestLiveHeadingAnnotate(t *testing.T) {
	for _, c := range []struct {
		blocks []string
		want   string
	}{
		{[]string{"Cruz spoke in Reno on Friday.", "___.", "9:40 p.m.", "Cruz says he won."}, "2024-01-26 2024-02-01T21:40"},
		{[]string{"Cruz spoke in Reno on Friday.", "He left at 9:40 p.m. for Las Vegas."}, "2024-01-26 2024-01-26T21:40"},
		{[]string{"Cruz spoke in Reno on Friday.", "9:40 p.m. Cruz says he won."}, "2024-01-26 2024-01-26T21:40"},
	} {
		text := strings.Join(c.blocks, "\n\n")
		d := &doc.Doc{Text: text, Published: "2024-02-01"}
		at := 0
		for _, b := range c.blocks {
			d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: at, End: at + len(b)}})
			at += len(b) + 2
		}
		if err := New().Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range d.Dates {
			got = append(got, x.Value)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %v, want %q", c.blocks, got, c.want)
		}
	}
}

// TestHeadlineCase pins the last-two-words reading of headlineCase, which
// now scans from the end instead of splitting the whole text before a
// candidate (review finding: quadratic on a page of "Monday Night …").
func TestHeadlineCase(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Trump Speaks ", true},
		{"and then Trump Speaks\t ", true},
		{"Trump speaks ", false},
		{"Speaks ", false},
		{"", false},
		{"   ", false},
		{"x. Big Game\u00a0", true},
		{"Ünter Den ", false}, // not ASCII capitals, as before
	} {
		if got := headlineCase(c.in); got != c.want {
			t.Errorf("headlineCase(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestFindLongerLowerCase reads the word before a date whose lower case
// is longer in bytes than as written: the verb checks once cut the text by
// the lower-cased word's length and panicked.
func TestFindLongerLowerCase(t *testing.T) {
	checkFind(t, []findCase{
		{"ȺȺȺED March 3.", "March 3", "DATE", "2023-03-03"},        // pastDateVerb
		{"He ȺȺȺȺȺED in March.", "March", "DATE", "2023-03"},       // pastDateVerb past "in"
		{"AȺȺȺȺȺED Christmas.", "Christmas", "DATE", "2023-12-25"}, // pastVerbBefore
		{"AȺȺȺȺȺED on Friday.", "Friday", "DATE", "2024-01-26"},    // pastVerbBefore past "on"
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"31 січня 2024 року, вчора, Feb. 22", "at 10 a.m. Tuesday, the past two weeks", "1–3 вересня 218 до н. е.", "'90s", "у 1860", "п’ятницю",
		"the" + strings.Repeat("'", 130) + " day", // a lead word running past the window
		"at 9 p.m. on AȺȺȺ",                       // a word whose lower case is longer in bytes
		"ȺȺȺED March 3.", "AȺȺȺȺȺED Christmas.",   // the same before a date
	} {
		f.Add(s)
	}
	g := New()
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, x := range g.Find(s, dct) {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End || x.Start < last {
				t.Fatalf("bad span %+v in %q", x, s)
			}
			last = x.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Президент заявив вчора, 31 січня 2024 року, що переговори 22 февраля продолжатся. "+
		"On Monday, Feb. 22, officials said recently that sales in the third quarter rose for the past two years. "+
		"The company, which employs 2,000 people in the region, said its board would meet to discuss the plan. ", 20)
	g := New()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Find(text, dct)
	}
}

// "Super Tuesday" is the US primaries' day of an election year, the
// nearer one to the DCT whatever the tense; "the day before" an event is
// anchored on the event, unless a date stands in apposition before it;
// "fall" before "of" a thing or "in" a noun is the noun.
func TestSuperTuesdayEventDayFallNoun(t *testing.T) {
	checkFind(t, []findCase{
		// dct is 2024-02-01
		{"Voters go to the polls on Super Tuesday.", "Super Tuesday", "DATE", "2024-03-05"},
		{"They built organizations in Super Tuesday states.", "Super Tuesday", "DATE", "2024-03-05"},
		{"Super Tuesday 2008 was early.", "Super Tuesday 2008", "DATE", "2008-02-05"},
		{"Super Tuesday 1988 helped Dukakis.", "Super Tuesday 1988", "DATE", "1988-03-08"},
		{"Police said the day before, he had bought a gun.", "the day before", "DATE", "2024-01-31"},
		{"Cruz was also endorsed the day before by Fiorina.", "the day before", "DATE", "2024-01-31"},
		{"Elections will be held this fall.", "this fall", "DATE", "2024-FA"},
		{"He moved there in the fall of 2011.", "the fall of 2011", "DATE", "2011-FA"},
		{"Kopp shot him last fall in his home.", "last fall", "DATE", "2023-FA"},
		{"Elections come this fall in several states.", "this fall", "DATE", "2024-FA"},
	})
	g := New()
	for _, c := range []struct{ in, text, value string }{
		{"Nov. 3, the day before authorities issued a warrant, he left.", "the day", "2023-11-03"},
		{"On Oct. 12, the day before the plunge, it rose.", "the day", "2023-10-12"},
		{"He stepped down on July 24, the day before the big gathering began.", "the day", "2023-07-24"},
	} {
		got := g.Find(c.in, dct)
		if len(got) != 2 || c.in[got[1].Start:got[1].End] != c.text || got[1].Value != c.value {
			t.Errorf("%q: got %+v, want %q=%s second", c.in, got, c.text, c.value)
		}
	}
	for _, s := range []string{
		"He was seen the day before the shooting.",
		"The day before the shooting, he bought a gun.",
		"He sold the car lot the day before the donations were made.",
		"Analysts expect this fall in prices to continue.",
		"The fall in prices hurt farmers.",
		"They celebrated the fall of the World Trade Center towers.",
	} {
		if got := g.Find(s, dct); len(got) != 0 {
			t.Errorf("%q: got %+v", s, got)
		}
	}
}

// TestFallOfYearDayBeforeAppositionSuperTense covers the review of
// 58f0d9e: "the fall of last year" is the season; "the day before" takes
// the date in apposition only when that date ends at the comma, and its
// span is its first two words whatever the spacing; Super Tuesday follows
// its own clause's past tense.
func TestFallOfYearDayBeforeAppositionSuperTense(t *testing.T) {
	g := New()
	has := func(in, text, value string) {
		t.Helper()
		var ss []string
		for _, x := range g.Find(in, dct) {
			if in[x.Start:x.End] == text && x.Value == value {
				return
			}
			ss = append(ss, in[x.Start:x.End]+"="+x.Value)
		}
		t.Errorf("%q: got %v, want %q=%s", in, ss, text, value)
	}
	// dct is 2024-02-01
	has("He left in the fall of last year.", "the fall of last year", "2023-FA")
	has("He left in the fall of that year.", "the fall", "2023-FA")
	has("He left in the fall of the following year.", "the fall", "2023-FA")
	has("He left in the fall of the same year.", "the fall", "2023-FA")
	has("He left in the fall of the previous year.", "the fall of the previous year", "2023-FA")
	has("He left in the fall of year.", "the fall", "2023-FA")
	has("He will leave in the fall of next year.", "the fall of next year", "2025-FA")
	has("Oct. 12, the  day before the plunge, it rose.", "the  day", "2023-10-12")
	has("Trump won big on Super Tuesday.", "Super Tuesday", "2020-03-03")
	for _, s := range []string{
		"On March 3, 1990 he left. In 1991, the day before the vote, he returned.",
		"On March 3 he scored 12, the day before the vote.",
		"Stocks slid in the fall of October 1987.",
	} {
		for _, x := range g.Find(s, dct) {
			if strings.HasPrefix(s[x.Start:], "the day") || strings.HasPrefix(s[x.Start:], "the fall") {
				t.Errorf("%q: got %q=%s, want no day before an event without a date in apposition, no season for the fall of a month", s, s[x.Start:x.End], x.Value)
			}
		}
	}
	d19 := time.Date(2019, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, value string }{
		{"Trump won big on Super Tuesday.", "2016-03-01"},
		{"In 2016 the race began. Super Tuesday came.", "2016-03-01"},
		{"Candidates will campaign hard before Super Tuesday.", "2020-03-03"},
		{"They built organizations in Super Tuesday states.", "2020-03-03"},
	} {
		var ss []string
		for _, x := range g.Find(c.in, d19) {
			if c.in[x.Start:x.End] == "Super Tuesday" {
				ss = append(ss, x.Value)
			}
		}
		if len(ss) != 1 || ss[0] != c.value {
			t.Errorf("%q (DCT 2019-06-01): got %v, want Super Tuesday=%s", c.in, ss, c.value)
		}
	}
}

// TestYearAgoLongPeriod: "a year earlier" in an earnings report is the
// year-ago quarter last named, except after a period longer than a quarter
// in its sentence ("for the nine months"): then it is that year.
func TestYearAgoLongPeriod(t *testing.T) {
	q := "Net for the third quarter rose 5%. "
	checkHasValue(t, time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), []valueCase{
		{q + "Revenue rose to $2 billion from $1.9 billion a year earlier.", "a year earlier", "1988-Q3"},
		{q + "For the nine months, net was $25 million, compared with $20 million a year earlier.", "a year earlier", "1988"},
		{q + "Profit through the first nine months fell to $3 from $4 a year ago.", "a year ago", "1988"},
		{q + "In the first half, profit rose from year-earlier levels.", "year-earlier", "1988"},
		{q + "For the nine months, sales rose. Net fell from $4 a year earlier.", "a year earlier", "1988-Q3"},
		{q + "Net fell from $4 a year earlier; nine months of work ended.", "a year earlier", "1988-Q3"},
		// "the 1988 period" after a long period is that period of 1988
		{q + "In the first nine months, net was $306 million, compared with a loss in the 1988 period.", "the 1988 period", "1988"},
		{q + "Net was $3 million, compared with a loss in the 1988 period.", "the 1988 period", "1988-Q3"},
		// a quarter is a quarter, whatever longer period the sentence names
		{q + "In the first nine months, net rose; in the quarter, it fell from last year's quarter.", "last year's quarter", "1988-Q3"},
		{q + "For the six months, net rose; in the quarter, it fell from the 1988 quarter.", "the 1988 quarter", "1988-Q3"},
		// a quarter still to come is a forecast: "a year ago" keeps the
		// quarter reported on
		{q + "The quake will result in a fourth-quarter charge. Life lines lost $7 million, compared with earnings of $6 million a year ago.", "a year ago", "1988-Q3"},
		{"The quake will result in a fourth-quarter charge, against a gain a year ago.", "a year ago", "1988-Q4"},
	})
}

// TestHyphenAge: a plural unit joined to "-old" is an age, left untagged as
// "6-year-old" and "52 years old" are; "-long" stays a duration.
func TestHyphenAge(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Viguerie, then 29-years-old, was named director.", ""},
		{"It restored its centuries-old Armenian quarter.", ""},
		{"They settled a decades-old dispute.", ""},
		{"The calf was hours-old when found.", ""},
		{"It ended a decades-long war.", "decades=PXDE"},
		{"He waited for years.", "years=PXY"},
	})
}

// TestPastCount: "the past" before a count of events is no PAST_REF
// ("five of the past six election cycles"); before a count of units it is
// part of a duration, and alone it stays PAST_REF.
func TestPastCount(t *testing.T) {
	checkAllFound(t, []allCase{
		{"It picked the winner in five of the past six election cycles.", ""},
		{"Only once in the past 6 elections has he won.", ""},
		{"He lost in the past few primaries.", ""},
		{"Prices rose over the past six years.", "the past six years=P6Y"},
		{"In the past, a group met.", "the past=PAST_REF"},
		{"In the past some people said so.", "the past=PAST_REF"},
	})
}

// TestPreviousWeekday: "the previous Friday" is the one before the day the
// story is on, the last full date found; with none, the one before the DCT.
func TestPreviousWeekday(t *testing.T) {
	checkHasValue(t, time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), []valueCase{ // a Monday
		{"The index closed Friday down 4.5% from the previous Friday.", "previous Friday", "1989-10-20"},
		{"On Oct. 25 it fell 3% from the previous Monday.", "previous Monday", "1989-10-23"},
		{"It fell 3% from the previous Friday.", "previous Friday", "1989-10-27"},
		{"The index closed Friday down 4.5% from last Friday.", "last Friday", "1989-10-27"},
	})
}

// TestDeadlineRelativeHad: "by <month>" is a deadline ahead unless the
// sentence speaks in the past perfect; "had" inside a relative clause
// ("which had been expected") does not count.
func TestDeadlineRelativeHad(t *testing.T) {
	checkHasValue(t, time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC), []valueCase{
		{"The sale, which had been expected, is part of a program to pay down the loan by February.", "February", "1990-02"},
		{"The sale is part of a program to pay down the loan by February.", "February", "1990-02"},
		{"By February, the company had repaid the loan.", "February", "1989-02"},
		{"The firm, whose chief had resigned, had repaid the loan by February.", "February", "1989-02"},
	})
}

// TestQuarterEnded: "the quarter ended <day>" is the calendar quarter of
// the fiscal quarter's middle month; an ordinal quarter keeps its number.
func TestQuarterEnded(t *testing.T) {
	checkHasValue(t, time.Date(1989, 11, 1, 0, 0, 0, 0, time.UTC), []valueCase{
		{"In the quarter ended July 31, Jayark had 5.6 million shares.", "the quarter", "1989-Q2"},
		{"Net rose for the quarter ended Sept. 30.", "the quarter", "1989-Q3"},
		{"Sales fell in the quarter ending Jan. 31.", "the quarter", "1988-Q4"},
		{"Net rose in the quarter.", "the quarter", "1989-Q3"},
		{"Net will rise in the quarter ending Dec. 31.", "the quarter", "1989-Q4"},
		{"Net rose for the second quarter ended Oct. 31.", "the second quarter", "1989-Q2"},
		{"Net rose for the quarter ended Nov. 30.", "the quarter", "1988-Q4"},
		{"Net rose for the quarter ended Nov. 1.", "the quarter", "1989-Q4"},
	})
}

// TestCoupleWithoutOf: "a couple months ago" is "a couple of months ago":
// two months back, the whole phrase, not a bare "months".
func TestCoupleWithoutOf(t *testing.T) {
	checkFind(t, []findCase{
		{"I was asked this a couple months ago.", "a couple months ago", "DATE", "2023-12"},
		{"I was asked this a couple of months ago.", "a couple of months ago", "DATE", "2023-12"},
		{"He spent a couple weeks there.", "a couple weeks", "DURATION", "P2W"},
	})
}

// TestMarchOnMonth: "in March on the island" keeps the month; only "the
// March on …" is a march (TestFindNone).
func TestMarchOnMonth(t *testing.T) {
	checkFind(t, []findCase{
		{"They met in March on the island.", "March", "DATE", "2023-03"},
	})
}

// TestCurrentAdjective: "current" before a lower-case word is PRESENT_REF
// ("then current" PAST_REF); the noun, the economic term, a name and a
// time unit after it ("the current year") are not.
func TestCurrentAdjective(t *testing.T) {
	checkAllFound(t, []allCase{
		{"He would travel with his current wife.", "current=PRESENT_REF"},
		{"It delayed work because of current market conditions.", "current=PRESENT_REF"},
		{"Up from the current four flights a week.", "current=PRESENT_REF"},
		{"Holders may buy shares at 50% of the then current market price.", "current=PAST_REF"},
		{"Holders may buy shares at the then-current price.", "current=PAST_REF"},
		{"The current-account deficit widened.", ""},
		{"The current account deficit widened.", ""},
		{"The swimmer was swept away by the current.", ""},
		{"The current of the river was strong.", ""},
		{"The current was strong.", ""},
		{"She hosted a show on Current TV.", ""},
		{"Sales rose in the current year.", "the current year=2024"},
		{"Current and former officials agreed.", ""},
	})
}

// TestRaceTime: a bare m:ss with fractions of a second or a further :ss is
// a lap or race time, not a clock reading; clock times stay.
func TestRaceTime(t *testing.T) {
	checkAllFound(t, []allCase{
		{"2. David Coulthard (Britain) McLaren 1:54.342", ""},
		{"Mutola finished second in 2:29.66.", ""},
		{"He won the marathon in 2:08:33 on Sunday.", "Sunday=2024-01-28"},
		{"The meeting starts at 9:30.", "9:30=2024-02-01T09:30"},
		{"The meeting starts at 9:30, officials said.", "9:30=2024-02-01T09:30"},
		{"Doors open at 10:15 a.m.", "10:15 a.m.=2024-02-01T10:15"},
	})
}

// TestGameHalves: a half or quarter in a sports report is the match's, not
// the year's, and "quarter-finals" is no quarter; in a financial sentence
// it stays the year's.
func TestGameHalves(t *testing.T) {
	checkAllFound(t, []allCase{
		{"PSV took control in the second half but could not score until the 58th minute.", ""},
		{"Cocu scored twice in the second half.", ""},
		{"St Pauli produced a stunning second-half fightback to draw 4-4.", ""},
		{"He scored 20 points in the fourth quarter.", ""},
		{"Top eight teams qualify for the quarter-finals.", ""},
		{"The quarter-to-quarter comparison was enhanced by charges.", ""},
		{"Profit growth would slow in the second half.", "the second half=2024-H2"},
		{"In the first half, the company said it produced 8,333 vehicles.", "the first half=2024-H1"},
		{"The team's revenue rose in the fourth quarter.", "the fourth quarter=2023-Q4"},
		{"The government's goal is to cut emissions in the second half.", "the second half=2024-H2"},
	})
}

// TestSpeedAndPossessiveName: a distance unit before "an hour" makes a
// speed, no SET; a name after a possessive name ("the People's Daily") is
// no expression.
func TestSpeedAndPossessiveName(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Some were clocked doing 180 kilometres an hour.", ""},
		{"The wind blew at 60 miles an hour.", ""},
		{"Thursday's edition of the People's Daily quoted Tang.", "Thursday=2024-02-01"},
		{"The paper is published daily.", "daily=P1D"},
	})
}

// TestNewspaperNoun: "the weekly reported", "the daily said" name a
// newspaper, no SET; the adverb and the adjective stay SETs.
func TestNewspaperNoun(t *testing.T) {
	checkAllFound(t, []allCase{
		{"The cheques were sucked into the ventilation system, the weekly reported.", ""},
		{"The daily said the minister would resign.", ""},
		{"The paper is published daily.", "daily=P1D"},
		{"More saline solution will be inserted in 16 weekly treatments.", "weekly=P1W"},
		{"The fund pays dividends monthly, it said.", "monthly=P1M"},
		{"Profits grew 20% annually through 1988.", "1988=1988"},
		{"More saline solution will be inserted in 16 weekly treatments.", "weekly=P1W"},
	})
}

// TestHyphenHalf: "3-1/2 years" is three and a half years, as "2 1/2
// years" is, not "2 years" read after the slash.
func TestHyphenHalf(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Best emerged from bankruptcy after 3-1/2 years.", "3-1/2 years=P3Y6M"},
		{"The trip took more than 5-1/2 hours.", "more than 5-1/2 hours=PT5H30M"},
		{"They lived in camps for 2 1/2 years.", "2 1/2 years=P2Y6M"},
	})
}

// TestEndOfTheWeek: "the end of the week" is the DCT's week, as "the end of
// this week" and "the end of the month" are; a compound "week-long" is not.
func TestEndOfTheWeek(t *testing.T) {
	checkAllFound(t, []allCase{
		{"The vote is expected by the end of the week.", "the end of the week=2024-W05"},
		{"The vote is expected by the end of this week.", "the end of this week=2024-W05"},
		{"He will step down at the end of the month.", "the end of the month=2024-02"},
		{"He was paid at the end of the week-long trip.", ""},
	})
}

// TestReportedClauseAndPlansNoun: a pronoun right after the day opens the
// reported clause of the verb before it ("said … late on Wednesday it
// would"), whose tense then does not time the day, unless "that" put the
// day inside the clause; "of plans to" is the noun.
func TestReportedClauseAndPlansNoun(t *testing.T) {
	checkHasValue(t, time.Date(1996, 8, 29, 0, 0, 0, 0, time.UTC), []valueCase{ // a Thursday
		{"The company said in a statement late on Wednesday it would conduct an assessment.", "Wednesday", "1996-08-28"},
		{"Officials said that on Friday they will announce the plan.", "Friday", "1996-08-30"},
		{"The tirade was sparked by the announcement on Tuesday of plans to expand the settlement.", "Tuesday", "1996-08-27"},
		{"The EU plans to meet on Friday.", "Friday", "1996-08-30"},
		{"He will leave on Friday.", "Friday", "1996-08-30"},
	})
}

// TestWeekdayClauseLimits: "is to" and "expected to" speak of what is
// ahead; a subordinate clause after the day ("after the club fielded")
// keeps its own tense; "had" of possession ("had no confirmation") is no
// past perfect before "until".
func TestWeekdayClauseLimits(t *testing.T) {
	checkHasValue(t, time.Date(1996, 8, 27, 0, 0, 0, 0, time.UTC), []valueCase{ // a Tuesday
		{"They signed the deal under which the withdrawal is to resume on Wednesday.", "Wednesday", "1996-08-28"},
		{"The defeat was expected to be overturned by a judge on Thursday after the club fielded an ineligible player.", "Thursday", "1996-08-29"},
		{"Officials said they had no confirmation and would have to wait until Thursday to be sure.", "Thursday", "1996-08-29"},
		{"Until Thursday, they had not called him.", "Thursday", "1996-08-22"},
		{"The club fielded an ineligible player on Sunday after the judge ruled.", "Sunday", "1996-08-25"},
	})
}

// TestByPossessiveDay: "by Saturday's slaughter" names the agent's day, no
// deadline; "by Friday" stays a deadline ahead.
func TestByPossessiveDay(t *testing.T) {
	checkHasValue(t, time.Date(1996, 8, 26, 0, 0, 0, 0, time.UTC), []valueCase{ // a Monday
		{"The demand was sparked by Saturday's active slaughter, they said.", "Saturday", "1996-08-24"},
		{"The loan must be repaid by Friday.", "Friday", "1996-08-30"},
	})
}

// TestTodaysEra: "today's" before an era noun is nowadays, no day (TBAQ
// leaves "today's world", "today's youth" untagged); the day stays.
func TestTodaysEra(t *testing.T) {
	checkAllFound(t, []allCase{
		{"It makes no sense in today's world.", ""},
		{"The case is for today’s youth what the blockade was.", ""},
		{"It cost $5 million in today's dollars.", ""},
		{"Today's talks ended without a deal.", "Today=2024-02-01"},
		{"The minister said today's session was calm.", "today=2024-02-01"},
		{"Markets fell today.", "today=2024-02-01"},
	})
}

// TestQuantityRate: "a/an <unit>" after an amount or a counted noun is a
// rate of that quantity, left untagged (TBAQ tags 3 of 10); after once,
// twice or "N times" it is how often something happens, TimeML's SET.
func TestQuantityRate(t *testing.T) {
	checkAllFound(t, []allCase{
		{"It will save $500 million a year.", ""},
		{"Up from the current four flights a week.", "current=PRESENT_REF"},
		{"The plant makes 500 tons a day.", ""},
		{"He earns $500 a week.", ""},
		{"He drives 12,000 miles a year.", ""},
		{"Runners cover 100 kilometres a week.", ""},
		{"Profit grew 20% a year.", ""},
		{"The board meets twice a week.", "a week=P1W"},
		{"They met once a month.", "a month=P1M"},
		{"He calls three times a day.", "a day=P1D"},
		{"The paper is published daily.", "daily=P1D"},
	})
}

// TestAmountAdverb: "annually", "daily" … right after an amount is a rate
// of it ("8.5% annually"), untagged as "a year" after an amount is; after
// a verb or a counted noun it says how often: a SET.
func TestAmountAdverb(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Sales should rise 8.5% annually.", ""},
		{"It will eliminate dividend payments of C$17.9 million annually.", ""},
		{"The plant makes 40,000 tons daily.", "daily=P1D"},
		{"The shop sells goods worth $500 daily.", ""},
		{"The commemorations are held annually.", "annually=P1Y"},
		{"The fund pays dividends monthly, it said.", "monthly=P1M"},
		{"Profits grew 20% annually through 1988.", "1988=1988"},
		{"More saline solution will be inserted in 16 weekly treatments.", "weekly=P1W"},
	})
}

// TestQuarterEndedYearEarlier: "the quarter ended Sept. 30" or "the latest
// quarter" in a report that has named no quarter before is the quarter "a
// year earlier" compares with; a report that numbered its quarter keeps
// that number.
func TestQuarterEndedYearEarlier(t *testing.T) {
	checkAllFound(t, []allCase{
		{"For the quarter ended Sept. 30, Delta posted net income of $133.1 million, up from $100 million a year earlier.",
			"the quarter=2023-Q3 Sept. 30=2023-09-30 a year earlier=2022-Q3"},
		{"Sales in the latest quarter rose 5% from a year earlier.", "the latest quarter=2023-Q4 a year earlier=2022-Q4"},
		{"Net for the fiscal first quarter rose. For the quarter ended Sept. 30, sales were up from a year earlier.",
			"the fiscal first quarter=2024-Q1 the quarter=2023-Q3 Sept. 30=2023-09-30 a year earlier=2023-Q1"},
		{"Profit rose from a year earlier.", "a year earlier=2023"},
		{"Sales in the second quarter 1996 rose 5% from a year earlier.", "the second quarter 1996=1996-Q2 a year earlier=1995-Q2"},
		{"Sales in the second quarter of 1996 rose 5% from a year earlier.", "the second quarter of 1996=1996-Q2 a year earlier=1995-Q2"},
	})
}

// TestQuarterCode: the financial codes "Q3", "Q4 2023", "Q3 FY22", "H2
// 2023", "FY2021" are the quarter, half or year they name; a bare one after
// a capitalised word is a model unless results follow, a bare H1/H2 needs
// results after it, a code before a colon is a question's number.
func TestQuarterCode(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Q4 revenue rose 5% from a year earlier.", "Q4=2023-Q4 a year earlier=2022-Q4"},
		{"Revenue in Q3 2023 beat Q3 FY22 and FY2021.", "Q3 2023=2023-Q3 Q3 FY22=2022-Q3 FY2021=2021"},
		{"Sales in H2 2023 rose.", "H2 2023=2023-H2"},
		{"It will report Q1 results in April.", "Q1=2024-Q1 April=2024-04"},
		{"Gateway Data Sciences Q2 net rises.", "Q2=2023-Q2"},
		{"Stork H1 results breakdown per sector.", "H1=2024-H1"},
		{"Stork H1 pre-tax profit rose.", "H1=2024-H1"},
		{"Revenue in q3 fy25 rose.", ""},
		{"Revenue in Q3 fy25 rose.", ""},
		{"Revenue in Q3 FY25 rose.", "Q3 FY25=2025-Q3"},
		{"He drove an Audi Q3 to the meeting.", ""},
		{"The H2 fuel cell powers the bus.", ""},
		{"Q1: what did you expect?", ""},
		{"He scored 12 points in Q4 as the Lakers won the game.", ""},
		{"The plan targets FY 2026.", "FY 2026=2026"},
	})
}

// TestNumberRunNoYear: a four-digit number joined by a hyphen to a group of
// three or more digits that is no year, or by a space when another number
// joins the group before it or follows the four digits, ends a telephone
// number or sits in a table row, no year, as does one between two numbers
// (one no year) and another; a year range, a day before a year, a model
// number before a year ("Boeing 777 2015"), a day and month in numbers
// ("31 12 2019"), a header or column of years stay dates. Four digits
// after a price's decimal point ("$ 1.1875") or before a GMT time in
// brackets ("1503 (1203 GMT)") are no year; after a month and a point
// ("6.1918") they are. An all-capitals headline's "MAY" before a verb is
// the modal, unless a preposition comes before it ("SET FOR MAY AFTER …").
func TestNumberRunNoYear(t *testing.T) {
	checkAllFound(t, []allCase{
		{"-- New York Commodities 212-859-1646", ""},
		{"-- ( New York commodities desk 212 859 1646 )", ""},
		{"-- New York newsroom , ( 212 ) 859-1610", ""},
		{"-- Sydney Newsroom 61-2 9373-1800", ""},
		{"Brisbane 21 15 1 5 2123 1631 130.2 62", ""},
		{"Sydney 21 15 1 5 2067 1687 122.5 62", ""},
		{"VODNI STAVBY PRAHA 1915.00 1915.00 2000 3830.000", ""},
		{"1996 1995 1996 1995", "1996=1996 1995=1995 1996=1996 1995=1995"},
		{"1998 575,000", "1998=1998"},
		{"Shares were traded at $ 1.1875 on the exchange.", ""},
		{"The bond fell 23/32, or $7.1875 on a $1,000 bond.", ""},
		{"It traded at 98.1875 in late trade.", ""},
		{"- 6.1918 Південний фронт.", "1918=1918"},
		{"The plane landed at 1503 (1203 GMT) in Sofia.", "1203 GMT=2024-02-01T12:03Z"},
		{"In 1991-1992 barter grew.", "1991=1991 1992=1992"},
		{"It happened on June 21 1996 in Paris.", "June 21 1996=1996-06-21"},
		{"The Airbus A380 2007 delivery slipped.", "2007=2007"},
		{"Boeing 777 2015 order", "2015=2015"},
		{"The 500 2019 bonds were sold.", "2019=2019"},
		{"-- London desk 44 171 542 7947", ""},
		{"Stocks 31 12 2019 10 5", "2019=2019"},
		{"MARKET CLOSED , SET FOR MAY AFTER CRISIS .", "MAY=2024-05"},
		{"ROWING - REDGRAVE MAY SEEK FIFTH OLYMPIC GOLD .", ""},
		{"ELECTIONS WILL BE HELD IN MAY .", "MAY=2024-05"},
		{"MAY 1996 SALES ROSE .", "MAY 1996=1996-05"},
	})
}

// TestJoinDurations: durations one after another with the units going
// down, only a space, "and" or a comma between, are one duration; the
// same unit twice or weeks with days stay apart.
func TestJoinDurations(t *testing.T) {
	checkAllFound(t, []allCase{
		{"1. Andrea Ferrigato ( Italy ) 5 hours 51 minutes 52 seconds", "5 hours 51 minutes 52 seconds=PT5H51M52S"},
		{"Berger won in 1 minute 53.706 seconds.", "1 minute 53.706 seconds=PT1M53.706S"},
		{"He was sentenced to eight years and 11 months in prison.", "eight years and 11 months=P8Y11M"},
		{"All three clocked five hours 51 minutes, 52 seconds.", "five hours 51 minutes, 52 seconds=PT5H51M52S"},
		{"It took two days, three days at most.", "two days=P2D three days=P3D"},
		{"The talks lasted a week and two days.", "a week=P1W two days=P2D"},
		{"He spent 10 years 6 months abroad, 3 years in Paris.", "10 years 6 months=P10Y6M 3 years=P3Y"},
	})
}

// TestCropSeason: a season before a crop names its variety ("winter
// wheat"), no date; before other nouns it stays a season.
func TestCropSeason(t *testing.T) {
	checkAllFound(t, []allCase{
		{"The government plans to increase the sowing of the winter wheat.", ""},
		{"Newly harvested spring wheat flooded the market.", ""},
		{"It grows better than summer wheat in Ukraine.", ""},
		{"Summer rainfall helped the crop.", "Summer=2023-SU"},
		{"The fall planting of winter wheat was late.", "The fall=2023-FA"},
	})
}

// TestOneDaySomeDay: "one day" after a modal or a subject is "some day",
// FUTURE_REF as TimeML writes it; after a verb it is a duration.
func TestOneDaySomeDay(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Islam will one day be the second largest religion.", "one day=FUTURE_REF"},
		{"Farkas expressed the hope he one day follow Glenn.", "one day=FUTURE_REF"},
		{"It took one day to finish.", "one day=P1D"},
		{"The strike lasted one day.", "one day=P1D"},
		{"She one day decided to leave.", "one day=P1D"},
		{"They one day walked to the lake.", "one day=P1D"},
		{"We hope they one day return.", "one day=FUTURE_REF"},
	})
}

// TestSlavicAgoQuarterYear: «рік тому», «неделю назад» (a unit without a
// number) are a year or week before the DCT; a quarter or half with its
// year right after it is one expression in that year, and «перше
// півріччя», «первое полугодие» are halves.
func TestSlavicAgoQuarterYear(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Рік тому компанія втратила 2 млн гривень.", "Рік тому=2023"},
		{"Год назад компания потеряла деньги.", "Год назад=2023"},
		{"Місяць тому він пішов у відставку.", "Місяць тому=2024-01"},
		{"Три роки тому компанія збанкрутувала.", "Три роки тому=2021"},
		{"У третьому кварталі 2022 року виручка зросла.", "третьому кварталі 2022=2022-Q3"},
		{"В первом полугодии 2022 года продажи выросли.", "первом полугодии 2022=2022-H1"},
		{"Lufthansa Cargo second quarter 1996 results fell.", "second quarter 1996=1996-Q2"},
		{"За перше півріччя 2022 року продажі зросли.", "перше півріччя 2022=2022-H1"},
	})
}

// TestSlavicDayRange: the first day of a range before a month takes that
// month, with an ordinal ending («з 5-го по 11 серпня», «між 2-им і
// 6-им вересня») or «на» («з 3 на 12 травня») between.
func TestSlavicDayRange(t *testing.T) {
	checkAllFound(t, []allCase{
		{"У період з 5-го по 11 серпня утвердили декрети.", "5-го=2023-08-05 11 серпня=2023-08-11"},
		{"Між 2-им і 6-им вересня 1792 року розпочалася різанина.", "2-им=1792-09-02 6-им вересня 1792=1792-09-06"},
		{"Засідання перенесли з 3 на 12 травня.", "3=2024-05-03 12 травня=2024-05-12"},
	})
}

// TestClockThenWeekday: a weekday right after a clock time ("at 9 a.m. on
// Monday", after an aside in brackets too) is the day the clock was read
// on, whatever the words between them say of tense.
func TestClockThenWeekday(t *testing.T) {
	checkAllFound(t, []allCase{
		{"The meeting is at 9 a.m. on Monday.", "9 a.m.=2024-02-05T09:00 Monday=2024-02-05"},
		{"The deadline is midnight on Monday.", "midnight=2024-02-05T24:00 Monday=2024-02-05"},
		{"The meeting was at 9 a.m. on Monday.", "9 a.m.=2024-01-29T09:00 Monday=2024-01-29"},
		{"He will land at 10:30 a.m. (0930 GMT) on Saturday.", "10:30 a.m.=2024-02-03T10:30 0930 GMT=2024-02-03T09:30Z Saturday=2024-02-03"},
		{"He landed at 10:30 a.m. on Monday and left on Friday.", "10:30 a.m.=2024-01-29T10:30 Monday=2024-01-29 Friday=2024-01-26"},
	})
}

// TestConjoinedDays: a bare day joined by "and"/"or" (or a comma in a list
// that closes with one) to the month-day date before it is a date of that
// month; a number before a count noun, a percent or a year is not.
func TestConjoinedDays(t *testing.T) {
	checkAllFound(t, []allCase{
		{"The summit will be held on April 24 and 25 in Washington.", "April 24=2024-04-24 25=2024-04-25"},
		{"Talks on Jan. 12, 13 and 14 ended without a deal.", "Jan. 12=2024-01-12 13=2024-01-13 14=2024-01-14"},
		{"The vote is expected on March 27 or 28.", "March 27=2024-03-27 28=2024-03-28"},
		{"On Jan. 5, 10 people were killed.", "Jan. 5=2024-01-05"},
		{"On Jan. 5 and 6 people were killed.", "Jan. 5=2024-01-05"},
		{"Shares fell on Jan. 12 and 13%.", "Jan. 12=2024-01-12"},
		{"It happened on Jan. 12, 13 times.", "Jan. 12=2024-01-12"},
		{"He met her on Friday and 3 others.", "Friday=2024-01-26"},
		{"On March 5 and 12 Iraqi civilians were killed.", "March 5=2024-03-05"},
		{"On March 5 and 6 more people were killed.", "March 5=2024-03-05"},
		{"On March 5 and 10 of his aides resigned.", "March 5=2024-03-05"},
		{"On March 5 and 7 other people were hurt.", "March 5=2024-03-05"},
		{"Talks on March 5 and 6, then a pause.", "March 5=2024-03-05 6=2024-03-06"},
		{"Talks on March 5 and 6 when the envoy came.", "March 5=2024-03-05 6=2024-03-06"},
		// a capital after the day is a name, not what is counted, unless a
		// plural follows it; "of" counts only before his/the/their …
		{"On March 5 and 6 Israeli jets struck the camp.", "March 5=2024-03-05 6=2024-03-06"},
		{"On May 1 and 2 Parliament debated the bill.", "May 1=2024-05-01 2=2024-05-02"},
		{"Talks on March 5 and 6 of this year ended without a deal.", "March 5=2024-03-05 6 of this year=2024-03-06"},
		{"On March 5 and 10 of the aides resigned.", "March 5=2024-03-05"},
	})
}

// TestCoordinatedYear: the first of two days, months or seasons joined by
// "and"/«та», «й» takes the year written after the second, as the first
// of a dash range does.
func TestCoordinatedYear(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Французи взимку та навесні 1919 року контролювали порти.", "взимку=1919-WI навесні 1919=1919-SP"},
		{"Бої 31 травня й 2 червня 1793 року.", "31 травня=1793-05-31 2 червня 1793=1793-06-02"},
		{"It happened in the summer and fall of 1998.", "the summer=1998-SU fall of 1998=1998-FA"},
		{"It happened in June and July 1998.", "June=1998-06 July 1998=1998-07"},
		// a pair that crosses the new year: the first is the year before
		{"It happened in December and January 2000.", "December=1999-12 January 2000=2000-01"},
		{"Бої 31 грудня та 2 січня 1905 року.", "31 грудня=1904-12-31 2 січня 1905=1905-01-02"},
		{"It lasted from November - February 1999.", "November=1998-11 February 1999=1999-02"},
		// a reverse pair that does not cross the new year keeps the year
		{"Sales fell in March and February 2000.", "March=2000-03 February 2000=2000-02"},
		{"Бої 5 травня та 2 квітня 1919 року.", "5 травня=1919-05-05 2 квітня 1919=1919-04-02"},
	})
}

// TestRelativeDayMovesStory: a day named relative to the DCT or to the
// story ("yesterday", "the next day", «наступного дня») is the story's day
// from then on, as a weekday or a full date is: a later clock time reads on
// it and a later "the next day" counts from it.
func TestRelativeDayMovesStory(t *testing.T) {
	checkAllFound(t, []allCase{
		{"The storm hit yesterday. The power went out at 11 p.m.", "yesterday=2024-01-31 11 p.m.=2024-01-31T23:00"},
		{"On Monday, the talks began. The next day, they broke down. The following day, they resumed.", "Monday=2024-01-29 The next day=2024-01-30 The following day=2024-01-31"},
		{"The talks began on Jan. 10. The next day they broke down. The next day they resumed.", "Jan. 10=2024-01-10 The next day=2024-01-11 The next day=2024-01-12"},
		{"Переговори почалися 10 січня 2024 року. Наступного дня вони зірвалися. Наступного дня їх відновили.", "10 січня 2024=2024-01-10 Наступного дня=2024-01-11 Наступного дня=2024-01-12"},
		// not moved: a clock time before the relative day keeps the DCT,
		// "today" is the DCT, and a later full date takes over again
		{"At 9 a.m. the office opened; the storm had hit yesterday.", "9 a.m.=2024-02-01T09:00 yesterday=2024-01-31"},
		{"The storm hit yesterday. Today the power went out at 11 p.m.", "yesterday=2024-01-31 Today=2024-02-01 11 p.m.=2024-02-01T23:00"},
		{"The storm hit yesterday. On Jan. 20 the power went out at 11 p.m.", "yesterday=2024-01-31 Jan. 20=2024-01-20 11 p.m.=2024-01-20T23:00"},
		// a day before the story's compares ("from 1.51 percent the day
		// before") and does not move it: a second one is the same day
		{"The note fell to 1.45 percent on Friday from 1.51 percent the day before. The euro rose to $1.11 from $1.10 the day before.", "Friday=2024-01-26 the day before=2024-01-25 the day before=2024-01-25"},
		// with no story day before it, "the day before" counts from the
		// DCT and still does not move the story
		{"The note fell to 1.45 percent from 1.51 percent the day before. The euro rose to $1.11 from $1.10 the day before.", "the day before=2024-01-31 the day before=2024-01-31"},
		{"Yields fell to 1.45 percent from 1.51 percent the day before. Trading closed at 4 p.m.", "the day before=2024-01-31 4 p.m.=2024-02-01T16:00"},
		// a day ahead of the DCT is not the story's day: the report is
		// about today ("tomorrow" is a plan)
		{"The Senate will vote tomorrow. Senators met at 9 a.m. to discuss the bill.", "tomorrow=2024-02-02 9 a.m.=2024-02-01T09:00"},
		{"Завтра парламент голосуватиме. О 9:00 депутати зібралися на нараду.", "Завтра=2024-02-02 9:00=2024-02-01T09:00"},
		{"The vote is set for the day after tomorrow. Senators met at 9 a.m.", "the day after tomorrow=2024-02-03 9 a.m.=2024-02-01T09:00"},
		// the next day after a story day still moves it
		{"The storm hit yesterday. The next day the power went out at 11 p.m.", "yesterday=2024-01-31 The next day=2024-02-01 11 p.m.=2024-02-01T23:00"},
	})
}

// TestWeekdayClauseOwnTense: a future word in a clause of its own after the
// day (a wh-clause, a gerund after "by", the complement of a reporting
// participle) is not the day's tense, and a reporting verb after a
// verbless opening phrase or right after an appositive's comma is the
// day's own verb. Counter-examples keep the future where the day's own
// clause speaks of it.
func TestWeekdayClauseOwnTense(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Carson struggled to answer a question on Sunday about how he would form a coalition.", "Sunday=2024-01-28"},
		{"The central bank ended a policy meeting on Friday by announcing it would expand purchases.", "Friday=2024-01-26"},
		{"Trump joined the gun debate, announcing on Wednesday he would meet with the group.", "Wednesday=2024-01-31"},
		{"During his speech on Wednesday in Arizona, Mr. Trump said his plan would work.", "Wednesday=2024-01-31"},
		{"President Obama, dedicating the museum on Saturday, said it would tell an American story.", "Saturday=2024-01-27"},
		// the day's own clause is future
		{"He will go on Friday, aides said.", "Friday=2024-02-02"},
		{"The board will vote on Friday by raising hands.", "Friday=2024-02-02"},
		{"In a vote on Friday, the board will decide.", "Friday=2024-02-02"},
		{"The company said it would announce on Friday how it would cut costs.", "Friday=2024-02-02"},
		// "would have" with a participle is a past that did not happen;
		// "would have trouble" is still ahead
		{"Carson noted that Saturday would have been Reagan's birthday.", "Saturday=2024-01-27"},
		{"He worries Sanders would have trouble winning on Saturday.", "Saturday=2024-02-03"},
		// a participle used as an adjective before its noun is no perfect
		// ("would have paid sick leave"); a verb's object after a
		// determiner, or none, still is (review of 3c67964)
		{"Starting Monday, workers would have paid sick leave under the new law.", "Monday=2024-02-05"},
		{"Under the plan, residents would have limited water supplies on Saturday.", "Saturday=2024-02-03"},
		{"Reagan would have celebrated his birthday on Saturday.", "Saturday=2024-01-27"},
		{"He would have won on Saturday.", "Saturday=2024-01-27"},
		{"She said the team would have lost, on Saturday, without him.", "Saturday=2024-01-27"},
		// a day's outcome: a future after it is the outcome's, not the day's
		{"Abortion foes agreed, and Monday's decision will reverberate down the ballot.", "Monday=2024-01-29"},
		{"Florida may not be out of reach, as Tuesday's results show.", "Tuesday=2024-01-30"},
		{"Until Monday's announcement, both stocks were trading near their highs.", "Monday=2024-01-29"},
		{"It is likely that Friday's provisional agreement may merely reset the clock.", "Friday=2024-01-26"},
		{"Friday's ruling was expected to favour the state.", "Friday=2024-01-26"},
		// an outcome scheduled by its own verb is still ahead (review of
		// a7170a2)
		{"Friday's announcement is expected to include new sanctions.", "Friday=2024-02-02"},
		{"Monday's ruling is due to be read in court.", "Monday=2024-02-05"},
		{"Tuesday's results, expected to be close, will decide the race.", "Tuesday=2024-02-06"},
		{"Friday's verdict will be announced in the courtroom.", "Friday=2024-02-02"},
		// a day's event, not its outcome, still takes the future after it
		{"Tuesday's vote will decide it.", "Tuesday=2024-02-06"},
		{"While Monday's debate in New York will be his first, he is ready.", "Monday=2024-02-05"},
		// a strong future cue before it still looks ahead
		{"The second spot will air on Univision during Sunday's final of the tournament.", "Sunday=2024-02-04"},
		{"Voters were restless ahead of Tuesday's primary.", "Tuesday=2024-02-06"},
		// a reporting verb right after the day's comma with no appositive
		// opened before the day reports the clause: its future counts
		{"The board will vote on Friday, said a spokesman.", "Friday=2024-02-02"},
		{"The board will vote on Friday, announced the chairman.", "Friday=2024-02-02"},
		{"In Washington, the board will vote on Friday, said a spokesman.", "Friday=2024-02-02"},
		{"Obama, who will dedicate the museum on Saturday, said it would tell a story.", "Saturday=2024-02-03"},
	})
}

// TestOutcomeScheduledAhead: the review's own row for a7170a2, on a
// Wednesday.
func TestOutcomeScheduledAhead(t *testing.T) {
	checkHasValue(t, time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC), []valueCase{
		{"Thursday's announcement is expected to include new sanctions.", "Thursday", "2024-03-07"},
		{"Thursday's announcement will reverberate for years.", "Thursday", "2024-02-29"},
	})
}

// TestMaySurname: a bare "May" right after a capitalised word that cannot
// lead a month is a surname or a headline's modal; after a preposition,
// modifier, determiner or another month it stays the month.
func TestMaySurname(t *testing.T) {
	checkAllFound(t, []allCase{
		{"British Prime Minister Theresa May said the country would leave.", ""},
		{"He met Ms. May on Tuesday.", "Tuesday=2024-01-30"},
		{"One volunteer, Yin Myint May, 60, said she was elated.", ""},
		{"Who Will Run – It May Surprise You", ""},
		// the month
		{"In May, the talks will resume.", "May=2024-05"},
		{"Early May will bring rain.", "Early May=2024-05"},
		{"The May vote will be close.", "May=2024-05"},
		{"Elections Set For May", "May=2024-05"},
		{"Sales will rise in April or May.", "April=2024-04 May=2024-05"},
		{"Sales rose. May will be better.", "May=2024-05"},
		{"Last May the talks collapsed.", "Last May=2023-05"},
		// a capitalised word with a dot ends a sentence (but a title's dot
		// does not: "Dr. May"); "Effective May" leads the month
		{"Hiring slowed across the U.S. May was the weakest month of the year.", "May=2024-05 the year=2024"},
		{"The report was published by the Fed. May sales fell 3 percent.", "May=2024-05"},
		{"The company is run by John Smith. May is usually its busiest month.", "May=2024-05"},
		{"Effective May, the rule applies to everyone.", "May=2024-05"},
		{"The study was led by Dr. May and two colleagues.", ""},
		{"Gov. May and Sen. May spoke.", ""},
	})
}

// TestBillNumber: a four-digit number after "Bill", "HB" or "SB" names a
// bill, not a year; a year after other capitalised words stays one.
func TestBillNumber(t *testing.T) {
	checkAllFound(t, []allCase{
		{"He signed House Bill 1523 into law.", ""},
		{"Plaintiffs in the HB 1523 lawsuit appealed.", ""},
		{"The Senate passed SB 1070 in 2010.", "2010=2010"},
		{"The Patriot Act of 2001 expired.", "2001=2001"},
		{"Bill Clinton 1996 campaign ads aired again.", "1996=1996"},
		// a named bill's year: "Farm Bill 2018"; a chamber's bill is a number
		{"The Farm Bill 2018 passed the Senate.", "2018=2018"},
		{"The Finance Bill 2023 raised taxes.", "2023=2023"},
		{"He signed Senate Bill 2018 into law.", ""},
		{"Assembly Bill 1999 died in committee.", ""},
	})
}

// TestOverTheYears: a plural unit after "the" is a stretch of time when
// "over the" comes before it or "that followed" after it; other plural
// units after "the" stay untagged (the head of a noun phrase, or a stretch
// anchored on an event whose day the text does not give).
func TestOverTheYears(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Over the years, Patriot has played like a grandmaster.", "years=PXY"},
		{"It changed over the years.", "years=PXY"}, // was a TestFindNone row; TBAQ tags it (VOA19980331)
		{"The concerns remain the same over the centuries.", "centuries=PXC"},
		{"In the years that followed, the guerrillas waged war.", "years=PXY"},
		{"It racked up 10 million views in the days that follow a launch.", "days=PXD"},
		// not a stretch of time found here
		{"He longed for the days of the empire.", ""},
		{"The hours logged by pilots rose.", ""},
		{"His car was seen in the weeks before the shooting.", ""},
		{"He has won over the voters.", ""},
		// "over the" with a unit shorter than a year, or "of" after it,
		// is what a dispute is over
		{"The union and management clashed over the hours nurses must work.", ""},
		{"Talks broke down over the days off promised to staff.", ""},
		{"The dispute over the months of unpaid wages continues.", ""},
		{"The dispute over the years of unpaid wages continues.", ""},
	})
}

// TestClockZoneAndPair: a US zone written out ("Eastern time") belongs to
// the clock time, and the first of two joined clock times reads on the
// day the second one does. A clock pair with no day after it, and a
// capitalised place after a clock, are left as before.
func TestClockZoneAndPair(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Polls will close at 8 p.m. Eastern time Friday.", "8 p.m. Eastern time Friday=2024-02-02T20:00"},
		{"The vote will run between 7 a.m. and 8 p.m. on Friday.", "7 a.m.=2024-02-02T07:00 8 p.m.=2024-02-02T20:00 Friday=2024-02-02"},
		{"Stores will open 9 a.m.-5 p.m. on Saturday.", "9 a.m.=2024-02-03T09:00 5 p.m.=2024-02-03T17:00 Saturday=2024-02-03"},
		// no day after the pair: both read on the DCT; a place is no zone
		{"He arrived at 7 a.m. and left at 8 p.m.", "7 a.m.=2024-02-01T07:00 8 p.m.=2024-02-01T20:00"},
		{"The game starts at 8 p.m. Central Park was closed.", "8 p.m.=2024-02-01T20:00"},
		// a second clock with its zone written out gives the first its
		// day as "ET" does
		{"Voting runs from 7 a.m. to 8 p.m. ET Tuesday.", "7 a.m.=2024-01-30T07:00 8 p.m. ET Tuesday=2024-01-30T20:00"},
		{"Voting runs from 7 a.m. to 8 p.m. Eastern time Tuesday.", "7 a.m.=2024-01-30T07:00 8 p.m. Eastern time Tuesday=2024-01-30T20:00"},
		// overnight: a first clock later than the second is the day before
		{"A curfew was in force from 10 p.m. to 6 a.m. Saturday.", "10 p.m.=2024-01-26T22:00 6 a.m. Saturday=2024-01-27T06:00"},
		{"A curfew was in force from 22:00 to 06:00 on Saturday.", "22:00=2024-01-26T22:00 06:00=2024-01-27T06:00 Saturday=2024-01-27"},
		{"The bar was open from 6 p.m. to midnight Saturday.", "6 p.m.=2024-01-27T18:00 midnight Saturday=2024-01-27T24:00"},
	})
}

// TestRangeFromToYear: a range opened with «з»/«від»/"from" and closed
// with «до»/«по»/"to" gives its opening month the year written at its end
// (the year before when a late month opens an early one), as a dash range
// does; a bare year after «до» ("until 1944") does not.
func TestRangeFromToYear(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Бої тривали з січня до вересня 1944 року.", "січня=1944-01 вересня 1944=1944-09"},
		{"З вересня по грудень 1939 року Британія втратила 114 суден.", "вересня=1939-09 грудень 1939=1939-12"},
		{"З червня і до кінця 1943 року союзники зайняли острови.", "червня=1943-06 кінця 1943=1943"},
		{"Бої тривали з листопада по лютий 1940 року.", "листопада=1939-11 лютий 1940=1940-02"},
		{"It lasted from September to December 2014.", "September=2014-09 December 2014=2014-12"},
		// the start or middle of a year ends it: an opening month past
		// that part is the year before's; March before mid-1944 is 1944's
		{"Бої тривали з травня до початку 1944 року.", "травня=1943-05 початку 1944=1944"},
		{"Бої тривали з жовтня до середини 1944 року.", "жовтня=1943-10 середини 1944=1944"},
		{"Бои шли с октября до середины 1944 года.", "октября=1943-10 середины 1944=1944"},
		{"Бої тривали з березня до середини 1944 року.", "березня=1944-03 середини 1944=1944"},
		// every opener of a «з … до …» range: «от», «со», «зі»
		{"Бои шли от января до сентября 1944 года.", "января=1944-01 сентября 1944=1944-09"},
		{"Бои шли с января по сентябрь 1944 года.", "января=1944-01 сентябрь 1944=1944-09"},
		// not a range end with a month: the opening month keeps its own year
		{"Бої тривали з січня до 1944 року.", "січня=2024-01 1944=1944"},
		{"Sales rose in September to $5 million in 2014.", "September=2023-09 2014=2014"},
	})
}

// TestQuotedTodayShow: a capitalised "Today" quoted on its own is NBC's
// programme; a quotation that opens with "Today" and a quoted lower-case
// "today" are the day.
func TestQuotedTodayShow(t *testing.T) {
	checkAllFound(t, []allCase{
		{"Trump told NBC’s “Today” on Monday.", "Monday=2024-01-29"},
		{"Bush is joining the ''Today'' show as an anchor.", ""},
		{"He said \"Today\" was his favourite show.", ""},
		// the day
		{"“Today’s speech shows that we can win,” she said.", "Today=2024-02-01"},
		{"\"Today we won,\" he said.", "Today=2024-02-01"},
		{"“Today,” he said, “we won.”", "Today=2024-02-01"},
		{"He said the vote is \"today.\"", "today=2024-02-01"},
		// a quoted one-word answer with no network or show near it is the
		// day (review of c341e3b)
		{"Asked when the deal would be signed, he said: “Today”.", "Today=2024-02-01"},
		{"Asked when, she answered \"Today\" without pause.", "Today=2024-02-01"},
		// a network or show named near it is still the programme
		{"She appeared on “Today” to promote the book.", ""},
		{"The “Today” host said goodbye.", ""},
	})
}

// TestFarBehindDayAhead: in November, a day in February of the same year
// with no past tense near it is next February's, the nearer one; with a
// past verb it stays this year's.
func TestFarBehindDayAhead(t *testing.T) {
	nov := time.Date(2015, 11, 23, 12, 0, 0, 0, time.UTC)
	checkHasValue(t, nov, []valueCase{
		{"And in New Hampshire, whose Feb. 9 primary election is the first in the nation, Trump leads.", "Feb. 9", "2016-02-09"},
		{"He is departing the show on Jan. 24, five days after his co-star.", "Jan. 24", "2016-01-24"},
		// past
		{"The primary was held on Feb. 9 and Trump won.", "Feb. 9", "2015-02-09"},
		{"He left the show on Jan. 24.", "Jan. 24", "2015-01-24"},
		{"Clinton delivered the speech on July 15.", "July 15", "2015-07-15"},
	})
	// a past event named by its day, or a day after "since" or a present
	// perfect, is not ahead whatever the tense (review of 461b7ca)
	checkHasValue(t, time.Date(2021, 10, 1, 12, 0, 0, 0, time.UTC), []valueCase{
		{"The Jan. 6 attack on the Capitol is being investigated by a House committee.", "Jan. 6", "2021-01-06"},
	})
	checkHasValue(t, time.Date(2022, 11, 15, 12, 0, 0, 0, time.UTC), []valueCase{
		{"Russia's Feb. 24 invasion of Ukraine is the largest war in Europe since 1945.", "Feb. 24", "2022-02-24"},
		{"Prices have soared since the Feb. 24 invasion.", "Feb. 24", "2022-02-24"},
		{"Prices have soared since Feb. 24.", "Feb. 24", "2022-02-24"},
		{"The shop has stayed closed on Feb. 24.", "Feb. 24", "2022-02-24"},
		// a scheduled event still moves ahead
		{"Georgia, whose Feb. 24 primary is the first in the South, is close.", "Feb. 24", "2023-02-24"},
	})
}

// TestYearsInTitlesNoNarrative: years naming treaties ("the 1951
// Convention", "the 1967 Protocol") do not make a news page a history, so
// a day without its year stays near the DCT; three bare old years still
// do.
func TestYearsInTitlesNoNarrative(t *testing.T) {
	mar := time.Date(2016, 3, 10, 12, 0, 0, 0, time.UTC)
	checkHasValue(t, mar, []valueCase{
		{"It is enshrined in the 1951 Convention, the 1967 Protocol and the 1984 Convention against Torture. The policy could cost her in state elections on March 13.", "March 13", "2016-03-13"},
		{"The war began in 1951. Truce talks failed in 1967 and again in 1984. Fighting resumed on March 13.", "March 13", "1984-03-13"},
		// a treaty, act or accord named with its year is a title too
		{"It breaches the 1998 Good Friday Agreement, the 1970 Treaty on Non-Proliferation and the 1965 Voting Rights Act. The policy could cost her in state elections on March 13.", "March 13", "2016-03-13"},
	})
	// other capitalised nouns after "the YEAR" are events of a history
	// told, not titles (review of 7647480)
	mar24 := time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC)
	checkHasValue(t, mar24, []valueCase{
		{"The 1917 Revolution toppled the tsar. The 1918 Armistice ended the war. The union was founded in 1922. On December 30 the new state was proclaimed.", "December 30", "1922-12-30"},
		{"Historians still debate the 1917 Revolution. After the 1918 Armistice the war was over. The union was founded in 1922. On December 30 the new state was proclaimed.", "December 30", "1922-12-30"},
	})
}

// TestSeptElevenAttacks: "Sept. 11" before "attacks", "terrorist
// attacks", "hijackers" or "commission" is 2001's; a memorial held on
// the day, a single "attack" (Benghazi was one too) and a plain date keep
// the usual reading.
func TestSeptElevenAttacks(t *testing.T) {
	checkAllFound(t, []allCase{
		{"He praised the response to the Sept. 11 attacks.", "Sept. 11=2001-09-11"},
		{"Her work after the September 11 terrorist attacks was noted.", "September 11=2001-09-11"},
		{"The Sept. 11 commission wrote the report.", "Sept. 11=2001-09-11"},
		// not 2001's
		{"She left a Sept. 11 memorial event early.", "Sept. 11=2023-09-11"},
		{"After the September 11 attack in Benghazi, four Americans were dead.", "September 11=2023-09-11"},
		{"The vote will be on Sept. 11.", "Sept. 11=2024-09-11"},
	})
}
