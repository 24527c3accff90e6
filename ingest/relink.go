package ingest

import "sync"

// Linked is a document already in the store that the linker has been fed
// (replayed after a restart), so Run keeps its stored ids current too.
type Linked struct {
	ID    int64
	Story string // the story the linker placed it in
	// StoredStory and StoredTopic are the ids the store holds for it.
	StoredStory, StoredTopic string
}

// relinker remembers the stored documents of every story and the topic
// they are stored with, so that topic changes (topics merge as pages
// arrive) reach the store. The writer adds documents as it stores them;
// the goroutine that feeds the linker asks for the changes. A story's
// documents are rewritten together, so the cost of a check grows with the
// number of stories, not of documents.
type relinker struct {
	mu      sync.Mutex
	stories map[string]*storyRows
}

type storyRows struct {
	ids   []int64
	topic string // the topic its documents are stored with
	stale bool   // some document is stored with another story or topic
}

func newRelinker(known []Linked) *relinker {
	r := &relinker{stories: map[string]*storyRows{}}
	for _, l := range known {
		r.add(l.ID, l.Story, l.StoredStory, l.StoredTopic)
	}
	return r
}

// add records that document id, placed in story, is stored with the ids
// storedStory and storedTopic.
func (r *relinker) add(id int64, story, storedStory, storedTopic string) {
	if story == "" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.stories[story]
	if s == nil {
		s = &storyRows{topic: storedTopic}
		r.stories[story] = s
	}
	s.ids = append(s.ids, id)
	if storedStory != story || storedTopic != s.topic {
		s.stale = true
	}
}

// changes returns the story and topic ids to store for every document
// whose story's topic (topicOf) is not the one it is stored with, and
// takes them as stored.
func (r *relinker) changes(topicOf func(story string) string) map[int64][2]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out map[int64][2]string
	for story, s := range r.stories {
		t := topicOf(story)
		if t == s.topic && !s.stale {
			continue
		}
		if out == nil {
			out = map[int64][2]string{}
		}
		for _, id := range s.ids {
			out[id] = [2]string{story, t}
		}
		s.topic, s.stale = t, false
	}
	return out
}

// changesOf is changes, or nothing on a nil relinker.
func (r *relinker) changesOf(topicOf func(story string) string) map[int64][2]string {
	if r == nil {
		return nil
	}
	return r.changes(topicOf)
}
