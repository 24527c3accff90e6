// Package storieseval scores story and topic clustering: ECB+ stories (86)
// and topics (43), slavic-ner cross-lingual topics (7, cross-topic test
// pages), and MEANTIME topics (4).
package storieseval

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"sync"
	"time"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/stories"
)

// Run is the "stories" evaluation task.
func Run(ctx context.Context, o eval.Options) (*eval.Report, error) {
	m, err := stories.LoadModel()
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return nil, err
	}
	rep := &eval.Report{}

	ecb, err := ecbPages(o.Path("ecbplus-en", "ECBplus.tar.gz"))
	if err != nil {
		return nil, fmt.Errorf("ecb+: %w", err)
	}
	if err := annotate(ctx, o, p, ecb); err != nil {
		return nil, err
	}
	o.Logf("ecb+: %d pages annotated", len(ecb))
	start := time.Now()
	story, topic := cluster(m, ecb, nil)
	perPage := time.Since(start).Seconds() * 1000 / float64(len(ecb))
	addScores(rep, "ECB+ stories (86)", ecb, story, func(pg page) string { return pg.story }, 0.80)
	_, _, f := eval.BCubed(gold(ecb, func(pg page) string { return pg.topic }), topic)
	rep.AddAnchored("ECB+ topics (43)", "B3 F1", f, 0.95, "target")
	addShuffled(rep, "ECB+ topics, 5 shuffled orders", m, ecb, "ECB+ stories, 5 shuffled orders")
	rep.Add("ECB+", "ms per page assigned", perPage)

	sl, err := slavicPages(o.Path("slavic-ner", "slavicner-raw-ner.tar.gz"), o.Path("slavic-ner", "SPLIT_cross-topic_test.txt"))
	if err != nil {
		return nil, fmt.Errorf("slavic-ner: %w", err)
	}
	if err := annotate(ctx, o, p, sl); err != nil {
		return nil, err
	}
	o.Logf("slavic-ner: %d pages annotated", len(sl))
	_, topic = cluster(m, sl, nil)
	addScores(rep, "slavic-ner topics (7)", sl, topic, func(pg page) string { return pg.topic }, 0.90)
	rep.Add("slavic-ner topics (7)", "single-language share of multi-page clusters", singleLanguageShare(sl, topic))
	addShuffled(rep, "slavic-ner topics, 5 shuffled orders", m, sl, "")

	mt, err := meantimePages(o.Path("meantime-en", "meantime_newsreader_english_oct15.tar.gz"))
	if err != nil {
		return nil, fmt.Errorf("meantime: %w", err)
	}
	if err := annotate(ctx, o, p, mt); err != nil {
		return nil, err
	}
	_, topic = cluster(m, mt, nil)
	addScores(rep, "MEANTIME topics (4)", mt, topic, func(pg page) string { return pg.topic }, 0.90)
	addShuffled(rep, "MEANTIME topics, 5 shuffled orders", m, mt, "")
	return rep, nil
}

// addShuffled reports topic B-cubed F1 over five shuffled arrival orders:
// the corpora list pages topic by topic, an order that flatters an
// incremental clusterer; a stream interleaves them. It reports the topics
// after the final Recluster, and as pages were assigned on arrival (what a
// stream sees between regroupings). With storyDataset, it also reports the
// worst story B-cubed F1 under that name.
func addShuffled(rep *eval.Report, dataset string, m *stories.Model, ps []page, storyDataset string) {
	g := gold(ps, func(pg page) string { return pg.topic })
	worst, mean, arrival, worstStory := 1.0, 0.0, 0.0, 1.0
	for seed := int64(1); seed <= 5; seed++ {
		c, story := feed(m, ps, rand.New(rand.NewSource(seed)).Perm(len(ps)), stories.Options{})
		_, _, sf := eval.BCubed(gold(ps, func(pg page) string { return pg.story }), story)
		worstStory = min(worstStory, sf)
		_, _, f := eval.BCubed(g, topicsOf(c, story))
		arrival += f / 5
		c.Recluster()
		_, _, f = eval.BCubed(g, topicsOf(c, story))
		worst = min(worst, f)
		mean += f / 5
	}
	rep.Add(dataset, "worst B3 F1", worst)
	rep.Add(dataset, "mean B3 F1", mean)
	rep.Add(dataset, "mean B3 F1, topics on arrival (no Recluster)", arrival)
	if storyDataset != "" {
		rep.Add(storyDataset, "worst B3 F1", worstStory)
	}
}

