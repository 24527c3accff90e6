package storieseval

import (
	"context"
	"fmt"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/stories"
)

// The centroid-linkage settings RunDev compares (cross/same language).
var (
	devCrossJoin       = []float64{0.03, 0.06}
	devCrossMerge      = []float64{0.15, 0.18}
	devTopicThresholds = []float64{0.06, 0.10}
	devMergeThresholds = []float64{0.25, 0.35}
)

// RunDev is the "stories-dev" task: the tuning report. It clusters the
// slavic-ner cross-topic TRAIN pages (training data, never the test list)
// into topics at several topic thresholds, so the default is chosen on data
// the "stories" task does not report on.
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
	if err := annotate(ctx, p, ps); err != nil {
		return nil, err
	}
	o.Logf("slavic-ner train: %d pages annotated", len(ps))
	rep := &eval.Report{}
	g := gold(ps, func(pg page) string { return pg.topic })
	for _, cj := range devCrossJoin {
		for _, cm := range devCrossMerge {
			for _, th := range devTopicThresholds {
				for _, mth := range devMergeThresholds {
					_, topic := clusterWith(m, ps, stories.Options{Linkage: stories.CentroidLink, TopicThreshold: cj, TopicThresholdSame: th, MergeThreshold: cm, MergeThresholdSame: mth})
					_, _, f := eval.BCubed(g, topic)
					name := fmt.Sprintf("centroid join %.3f/%.2f merge %.2f/%.2f (cross/same language)", cj, th, cm, mth)
					rep.Add(name, "B3 F1", f)
					rep.Add(name, "single-language share", singleLanguageShare(ps, topic))
				}
			}
		}
	}
	// The defaults (average linkage), on all pages and on each language's
	// pages alone: the second measures the same-language thresholds, which
	// decide single-language collections such as English news.
	_, topic := clusterWith(m, ps, stories.Options{})
	_, _, f := eval.BCubed(g, topic)
	rep.Add("defaults, all languages", "B3 F1", f)
	rep.Add("defaults, all languages", "single-language share", singleLanguageShare(ps, topic))
	for _, lang := range []string{"bg", "cs", "pl", "ru", "sl", "uk"} {
		var one []page
		for _, pg := range ps {
			if pg.d.Lang == lang {
				one = append(one, pg)
			}
		}
		_, topic := clusterWith(m, one, stories.Options{})
		_, _, f := eval.BCubed(gold(one, func(pg page) string { return pg.topic }), topic)
		rep.Add("defaults, "+lang+" alone", "B3 F1", f)
	}
	return rep, nil
}
