package dump

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/gzfile"
	"github.com/pressclip/pressclip/models"
)

// TitleModelFile is the shipped headline weights in models/, made by
// `pressclip train dump-title` (TrainTitle).
const TitleModelFile = "dump-title.gz"

// titleFeatureNames names the headline features in the model file, so
// that a file keyed by name cannot be read against reordered features.
var titleFeatureNames = [nTF]string{
	tfMidLength: "midLength", tfLong: "long", tfPeriod: "period", tfAbove: "above", tfInRun: "inRun",
	tfInRunDist: "inRunDist", tfOverlap: "overlap", tfNumbered: "numbered", tfDeck: "deck",
	tfFurn: "furn", tfFurnNext: "furnNext", tfMenuBetween: "menuBetween", tfCrumb: "crumb", tfTags: "tags",
	tfBeforeRun: "beforeRun", tfLower: "lower", tfTop: "top", tfRepeated: "repeated", tfShort: "short",
	tfDeckBelow: "deckBelow", tfCaps: "caps", tfAboveLog: "aboveLog", tfCloser: "closer",
	tfContained: "contained", tfLabel: "label", tfNextIsRun: "nextIsRun", tfIsolated: "isolated",
	tfWordsLog: "wordsLog", tfSubtitle: "subtitle", tfPrevFurn: "prevFurn", tfFirstAfterMenu: "firstAfterMenu",
}

// titleWeights returns the weights of the headline features (see
// titleFeatures), read once from the embedded TitleModelFile. It is read
// on first use, not at start-up, so that `pressclip train dump-title` can
// write the file when it is missing or stale.
var titleWeights = sync.OnceValue(mustTitleWeights)

func mustTitleWeights() TitleWeights {
	r, err := models.Open(TitleModelFile)
	if err != nil {
		panic(fmt.Sprintf("dump: %v", err))
	}
	w, err := DecodeTitleWeights(r)
	if err != nil {
		panic(fmt.Sprintf("dump: %s: %v", TitleModelFile, err))
	}
	return w
}

// TitleWeights is one weight per headline feature.
type TitleWeights [nTF]float64

