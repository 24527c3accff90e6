package dump

import (
	"strings"
	"testing"
)

// articleWith is a page whose body is earlierArticle's paragraphs with
// lines put between the first and the rest (mid) and after the last one
// (tail), under a small site header and above a short footer.
func articleWith(mid, tail []string) string {
	a := earlierArticle[2:]
	parts := []string{a[0]}
	parts = append(parts, mid...)
	parts = append(parts, a[1:]...)
	parts = append(parts, tail...)
	return pageHead + strings.Join(parts, "\n") + "\n\n\nImpressum\n\nKontakt\n"
}

// TestListAfterRun: a list that the article's last line introduces with
// a colon is body; a list under a share, read-also or short label line,
// under a line without a colon, or of teaser links is not.
func TestListAfterRun(t *testing.T) {
	checkBodies(t, []bodyCase{
		{name: "bulleted list after its introduction",
			text: articleWith(nil, []string{"The council listed the changes that the new line will bring to the northern districts:",
				"• Trams every ten minutes", "• Two new stops near the hospital", "• Night trams at weekends"}),
			want: []string{"changes that the new line", "Trams every ten minutes", "Two new stops near the hospital", "Night trams at weekends"}},
		{name: "numbered list, German",
			text: articleWith(nil, []string{"Die Stadt nennt für den Ausbau der Linie vor allem drei Gründe:",
				"1. Die Busse sind überfüllt", "2. Die Straßen sind zu eng", "3. Die Läden wollen Kundschaft"}),
			want: []string{"Die Busse sind überfüllt", "Die Straßen sind zu eng", "Die Läden wollen Kundschaft"}},
		{name: "the list ends at the first line that is no item",
			text: articleWith(nil, []string{"The council listed the changes that the new line will bring to the northern districts:",
				"• Trams every ten minutes", "• Two new stops near the hospital", "Advertisement", "• Cheap flights to Mallorca now"}),
			want: []string{"Two new stops near the hospital"}, not: []string{"Cheap flights"}},
		{name: "a one-word item ends the list",
			text: articleWith(nil, []string{"The council listed the changes that the new line will bring to the northern districts:",
				"• Trams every ten minutes", "• Facebook", "• Share on the platform X"}),
			want: []string{"Trams every ten minutes"}, not: []string{"Facebook", "Share on the platform"}},
		{name: "share line",
			text: articleWith(nil, []string{"Share this article with your friends and family:", "• Share on Facebook", "• Share by e-mail"}),
			not:  []string{"Share on Facebook", "Share by e-mail"}},
		{name: "read-also line",
			text: articleWith(nil, []string{"Lesen Sie auch zum Thema Verkehr:", "• Neue Radwege in der Altstadt", "• Busfahrer streiken am Montag"}),
			not:  []string{"Neue Radwege", "Busfahrer streiken"}},
		{name: "teaser links with a more tail",
			text: articleWith(nil, []string{"Here is everything we have reported on the tram project so far:",
				"• The tram plan and its critics | more", "• Council approves the budget | more"}),
			not: []string{"The tram plan and its critics", "Council approves the budget"}},
		{name: "no colon: a list under the article is not introduced by it",
			text: articleWith(nil, []string{"• Weather forecast for the weekend", "• Football results of the day"}),
			not:  []string{"Weather forecast", "Football results"}},
		{name: "a two-word label",
			text: articleWith(nil, []string{"Mehr dazu:", "• Neue Radwege in der Altstadt", "• Busfahrer streiken am Montag"}),
			not:  []string{"Neue Radwege", "Busfahrer streiken"}},
	})
}

// TestListAfterRunIntro checks listAfterRun's own guards on a run that
// ends on the introduction (whatever the run search would choose): how
// many items it adds.
func TestListAfterRunIntro(t *testing.T) {
	items := "\n• Trams every ten minutes\n• Two new stops near the hospital\n"
	for _, c := range []struct {
		intro, items string
		want         int
	}{
		{"The council listed the changes for the northern districts:", items, 2},
		{"Hinsichtlich der Eiermenge ist vor allem die Rasse entscheidend:", "\n1. Chabo: ca. 80 Eier\n2. Orpington: ca. 180 Eier\n", 2},
		{"The council listed the changes for the northern districts.", items, 0}, // no colon
		{"Mehr dazu:", items, 0},                            // a label
		{"Share this article with your friends:", items, 0}, // a share line
		{"Lesen Sie auch zum Thema Verkehr:", items, 0},     // a lead-in
		{"Follow us on our channels for more:", items, 0},   // a call to action
		{"Everything we reported on the tram so far:", "\n• The tram plan | more\n• Budget approved | more\n", 0}, // teaser links
		{"More stories from our correspondents in the region this week:", items, 0},                               // the site's other stories
		{"Other stories you may have missed this week:", items, 0},
		{"Weitere Nachrichten aus der Region finden Sie hier:", items, 0},
		{"Don’t miss our other coverage of the tram project:", items, 0},
		{"Also on our site today:", items, 0},
		{"Die meistgelesenen Artikel der Woche im Überblick:", "\n1. Trams every ten minutes\n2. Two new stops near the hospital\n", 0},
		{"The council named the stories it wants the new museum to tell:", items, 2}, // 'stories' alone is the article's
		{"The council listed the changes for the northern districts:", "\n• Trams every ten minutes\n• Facebook\n• Two new stops near the hospital\n", 1},
	} {
		ls := splitLines(c.intro + c.items)
		ls[0].body = true
		if got := len(listAfterRun(ls, 0)); got != c.want {
			t.Errorf("%q: %d items added, want %d", c.intro, got, c.want)
		}
	}
}
