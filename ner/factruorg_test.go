package ner

import "testing"

// TestWidenOrgNoun checks that only the factru style takes an
// organisation noun before an unquoted name into an ORG name, and that it
// leaves persons and other words alone.
func TestWidenOrgNoun(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"factru", "проводится медиакомпанией Deutsche/B-ORG Welle/I-ORG и", "проводится медиакомпанией/B-ORG Deutsche/I-ORG Welle/I-ORG и"},
		{"factru", "акции компании Microsoft/B-ORG", "акции компании/B-ORG Microsoft/I-ORG"},
		{"factru", "капитан клуба Тоттенхэм/B-LOC Хотспур/I-LOC Ледли/B-PER", "капитан клуба/B-ORG Тоттенхэм/I-ORG Хотспур/I-ORG Ледли/B-PER"},
		{"factru", "банк Китая/B-LOC", "банк/B-ORG Китая/I-ORG"},
		{"factru", "капитан клуба Челси/B-LOC", "капитан клуба/B-ORG Челси/I-ORG"},
		{"factru", "агентству Рейтер/B-LOC", "агентству/B-ORG Рейтер/I-ORG"},
		{"factru", "банк Украины/B-LOC", "банк/B-ORG Украины/I-ORG"},
		// a plural or prepositional noun, or «обществ-», before a place
		// name in Cyrillic: the country's organisations, no name
		{"factru", "в обществе Германии/B-LOC", "в обществе Германии/B-LOC"},
		{"factru", "что банки России/B-LOC растут", "что банки России/B-LOC растут"},
		{"factru", "предприятия Украины/B-LOC", "предприятия Украины/B-LOC"},
		{"factru", "клубы Англии/B-LOC", "клубы Англии/B-LOC"},
		{"factru", "банки Украины/B-LOC и фонды Европы/B-LOC", "банки Украины/B-LOC и фонды Европы/B-LOC"},
		{"factru", "фондов Европы/B-LOC", "фондов Европы/B-LOC"},
		{"factru", "общества Германии/B-LOC", "общества Германии/B-LOC"},
		// ... but such a noun before a Latin name or an ORG name still joins it
		{"factru", "компании Harles/B-LOC und/I-LOC Jentzsch/I-LOC", "компании/B-ORG Harles/I-ORG und/I-ORG Jentzsch/I-ORG"},
		{"factru", "фракции КПРФ/B-ORG", "фракции/B-ORG КПРФ/I-ORG"},
		// a person (the party's leader), no organisation noun (a word
		// that only starts as one, or none), a lower-case name, a noun
		// already in a name, a capitalised noun
		{"factru", "главу партии Сергея/B-PER Митрохина/I-PER", "главу партии Сергея/B-PER Митрохина/I-PER"},
		{"factru", "журналист Виктор/B-PER", "журналист Виктор/B-PER"},
		{"factru", "банкир Москвы/B-LOC", "банкир Москвы/B-LOC"},
		{"factru", "в центре Москвы/B-LOC", "в центре Москвы/B-LOC"},
		{"factru", "компании gmail/B-ORG", "компании gmail/B-ORG"},
		{"factru", "компании/B-ORG Microsoft/I-ORG", "компании/B-ORG Microsoft/I-ORG"},
		{"factru", "Компании Microsoft/B-ORG", "Компании Microsoft/B-ORG"},
		// other styles
		{"nerel", "компании Microsoft/B-ORG", "компании Microsoft/B-ORG"},
		{"slavic", "компании Microsoft/B-ORG", "компании Microsoft/B-ORG"},
		{"", "компании Microsoft/B-ORG", "компании Microsoft/B-ORG"},
	}, (*Model).widenOrgNoun)
}
