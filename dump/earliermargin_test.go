package dump

import (
	"strings"
	"testing"
)

// TestEarlierMargin: an article under its headline above a related list
// stays the body when the denser run below it has a headline that scores
// only a little higher (within earlierMargin); with no headline above it,
// the denser run under its own headline is the body.
func TestEarlierMargin(t *testing.T) {
	menu := "Home\n\n• News\n• Sport\n• Culture\n\n"
	rel := "Share\n\nMost popular\n\nBridge closed\n12.03.2024\nNew mayor\n11.03.2024\nSchool opens\n10.03.2024\n\n"
	below := "How we use cookies and technologies on our website\n\nBy Max Muster\n4 March 2024\n\n" + strings.Join(denseTail, "\n\n") + "\n"
	paras := earlierArticle[2:]
	checkBodies(t, []bodyCase{
		{name: "a two-word headline",
			text: menu + "Tram line\n\n" + strings.Join(paras, "\n\n") + "\n\n" + rel + below,
			want: paras, not: denseTail[:1]},
		{name: "a headline set close to its paragraphs",
			text: menu + "Tram line to reach the north\n" + strings.Join(paras, "\n") + "\n\n" + rel + below,
			want: paras, not: denseTail[:1]},
		{name: "no headline above the earlier run",
			text: menu + strings.Join(paras, "\n\n") + "\n\n" + rel + below,
			want: denseTail[:1]},
	})
}
