package pipeline

import (
	"github.com/pressclip/pressclip/doc"
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
	return &Linker{stories: m}, nil
}

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
	for _, d := range ok { // topics merge as pages arrive: take the final ids
		d.Topic = c.TopicOf(d.Story)
	}
}
