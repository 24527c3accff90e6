package ner

import "testing"

// TestWidenBody checks that only the NEREL style makes a lower-case state
// body noun and the place after it one organisation name.
func TestWidenBody(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"nerel", "правительство Италии/B-LOC заявило", "правительство/B-ORG Италии/I-ORG заявило"},
		{"nerel", "матч сборной России/B-LOC по футболу", "матч сборной/B-ORG России/I-ORG по футболу"},
		{"nerel", "правительство Кыргызской/B-LOC Республики/I-LOC", "правительство/B-ORG Кыргызской/I-ORG Республики/I-ORG"},
		{"nerel", "обвиняемый властями США/B-LOC в", "обвиняемый властями/B-ORG США/I-ORG в"},
		{"nerel", "власть Москвы/B-LOC", "власть/B-ORG Москвы/I-ORG"},
		{"nerel", "работал в посольствах Японии/B-LOC", "работал в посольствах/B-ORG Японии/I-ORG"},
		// a person after the noun, a capitalised noun, a noun already
		// in a name, a word that only starts as a body noun does, no
		// body noun
		{"nerel", "правительство Руснока/B-PER", "правительство Руснока/B-PER"},
		{"nerel", "Правительство России/B-LOC", "Правительство России/B-LOC"},
		{"nerel", "Посольство/B-ORG США/I-ORG", "Посольство/B-ORG США/I-ORG"},
		{"nerel", "парламентарии Франции/B-LOC", "парламентарии Франции/B-LOC"},
		{"nerel", "граница России/B-LOC", "граница России/B-LOC"},
		// other styles
		{"factru", "правительство Италии/B-LOC", "правительство Италии/B-LOC"},
		{"slavic", "правительство Италии/B-LOC", "правительство Италии/B-LOC"},
		{"", "правительство Италии/B-LOC", "правительство Италии/B-LOC"},
	}, (*Model).widenBody)
}
