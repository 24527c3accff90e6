package ner

import "testing"

// TestWidenTail checks that only the factru style takes the
// prepositional phrase after an organisation's head noun into its name,
// and where the phrase ends.
func TestWidenTail(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"factru", "заседание Комитета/B-ORG по иностранным делам стал", "заседание Комитета/B-ORG по/I-ORG иностранным/I-ORG делам/I-ORG стал"},
		{"factru", "Бюро/B-ORG США/I-ORG по патентам и товарным знакам ( USPTO/B-ORG )",
			"Бюро/B-ORG США/I-ORG по/I-ORG патентам/I-ORG и/I-ORG товарным/I-ORG знакам/I-ORG ( USPTO/B-ORG )"},
		{"factru", "члены Совета/B-ORG при губернаторе Москвы/B-LOC .", "члены Совета/B-ORG при/I-ORG губернаторе/I-ORG Москвы/I-ORG ."},
		{"factru", "Американского/B-ORG бюро/I-ORG по сельскому хозяйству .", "Американского/B-ORG бюро/I-ORG по/I-ORG сельскому/I-ORG хозяйству/I-ORG ."},
		// ends before в, a verb-like word, a capitalised word outside a
		// name, a person; a trailing "и" stays out
		{"factru", "комитетом/B-ORG ООН/I-ORG против пыток в Женеве/B-LOC", "комитетом/B-ORG ООН/I-ORG против/I-ORG пыток/I-ORG в Женеве/B-LOC"},
		{"factru", "Комиссия/B-ORG по делам заявила", "Комиссия/B-ORG по/I-ORG делам/I-ORG заявила"},
		{"factru", "Движения/B-ORG против иммиграции Александр/B-PER Белов/I-PER", "Движения/B-ORG против/I-ORG иммиграции/I-ORG Александр/B-PER Белов/I-PER"},
		{"factru", "Фонда/B-ORG по защите и Иван/B-PER", "Фонда/B-ORG по/I-ORG защите/I-ORG и Иван/B-PER"},
		{"factru", "Совета/B-ORG при Президенте РФ/B-LOC", "Совета/B-ORG при Президенте РФ/B-LOC"},
		// nouns ending as verbs do are in the tail; verbs are not
		{"factru", "Комиссия/B-ORG по обращениям граждан .", "Комиссия/B-ORG по/I-ORG обращениям/I-ORG граждан/I-ORG ."},
		{"factru", "Комитета/B-ORG по вопросам торговли .", "Комитета/B-ORG по/I-ORG вопросам/I-ORG торговли/I-ORG ."},
		{"factru", "Комитет/B-ORG по охране земли и развитию страны заявил",
			"Комитет/B-ORG по/I-ORG охране/I-ORG земли/I-ORG и/I-ORG развитию/I-ORG страны/I-ORG заявил"},
		{"factru", "Совета/B-ORG по делам россиян и англичан принял", "Совета/B-ORG по/I-ORG делам/I-ORG россиян/I-ORG и/I-ORG англичан/I-ORG принял"},
		{"factru", "Комиссия/B-ORG по снижению цен объявлена", "Комиссия/B-ORG по/I-ORG снижению/I-ORG цен/I-ORG объявлена"},
		// a stock phrase after «по» is no tail, nor its start
		{"factru", "Группа/B-ORG Компаний/I-ORG по итогам года", "Группа/B-ORG Компаний/I-ORG по итогам года"},
		{"factru", "Комитета/B-ORG по делам молодёжи по данным полиции",
			"Комитета/B-ORG по/I-ORG делам/I-ORG молодёжи/I-ORG по данным полиции"},
		{"factru", "Фонд/B-ORG по словам директора", "Фонд/B-ORG по словам директора"},
		// a head is a whole word with a case ending
		{"factru", "Центрального/B-ORG Банка/I-ORG по итогам года", "Центрального/B-ORG Банка/I-ORG по итогам года"},
		{"factru", "Центрального/B-ORG Банка/I-ORG по развитию", "Центрального/B-ORG Банка/I-ORG по развитию"},
		{"factru", "Советского/B-ORG Банка/I-ORG по развитию", "Советского/B-ORG Банка/I-ORG по развитию"},
		{"factru", "Центром/B-ORG по развитию", "Центром/B-ORG по/I-ORG развитию/I-ORG"},
		{"factru", "министерству/B-ORG против коррупции", "министерству/B-ORG против/I-ORG коррупции/I-ORG"},
		{"factru", "Ассоциации/B-ORG организаций/I-ORG по охране природы", "Ассоциации/B-ORG организаций/I-ORG по/I-ORG охране/I-ORG природы/I-ORG"},
		// another organisation ends the tail
		{"factru", "Союз/B-ORG по борьбе и Союз/B-ORG по защите прав",
			"Союз/B-ORG по/I-ORG борьбе/I-ORG и Союз/B-ORG по/I-ORG защите/I-ORG прав/I-ORG"},
		{"factru", "Комитет/B-ORG по связям с ЕС/B-ORG", "Комитет/B-ORG по/I-ORG связям/I-ORG с ЕС/B-ORG"},
		// no head noun, a lower-case word after the head, no tail word,
		// not an ORG, another style
		{"factru", "администратора НАСА/B-ORG по космическим полётам", "администратора НАСА/B-ORG по космическим полётам"},
		{"factru", "сборную/B-ORG страны/I-ORG по бобслею", "сборную/B-ORG страны/I-ORG по бобслею"},
		{"factru", "Комитета/B-ORG по .", "Комитета/B-ORG по ."},
		{"factru", "Совет/B-LOC по делам", "Совет/B-LOC по делам"},
		{"nerel", "Комитета/B-ORG по иностранным делам", "Комитета/B-ORG по иностранным делам"},
		{"", "Комитета/B-ORG по иностранным делам", "Комитета/B-ORG по иностранным делам"},
	}, (*Model).widenTail)
}
