package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"

	"github.com/pressclip/pressclip/token"
)

// Labels is the label set of every model.
var labelSet = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

// miscLabelSet adds MISC, which is learnt (to tell names that are not PER,
// ORG or LOC apart) but never output.
var miscLabelSet = append(append([]string(nil), labelSet...), "B-MISC", "I-MISC")

// Config is a training recipe.
type Config struct {
	Lang   string
	Epochs int
	Bits   uint   // log2 feature buckets
	Seed   uint64 // shuffling seed
	// DocPass adds a second pass with document features (trained on
	// first-pass labels from models fitted on the other half of the
	// documents).
	DocPass bool
	Folds   int // folds for the document pass's first-pass labels (min 2)
	// Dropout is the share of training tokens (drawn anew each epoch) whose
	// word-identity features are left out, so that context, shape and
	// gazetteer features learn to carry names the training data lacks.
	Dropout float64
	// Misc learns the training data's MISC names as a fourth type (never
	// output).
	Misc bool
	// Styles gives each training corpus's sentences their own copies of
	// some features (see Model.WithStyle), so that corpora annotated by
	// different conventions need not fight over the shared weights.
	Styles bool
	// DocTypes gives the document pass two more features: each type the
	// word's other capitalised occurrences got, and the types of the
	// first pass's mentions of two or more words that contain it.
	DocTypes bool
	// DocTopic gives the document pass the document's topic, the
	// capitalised words before a dash that open its first line ("SOCCER -
	// JAPAN GET LUCKY WIN", docTopic), with the first pass's label and
	// the word's document type: a city is a team in a sports report.
	DocTopic bool `json:",omitempty"`
	// Seeds > 1 trains that many perceptrons, shuffled with seeds Seed,
	// Seed+1, …, and ships the mean of their (averaged) weights.
	Seeds int
	// Bilou learns BILOU labels (last and unit tokens of a name apart from
	// inner and first ones); the model still outputs BIO.
	Bilou bool
	// Lower flags capitalised words that the training text mostly writes
	// lower-case (sentence-initial common words), with a feature for
	// their place at the sentence start.
	Lower bool
	// Spans adds a gazetteer of the training data's ORG and LOC names of
	// two or more words, matched whole on the words' stems, whose
	// features say a word is the first, an inner or the last word of one
	// (see trainSpans). Off in every recipe: on TestDevSplit, seeds 1/2/3,
	// ru NEREL dev rose 0.8224/0.8180/0.8182 -> 0.8241/0.8282/0.8222 but
	// factRuEval dev (unnamed ignored) fell 0.8492/0.8457/0.8534 ->
	// 0.8430/0.8438/0.8476; uk ner-uk dev 0.9046/0.8987/0.9019 ->
	// 0.8991/0.9021/0.9037, slavic uk 0.9302/0.9270/0.9327 ->
	// 0.9344/0.9332/0.9316.
	Spans bool
	// Descr lists, for each training style, the descriptor words its
	// organisation names take in at their edges (descrTable), and the
	// model widens that style's ORG names over them (LOC was tried on
	// dev and left out).
	Descr bool
}

// bilouLabels returns a BIO label set followed by the L- and U- labels
// of its types, so that the BIO labels keep their indexes.
func bilouLabels(bio []string) []string {
	out := append([]string(nil), bio...)
	for _, l := range bio {
		if strings.HasPrefix(l, "B-") {
			out = append(out, "L-"+l[2:], "U-"+l[2:])
		}
	}
	return out
}

// toBILOU rewrites BIO labels as BILOU: a name's last token L- (U- if it
// is its only one).
func toBILOU(bio []string) []string {
	out := make([]string, len(bio))
	for i, l := range bio {
		out[i] = l
		if l == "O" || len(l) < 3 {
			continue
		}
		last := i+1 == len(bio) || bio[i+1] != "I-"+l[2:]
		switch {
		case last && l[0] == 'B':
			out[i] = "U-" + l[2:]
		case last && l[0] == 'I':
			out[i] = "L-" + l[2:]
		}
	}
	return out
}

// Train fits an averaged structured perceptron on the sentences. It is
// deterministic for a given config and input order. If dev is non-empty,
// the dev F1 after each epoch is logged.
func Train(ctx context.Context, cfg Config, train, dev []Sentence, log io.Writer) (*Model, error) {
	return trainGaz(ctx, cfg, nil, nil, nil, train, dev, log)
}

