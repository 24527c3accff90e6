package dump

import "testing"

// TestLicenseNotBody checks that a page's licence notice is not body,
// and that sentences about Creative Commons licences stay.
func TestLicenseNotBody(t *testing.T) {
	a := earlierArticle[2:]
	mid := midArticle
	cases := []bodyCase{
		{"unless otherwise stated", mid("Unless otherwise stated, the content of this page is licensed under Creative Commons Attribution-ShareAlike 3.0 License"),
			a, []string{"Unless otherwise stated"}},
		{"german text licence", mid("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden."),
			a, []string{"CC-BY-NC-ND"}},
		{"published under", mid("Boing Boing is published under a Creative Commons license except where otherwise noted."), a, []string{"Boing Boing"}},
		// sentences about licences
		{"about the licences", mid("Creative Commons Lizenzen unterstützen eine Kultur des Teilens und der Weiterentwicklung, sagte die Sprecherin der Stadtbibliothek."),
			append([]string{"Kultur des Teilens"}, a...), nil},
		{"reported licence", mid("From next year, all photos taken by the city's archive will be published under a Creative Commons licence, the mayor said."),
			append([]string{"From next year, all photos"}, a...), nil},
		{"icc by", mid("The warrant requested from the ICC by the prosecutors was published under seal last week, weeks before the tram contract was signed."),
			append([]string{"The warrant requested from the ICC"}, a...), nil},
		{"licensed software", mid("Docker is licensed under the Apache License, Version 2.0, and the city's developers have contributed two patches to it."),
			append([]string{"Docker is licensed"}, a...), nil},
	}
	checkBodies(t, cases)
}
