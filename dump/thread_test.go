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
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"long thread under comments header", "Home\n\n" + article + "Comments (30)\n\n" + long,
			earlierArticle[2:], longTexts[:1]},
		{"numbered count header", "Home\n\n" + article + "30 Comments »\n\n" + long,
			earlierArticle[2:], longTexts[:1]},
	}
	for _, c := range cases {
		checkBody(t, c.name, c.text, c.want, c.not)
	}
}
