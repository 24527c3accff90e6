package quoteseval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/quotes"
)

// RunDev is the "quotes-dev" task: the tuning report. It trains the
// English model with the shipped recipe on PolNeAR train only and scores
// PolNeAR dev, which the shipped model's figures on test do not touch.
// Training takes minutes per seed, so two variables shape a run:
//
//	QUOTESDEV_SEEDS   shuffling seeds, comma-separated (default 1): one
//	                  model and one set of rows each, and their mean
//	QUOTESDEV_MODELS  a folder keeping each trained dev model, named by a
//	                  key over its recipe, its training articles and the
//	                  features the tagger computes (devModelKey), so that
//	                  a change to the post-passes or the speaker linking
//	                  is scored again without training
//	QUOTESDEV_EPOCHS  training epochs instead of the shipped recipe's,
//	                  to try a longer or shorter recipe on dev
//
// With --misses FILE every dev attribution missed, invented or given the
// wrong speaker is written to FILE, seed by seed.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	seeds, err := devSeeds(os.Getenv("QUOTESDEV_SEEDS"))
	if err != nil {
		return nil, err
	}
	misses, err := o.CreateMisses()
	if err != nil {
		return nil, err
	}
	defer misses.Close()
	train, err := quotes.DevTraining(o.Train)
	if err != nil {
		return nil, err
	}
	dev, err := quotes.LoadPolNeARTar(quotes.TrainData(o.Train), "dev")
	if err != nil {
		return nil, err
	}
	rep := &eval.Report{}
	var all []PolNeARScores
	for _, seed := range seeds {
		m, err := devModel(ctx, o, train, seed)
		if err != nil {
			return nil, err
		}
		var mw io.Writer // nil: no misses file, none computed
		if o.Misses != "" {
			fmt.Fprintf(misses, "## seed %d\n", seed)
			mw = misses
		}
		s, err := scoreMisses(ctx, quotes.NewWithModel(m), dev, mw)
		if err != nil {
			return nil, err
		}
		s.Report(rep, fmt.Sprintf("PolNeAR dev (en), seed %d", seed))
		all = append(all, s)
	}
	if len(all) > 1 {
		meanRows(rep, all, "PolNeAR dev (en), mean of seeds "+os.Getenv("QUOTESDEV_SEEDS"))
	}
	return rep, nil
}

// devSeeds reads QUOTESDEV_SEEDS.
func devSeeds(s string) ([]int64, error) {
	if s == "" {
		return []int64{1}, nil
	}
	var out []int64
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("quotes-dev: QUOTESDEV_SEEDS: %w", err)
		}
		out = append(out, n)
	}
	return out, nil
}

// devEpochs reads QUOTESDEV_EPOCHS: the recipe's def when unset.
func devEpochs(s string, def int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return 0, fmt.Errorf("quotes-dev: QUOTESDEV_EPOCHS %q: want a positive number", s)
	}
	return n, nil
}

// meanRows adds, under ds, the mean over runs of each row a run reports.
func meanRows(rep *eval.Report, runs []PolNeARScores, ds string) {
	var sum *eval.Report
	for _, s := range runs {
		r := &eval.Report{}
		s.Report(r, ds)
		if sum == nil {
			sum = r
			continue
		}
		for i := range sum.Results {
			sum.Results[i].Value += r.Results[i].Value
		}
	}
	for _, x := range sum.Results {
		x.Value /= float64(len(runs))
		rep.Results = append(rep.Results, x)
	}
}

// devModelVersion is part of the key a kept dev model is found by: bump it
// when the learning itself changes (the perceptron, stacking, pruning).
// Changes to the features, the pattern extractor they read, segmentation
// or gold labels change the key on their own (quotes.WriteTrainingKey).
const devModelVersion = 1

