package storieseval

import (
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
)

// TestConllTopicPages reads the English topic dev set: every listed
// document is found where the list says, starts with its headline, and has
// a title and body; all but a few (Moody's notes give "Aug 27") carry
// their dateline's ISO date.
func TestConllTopicPages(t *testing.T) {
	dir := shared.Require(t, "train/conll2003-en")
	ps, err := conllTopicPages(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	topics := map[string]int{}
	undated := 0
	for _, pg := range ps {
		topics[pg.topic]++
		if pg.d.Published == "" {
			undated++
		}
		if pg.d.Title == "" || len(pg.d.Blocks) < 2 {
			t.Errorf("%s: title %q, %d blocks", pg.d.Source, pg.d.Title, len(pg.d.Blocks))
		}
	}
	if undated > 2 {
		t.Errorf("%d pages without a dateline date", undated)
	}
	if len(ps) != 134 || len(topics) != 17 {
		t.Errorf("%d pages in %d topics, want 134 in 17", len(ps), len(topics))
	}
	un, err := conllTopicPages(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range un {
		if pg.d.Published != "" {
			t.Fatalf("%s: undated pages carry %q", pg.d.Source, pg.d.Published)
		}
	}
}
