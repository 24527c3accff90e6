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

// TestConllKindsPages reads the English same-kind dev set: every listed
// document is found and starts with its headline, each event (story) lies
// in one kind (topic), and every kind holds at least two events, as each
// ECB+ topic holds two seminal events.
func TestConllKindsPages(t *testing.T) {
	dir := shared.Require(t, "train/conll2003-en")
	for _, noDates := range []bool{false, true} {
		ps, err := conllKindsPages(dir, noDates)
		if err != nil {
			t.Fatal(err)
		}
		kindOf := map[string]string{}
		events := map[string]map[string]bool{}
		for _, pg := range ps {
			if k, ok := kindOf[pg.story]; ok && k != pg.topic {
				t.Errorf("event %s in kinds %s and %s", pg.story, k, pg.topic)
			}
			kindOf[pg.story] = pg.topic
			if events[pg.topic] == nil {
				events[pg.topic] = map[string]bool{}
			}
			events[pg.topic][pg.story] = true
			if pg.d.Title == "" || len(pg.d.Blocks) < 2 {
				t.Errorf("%s: title %q, %d blocks", pg.d.Source, pg.d.Title, len(pg.d.Blocks))
			}
			if noDates && pg.d.Published != "" {
				t.Errorf("%s: undated pages carry %q", pg.d.Source, pg.d.Published)
			}
		}
		for k, es := range events {
			if len(es) < 2 {
				t.Errorf("kind %s holds %d event", k, len(es))
			}
		}
		if len(ps) != 47 || len(events) != 11 || len(kindOf) != 41 {
			t.Errorf("%d pages, %d kinds, %d events; want 47, 11, 41", len(ps), len(events), len(kindOf))
		}
	}
}
