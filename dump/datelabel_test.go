package dump

import "testing"

// TestDatelineBetween: a long lead paragraph between the headline and the
// body that opens with a dateline gives the date; a lead paragraph the date
// runs on in, one whose date comes after more than four words, and a
// dateline above the headline give none.
func TestDatelineBetween(t *testing.T) {
	const lead = " Die künftige Zusammenarbeit mit dem Welternährungsprogramm stand im Mittelpunkt eines Treffens von Entwicklungsministerin Schulze mit dem Exekutivdirektor, der dafür eigens nach Berlin gereist war."
	body := "Ministerin Schulze: „Die Bekämpfung des Hungers in der Welt ist für mich eine Priorität, und die Zusammenarbeit mit dem Programm ist dafür unverzichtbar.“"
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"press release dateline", []string{"Aktuelles", "Schulze: Deutschland steht an der Seite des Welternährungsprogramms", "Pressemitteilung vom 25. Januar 2022 | Berlin –" + lead, body}, "2022-01-25"},
		{"place and date before a dash", []string{"Aktuelles", "Schulze trifft den Exekutivdirektor", "Berlin, 3. Februar 2022 –" + lead, body}, "2022-02-03"},
		{"a date the lead runs on from", []string{"Aktuelles", "Schulze trifft den Exekutivdirektor", "Am 25. Januar 2022 traf die Ministerin" + lead, body}, ""},
		{"a date deep in the lead", []string{"Aktuelles", "Schulze trifft den Exekutivdirektor", "Die Ministerin und der Direktor trafen sich am 25. Januar 2022 –" + lead, body}, ""},
		{"a dateline above the headline", []string{"Pressemitteilung vom 25. Januar 2022 | Berlin –" + lead, "Schulze trifft den Exekutivdirektor", body, body}, ""},
	}
	for _, c := range cases {
		if got := DateNear(c.lines, 1, 3); got != c.want {
			t.Errorf("%s: DateNear = %q, want %q", c.name, got, c.want)
		}
	}
}
