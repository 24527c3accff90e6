package dump

import "testing"

// TestDisclosureNotBody checks that affiliate-link, advertising and
// opinion disclaimers beside the article are not body, and that
// sentences about affiliates, advertising or a complaint ("Anzeige")
// stay.
func TestDisclosureNotBody(t *testing.T) {
	a := earlierArticle[2:]
	mid := midArticle
	cases := []bodyCase{
		{"affiliate links", mid("This post and the photos within it may contain affiliate links. If you purchase something through the link, I may receive a small commission at no extra charge to you."),
			a, []string{"affiliate links"}},
		{"affiliate german", mid("Die mit Sternchen (*) gekennzeichneten Links sind sogenannte »Affiliate-Links«. Wenn du auf so einen Affiliate-Link klickst und über diesen Link einkaufst, bekomme ich eine Provision."),
			a, []string{"Affiliate-Link"}},
		{"advertisers", mid("This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products."),
			a, []string{"our advertisers"}},
		{"werbung label", mid("*Werbung. Dieser Beitrag enthält Werbung für MYMARINI."), a, []string{"MYMARINI"}},
		{"anzeige tag", mid("Anzeige [ac]"), a, []string{"Anzeige"}},
		{"werbung fuer label", mid("WERBUNG für Plantur Farbshampoo"), a, []string{"Plantur"}},
		{"views expressed", mid("The views expressed in this column are those of the author and do not necessarily reflect the position of the newspaper."), a, []string{"views expressed"}},
		{"associates participant", mid("We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to Amazon.com and affiliated sites."),
			a, []string{"Associates Program"}},
		{"teilnehmer participant", mid("Wir sind Teilnehmer des Amazon Partnerprogramms, das zur Bereitstellung eines Mediums für Websites konzipiert wurde, mittels dessen durch die Platzierung von Links zu Amazon.de Werbekostenerstattung verdient werden kann."),
			a, []string{"Amazon Partnerprogramms"}},
		{"opinions", mid("Les opinions exprimées dans les blogs du Monde diplomatique n'engagent que leurs auteurs."), a, []string{"opinions exprimées"}},
		// article sentences
		{"affiliates in a sentence", mid("With a network of staff, board, and affiliates around the world, the foundation provides free licences to schools and libraries in forty countries."),
			append([]string{"affiliates around the world"}, a...), nil},
		{"complaint", mid("Anzeige gegen Unbekannt"), append([]string{"Anzeige gegen Unbekannt"}, a...), nil},
		{"not necessarily reflect", mid("The poll results do not necessarily reflect the views of all residents, the researchers cautioned, since only 400 people took part in the survey."),
			append([]string{"The poll results"}, a...), nil},
		{"compensation in the news", mid("Residents who lose their homes may receive compensation of up to 10,000 euros under the scheme, the council said on Tuesday."),
			append([]string{"Residents who lose their homes"}, a...), nil},
		{"associates program in the news", mid("Amazon said it would cut the rates it pays sites in its Associates Program, the affiliate program that lets publishers earn a fee on sales."),
			append([]string{"Amazon said it would cut"}, a...), nil},
		{"teilnehmer in the news", mid("Amazon kürzt die Provisionen für Teilnehmer seines Partnerprogramms, wie das Handelsblatt am Dienstag berichtete, und trifft damit vor allem kleine Blogs."),
			append([]string{"Amazon kürzt die Provisionen"}, a...), nil},
		{"views expressed reported", mid("The views expressed by the minister do not necessarily reflect government policy, a spokesman for the ministry said on Monday."),
			append([]string{"The views expressed by the minister"}, a...), nil},
		{"werbung subhead", mid("Werbung für Abtreibung bleibt verboten"), append([]string{"Werbung für Abtreibung"}, a...), nil},
		{"advertising in a sentence", mid("Deals shown in the first paragraph of a story are chosen by the editors. The following offers carry affiliate links, the company said."),
			append([]string{"Deals shown"}, a...), nil},
	}
	checkBodies(t, cases)
}
