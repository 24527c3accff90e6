package dump

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/internal/evaldata"
)

// TestTitleFit fits titleWeights on trafilatura-eval's text dumps, the
// issue's tuning set (TITLE_FIT=dir of the shared data, holding
// eval/trafilatura-eval/evaldata.json and eval/text-dumps/trafilatura-eval):
// a softmax over each page's headline candidates, the candidates whose
// text is the gold title being the right ones, fitted by gradient descent
// from the current weights on the even pages (URL order) and scored on the
// odd ones. It prints the weights; it reads no other eval set.
func TestTitleFit(t *testing.T) {
	root := os.Getenv("TITLE_FIT")
	if root == "" {
		t.Skip("set TITLE_FIT")
	}
	docs, err := evaldata.LoadTraf(filepath.Join(root, "eval", "trafilatura-eval"))
	if err != nil {
		t.Fatal(err)
	}
	type page struct {
		feats [][nTF]float64
		right []bool
		any   bool
	}
	fitHalf := 0
	if os.Getenv("TITLE_FIT_HALF") == "1" {
		fitHalf = 1
	}
	var pages [2][]page
	for k, d := range docs {
		if d.Title == nil {
			continue
		}
		gold := string(*d.Title)
		base := strings.TrimSuffix(d.File, filepath.Ext(d.File))
		raw, err := evaldata.ReadGzip(filepath.Join(root, "eval", "text-dumps", "trafilatura-eval", base+".txt.gz"))
		if err != nil {
			continue
		}
		text := string(raw)
		ls, _, lo, hi := bodyRun(text)
		if lo < 0 {
			continue
		}
		vocab := bodyVocab(ls, lo, hi)
		var p page
		for i := max(0, lo-60); i <= min(hi, lo+3) && i < len(ls); i++ {
			f, ok := titleFeatures(ls, i, lo, vocab)
			if !ok {
				continue
			}
			tt, _ := titleText(ls[i].text)
			r := evaldata.NormMeta(tt) == evaldata.NormMeta(gold)
			p.feats = append(p.feats, f)
			p.right = append(p.right, r)
			p.any = p.any || r
		}
		h := (k + fitHalf) % 2
		if os.Getenv("TITLE_FIT_HALF") == "all" {
			h = 0
			pages[1] = append(pages[1], p)
		}
		pages[h] = append(pages[h], p)
	}
	acc := func(w [nTF]float64, ps []page) float64 {
		right := 0
		for _, p := range ps {
			best, bs := -1, math.Inf(-1)
			for c, f := range p.feats {
				if s := dot(w, f); s > bs {
					best, bs = c, s
				}
			}
			if best >= 0 && p.right[best] {
				right++
			}
		}
		return float64(right) / float64(len(ps))
	}
	w := titleWeights
	ceil := 0
	for _, p := range pages[1] {
		if p.any {
			ceil++
		}
	}
	t.Logf("other half: %d pages, %d with the gold title among the candidates", len(pages[1]), ceil)
	t.Logf("start: fit half %.3f, other half %.3f", acc(w, pages[0]), acc(w, pages[1]))
	var g2 [nTF]float64
	for it := 0; it < 3000; it++ {
		var grad [nTF]float64
		for _, p := range pages[0] {
			if !p.any {
				continue
			}
			mx := math.Inf(-1)
			sc := make([]float64, len(p.feats))
			for c, f := range p.feats {
				sc[c] = dot(w, f)
				mx = max(mx, sc[c])
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
				q := sc[c] / z
				pr := 0.0
				if p.right[c] {
					pr = sc[c] / zr
				}
				for k := range f {
					grad[k] += (q - pr) * f[k]
				}
			}
		}
		for k := range w {
			grad[k] += titleL2 * w[k]
			g2[k] += grad[k] * grad[k]
			w[k] -= 0.5 * grad[k] / (math.Sqrt(g2[k]) + 1e-8)
		}
	}
	t.Logf("fitted: fit half %.3f, other half %.3f", acc(w, pages[0]), acc(w, pages[1]))
	names := []string{"tfMidLength", "tfLong", "tfPeriod", "tfAbove", "tfInRun", "tfInRunDist", "tfOverlap", "tfCopyright", "tfNumbered",
		"tfDeck", "tfFurn", "tfFurnNext", "tfMenuBetween", "tfCrumb", "tfTags", "tfBeforeRun", "tfLower", "tfTop", "tfRepeated", "tfShort",
		"tfDeckBelow", "tfCaps", "tfAboveLog", "tfCloser", "tfContained", "tfLabel", "tfNextIsRun", "tfIsolated", "tfWordsLog", "tfSubtitle", "tfPrevFurn", "tfFirstAfterMenu"}
	var sb strings.Builder
	for k, v := range w {
		sb.WriteString(fmt.Sprintf("%s: %.2f, ", names[k], math.Round(v*100)/100+0))
		if k%6 == 5 {
			sb.WriteString("\n")
		}
	}
	t.Log(sb.String())
}

const titleL2 = 1.0

func dot(w, f [nTF]float64) float64 {
	s := 0.0
	for k := range w {
		s += w[k] * f[k]
	}
	return s
}
