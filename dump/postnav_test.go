package dump

import "testing"

// TestPostNavNotBody checks that links to the previous or next post are
// not body, and that lines opening with a quotation or an arrow inside a
// sentence stay.
func TestPostNavNotBody(t *testing.T) {
	a := earlierArticle[2:]
	mid := midArticle
	cases := []bodyCase{
		{"arrows", mid("← Das irrwitzige IKT-Theater dieses Landes → Warum Michel Reimon nach Brüssel muss"), a, []string{"IKT-Theater"}},
		{"left arrow", mid("← Sinnvoll und aktiv auf das Abitur lernen"), a, []string{"Abitur"}},
		{"article suivant", mid("Article suivant Après une mise en quarantaine au cours de laquelle ils ont été placés sous contrôle médical : Les Tunisiens rapatriés de Wuhan rentrent enfin chez eux"),
			a, []string{"quarantaine"}},
		{"vorheriger beitrag", mid("Vorheriger Beitrag Previous post: Verschlüsseln Terroristen ihre E-Mails? Keiner weiß es"), a, []string{"Terroristen"}},
		{"previous article", mid("PREVIOUS ARTICLENEXT ARTICLE"), a, []string{"PREVIOUS"}},
		{"glued title", mid("Vorheriger ArtikelVerbände lehnen Behandlungsverordnung für Altfahrzeug-Demontage ab"), a, []string{"Behandlungsverordnung"}},
		{"next post colon", mid("Next post: Warum Michel Reimon nach Brüssel muss"), a, []string{"Michel Reimon"}},
		{"dotted capital", mid("Next article: İstanbul'da tramvay hattı uzatılıyor"), a, []string{"tramvay"}},
		{"guillemet link", mid("« Speicher via SSHFS mounten und Truecrypt Container laden"), a, []string{"SSHFS"}},
		// article text
		{"quotation", mid("« Nous ne lâcherons rien », a déclaré la maire devant le conseil municipal réuni en séance extraordinaire."),
			append([]string{"Nous ne lâcherons rien"}, a...), nil},
		{"arrow inside", mid("Den Text des Songs kann man nun → hier lesen, dort wird das Lied auch ab 11. August zum Download angeboten."),
			append([]string{"Den Text des Songs"}, a...), nil},
		{"previous articles", mid("Previous articles in this series looked at the cost of the tunnel and the trees that must be felled along the route."),
			append([]string{"Previous articles in this series"}, a...), nil},
		{"guillemet ellipsis", mid("« Nous voulons le tram avant 2027, et nous l'aurons…"), append([]string{"Nous voulons le tram"}, a...), nil},
		{"post-war", mid("Previous post-war governments had tried to reform the pension system, but every attempt failed in parliament."),
			append([]string{"Previous post-war governments"}, a...), nil},
		{"naechster artikel der serie", mid("Nächster Artikel der Serie erscheint am Montag und befasst sich mit den Kosten des neuen Tunnels."),
			append([]string{"Nächster Artikel der Serie"}, a...), nil},
		{"previous post in this series", mid("Previous post in this series looked at the tunnel."),
			append([]string{"Previous post in this series"}, a...), nil},
		{"next in a sentence", mid("Next year the line will reach the airport, the operator said, and the trams will run every six minutes."),
			append([]string{"Next year the line"}, a...), nil},
	}
	checkBodies(t, cases)
}