// trainGaz trains with gazetteer features: gaz is shipped with the model,
// and flags(i) gives training sentence i's flags (from a gazetteer built
// without that sentence's part of the data).
// extra(i, stems, feats), if set, appends features to sentence i's.
func trainGaz(ctx context.Context, cfg Config, gaz *Gazetteer, flags func(i int, low, stm []string) []uint32, extra func(i int, stm []string, feats [][]uint32), train, dev []Sentence, log io.Writer) (*Model, error) {
	if cfg.Seeds <= 1 {
		return trainOne(ctx, cfg, gaz, flags, extra, train, dev, log)
	}
	// the seeds train in parallel (at most GOMAXPROCS at once) and are
	// summed in seed order, so the result does not depend on scheduling
	ms := make([]*Model, cfg.Seeds)
	errs := make([]error, cfg.Seeds)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for k := range ms {
		c := cfg
		c.Seed = cfg.Seed + uint64(k)
		lg := log
		if k > 0 {
			lg = nil
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			ms[k], errs[k] = trainOne(ctx, c, gaz, flags, extra, train, dev, lg)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sum := ms[0]
	for _, m := range ms[1:] {
		for i, v := range m.w {
			sum.w[i] += v
		}
		for i, v := range m.trans {
			sum.trans[i] += v
		}
	}
	inv := 1 / float32(cfg.Seeds)
	for i := range sum.w {
		sum.w[i] *= inv
	}
	for i := range sum.trans {
		sum.trans[i] *= inv
	}
	sum.freeze()
	return sum, nil
}

// trainOne is trainGaz with one shuffling seed.
func trainOne(ctx context.Context, cfg Config, gaz *Gazetteer, flags func(i int, low, stm []string) []uint32, extra func(i int, stm []string, feats [][]uint32), train, dev []Sentence, log io.Writer) (*Model, error) {
	labels := labelSet
	if cfg.Misc {
		labels = miscLabelSet
	}
	if cfg.Bilou {
		labels = bilouLabels(labels)
	}
	m := newModel(cfg.Lang, labels, cfg.Bits)
	m.gaz = gaz
	L := len(m.Labels)
	idx := map[string]int{}
	for i, l := range m.Labels {
		idx[l] = i
	}
	type ex struct {
		feats [][]uint32
		gold  []int
	}
	exs := make([]ex, len(train))
	for i, s := range train {
		g := make([]int, len(s.Labels))
		gl := s.Labels
		if cfg.Bilou {
			gl = toBILOU(gl)
		}
		for k, l := range gl {
			g[k] = idx[l]
		}
		low, stm := lowered(s.Words)
		var gz []uint32
		if flags != nil {
			gz = flags(i, low, stm)
		}
		fs := sentFeatures(s.Words, low, stm, gz, styleHash(s.style), cfg.Bits)
		if extra != nil {
			extra(i, stm, fs)
		}
		exs[i] = ex{fs, g}
	}
	// averaged perceptron: u accumulates c*update; average = w - u/c.
	uw := make([]float32, len(m.w))
	ut := make([]float32, len(m.trans))
	c := float32(1)
	rng := rand.New(rand.NewPCG(cfg.Seed, 7))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	sc := make([]float32, 0)
	drng := rand.New(rand.NewPCG(cfg.Seed, 11))
	var view [][]uint32
	for ep := 0; ep < cfg.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, oi := range order {
			e := exs[oi]
			n := len(e.gold)
			if cap(sc) < n*L {
				sc = make([]float32, n*L)
			}
			sc = sc[:n*L]
			feats := e.feats
			if cfg.Dropout > 0 {
				view = append(view[:0], e.feats...)
				for i := range view {
					if drng.Float64() < cfg.Dropout && len(view[i]) > nLex {
						view[i] = view[i][nLex:]
					}
				}
				feats = view
			}
			m.emissions(feats, sc)
			pred := m.viterbi(n, sc)
			for i := 0; i < n; i++ {
				pg, pp := L, L
				if i > 0 {
					pg, pp = e.gold[i-1], pred[i-1]
				}
				if e.gold[i] == pred[i] && pg == pp {
					continue
				}
				errs++
				m.trans[pg*L+e.gold[i]]++
				ut[pg*L+e.gold[i]] += c
				m.trans[pp*L+pred[i]]--
				ut[pp*L+pred[i]] -= c
				if e.gold[i] != pred[i] {
					for _, f := range feats[i] {
						m.w[int(f)*L+e.gold[i]]++
						uw[int(f)*L+e.gold[i]] += c
						m.w[int(f)*L+pred[i]]--
						uw[int(f)*L+pred[i]] -= c
					}
				}
			}
			c++
		}
		if log != nil {
			msg := fmt.Sprintf("ner %s epoch %d: %d token errors", cfg.Lang, ep+1, errs)
			if len(dev) > 0 {
				avg := m.averaged(uw, ut, c)
				msg += fmt.Sprintf(", dev F1 %.4f", Score(avg, dev).F1())
			}
			fmt.Fprintln(log, msg)
		}
	}
	return m.averaged(uw, ut, c), nil
}

func (m *Model) averaged(uw, ut []float32, c float32) *Model {
	a := newModel(m.Lang, m.Labels, m.bits)
	a.gaz = m.gaz
	for i := range m.w {
		a.w[i] = m.w[i] - uw[i]/c
	}
	for i := range m.trans {
		a.trans[i] = m.trans[i] - ut[i]/c
	}
	a.freeze()
	return a
}

// Counts are exact-match entity counts.
type Counts struct{ TP, FP, FN int }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	p := float64(c.TP) / float64(c.TP+c.FP)
	r := float64(c.TP) / float64(c.TP+c.FN)
	return 2 * p * r / (p + r)
}

