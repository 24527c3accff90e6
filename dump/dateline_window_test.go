package dump

import "testing"

// TestDatelineDeeper: a paragraph that opens with its date ("27.1.2022 -
// Bei …") is the dateline up to datelineWindow lines into the body (under
// a standfirst, a byline or a credit); past the first two lines a date the
// sentence runs on from ("Wir suchen zum 1. April 2016 (…") is not, nor is
// a dateline past the window.
func TestDatelineDeeper(t *testing.T) {
	const rest = " Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Menschen lange kaum sichtbar, sagt die Initiative."
	stand := "Zum Tag des Gedenkens an die Opfer des Nationalsozialismus erinnern die Initiativen der Stadt an lesbische Frauen, die verfolgt wurden."
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"dateline under standfirst and byline", []string{"Menu", "Holocaust-Gedenktag in Berlin", stand, "Von Claudia Lindner", "Alexandra Sackmann", "27.1.2022 -" + rest}, "2022-01-27"},
		{"dateline under three subheads", []string{"Menu", "Arbeitslosenzahlen 2022", "Entwicklung des Arbeitsmarkts", "Januar", "01.02.2022 „Der Arbeitsmarkt ist gut gestartet“, sagte der Vorstand." + rest}, "2022-02-01"},
		{"run-on date in the third line", []string{"Menu", "MedienpädagogIn in München gesucht", stand, stand + " Mehr dazu unten.", "Wir suchen zum 1. April 2016 (ggf. früherer Start möglich) eine Pädagogin." + rest}, ""},
		{"dateline past the window", []string{"Menu", "Holocaust-Gedenktag in Berlin", stand, "Von Claudia Lindner", stand + " Zweitens.", stand + " Drittens.", "27.1.2022 -" + rest}, ""},
	}
	for _, c := range cases {
		if got := DateNear(c.lines, 1, 2); got != c.want {
			t.Errorf("%s: DateNear = %q, want %q", c.name, got, c.want)
		}
	}
}
