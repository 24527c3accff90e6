package storieseval

import (
	"context"
	"fmt"
	"math/rand"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/stories"
)

// The Recluster thresholds RunDev compares (cross/same language).
var (
	devReclusterCross = []float64{0.005, 0.01, 0.02}
	devReclusterSame  = []float64{0.03, 0.04, 0.06}
)

// devLangs are the languages of the slavic-ner pages.
var devLangs = []string{"bg", "cs", "pl", "ru", "sl", "uk"}

// devReclusterEnglish are the same-language Recluster thresholds RunDev
// compares on the English topic dev set.
var devReclusterEnglish = []float64{0.02, 0.03, 0.04, 0.06, 0.08}

// addEnglishDev reports the English topic dev set: CoNLL-2003 training
// documents grouped into topics by hand (testdata/conll-topics-dev.tsv), the
// one English check of the topic level outside the test sets. It is scored
// with the pages dated (as news is) and with no date at all, not even the
// one the dates stage reads from the dateline.
func addEnglishDev(ctx context.Context, rep *eval.Report, m *stories.Model, p *pipeline.Pipeline, o eval.Options) error {
	dir := o.TrainPath("conll2003-en")
	for _, noDates := range []bool{false, true} {
		ps, err := conllDevPages(ctx, o, p, conllTopicPages, dir, noDates)
		if err != nil {
			return fmt.Errorf("conll topics: %w", err)
		}
		name := "English topics (CoNLL train, hand-grouped)"
		if noDates {
			name += ", undated"
		}
		_, topic := cluster(m, ps, nil)
		addScores(rep, name, ps, topic, func(pg page) string { return pg.topic }, 0)
		addShuffled(rep, name+", 5 shuffled orders", m, ps, "")
		g := gold(ps, func(pg page) string { return pg.topic })
		var cs []*stories.Clusterer
		var ss []map[string]string
		for seed := int64(1); seed <= 3; seed++ {
			c, story := feed(m, ps, rand.New(rand.NewSource(seed)).Perm(len(ps)), stories.Options{})
			cs, ss = append(cs, c), append(ss, story)
		}
		for _, th := range devReclusterEnglish {
			var sum float64
			for i, c := range cs {
				c.ReclusterAt(devReclusterCross[0], th)
				_, _, f := eval.BCubed(g, topicsOf(c, ss[i]))
				sum += f / float64(len(cs))
			}
			rep.Add(fmt.Sprintf("%s, recluster same-language %.3f", name, th), "B3 F1, mean of 3 shuffled orders", sum)
		}
		var sum float64
		for i, c := range cs {
			c.Recluster()
			_, _, f := eval.BCubed(g, topicsOf(c, ss[i]))
			sum += f / float64(len(cs))
		}
		rep.Add(name+", recluster defaults", "B3 F1, mean of 3 shuffled orders", sum)
		rep.Add(name+", recluster defaults", "same-language threshold", cs[0].ReclusterSame())
	}
	return nil
}

// addKindsDev reports the English same-kind dev set: CoNLL-2003 training
// documents grouped by kind of event (road crashes, bombings, drug
// seizures…), each kind holding several events with different actors and
// places, as each ECB+ topic holds two. Stories (the events) and topics
// (the kinds) are scored undated, as ECB+'s pages are, and dated.
func addKindsDev(ctx context.Context, rep *eval.Report, m *stories.Model, p *pipeline.Pipeline, o eval.Options) error {
	dir := o.TrainPath("conll2003-en")
	for _, noDates := range []bool{true, false} {
		ps, err := conllDevPages(ctx, o, p, conllKindsPages, dir, noDates)
		if err != nil {
			return fmt.Errorf("conll kinds: %w", err)
		}
		name := "English same-kind topics (CoNLL train)"
		if !noDates {
			name += ", dated"
		}
		story, topic := cluster(m, ps, nil)
		addScores(rep, name, ps, topic, func(pg page) string { return pg.topic }, 0)
		addScores(rep, name+", stories", ps, story, func(pg page) string { return pg.story }, 0)
		addShuffled(rep, name+", 5 shuffled orders", m, ps, name+", stories, 5 shuffled orders")
	}
	return nil
}

// conllDevPages reads one of the hand-grouped CoNLL dev sets with load and
// annotates its pages. Undated, the Published date the dates stage reads
// from the dateline ("BONN 1996-08-22") is taken off again, or the undated
// rows would score dated pages.
func conllDevPages(ctx context.Context, o eval.Options, p *pipeline.Pipeline, load func(string, bool) ([]page, error), dir string, noDates bool) ([]page, error) {
	ps, err := load(dir, noDates)
	if err != nil {
		return nil, err
	}
	if err := annotate(ctx, o, p, ps); err != nil {
		return nil, err
	}
	if noDates {
		for _, pg := range ps {
			pg.d.Published = ""
		}
	}
	return ps, nil
}

