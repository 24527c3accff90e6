package dump

import (
	"fmt"
	"strings"
	"testing"
)

// commentThread is a long reader thread: each comment's three paragraphs
// under its "Comment by Name — date" line; n of them outweigh a short
// article many times.
func commentThread(n int) (string, []string) {
	texts := []string{
		"I have read the whole report and I still do not understand why the council waited so long before it asked the residents what they actually think about the new line.",
		"The buses in the northern districts are full every morning, so anything that gets people to work faster is welcome, even if the construction will be a nuisance for years.",
		"Three hundred million euros is a lot of money for a few kilometres of track, and I would like to know how much of it the federal government is going to pay in the end.",
	}
	var b strings.Builder
	var got []string
	for i := 0; i < n; i++ {
		t := texts[i%len(texts)]
		fmt.Fprintf(&b, "Comment by Reader %d — 17.07, 2011 @ 13:%02d\n\n%d. %s\n\n%s\n\n%s\n\n", i, i%60, i+1, t,
			texts[(i+1)%len(texts)], texts[(i+2)%len(texts)])
		got = append(got, t)
	}
	return b.String(), got
}

// TestThreadUnderArticle checks that a comment thread which outweighs a
// short article above its comments header does not take the article's
// place.
func TestThreadUnderArticle(t *testing.T) {
	article := strings.Join(earlierArticle, "\n\n") + "\n\n"
	long, longTexts := commentThread(30)
	cases := []bodyCase{
		{"long thread under comments header", "Home\n\n" + article + "Comments (30)\n\n" + long,
			earlierArticle[2:], longTexts[:1]},
		{"numbered count header", "Home\n\n" + article + "30 Comments »\n\n" + long,
			earlierArticle[2:], longTexts[:1]},
		// a "Comments (3)" link under the lead, then the article: the
		// run past the header is no thread (no dated or signed lines)
		{"comments link above a long article", "Home\n\n" + earlierArticle[0] + "\n\n" + strings.Join(earlierArticle[2:4], "\n\n") + "\n\nComments (3)\n\n" +
			strings.Join(longArticle, "\n\n") + "\n", append(append([]string{}, earlierArticle[2:4]...), longArticle...), nil},
	}
	checkBodies(t, cases)
}

// longArticle is 25 paragraphs of an article's text.
var longArticle = func() []string {
	topics := []string{"the bridge", "the depot", "the school route", "the market square", "the hospital stop"}
	var ps []string
	for i := 0; i < 25; i++ {
		ps = append(ps, fmt.Sprintf("Paragraph %d: the planners explained how the tram would pass %s, which residents had asked about at the hearing, and how long the works near it were expected to last before the trams could run.", i+1, topics[i%len(topics)]))
	}
	return ps
}()
