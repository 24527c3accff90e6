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
