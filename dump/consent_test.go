package dump

import (
	"strings"
	"testing"
)

// TestConsentNotices checks that cookie, privacy and consent notices set
// inside an article (an embed's placeholder, a newsletter form's consent
// line) are not body, and that an article about privacy keeps its
// sentences, as does a single article sentence that speaks of privacy
// without addressing the reader.
func TestConsentNotices(t *testing.T) {
	head := pageHead
	a := earlierArticle[2:]
	tracking := []string{
		"The regulator found that the shop's website tracked its visitors before they could accept or refuse, which breaks the privacy law that came into force last year.",
		"Under the new rules a website must ask for consent before it follows its visitors, and refusing must be as easy as accepting, the regulator said on Monday.",
		"Privacy groups welcomed the decision but said that many other sites still nudge their users to click on the button that accepts everything at once.",
	}
	cases := []bodyCase{
		{"embed placeholder", head + a[0] + "\n\nWir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.\n\n" +
			a[1] + "\n\nKlicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.\n\n" + a[2] + "\n",
			a, []string{"Wir respektieren", "Klicken Sie"}},
		{"youtube cookies", head + a[0] + "\n\n" + a[1] + "\n\nPlease accept YouTube cookies to play this video. By accepting you will be accessing content from YouTube, a service provided by an external third party.\n\n" + a[2] + "\n",
			a, []string{"Please accept"}},
		{"privacy is the topic", head + strings.Join(tracking, "\n\n") + "\n",
			tracking, nil},
		{"article sentence", head + a[0] + "\n\nThe minister said the privacy rules for the ticket app would be tightened before the line opens.\n\n" + a[1] + "\n\n" + a[2] + "\n",
			append([]string{"The minister said the privacy rules"}, a...), nil},
		// article sentences that speak of privacy and accepting or
		// consenting, without addressing the reader about the site
		{"minister would not accept", head + a[0] + "\n\nThe minister said the government would not accept weaker privacy rules for the ticket app, whatever the operator wants.\n\n" + a[1] + "\n\n" + a[2] + "\n",
			append([]string{"would not accept weaker privacy rules"}, a...), nil},
		{"court heard consent", head + a[0] + "\n\nThe court heard that the woman had not given her consent and the defendant did not accept the charges against him.\n\n" + a[1] + "\n\n" + a[2] + "\n",
			append([]string{"had not given her consent"}, a...), nil},
		{"Datenschutz zustimmen", head + a[0] + "\n\nDer Minister sagte, die Stadt werde dem Datenschutz zustimmen, wenn die Fahrgäste ihre Daten selbst löschen können.\n\n" + a[1] + "\n\n" + a[2] + "\n",
			append([]string{"dem Datenschutz zustimmen"}, a...), nil},
	}
	checkBodies(t, cases)
}
