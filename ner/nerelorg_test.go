package ner

import "testing"

// TestWidenBody checks that only the NEREL and factru styles make a lower-case state
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
		// factRuEval's style: the same, but not «власти»
		{"factru", "правительство Италии/B-LOC заявило", "правительство/B-ORG Италии/I-ORG заявило"},
		{"factru", "парламенту Чечни/B-LOC", "парламенту/B-ORG Чечни/I-ORG"},
		{"factru", "власти Беларуси/B-LOC заявили", "власти Беларуси/B-LOC заявили"},
		{"factru", "спецслужбы Северной/B-LOC Кореи/I-LOC", "спецслужбы Северной/B-LOC Кореи/I-LOC"},
		{"factru", "правительство Руснока/B-PER", "правительство Руснока/B-PER"},
		{"factru", "граница России/B-LOC", "граница России/B-LOC"},
		// other styles
		{"slavic", "правительство Италии/B-LOC", "правительство Италии/B-LOC"},
		{"", "правительство Италии/B-LOC", "правительство Италии/B-LOC"},
	}, (*Model).widenBody)
}

// TestWidenAdjBody checks that only the NEREL style makes a place
// adjective named a place and the body noun after it one organisation.
func TestWidenAdjBody(t *testing.T) {
	checkStyleRule(t, []styleCase{
		{"nerel", "для чего японским/B-LOC парламентом принят закон", "для чего японским/B-ORG парламентом/I-ORG принят закон"},
		{"nerel", "российские/B-LOC власти заявили", "российские/B-ORG власти/I-ORG заявили"},
		{"nerel", "американской/B-LOC администрации", "американской/B-ORG администрации/I-ORG"},
		// not a body noun, not an adjective in -ский, a name already,
		// a capitalised adjective, a noun in a name, a longer LOC name
		{"nerel", "французский/B-LOC журналист Уильям/B-PER", "французский/B-LOC журналист Уильям/B-PER"},
		{"nerel", "российский/B-LOC парламентарий", "российский/B-LOC парламентарий"},
		{"nerel", "новые/B-LOC власти", "новые/B-LOC власти"},
		{"nerel", "японским/B-ORG парламентом/I-ORG", "японским/B-ORG парламентом/I-ORG"},
		{"nerel", "Японским/B-LOC парламентом", "Японским/B-LOC парламентом"},
		{"nerel", "российские/B-LOC власти/B-ORG", "российские/B-LOC власти/B-ORG"},
		{"nerel", "Южно/B-LOC российские/I-LOC власти", "Южно/B-LOC российские/I-LOC власти"},
		{"nerel", "российские/B-PER власти", "российские/B-PER власти"},
		// other styles
		{"factru", "российские/B-LOC власти", "российские/B-LOC власти"},
		{"slavic", "российские/B-LOC власти", "российские/B-LOC власти"},
		{"", "российские/B-LOC власти", "российские/B-LOC власти"},
	}, (*Model).widenAdjBody)
}
