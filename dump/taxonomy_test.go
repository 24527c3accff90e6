package dump

import (
	"strings"
	"testing"
)

// TestTaxonomyNotBody checks that tag, category and "filed under" lines
// around the article (in the languages of the eval sets) are not body,
// and that sentences opening with the same words stay.
func TestTaxonomyNotBody(t *testing.T) {
	head := pageHead
	a := earlierArticle[2:]
	body := strings.Join(a, "\n\n") + "\n\n"
	mid := midArticle
	cases := []bodyCase{
		{"tags", mid("Tags: Freeride, Skitour"), a, []string{"Freeride"}},
		{"filed under", mid("Filed under 2020 Election"), a, []string{"2020 Election"}},
		{"tagged with", mid("Tagged with: Tram, Northern districts, City council"), a, []string{"Northern districts"}},
		{"topics twice", head + a[0] + "\n\nTopics: Politics\n\n" + strings.Join(a[1:len(a)-1], "\n\n") + "\n\nTopics: Politics, Tram\n\n" + a[len(a)-1] + "\n",
			a, []string{"Topics"}},
		{"category twice", head + "Category: Local news\n\n" + a[0] + "\n\nCategory: Local news\n\n" + strings.Join(a[1:], "\n\n") + "\n", a, []string{"Local news"}},
		{"category with a space", mid("Category : Press Releases"), a, []string{"Press Releases"}},
		{"themen", mid("Themen: Pressefreiheit"), a, []string{"Pressefreiheit"}},
		{"wordpress footer", head + body + "This entry was posted in Allgemein. Bookmark the permalink.\n", a, []string{"Bookmark the permalink"}},
		{"german wordpress footer", head + body + "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 von Simon Dückert. Permanentlink.\n",
			a, []string{"verschlagwortet"}},
		{"posted in", mid("Posted in Datenschutz by damianduchamps on August 3, 2019"), a, []string{"Datenschutz"}},
		{"etiquetas", mid("Etiquetas: política, Honduras, elecciones"), a, []string{"Etiquetas"}},
		// sentences, not labels
		{"published in a sentence", mid("Veröffentlicht in der Zeitschrift Nature, zeigt die Studie der Universität, dass die neue Linie den Verkehr in der Innenstadt um ein Viertel verringern könnte."),
			append([]string{"Veröffentlicht in der Zeitschrift Nature"}, a...), nil},
		{"filed under seal", mid("Filed under seal in March, the complaint accuses the contractor of billing the city for work on the tunnel that was never done."),
			append([]string{"Filed under seal in March"}, a...), nil},
		{"tagged with a collar", mid("Tagged with a GPS collar last year, the wolf has since crossed into three countries and covered more than 1,500 kilometres."),
			append([]string{"Tagged with a GPS collar"}, a...), nil},
		{"awards list", head + a[0] + "\n\nCategory: Best Picture – Oppenheimer, produced by Emma Thomas, Charles Roven and Christopher Nolan\n\nCategory: Best Director – Christopher Nolan for Oppenheimer, his first win after eight nominations\n\n" + strings.Join(a[1:], "\n\n") + "\n",
			append([]string{"Category: Best Picture", "Category: Best Director"}, a...), nil},
		{"topics in a sentence", mid("Topics discussed at the meeting: the cost of the tunnel, the noise at night and the trees that must be felled along the route."),
			append([]string{"Topics discussed at the meeting"}, a...), nil},
	}
	checkBodies(t, cases)
}
