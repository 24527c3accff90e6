package pipeline

import (
	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/people"
	"github.com/pressclip/pressclip/stories"
)

// Linker joins what several pages say: the same person gets one id and one
// canonical name across pages, and pages are grouped into stories and topics.
type Linker struct {
	stories *stories.Model
}

// NewLinker loads the models cross-page linking needs.
func NewLinker() (*Linker, error) {
	m, err := stories.LoadModel()
	if err != nil {
		return nil, err
	}
	models.Release()
	return &Linker{stories: m}, nil
}

// Trim drops what neither Link nor doc.Record reads (the tokens and
// sentences, a third of a processed page's memory), so that a batch held for
// linking keeps less of each page.
func Trim(d *doc.Doc) {
	d.Tokens, d.Sentences = nil, nil
}

// MaxReclusterStories is the most stories a batch may form for Link to
// regroup its topics independently of arrival order.
const MaxReclusterStories = 5000

// Link annotates docs (in input order) with shared person ids and with story
// and topic ids. Failed pages are left alone.
func (l *Linker) Link(docs []*doc.Doc) {
	ok := make([]*doc.Doc, 0, len(docs))
	for _, d := range docs {
		if d.Err == nil {
			ok = append(ok, d)
		}
	}
	people.Link(ok)
	c := stories.New(l.stories, stories.Options{})
	for _, d := range ok {
		c.Add(d)
	}
	// Every page is in: regroup the topics so they do not depend on the
	// order the pages came in, then take the final ids. Regrouping compares
	// stories pairwise (10,000 pages, some 2,300 stories: about 9 s), so a
	// batch of more stories keeps the topics it formed on arrival.
	n := map[string]bool{}
	for _, d := range ok {
		n[d.Story] = true
	}
	if len(n) <= MaxReclusterStories {
		c.Recluster()
	}
	for _, d := range ok {
		d.Topic = c.TopicOf(d.Story)
	}
}
