package ner

import (
	"reflect"
	"testing"
)

// TestDropUnnamed checks that only the factru style drops names without a
// capital or a Latin letter, and keeps every other name.
func TestDropUnnamed(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"factru", "1-я/B-ORG партия/I-ORG", "1-я партия"},
		{"factru", "сказало/O правительство/B-ORG России/B-LOC", "сказало правительство России/B-LOC"},
		{"factru", "компании/B-ORG Harles/I-ORG und/I-ORG Jentzsch/I-ORG", "компании/B-ORG Harles/I-ORG und/I-ORG Jentzsch/I-ORG"},
		{"factru", "кремль/B-ORG ./I-ORG рф/I-ORG и/O Газпром/B-ORG", "кремль . рф и Газпром/B-ORG"},
		{"factru", "сервис/O gmail/B-ORG", "сервис gmail/B-ORG"},
		{"factru", "российско-американской/B-LOC группы/O", "российско-американской группы"},
		{"nerel", "полиция/B-ORG сообщила", "полиция/B-ORG сообщила"},
		{"slavic", "пакистанцы/B-PER вышли", "пакистанцы/B-PER вышли"},
		{"", "правительство/B-ORG", "правительство/B-ORG"},
	}, (*Model).dropUnnamed)
}

// TestWidenStreet checks that only the factru style takes a street-type
// noun after a capitalised LOC word into the name.
func TestWidenStreet(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"factru", "на/O Тверской/B-LOC площади/O", "на/O Тверской/B-LOC площади/I-LOC"},
		{"factru", "по/O Кронштадтскому/B-LOC бульвару/O шли", "по/O Кронштадтскому/B-LOC бульвару/I-LOC шли"},
		{"factru", "улица/O Ленина/B-PER площади/O", "улица/O Ленина/B-PER площади/O"},
		{"factru", "в/O Москве/B-LOC площадь/B-ORG", "в/O Москве/B-LOC площадь/B-ORG"},
		{"factru", "в/O Москве/B-LOC сообщили/O", "в/O Москве/B-LOC сообщили/O"},
		{"nerel", "на/O Тверской/B-LOC площади/O", "на/O Тверской/B-LOC площади/O"},
		{"slavic", "на/O Тверской/B-LOC площади/O", "на/O Тверской/B-LOC площади/O"},
	}, (*Model).widenStreet)
}

// TestWidenQuoted checks that only the factru style takes an
// organisation noun before a quoted ORG name into the name, whether or
// not the tagger put the opening mark inside.
func TestWidenQuoted(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"factru", "передала радиостанция «/O Маяк/B-ORG »", "передала радиостанция/B-ORG «/I-ORG Маяк/I-ORG »"},
		{"factru", "эпоху завода \"/B-ORG ЗАЗ/I-ORG \"", "эпоху завода/B-ORG \"/I-ORG ЗАЗ/I-ORG \""},
		{"factru", "институт «/O Коллективное/B-ORG действие/I-ORG »", "институт/B-ORG «/I-ORG Коллективное/I-ORG действие/I-ORG »"},
		// not an organisation noun, or not an ORG, or no quotation mark
		{"factru", "сообщает «/O Интерфакс/B-ORG »", "сообщает «/O Интерфакс/B-ORG »"},
		{"factru", "газета «/O Москва/B-LOC »", "газета «/O Москва/B-LOC »"},
		{"factru", "компании Газпром/B-ORG", "компании Газпром/B-ORG"},
		// already widened (descrTable) or inside another name
		{"factru", "газеты/B-ORG «/I-ORG Правда/I-ORG »", "газеты/B-ORG «/I-ORG Правда/I-ORG »"},
		{"factru", "Партия/B-ORG «/I-ORG Яблоко/I-ORG »", "Партия/B-ORG «/I-ORG Яблоко/I-ORG »"},
		{"nerel", "радиостанция «/O Маяк/B-ORG »", "радиостанция «/O Маяк/B-ORG »"},
		{"slavic", "радиостанция «/O Маяк/B-ORG »", "радиостанция «/O Маяк/B-ORG »"},
		{"", "радиостанция «/O Маяк/B-ORG »", "радиостанция «/O Маяк/B-ORG »"},
	}, (*Model).widenQuoted)
}

// TestWidenPlace checks that only the factru style takes a place-kind
// noun before a capitalised LOC name into the name.
func TestWidenPlace(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"factru", "в реке Славянка/B-LOC .", "в реке/B-LOC Славянка/I-LOC ."},
		{"factru", "на мысе Канаверал/B-LOC во Флориде/B-LOC", "на мысе/B-LOC Канаверал/I-LOC во Флориде/B-LOC"},
		{"factru", "жители поселка Петро-Славянка/B-LOC", "жители поселка/B-LOC Петро-Славянка/I-LOC"},
		{"factru", "от штата Аризона/B-LOC Гэбриэль/B-PER", "от штата/B-LOC Аризона/I-LOC Гэбриэль/B-PER"},
		// not a kind of place, not a LOC, or a form the list lacks
		{"factru", "в реклама Москва/B-LOC", "в реклама Москва/B-LOC"},
		{"factru", "в городе Газпром/B-ORG", "в городе Газпром/B-ORG"},
		{"factru", "столица России/B-LOC", "столица России/B-LOC"},
		{"factru", "реки/B-LOC Славянки/I-LOC", "реки/B-LOC Славянки/I-LOC"},
		{"nerel", "в реке Славянка/B-LOC", "в реке Славянка/B-LOC"},
		{"slavic", "в реке Славянка/B-LOC", "в реке Славянка/B-LOC"},
	}, (*Model).widenPlace)
}

// styleCase is a sentence in sent's "word/LABEL" form before and after a
// style-gated decoding rule.
type styleCase struct{ style, in, want string }

// checkStyleRule runs rule over each case's labels under the case's style
// and compares them with the wanted labels.
func checkStyleRule(t *testing.T, cases []styleCase, rule func(*Model, []string, []string)) {
	t.Helper()
	for _, c := range cases {
		in, want := sent("", c.in), sent("", c.want)
		got := append([]string(nil), in.Labels...)
		rule((&Model{}).WithStyle(c.style), in.Words, got)
		if !reflect.DeepEqual(got, want.Labels) {
			t.Errorf("%s %q: labels %v, want %v", c.style, c.in, got, want.Labels)
		}
	}
}
