package dump

import (
	"strings"
	"testing"
)

// topBlock is a dense block of long lines at the very top of a dump with
// no headline above it (a script, a menu's descriptions, an archive's
// banner): denser than the article under it.
var topBlock = []string{
	"window dataLayer push event pageview page type article section politics region north platform web consent state granted version two build number four hundred and twelve;",
	"window dataLayer push event config ads enabled true lazy images true sticky header true video autoplay false comments provider internal widgets enabled most read latest;",
	"window dataLayer push event experiment headline test variant b share bar position top info box position bottom meter limit five free articles monthly;",
	"window dataLayer push event user state anonymous plan none region detected north country code de language de time zone europe berlin device desktop;",
	"window dataLayer push event tracking partners list analytics one analytics two video player three social embeds four affiliate links five ad server six;",
	"window dataLayer push event performance marks first paint largest paint layout shift input delay long tasks resource timing navigation timing and server timing;",
	"window dataLayer push event layout grid twelve columns gutter sixteen pixels breakpoints small medium large extra large and print styles loaded late;",
	"window dataLayer push event fonts loaded serif sans mono icons with fallback stacks swap display and preload hints for the two heaviest weights;",
}

// menu is a site menu of 48 items, longer than mergeGap: the runs above
// and below it do not join.
var menu = strings.Repeat("• Home\n• News\n• Sport\n• Culture\n• Business\n• Travel\n• Weather\n• Video\n• Podcasts\n• Jobs\n• Shop\n• Contact\n", 4)

// laterPage is topBlock, a menu, then earlierArticle (headline, byline, a
// date and three paragraphs) and what follows it.
func laterPage(after ...string) string {
	a := earlierArticle
	return strings.Join(topBlock, "\n") + "\n\n" + menu + "\n\n" + a[0] + "\n\n" + a[1] + "\n3 March 2024\n\n" +
		strings.Join(a[2:], "\n") + "\n\n" + strings.Join(after, "\n") + "\n"
}

// TestLaterRun: under a dense block with no headline, the article below
// it (its own headline, byline and date) is the body; not when the dense
// block has its headline, nor when the later run lies past a comments
// header or repeats the dense block.
func TestLaterRun(t *testing.T) {
	checkBodies(t, []bodyCase{
		{name: "script block above the article",
			text: laterPage(),
			want: []string{"The city council voted on Tuesday", "Construction is due to start", "Residents of the northern districts"},
			not:  []string{"dataLayer"}},
		{name: "the dense block has a headline of its own",
			text: "Tracking settings explained for our readers\n\nBy Max Muster\n3 March 2024\n\n" + laterPage(),
			want: []string{"dataLayer"}},
		{name: "the later run is a comment thread",
			text: strings.Join(topBlock, "\n") + "\nComments (3)\n\n" + menu + "\n\n" + strings.Join(earlierArticle, "\n\n") + "\n",
			want: []string{"dataLayer"}},
		{name: "the later run repeats the dense block",
			text: strings.Join(topBlock, "\n") + "\n\n" + menu + "\n\nTracking settings explained for our readers\n\nBy Max Muster\n3 March 2024\n\n" +
				strings.Join(topBlock[:3], "\n") + "\n",
			want: []string{"performance marks"}},
		{name: "the dense block is an article under a headline with no byline",
			text: bylineless + "\n\n" + menu + "\n\n" + strings.Join(earlierArticle[:2], "\n\n") + "\n3 March 2024\n\n" +
				strings.Join(earlierArticle[2:], "\n\n") + "\n\nImpressum\n",
			want: []string{"close three rural hospitals", "Unions representing nurses"},
			not:  []string{"The city council voted on Tuesday"}},
	})
}

// bylineless is a headline and six paragraphs with no byline or date.
var bylineless = strings.Join([]string{
	"Three rural hospitals to close in the north",
	"The regional government announced on Monday that it will close three rural hospitals in the north by the end of next year, citing a shortage of doctors.",
	"Health minister Petra Lang said the decision had not been taken lightly and that patients would be served by a new clinic in the district town.",
	"Mayors of the affected villages criticised the plan, saying that the nearest emergency ward would then be more than forty minutes away by car.",
	"The opposition called for a debate in parliament and accused the government of neglecting the countryside while spending heavily in the capital.",
	"Unions representing nurses said they would fight the closures and announced a protest in front of the ministry for the first week of next month.",
	"The hospitals employ about 600 people, most of whom have been offered jobs at other sites in the region, according to the ministry.",
}, "\n\n")

// TestProse: a run most of whose lines are sentences is prose; a script,
// or teasers between boxes and short links, is not.
func TestProse(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"article", bylineless, true},
		{"quoted sentences", "He said the plan would cost far more than the city had promised.\u201d\n\u00abThe ward will stay open until the new clinic is ready,\u00bb she said.\u00bb", true},
		{"script", strings.Join(topBlock, "\n"), false},
		{"teasers between boxes", "Die Bibel Grundlage des christlichen Glaubens ist die Gute Nachricht von Jesus.\n\u25a1\nDie Zehn Gebote regeln die Haltung des Menschen zu Gott und zueinander.\n\u25a1\nBestattung... diese Seite aufrufen\n\u25a1", false},
		{"short lines", "Home\nNews\nSport and more from the region\nWeather", false},
	} {
		ls := splitLines(c.text)
		if got := prose(ls, 0, len(ls)-1); got != c.want {
			t.Errorf("%s: prose = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRepeatsRun: a run repeats another when they share a line of five
// words or more; shorter shared lines ("Read more") do not count.
func TestRepeatsRun(t *testing.T) {
	ls := splitLines("One two three four five six\nRead more\nSeven eight nine ten eleven\n\nOne two three four five six\nRead more\nAnother line of five words\n")
	for _, c := range []struct {
		lo, hi, a, b int
		want         bool
	}{
		{0, 2, 3, 5, true},  // the five-word line again
		{1, 2, 4, 5, false}, // only "Read more" again
		{0, 0, 5, 5, false},
	} {
		if got := repeatsRun(ls, c.lo, c.hi, c.a, c.b); got != c.want {
			t.Errorf("repeatsRun(%d-%d, %d-%d) = %v, want %v", c.lo, c.hi, c.a, c.b, got, c.want)
		}
	}
}
