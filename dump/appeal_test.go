package dump

import "testing"

// TestAppealNotBody checks that a site's appeal for support or donations
// is not body, and that quoted or reported calls for support and a
// campaign paragraph ending with one stay.
func TestAppealNotBody(t *testing.T) {
	a := earlierArticle[2:]
	mid := midArticle
	cases := []bodyCase{
		{"rely on your support", mid("We rely on your support to make local news available to all"), a, []string{"rely on your support"}},
		{"ihr beitrag hilft", mid("Ihr Beitrag hilft, unsere Berichterstattung noch weiter auszubauen und diese weiterhin kostenlos und top-aktuell zu Verfügung zu stellen."),
			a, []string{"Ihr Beitrag hilft"}},
		{"thank you", mid("Thank you for your support!"), a, []string{"Thank you for your support"}},
		{"with your support", mid("Only with your support can we keep reporting on the city"), a, []string{"Only with your support"}},
		{"fais un don", mid("Je fais un don à Attac"), a, []string{"fais un don"}},
		{"periodismo", mid("Tú también puedes hacer periodismo incómodo. Cancela cuando quieras."), a, []string{"periodismo incómodo"}},
		// article text
		{"quoted", mid("\"It is only when it's closed we realise how much we all miss it and we will need your support more than ever when we reopen,\" the owner wrote."),
			append([]string{"we will need your support"}, a...), nil},
		{"reported", mid("The mayor thanked residents for your support during the works, she said, and promised a street party when the line opens."),
			append([]string{"thanked residents"}, a...), nil},
		{"question", mid("Mayor, why did you withdraw your support for the northern tram line last spring?"),
			append([]string{"why did you withdraw your support"}, a...), nil},
		{"question first sentence", mid("Does the mayor still need your support? Voters in the north will decide on Sunday."),
			append([]string{"Does the mayor still need your support"}, a...), nil},
		{"campaign paragraph", mid("Daher fordern wir ein eigenständiges Ministerium für Tierschutz, das sich ausschließlich für die Tiere einsetzt. Bitte unterstützen Sie unsere Forderung und unterschreiben Sie unsere Petition."),
			append([]string{"Daher fordern wir"}, a...), nil},
	}
	checkBodies(t, cases)
}