// devModel trains the shipped recipe with seed on train, or reads the model
// QUOTESDEV_MODELS keeps for it, and returns it encoded and decoded again.
func devModel(ctx context.Context, o eval.Options, train []quotes.Article, seed int64) (*quotes.Model, error) {
	opt := quotes.ShippedOptions(nil)
	opt.Seed = seed
	ep, err := devEpochs(os.Getenv("QUOTESDEV_EPOCHS"), opt.Epochs)
	if err != nil {
		return nil, err
	}
	opt.Epochs = ep
	name := fmt.Sprintf("quotes-dev-%x.gz", devModelKey(opt, train))
	o.Logf("quotes-dev: seed %d, %d training articles, model %s", seed, len(train), name)
	return eval.KeptDecoded(o, os.Getenv("QUOTESDEV_MODELS"), name, func() (*quotes.Model, error) {
		opt.Log = o.Log
		return quotes.Train(ctx, train, opt)
	}, quotes.DecodeModel)
}

// devModelKey hashes what a dev model is trained from: the version, the
// options and the training articles with the features computed on them.
func devModelKey(opt quotes.TrainOptions, train []quotes.Article) []byte {
	opt.Log = nil
	js, err := json.Marshal(opt)
	if err != nil {
		panic(err) // plain fields only
	}
	h := eval.ModelKey(devModelVersion, js)
	quotes.WriteTrainingKey(h, train)
	return h.Sum(nil)
}

// scoreMisses is ScorePolNeAR writing each article's misses to w (nil:
// none are listed):
//
//	DSPK  a direct quote found with the wrong speaker
//	DFN   a direct quote missed (no match in the direct subset)
//	DFP   a direct quote invented
//	ISPK  a matched indirect content with the wrong speaker
//	CFN   an indirect content missed (no match among all contents)
//	CFP   an indirect content invented
//
// each with the article's number, the gold and found source text and the
// content marked <<…>> in its context.
func scoreMisses(ctx context.Context, x *quotes.Extractor, arts []quotes.Article, w io.Writer) (PolNeARScores, error) {
	var s PolNeARScores
	for ai, a := range arts {
		gold, pred, err := items(ctx, x, a)
		if err != nil {
			return s, err
		}
		s.add(gold, pred)
		if w != nil {
			writeMisses(w, ai, a.Text, gold, pred)
		}
	}
	return s, nil
}

func writeMisses(w io.Writer, ai int, text string, gold, pred []item) {
	ti := newTokIndex(text)
	snip := func(a, b int) string {
		a, b = max(a, 0), min(b, len(text))
		if a >= b {
			return ""
		}
		return strings.ReplaceAll(text[a:b], "\n", "¶")
	}
	srcs := func(it item) string {
		var p []string
		for _, sp := range it.src {
			p = append(p, text[sp.Start:sp.End])
		}
		return strings.Join(p, "|")
	}
	show := func(tag string, it item, who string) {
		st, en := ti.starts[it.toks[0]], ti.ends[it.toks[len(it.toks)-1]]
		fmt.Fprintf(w, "%s a%d %s\n   %s <<%s>> %s\n", tag, ai, who, snip(st-120, st), snip(st, en), snip(en, en+100))
	}
	subset := func(its []item) (out []item) {
		for _, it := range its {
			if it.direct {
				out = append(out, it)
			}
		}
		return out
	}
	right := func(g, p item) bool { return speakerOK(g, p) || len(g.src) == 0 && len(p.src) == 0 }
	for _, direct := range []bool{true, false} {
		gs, ps, pre := gold, pred, "C"
		if direct {
			gs, ps, pre = subset(gold), subset(pred), "D"
		}
		gm, pm := map[int]bool{}, map[int]bool{}
		for _, m := range match(gs, ps) {
			gm[m[0]], pm[m[1]] = true, true
			g, p := gs[m[0]], ps[m[1]]
			if g.direct == direct && !right(g, p) {
				tag := "ISPK"
				if direct {
					tag = "DSPK"
				}
				show(tag, g, fmt.Sprintf("gold=[%s] pred=[%s]", srcs(g), srcs(p)))
			}
		}
		for i, g := range gs {
			if !gm[i] && g.direct == direct {
				show(pre+"FN", g, fmt.Sprintf("gold=[%s]", srcs(g)))
			}
		}
		for i, p := range ps {
			if !pm[i] && p.direct == direct {
				show(pre+"FP", p, fmt.Sprintf("pred=[%s]", srcs(p)))
			}
		}
	}
}
