package dump

import (
	"strings"
	"testing"
)

// TestClosingCallToAction checks that calls to action ending the body
// (subscribe, follow, get the app, thank you for supporting us) are cut,
// one after another, and that a closing sentence that speaks to the
// reader about the subject stays, as does a call to action inside the
// article.
func TestClosingCallToAction(t *testing.T) {
	head := pageHead
	a := earlierArticle[2:]
	body := strings.Join(a, "\n\n") + "\n\n"
	cases := []bodyCase{
		{"app and newsletter", head + body + "Get the latest news straight to your phone with the City Courier app.\n\nAktuelle Stories und die wichtigsten News direkt in dein Postfach!\n",
			a, []string{"City Courier app", "Postfach"}},
		{"supporting", head + body + "Thank you for supporting the City Courier and our reporters.\n",
			a, []string{"Thank you for supporting"}},
		{"closing sentence about the subject", head + body + "If you live in the north, you will be able to reach the centre in twenty minutes, the mayor promised.\n",
			append([]string{"you will be able to reach the centre"}, a...), nil},
		{"web-app and inside", head + a[0] + "\n\nFollow the city on its own channel: you can share your views on the plan until May.\n\n" + a[1] + "\n\n" + a[2] +
			"\n\nThe workshop will show you every feature of the Web-App that plans the new routes.\n",
			append([]string{"Follow the city", "Web-App"}, a...), nil},
		// plain closing sentences: lower-case sie/ihr(e) are no polite
		// address, and "Folge", "Spenden", "registrierte", "shares"
		// are no call to action
		{"zur Folge", head + body + "Experten warnen, das habe zur Folge, dass sie ihre Pläne für den Ausbau der Strecke noch einmal ändern müsse.\n",
			append([]string{"das habe zur Folge"}, a...), nil},
		{"Spenden", head + body + "Die Kirche sammelt seit Wochen Spenden für die Anwohner der Baustelle, sie will das Geld noch vor Weihnachten verteilen.\n",
			append([]string{"Die Kirche sammelt"}, a...), nil},
		{"registrierte", head + body + "Die Polizei registrierte am Abend keine Zwischenfälle, sie zog ihre Beamten gegen Mitternacht wieder ab.\n",
			append([]string{"Die Polizei registrierte"}, a...), nil},
		{"shares", head + body + "If you own shares in the operator, you should expect a lower dividend while the new line is being built.\n",
			append([]string{"If you own shares"}, a...), nil},
		{"reporting verb", head + body + "If you want to help, donate to the residents' fund at the town hall, the mayor said.\n",
			append([]string{"donate to the residents' fund"}, a...), nil},
		{"polite Sie", head + body + "Unterstützen Sie unseren Journalismus und abonnieren Sie jetzt unseren Newsletter.\n",
			a, []string{"Unterstützen Sie"}},
		{"at most two", head + body + "You can share your views on the plan until May.\n\nFollow us on Twitter.\n\nSign up for your newsletter.\n\nGet the app on your phone.\n",
			append([]string{"You can share your views"}, a...), []string{"Get the app"}},
	}
	checkBodies(t, cases)
}
