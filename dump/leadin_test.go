package dump

import "testing"

// TestReadAlsoNotBody checks that "read also" link lines are not body
// even when they score like a sentence, in the languages of the eval sets
// (and the Spanish and Portuguese lead-ins only package dump takes), and
// that a German sentence opening with "Auch auf" stays.
func TestReadAlsoNotBody(t *testing.T) {
	a := earlierArticle[2:]
	mid := midArticle
	cases := []bodyCase{
		{"puedes ver", mid("PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?"), a, []string{"Sunedu"}},
		{"a lire aussi", mid("À lire aussi » Ballonnements, lourdeurs...Quel est votre profil digestif et comment y remédier ?"), a, []string{"Ballonnements"}},
		{"mira tambien", mid("Mirá también"), a, []string{"Mirá también"}},
		{"informate", mid("Informate más"), a, []string{"Informate"}},
		{"veja tambem", mid("Veja Também:"), a, []string{"Veja"}},
		{"read more title", mid("Read more Ballonnements et lourdeurs : quel est votre profil digestif ?"), a, []string{"Ballonnements"}},
		// sentences
		{"more on this later", mid("More on this later, but first the council must approve the budget for next year, which it has refused to do twice."),
			append([]string{"More on this later"}, a...), nil},
		{"puedes verlo", mid("Puedes verlo en el gráfico: los precios de la vivienda en la ciudad subieron un 20 por ciento en los últimos dos años."),
			append([]string{"Puedes verlo en el gráfico"}, a...), nil},
		{"auch auf", mid("Auch auf dem Linux-Rechner müssen wir tätig werden und eine Tool-Sammlung installieren, die Befehle für das Laufwerk bereitstellt."),
			append([]string{"Auch auf dem Linux-Rechner"}, a...), nil},
		// a capital or colon after the lead-in in a long sentence: a proper
		// noun, a German noun or a sentence's colon, no link title
		{"puedes ver netflix", mid("Puedes ver Netflix en el televisor del salón si conectas el teléfono con un cable HDMI, explicó el técnico de la empresa."),
			append([]string{"Puedes ver Netflix"}, a...), nil},
		{"auch interessant colon", mid("Auch interessant: Der Bürgermeister selbst stimmte gegen den Plan, obwohl seine Partei ihn im Wahlkampf noch versprochen hatte."),
			append([]string{"Der Bürgermeister selbst"}, a...), nil},
		{"more on this tuesday", mid("More on this Tuesday's vote will follow once the council has published the minutes of the meeting later this week."),
			append([]string{"More on this Tuesday"}, a...), nil},
	}
	checkBodies(t, cases)
	if LeadIn("Mirá también") {
		t.Errorf("LeadIn (the HTML extractor's) takes dump-only lead-in %q", "Mirá también")
	}
}
