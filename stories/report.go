package stories

import (
	"sort"
)

// Story is a finished cluster as a reader sees it.
type Story struct {
	ID, Topic string
	Label     string   // a representative title
	Pages     []string // sources, in arrival order
	Langs     []string
	First     string // earliest publication date, "" if none
	Last      string
}

// Topic groups stories.
type Topic struct {
	ID      string
	Label   string
	Stories []string
	Pages   int
}

// Stories lists the stories so far, largest first.
func (c *Clusterer) Stories() []Story {
	out := make([]Story, 0, len(c.stories))
	for _, s := range c.stories {
		st := Story{ID: s.id, Topic: c.topics[c.root(s.topic)].id, Label: label(s), Pages: s.pages}
		for l := range s.langs {
			if l != "" {
				st.Langs = append(st.Langs, l)
			}
		}
		sort.Strings(st.Langs)
		if !s.first.IsZero() {
			st.First, st.Last = s.first.Format("2006-01-02"), s.last.Format("2006-01-02")
		}
		out = append(out, st)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Pages) > len(out[j].Pages) })
	return out
}

// Topics lists the topics so far, largest first.
func (c *Clusterer) Topics() []Topic {
	byTopic := map[int][]string{}
	for _, s := range c.stories {
		r := c.root(s.topic)
		byTopic[r] = append(byTopic[r], s.id)
	}
	out := make([]Topic, 0, len(c.topics))
	for i, t := range c.topics {
		if c.root(i) == i {
			out = append(out, Topic{ID: t.id, Label: label(t), Stories: byTopic[i], Pages: t.size})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pages > out[j].Pages })
	return out
}

// label picks the title of the cluster's first page in English when there is
// one (the default reading language), else the first title.
func label(cl *cluster) string {
	for i, t := range cl.titles {
		if i < len(cl.titleLangs) && cl.titleLangs[i] == "en" {
			return t
		}
	}
	if len(cl.titles) > 0 {
		return cl.titles[0]
	}
	return ""
}

// TopicOf returns the current topic of a story: topics merge as pages
// arrive, so a page's topic id is final only when the batch is.
func (c *Clusterer) TopicOf(story string) string {
	i, ok := c.byID[story]
	if !ok {
		return ""
	}
	return c.topics[c.root(c.stories[i].topic)].id
}