// EncodeTitleWeights writes w as gzipped "name<TAB>weight" lines in
// feature order, weights rounded to two decimals (which also hides the
// last-bit differences of floating point between platforms).
func EncodeTitleWeights(w TitleWeights) ([]byte, error) {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	for k, v := range w {
		fmt.Fprintf(zw, "%s\t%s\n", titleFeatureNames[k], strconv.FormatFloat(round2(v), 'f', 2, 64))
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// round2 rounds to two decimals, with no negative zero.
func round2(v float64) float64 { return math.Round(v*100)/100 + 0 }

// DecodeTitleWeights reads what EncodeTitleWeights wrote (decompressed):
// every feature exactly once, no unknown names.
func DecodeTitleWeights(r io.Reader) (TitleWeights, error) {
	var w TitleWeights
	idx := map[string]int{}
	for k, n := range titleFeatureNames {
		idx[n] = k
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return w, fmt.Errorf("bad line %q", sc.Text())
		}
		k, known := idx[name]
		if !known || seen[name] {
			return w, fmt.Errorf("unknown or repeated feature %q", name)
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return w, fmt.Errorf("feature %s: %w", name, err)
		}
		seen[name] = true
		w[k] = v
	}
	if err := sc.Err(); err != nil {
		return w, err
	}
	if len(seen) != nTF {
		return w, fmt.Errorf("%d of %d features", len(seen), nTF)
	}
	return w, nil
}

// The headline fit: a softmax over each page's candidate lines (those
// findTitle weighs), the candidates whose text is the gold title being
// the right ones, L2-regularised, by AdaGrad from all-zero weights for a
// fixed number of full passes. Nothing is random, so a fit on the same
// pages gives the same weights.
const (
	titleFitIters = 3000
	titleFitRate  = 0.5
	titleFitL2    = 1.0
)

// TitlePage is one page's headline candidates: features, and whether
// each is the gold title.
type TitlePage struct {
	feats [][nTF]float64
	right []bool
	any   bool
}

// TitleTrainData reads the headline candidates of trafilatura-eval's text
// dumps (evalDir/text-dumps/trafilatura-eval, titles from
// evalDir/trafilatura-eval/evaldata.json), in URL order, pages with a gold
// title only. It reads no other eval set.
func TitleTrainData(evalDir string) ([]TitlePage, error) {
	docs, err := evaldata.LoadTraf(filepath.Join(evalDir, "trafilatura-eval"))
	if err != nil {
		return nil, err
	}
	var pages []TitlePage
	for _, d := range docs {
		if d.Title == nil {
			continue
		}
		gold := evaldata.NormMeta(string(*d.Title))
		base := strings.TrimSuffix(d.File, filepath.Ext(d.File))
		raw, err := gzfile.Read(filepath.Join(evalDir, "text-dumps", "trafilatura-eval", base+".txt.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, titlePage(string(raw), gold))
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("dump: no trafilatura-eval dumps with titles under %s", evalDir)
	}
	return pages, nil
}

// titlePage lists the candidates findTitle would weigh in text.
func titlePage(text, gold string) TitlePage {
	var p TitlePage
	ls, _, lo, hi := bodyRun(text, false)
	if lo < 0 {
		return p
	}
	vocab := bodyVocab(ls, lo, hi)
	for i := max(0, lo-60); i <= min(hi, lo+3) && i < len(ls); i++ {
		f, ok := titleFeatures(ls, i, lo, vocab)
		if !ok {
			continue
		}
		tt, _ := titleText(ls[i].text)
		r := evaldata.NormMeta(tt) == gold
		p.feats = append(p.feats, f)
		p.right = append(p.right, r)
		p.any = p.any || r
	}
	return p
}

// FitTitle fits headline weights on pages (see the constants above).
func FitTitle(pages []TitlePage) TitleWeights {
	var w, g2 TitleWeights
	var sc []float64
	for it := 0; it < titleFitIters; it++ {
		var grad TitleWeights
		for _, p := range pages {
			if !p.any {
				continue
			}
			sc = sc[:0]
			mx := math.Inf(-1)
			for _, f := range p.feats {
				s := dotTF(w, f)
				sc = append(sc, s)
				mx = max(mx, s)
			}
			var z, zr float64
			for c := range sc {
				sc[c] = math.Exp(sc[c] - mx)
				z += sc[c]
				if p.right[c] {
					zr += sc[c]
				}
			}
			for c, f := range p.feats {
				d := sc[c] / z
				if p.right[c] {
					d -= sc[c] / zr
				}
				for k := range f {
					grad[k] += d * f[k]
				}
			}
		}
		for k := range w {
			grad[k] += titleFitL2 * w[k]
			g2[k] += grad[k] * grad[k]
			w[k] -= titleFitRate * grad[k] / (math.Sqrt(g2[k]) + 1e-8)
		}
	}
	return w
}

// TitleAccuracy is the share of pages whose best-scored candidate under w
// is a right one, with w rounded as the model file keeps it (a page
// without candidates counts as a miss).
func TitleAccuracy(w TitleWeights, pages []TitlePage) float64 {
	for k := range w {
		w[k] = round2(w[k])
	}
	right := 0
	for _, p := range pages {
		best, bs := -1, titleMinScore
		for c, f := range p.feats {
			if s := dotTF(w, f); s > bs {
				best, bs = c, s
			}
		}
		if best >= 0 && p.right[best] {
			right++
		}
	}
	return float64(right) / float64(len(pages))
}

// TrainTitle fits the shipped headline weights on every page of
// TitleTrainData(evalDir). When log is not nil it first reports the
// held-out check: fitted on the even pages (URL order) and scored on the
// odd ones, and the reverse.
func TrainTitle(evalDir string, log io.Writer) (TitleWeights, error) {
	pages, err := TitleTrainData(evalDir)
	if err != nil {
		return TitleWeights{}, err
	}
	if log != nil {
		var half [2][]TitlePage
		for k, p := range pages {
			half[k%2] = append(half[k%2], p)
		}
		for h := range 2 {
			w := FitTitle(half[h])
			fmt.Fprintf(log, "dump-title: fitted on half %d (%d pages): that half %.3f, other half %.3f\n",
				h, len(half[h]), TitleAccuracy(w, half[h]), TitleAccuracy(w, half[1-h]))
		}
	}
	w := FitTitle(pages)
	if log != nil {
		fmt.Fprintf(log, "dump-title: fitted on all %d pages: %.3f (in-sample)\n", len(pages), TitleAccuracy(w, pages))
	}
	return w, nil
}

func dotTF(w TitleWeights, f [nTF]float64) float64 {
	s := 0.0
	for k := range w {
		s += w[k] * f[k]
	}
	return s
}