// ScoreByType tags the sentences (each alone) and counts exact span+type
// matches per type ("" holds the micro total).
func ScoreByType(m *Model, sents []Sentence) map[string]Counts {
	docs := make([][]Sentence, len(sents))
	for i, s := range sents {
		docs[i] = []Sentence{s}
	}
	return ScoreDocSentences(m, docs)
}

// ScoreDocSentences tags each document's sentences together (TagDoc) and
// counts exact span+type matches per type ("" holds the micro total).
func ScoreDocSentences(m *Model, docs [][]Sentence) map[string]Counts {
	out := map[string]Counts{}
	add := func(typ string, tp, fp, fn int) {
		for _, k := range []string{"", typ} {
			c := out[k]
			c.TP, c.FP, c.FN = c.TP+tp, c.FP+fp, c.FN+fn
			out[k] = c
		}
	}
	_ = eachTagged(m, docs, func(_ Sentence, gold map[Mention]bool, pred []Mention) error {
		for _, p := range pred {
			if gold[p] {
				add(p.Type, 1, 0, 0)
			} else {
				add(p.Type, 0, 1, 0)
			}
			delete(gold, p)
		}
		for g := range gold {
			add(g.Type, 0, 0, 1)
		}
		return nil
	})
	return out
}

// eachTagged tags each document's sentences together (TagDoc) and calls f
// for each sentence with its gold names (MISC left out; f may change the
// map) and the names m finds, in order. It stops at f's first error.
func eachTagged(m *Model, docs [][]Sentence, f func(s Sentence, gold map[Mention]bool, pred []Mention) error) error {
	for _, d := range docs {
		words := make([][]string, len(d))
		for i, s := range d {
			words[i] = s.Words
		}
		tags := m.TagDoc(words)
		for si, s := range d {
			gold := map[Mention]bool{}
			for _, g := range Mentions(s.Labels) {
				if g.Type != "MISC" {
					gold[g] = true
				}
			}
			if err := f(s, gold, Mentions(tags[si])); err != nil {
				return err
			}
		}
	}
	return nil
}

// Score is the micro total of ScoreByType.
func Score(m *Model, sents []Sentence) Counts { return ScoreByType(m, sents)[""] }

// TagText tags a plain text (tokenized with package token) as one document
// and returns its entity spans as byte offsets.
func (m *Model) TagText(text string) []Span {
	var out []Span
	var sents [][]string
	var toks [][]token.Span
	var starts []int
	for _, s := range token.Sentences(text) {
		ts := token.Words(text[s.Start:s.End])
		words := make([]string, len(ts))
		for i, t := range ts {
			words[i] = text[s.Start+t.Start : s.Start+t.End]
		}
		sents = append(sents, words)
		toks = append(toks, ts)
		starts = append(starts, s.Start)
	}
	for si, tags := range m.TagDoc(sents) {
		ts, st := toks[si], starts[si]
		for _, mn := range Mentions(tags) {
			out = append(out, Span{st + ts[mn.First].Start, st + ts[mn.Last-1].End, mn.Type})
		}
	}
	return out
}

// ScoreDocs tags each document's text and counts exact byte-span+type
// matches against its outermost gold spans, per type ("" = micro total).
// A predicted span that is not a match but overlaps an ignored gold object
// (Doc.Ignore) of its type is not counted, nor is the ignored object.
func ScoreDocs(m *Model, docs []Doc) map[string]Counts {
	out := map[string]Counts{}
	for _, d := range docs {
		scoreDoc(out, d, m.TagText(d.Text))
	}
	return out
}

// scoreDoc adds to out the counts of the predicted spans pred against d's
// gold, as ScoreDocs describes. A gold span is matched only by a predicted
// span of its own type: factRuEval's LocOrg objects are LOC in the gold
// (ReadFactRuEval), so an ORG over one is a miss and a false alarm, as in
// upstream's track-1 scorer.
func scoreDoc(out map[string]Counts, d Doc, pred []Span) {
	bump := func(t string, f func(*Counts)) {
		for _, k := range []string{"", t} {
			c := out[k]
			f(&c)
			out[k] = c
		}
	}
	gold := map[Span]bool{}
	spans, ignored := d.gold()
	var ign []Span
	for _, g := range spans {
		if ignored[g] {
			ign = append(ign, g)
		} else {
			gold[g] = true
		}
	}
	for _, p := range pred {
		switch {
		case gold[p]:
			bump(p.Type, func(c *Counts) { c.TP++ })
			delete(gold, p)
		case overlapsSame(p, ign):
			// matches an ignored gold object: neither right nor wrong
		default:
			bump(p.Type, func(c *Counts) { c.FP++ })
		}
	}
	for g := range gold {
		bump(g.Type, func(c *Counts) { c.FN++ })
	}
}

// overlapsSame reports whether p overlaps a span of ign of the same type.
func overlapsSame(p Span, ign []Span) bool {
	for _, g := range ign {
		if g.Type == p.Type && p.Start < g.End && g.Start < p.End {
			return true
		}
	}
	return false
}
