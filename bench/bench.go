// Package bench measures the whole pipeline's speed and memory on evaluation
// pages: pages and megabytes per second for text dumps and HTML, each stage's
// share of the time, cross-page linking, and the process's peak RSS. Every
// figure stands beside an anchor measured in the same run (the extract stage
// alone), because the machines it runs on are small and noisy and only ratios
// travel.
package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/pipeline"
)

// Options configure a run.
type Options struct {
	eval.Options
	// Workers is the number of pages processed at once; 0 means all cores.
	Workers int
	// Pages caps the pages of each kind (dumps, HTML); 0 means 1,000.
	Pages int
}

// page is one input held in memory, so reading files is not measured.
type page struct {
	name string
	raw  []byte
}

// Run measures the default pipeline on up to o.Pages text dumps
// (eval/text-dumps) and HTML pages (eval/article-extraction-benchmark and
// eval/trafilatura-eval).
func Run(ctx context.Context, o Options) (*eval.Report, error) {
	if o.Workers < 1 {
		o.Workers = runtime.NumCPU()
	}
	if o.Pages < 1 {
		o.Pages = 1000
	}
	dumps, err := load(o.Pages, o.Path("text-dumps", "article-extraction-benchmark"), o.Path("text-dumps", "trafilatura-eval"))
	if err != nil {
		return nil, err
	}
	html, err := load(o.Pages, o.Path("article-extraction-benchmark", "html"), o.Path("trafilatura-eval", "html"))
	if err != nil {
		return nil, err
	}
	full, err := pipeline.DefaultStages(pipeline.Options{})
	if err != nil {
		return nil, err
	}
	timers := make([]*stageTimer, len(full))
	timed := make([]pipeline.Stage, len(full))
	for i, s := range full {
		timers[i] = &stageTimer{name: s.Name, inner: s.Annotator}
		timed[i] = pipeline.Stage{Name: s.Name, Annotator: timers[i]}
	}
	extractOnly := pipeline.WithStages(pipeline.Options{}, full[0])
	whole := pipeline.WithStages(pipeline.Options{}, timed...)
	linker, err := pipeline.NewLinker()
	if err != nil {
		return nil, err
	}

	rep := &eval.Report{}
	anchorName := "extract stage alone, same run"
	for _, set := range []struct {
		name  string
		pages []page
	}{{"text dumps", dumps}, {"HTML pages", html}} {
		if len(set.pages) == 0 {
			continue
		}
		o.Logf("bench: %d %s, %d workers", len(set.pages), set.name, o.Workers)
		base, _, err := runAll(ctx, extractOnly, set.pages, o.Workers)
		if err != nil {
			return nil, err
		}
		for _, t := range timers {
			t.reset()
		}
		got, docs, err := runAll(ctx, whole, set.pages, o.Workers)
		if err != nil {
			return nil, err
		}
		start := time.Now()
		linker.Link(docs)
		link := time.Since(start)

		ds := fmt.Sprintf("%s (%d, %d workers)", set.name, len(set.pages), o.Workers)
		rep.AddAnchored(ds, "pages/s, full pipeline", got.pagesPerSec(), base.pagesPerSec(), anchorName)
		rep.AddAnchored(ds, "MB/s, full pipeline", got.mbPerSec(), base.mbPerSec(), anchorName)
		rep.Add(ds, "failed pages", float64(got.failed))
		var total time.Duration
		for _, t := range timers {
			total += t.elapsed()
		}
		for _, t := range timers {
			rep.Add(ds, "share of stage time: "+t.name, t.elapsed().Seconds()/total.Seconds())
		}
		rep.Add(ds, "linking the batch (people, stories), s", link.Seconds())
	}
	if rss := peakRSS(); rss > 0 {
		rep.Add("this run", "peak RSS, MB", float64(rss)/(1<<20))
	}
	return rep, nil
}

// stageTimer adds up the wall time one stage spends over all pages.
type stageTimer struct {
	name  string
	inner pipeline.Annotator
	ns    atomic.Int64
}

func (t *stageTimer) Annotate(ctx context.Context, d *doc.Doc) error {
	start := time.Now()
	err := t.inner.Annotate(ctx, d)
	t.ns.Add(int64(time.Since(start)))
	return err
}

func (t *stageTimer) reset()                 { t.ns.Store(0) }
func (t *stageTimer) elapsed() time.Duration { return time.Duration(t.ns.Load()) }

// result is one pass over a set of pages.
type result struct {
	pages, failed int
	bytes         int64
	wall          time.Duration
}

func (r result) pagesPerSec() float64 { return float64(r.pages) / r.wall.Seconds() }
func (r result) mbPerSec() float64    { return float64(r.bytes) / (1 << 20) / r.wall.Seconds() }

// runAll processes pages with workers goroutines and returns the documents in
// input order.
func runAll(ctx context.Context, p *pipeline.Pipeline, pages []page, workers int) (result, []*doc.Doc, error) {
	docs := make([]*doc.Doc, len(pages))
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(pages) || ctx.Err() != nil {
					return
				}
				docs[i] = p.Process(ctx, pages[i].name, pages[i].raw)
			}
		}()
	}
	wg.Wait()
	r := result{pages: len(pages), wall: time.Since(start)}
	if err := ctx.Err(); err != nil {
		return r, nil, err
	}
	for i, d := range docs {
		r.bytes += int64(len(pages[i].raw))
		if d.Err != nil {
			r.failed++
		}
	}
	return r, docs, nil
}

// load reads up to limit pages from dirs, in file-name order, undoing the
// gzip the corpora are stored in.
func load(limit int, dirs ...string) ([]page, error) {
	var out []page
	for _, dir := range dirs {
		if err := eval.RequireDir(dir); err != nil {
			return nil, err
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		names := make([]string, 0, len(ents))
		for _, e := range ents {
			if !e.IsDir() {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, n := range names {
			if len(out) >= limit {
				return out, nil
			}
			raw, err := readMaybeGz(filepath.Join(dir, n))
			if err != nil {
				return nil, fmt.Errorf("bench: %w", err)
			}
			out = append(out, page{name: n, raw: raw})
		}
	}
	return out, nil
}

func readMaybeGz(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil || filepath.Ext(path) != ".gz" {
		return raw, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