// RunDev is the "stories-dev" task: the tuning report. It clusters the
// slavic-ner cross-topic TRAIN pages (training data, never the test list)
// into topics, so the defaults are chosen on data the "stories" task does
// not report on: the defaults in the listed order and in five shuffled
// arrival orders, each language's pages alone (the measure of the
// same-language thresholds, which decide single-language collections such
// as English news), and a grid of Recluster thresholds.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	m, err := stories.LoadModel()
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return nil, err
	}
	ps, err := slavicPages(o.Path("slavic-ner", "slavicner-raw-ner.tar.gz"), o.Path("slavic-ner", "SPLIT_cross-topic_train.txt"))
	if err != nil {
		return nil, fmt.Errorf("slavic-ner: %w", err)
	}
	if err := annotate(ctx, o, p, ps); err != nil {
		return nil, err
	}
	o.Logf("slavic-ner train: %d pages annotated", len(ps))
	rep := &eval.Report{}
	if err := addEnglishDev(ctx, rep, m, p, o); err != nil {
		return nil, err
	}
	if err := addKindsDev(ctx, rep, m, p, o); err != nil {
		return nil, err
	}
	g := gold(ps, func(pg page) string { return pg.topic })
	_, topic := clusterWith(m, ps, stories.Options{})
	_, _, f := eval.BCubed(g, topic)
	rep.Add("defaults, all languages", "B3 F1", f)
	rep.Add("defaults, all languages", "single-language share", singleLanguageShare(ps, topic))
	addShuffled(rep, "defaults, all languages, 5 shuffled orders", m, ps, "")
	// Each language alone, in a shuffled order (seed 1): the listed order
	// runs topic by topic.
	for _, lang := range devLangs {
		one := pagesIn(ps, lang)
		_, topic := clusterOrdered(m, one, rand.New(rand.NewSource(1)).Perm(len(one)), stories.Options{})
		_, _, f := eval.BCubed(gold(one, func(pg page) string { return pg.topic }), topic)
		rep.Add("defaults, "+lang+" alone, shuffled", "B3 F1", f)
	}
	// Recluster thresholds: one clustering per arrival order, regrouped at
	// each setting (the regrouping depends only on the stories).
	type run struct {
		c     *stories.Clusterer
		story map[string]string
		gold  map[string]string
	}
	var shuffled, alone []run
	for seed := int64(1); seed <= 3; seed++ {
		c, story := feed(m, ps, rand.New(rand.NewSource(seed)).Perm(len(ps)), stories.Options{})
		shuffled = append(shuffled, run{c, story, g})
	}
	for _, lang := range devLangs {
		one := pagesIn(ps, lang)
		c, story := feed(m, one, rand.New(rand.NewSource(1)).Perm(len(one)), stories.Options{})
		alone = append(alone, run{c, story, gold(one, func(pg page) string { return pg.topic })})
	}
	mean := func(rs []run, cross, same float64) float64 {
		var sum float64
		for _, r := range rs {
			r.c.ReclusterAt(cross, same)
			_, _, f := eval.BCubed(r.gold, topicsOf(r.c, r.story))
			sum += f
		}
		return sum / float64(len(rs))
	}
	// The defaults, whose same-language threshold follows each
	// collection's language mix.
	defaults := func(rs []run) float64 {
		var sum float64
		for _, r := range rs {
			r.c.Recluster()
			_, _, f := eval.BCubed(r.gold, topicsOf(r.c, r.story))
			sum += f
		}
		return sum / float64(len(rs))
	}
	rep.Add("recluster defaults", "B3 F1, all languages, mean of 3 shuffled orders", defaults(shuffled))
	rep.Add("recluster defaults", "B3 F1, mean over languages alone", defaults(alone))
	rep.Add("recluster defaults", "same-language threshold, all languages", shuffled[0].c.ReclusterSame())
	for _, rc := range devReclusterCross {
		for _, rs := range devReclusterSame {
			name := fmt.Sprintf("recluster %.3f/%.3f (cross/same language)", rc, rs)
			rep.Add(name, "B3 F1, all languages, mean of 3 shuffled orders", mean(shuffled, rc, rs))
			rep.Add(name, "B3 F1, mean over languages alone", mean(alone, rc, rs))
		}
	}
	return rep, nil
}

func pagesIn(ps []page, lang string) []page {
	var one []page
	for _, pg := range ps {
		if pg.d.Lang == lang {
			one = append(one, pg)
		}
	}
	return one
}
