// Package timexeval scores the timex stage on TempEval-3 platinum (span F1
// strict and relaxed, type accuracy, value F1 as TE3 defines them).
package timexeval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/timex"
)

type gold struct {
	start, end int
	typ, value string
}

var (
	tagRe   = regexp.MustCompile(`<[^>]*>`)
	timexRe = regexp.MustCompile(`^<TIMEX3\b`)
	attrRe  = regexp.MustCompile(`(\w+)="([^"]*)"`)
	dctRe   = regexp.MustCompile(`functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*functionInDocument="CREATION_TIME"`)
)

// parse returns the plain text of <TEXT>, its gold TIMEX3s and the DCT.
func parse(src string) (string, []gold, time.Time) {
	var dct time.Time
	if m := dctRe.FindStringSubmatch(src); m != nil {
		v := m[1] + m[2]
		dct, _ = time.Parse("2006-01-02", v[:min(10, len(v))])
	}
	i := strings.Index(src, "<TEXT>")
	j := strings.Index(src, "</TEXT>")
	if i < 0 || j < i {
		return "", nil, dct
	}
	body := src[i+6 : j]
	var b strings.Builder
	var out []gold
	var open *gold
	last := 0
	for _, ix := range tagRe.FindAllStringIndex(body, -1) {
		b.WriteString(body[last:ix[0]])
		last = ix[1]
		tag := body[ix[0]:ix[1]]
		switch {
		case timexRe.MatchString(tag):
			g := gold{start: b.Len()}
			for _, a := range attrRe.FindAllStringSubmatch(tag, -1) {
				switch a[1] {
				case "type":
					g.typ = a[2]
				case "value":
					g.value = a[2]
				}
			}
			open = &g
		case tag == "</TIMEX3>" && open != nil:
			open.end = b.Len()
			out = append(out, *open)
			open = nil
		}
	}
	b.WriteString(body[last:])
	return b.String(), out, dct
}

// Run scores TempEval-3 platinum.
func Run(ctx context.Context, o eval.Options) (*eval.Report, error) {
	dir := o.Path("tempeval3", "te3-platinum")
	if err := eval.RequireDir(dir); err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("timexeval: %w", err)
	}
	sort.Strings(files)
	g := timex.New()
	var nGold, nSys, strict, relaxed, typeOK, valueOK int
	var bytes int
	var elapsed time.Duration
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("timexeval: %w", err)
		}
		text, golds, dct := parse(string(raw))
		t0 := time.Now()
		sys := g.Find(text, dct)
		elapsed += time.Since(t0)
		bytes += len(text)
		nGold += len(golds)
		nSys += len(sys)
		for _, s := range sys {
			for _, gd := range golds {
				if s.Start < gd.end && gd.start < s.End {
					relaxed++
					if s.Start == gd.start && s.End == gd.end {
						strict++
					}
					if s.Type == gd.typ {
						typeOK++
					}
					if s.Value == gd.value {
						valueOK++
					}
					break
				}
			}
		}
	}
	f1 := func(c int) float64 {
		if nGold == 0 || nSys == 0 || c == 0 {
			return 0
		}
		p, r := float64(c)/float64(nSys), float64(c)/float64(nGold)
		return 2 * p * r / (p + r)
	}
	acc := func(c int) float64 {
		if relaxed == 0 {
			return 0
		}
		return float64(c) / float64(relaxed)
	}
	o.Logf("te3-platinum: %d files, %d gold, %d system", len(files), nGold, nSys)
	rep := &eval.Report{}
	rep.Add("te3-platinum", "strict span F1", f1(strict))
	rep.AddAnchored("te3-platinum", "relaxed span F1", f1(relaxed), 0.90, "HeidelTime, TE3 paper")
	rep.Add("te3-platinum", "type accuracy", acc(typeOK))
	rep.Add("te3-platinum", "value accuracy", acc(valueOK))
	rep.AddAnchored("te3-platinum", "value F1", f1(valueOK), 0.776, "HeidelTime, TE3 paper")
	if elapsed > 0 {
		rep.Add("te3-platinum", "MB/s", float64(bytes)/1e6/elapsed.Seconds())
	}
	return rep, nil
}