// annotateAll runs the pipeline's post-extraction stages over every page.
func annotateAll(ctx context.Context, p *pipeline.Pipeline, ps []page) error {
	var wg sync.WaitGroup
	errs := make([]error, len(ps))
	sem := make(chan struct{}, runtime.NumCPU())
	for i := range ps {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = p.AnnotateText(ctx, ps[i].d)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("%s: %w", ps[i].d.Source, err)
		}
	}
	return ctx.Err()
}

// cluster feeds the pages to a fresh Clusterer in the given order (nil: as
// listed) and returns page → story and page → topic.
func cluster(m *stories.Model, ps []page, order []int) (story, topic map[string]string) {
	return clusterOrdered(m, ps, order, stories.Options{})
}

func clusterWith(m *stories.Model, ps []page, o stories.Options) (story, topic map[string]string) {
	return clusterOrdered(m, ps, nil, o)
}

func clusterOrdered(m *stories.Model, ps []page, order []int, o stories.Options) (story, topic map[string]string) {
	c, story := feed(m, ps, order, o)
	c.Recluster() // the batch is complete: regroup its topics
	return story, topicsOf(c, story)
}

// feed adds the pages to a fresh Clusterer in the given order (nil: as
// listed) and returns it with page → story.
func feed(m *stories.Model, ps []page, order []int, o stories.Options) (*stories.Clusterer, map[string]string) {
	c := stories.New(m, o)
	story := map[string]string{}
	if order == nil {
		order = make([]int, len(ps))
		for i := range order {
			order[i] = i
		}
	}
	for _, i := range order {
		d := *ps[i].d // a copy: the ids Add writes stay off the shared page
		a := c.Add(&d)
		story[d.Source] = a.Story
	}
	return c, story
}

// topicsOf maps every page to its story's current topic.
func topicsOf(c *stories.Clusterer, story map[string]string) map[string]string {
	topic := make(map[string]string, len(story))
	for src, s := range story {
		topic[src] = c.TopicOf(s)
	}
	return topic
}

func gold(ps []page, key func(page) string) map[string]string {
	g := make(map[string]string, len(ps))
	for _, pg := range ps {
		g[pg.d.Source] = key(pg)
	}
	return g
}

func addScores(rep *eval.Report, dataset string, ps []page, pred map[string]string, key func(page) string, target float64) {
	g := gold(ps, key)
	p, r, f := eval.BCubed(g, pred)
	rep.Add(dataset, "B3 P", p)
	rep.Add(dataset, "B3 R", r)
	if target > 0 {
		rep.AddAnchored(dataset, "B3 F1", f, target, "target")
	} else {
		rep.Add(dataset, "B3 F1", f)
	}
	rep.Add(dataset, "ARI", eval.ARI(g, pred))
	n := map[string]bool{}
	for _, c := range pred {
		n[c] = true
	}
	rep.Add(dataset, "clusters", float64(len(n)))
}

// singleLanguageShare is the share of predicted clusters with two or more
// pages whose gold topic spans several languages, that hold pages of one
// language only.
func singleLanguageShare(ps []page, pred map[string]string) float64 {
	topicLangs := map[string]map[string]bool{}
	clusterLangs := map[string]map[string]bool{}
	clusterTopic := map[string]string{}
	size := map[string]int{}
	for _, pg := range ps {
		if topicLangs[pg.topic] == nil {
			topicLangs[pg.topic] = map[string]bool{}
		}
		topicLangs[pg.topic][pg.d.Lang] = true
		c := pred[pg.d.Source]
		if clusterLangs[c] == nil {
			clusterLangs[c] = map[string]bool{}
		}
		clusterLangs[c][pg.d.Lang] = true
		clusterTopic[c] = pg.topic
		size[c]++
	}
	var multi, single float64
	for c, langs := range clusterLangs {
		if size[c] < 2 || len(topicLangs[clusterTopic[c]]) < 2 {
			continue
		}
		multi++
		if len(langs) == 1 {
			single++
		}
	}
	if multi == 0 {
		return 0
	}
	return single / multi
}
