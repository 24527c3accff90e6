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
	head := "Home\n\n• News\n• Sport\n\nTram line to reach the northern districts by 2027\n\n"
	a := earlierArticle[2:]
	body := strings.Join(a, "\n\n") + "\n\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"app and newsletter", head + body + "Get the latest news straight to your phone with the City Courier app.\n\nAktuelle Stories und die wichtigsten News direkt in dein Postfach!\n",
			a, []string{"City Courier app", "Postfach"}},
		{"supporting", head + body + "Thank you for supporting the City Courier and our reporters.\n",
			a, []string{"Thank you for supporting"}},
		{"closing sentence about the subject", head + body + "If you live in the north, you will be able to reach the centre in twenty minutes, the mayor promised.\n",
			append([]string{"you will be able to reach the centre"}, a...), nil},
		{"web-app and inside", head + a[0] + "\n\nFollow the city on its own channel: you can share your views on the plan until May.\n\n" + a[1] + "\n\n" + a[2] +
			"\n\nThe workshop will show you every feature of the Web-App that plans the new routes.\n",
			append([]string{"Follow the city", "Web-App"}, a...), nil},
	}
	for _, c := range cases {
		checkBody(t, c.name, c.text, c.want, c.not)
	}
}
