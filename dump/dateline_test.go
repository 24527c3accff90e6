package dump

import "testing"

// TestDatelineLead: a date that opens a paragraph and is set off from its
// text is the paragraph's dateline; a date the sentence runs on from, one
// after more than four words, or none, is not.
func TestDatelineLead(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes waren queere Opfer oft unsichtbar.", "2022-01-27"},
		{"Pressemitteilung vom 25. Januar 2022 |  Berlin – Die künftige Zusammenarbeit stand im Mittelpunkt.", "2022-01-25"},
		{"Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und Christen ihrer Angehörigen.", "2021-11-12"},
		{"01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr 2022 gestartet.“", "2022-02-01"},
		{"KYIV, March 3, 2024 — Ukraine's parliament passed the bill on Friday.", "2024-03-03"},
		{"Praha 13. 1. 2020 - Vláda dnes schválila novelu zákona.", "2020-01-13"},
		{"Am 15. Januar 2021 wurde die Anlage eröffnet, wie die Stadt mitteilte.", ""},
		{"The plant, which the city says opened on 15 January 2021, is closed.", ""},
		{"Darmstadt - Januar 2021. Mit Hilfe hochenergetischer Protonen lassen sich Nukleonen herausschlagen.", ""},
		{"No date in this paragraph at all.", ""},
	}
	for _, c := range cases {
		got, ok := datelineLead(c.text, false)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("datelineLead(%q) = %q, %v; want %q", c.text, got, ok, c.want)
		}
	}
}
