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
	})
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
