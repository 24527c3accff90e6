package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
)

// mergingLinker stands in for the story clusterer: every page opens a story
// and a topic of its own, and the merge-th page merges every topic into the
// first, as topics do when a page bridges them.
type mergingLinker struct {
	n, merge int
}

func (l *mergingLinker) link(d *doc.Doc) {
	l.n++
	d.Story = fmt.Sprintf("s%d", l.n)
	d.Topic = l.topicOf(d.Story)
}

func (l *mergingLinker) topicOf(story string) string {
	if l.n >= l.merge {
		return "t1"
	}
	return "t" + story[1:]
}

func topicCount(t *testing.T, st store.Store, topic string) int {
	t.Helper()
	r, err := st.Search(context.Background(), store.Query{Topic: topic, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	return r.Total
}

// TestRunKeepsTopicsCurrent: documents stored before their topic merged
// into another are rewritten to the merged topic, in this run and for
// documents of an earlier run that the linker was fed again (Linked).
func TestRunKeepsTopicsCurrent(t *testing.T) {
	for _, batch := range []int{1, 2, 64} {
		t.Run(fmt.Sprint("batch=", batch), func(t *testing.T) {
			dir := t.TempDir()
			for i := range 5 {
				write(t, filepath.Join(dir, fmt.Sprintf("in/%d.txt", i)), []byte(fmt.Sprintf("Page number %d.", i)))
			}
			st := openStore(t, filepath.Join(dir, "db"))
			defer st.Close()
			l := &mergingLinker{merge: 4}
			o := Options{Workers: 1, BatchSize: batch, Link: l.link, TopicOf: l.topicOf}
			stats, err := Run(context.Background(), st, testPipeline(0), []string{filepath.Join(dir, "in")}, nil, o)
			if err != nil || stats.Added != 5 {
				t.Fatalf("run: %+v, %v", stats, err)
			}
			// Pages 1–3 were stored under t1, t2, t3 before page 4 merged
			// every topic into t1.
			if got := topicCount(t, st, "t1"); got != 5 {
				t.Errorf("%d of 5 documents stored under the merged topic t1 (t2: %d, t3: %d)", got, topicCount(t, st, "t2"), topicCount(t, st, "t3"))
			}

			// A later run replays the store into a linker that now gives
			// every story topic "t9": the stored documents follow.
			var known []Linked
			err = st.Replay(context.Background(), func(d *store.Document) error {
				known = append(known, Linked{ID: d.ID, Story: d.Doc.Story, StoredStory: d.Doc.Story, StoredTopic: d.Doc.Topic})
				return nil
			})
			if err != nil || len(known) != 5 {
				t.Fatalf("replay: %d documents, %v", len(known), err)
			}
			write(t, filepath.Join(dir, "more/6.txt"), []byte("Page number 6."))
			o.TopicOf = func(string) string { return "t9" }
			o.Link = func(d *doc.Doc) { d.Story, d.Topic = "s6", "t9" }
			o.Linked = known
			if _, err := Run(context.Background(), st, testPipeline(0), []string{filepath.Join(dir, "more")}, nil, o); err != nil {
				t.Fatal(err)
			}
			if got := topicCount(t, st, "t9"); got != 6 {
				t.Errorf("%d of 6 documents under t9 after the second run", got)
			}
		})
	}
}
