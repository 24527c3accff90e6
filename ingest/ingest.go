// Package ingest feeds pages into a store: records are read from files,
// directories, .gz files and crawler JSON Lines, extracted in parallel by the
// pipeline, and written by one writer in transactions of a batch each. Inputs
// already stored (by raw hash) are skipped before extraction, so a rerun
// after a crash only does the work that was lost; the store's content hash
// keeps anything from being stored twice. One writer goroutine commits the
// batches while extraction goes on; a document the store refuses is counted
// as failed without undoing the rest of its batch.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/store"
)

// Options configure a run.
type Options struct {
	Workers   int       // parallel extraction; 0 means 1
	BatchSize int       // documents per transaction; 0 means 64
	Log       io.Writer // failed records are reported here; nil discards
	// Progress is called once per record handled (optional).
	Progress func()
	// Name, if set, rewrites the source name of every record read from a
	// file (not crawler records, which carry their URL).
	Name func(string) string
	// Link, if set, is called on Run's goroutine, in input order, on every
	// page extracted without error and not skipped as already stored, before
	// it is queued for the writer: the place for incremental story
	// clustering. A page whose text repeats one stored in the same run is
	// still linked (the store then keeps one document).
	Link func(*doc.Doc)
	// TopicOf, with Link, keeps stored topic ids current: it gives a
	// story's topic as it stands now (stories.Clusterer.TopicOf). Topics
	// merge as pages arrive, so the topic Link gave a document when it was
	// stored goes stale; with each batch, and once at the end, the writer
	// rewrites (store.SetStory) the ids of every document Link placed, or
	// Linked lists, whose story's topic has changed since it was stored.
	// It is called on the goroutine that calls Link.
	TopicOf func(story string) string
	// Linked are documents already stored that the linker was fed before
	// the run, kept current like the new ones (used only with TopicOf).
	Linked []Linked
}

// Stats counts what a run did.
type Stats struct {
	Records     int   `json:"records"`
	Added       int   `json:"added"`
	NewVersions int   `json:"new_versions"`
	Duplicates  int   `json:"duplicates"`
	Skipped     int   `json:"skipped"` // stored by an earlier run
	Failed      int   `json:"failed"`
	TextBytes   int64 `json:"text_bytes"` // extracted text of the documents processed
}

type result struct {
	d       *doc.Doc
	rawHash string
	skipped bool
}

// Run ingests every record under paths ("-" is stdin) into st.
func Run(ctx context.Context, st store.Store, p *pipeline.Pipeline, paths []string, stdin io.Reader, o Options) (Stats, error) {
	workers := max(o.Workers, 1)
	batchSize := o.BatchSize
	if batchSize <= 0 {
		batchSize = 64
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		rec record
		out chan result
	}
	jobs := make(chan job, workers)
	order := make(chan chan result, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if o.Name != nil && j.rec.fromFile {
					j.rec.name = o.Name(j.rec.name)
				}
				j.out <- process(ctx, st, p, j.rec)
			}
		}()
	}
	walkErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		walkErr <- walk(ctx, paths, stdin, func(r record) error {
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{r, out}:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()

	// One writer goroutine stores full batches while this loop goes on
	// collecting results, so extraction never waits for a commit.
	var stats Stats
	var statsMu sync.Mutex
	var relink *relinker
	if o.Link != nil && o.TopicOf != nil {
		relink = newRelinker(o.Linked)
	}
	type write struct {
		b      []store.Input
		relink map[int64][2]string // stored documents whose topic changed
	}
	batches := make(chan write, 1)
	writeErr := make(chan error, 1)
	go func() {
		var err error
		for w := range batches {
			if err != nil {
				continue // drain after a failure
			}
			if len(w.relink) > 0 {
				if err = st.SetStory(ctx, w.relink); err != nil {
					cancel()
					continue
				}
			}
			b := w.b
			var outs []store.Outcome
			if outs, err = st.Put(ctx, b); err != nil {
				cancel()
				continue
			}
			statsMu.Lock()
			for i, oc := range outs {
				if relink != nil && (oc.Status == store.Added || oc.Status == store.NewVersion) {
					d := b[i].Doc
					relink.add(oc.ID, d.Story, d.Story, d.Topic)
				}
				switch oc.Status {
				case store.Added:
					stats.Added++
				case store.NewVersion:
					stats.NewVersions++
				case store.Duplicate:
					stats.Duplicates++
				case store.Failed:
					stats.Failed++
					if o.Log != nil && oc.Err != nil {
						fmt.Fprintf(o.Log, "%s: %v\n", b[i].Doc.Source, oc.Err)
					}
				}
			}
			statsMu.Unlock()
		}
		writeErr <- err
	}()
	var batch []store.Input
	count := func(f func(*Stats)) {
		statsMu.Lock()
		f(&stats)
		statsMu.Unlock()
	}
	for out := range order {
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
		}
		if r.d == nil && !r.skipped {
			break
		}
		if o.Progress != nil {
			o.Progress()
		}
		switch {
		case r.skipped:
			count(func(s *Stats) { s.Records++; s.Skipped++ })
			continue
		case r.d.Err != nil:
			count(func(s *Stats) { s.Records++; s.Failed++ })
			if o.Log != nil {
				fmt.Fprintf(o.Log, "%s: %v\n", r.d.Source, r.d.Err)
			}
			continue
		}
		count(func(s *Stats) { s.Records++; s.TextBytes += int64(len(r.d.Text)) })
		if o.Link != nil {
			o.Link(r.d)
		}
		batch = append(batch, store.Input{Doc: r.d, RawHash: r.rawHash})
		if len(batch) >= batchSize {
			batches <- write{batch, relink.changesOf(o.TopicOf)}
			batch = nil
		}
	}
	if len(batch) > 0 && ctx.Err() == nil {
		batches <- write{batch, relink.changesOf(o.TopicOf)}
	}
	close(batches)
	err := <-writeErr
	if err == nil && ctx.Err() == nil {
		// The last batches' documents, and topics merged by its pages.
		if ch := relink.changesOf(o.TopicOf); len(ch) > 0 {
			if err = st.SetStory(ctx, ch); err != nil {
				err = fmt.Errorf("story ids: %w", err)
			}
		}
	}
	cancel()
	for range order {
	}
	wg.Wait()
	if err != nil {
		return stats, fmt.Errorf("ingest: %w", err)
	}
	if werr := <-walkErr; werr != nil && !errors.Is(werr, context.Canceled) {
		return stats, fmt.Errorf("ingest: %w", werr)
	}
	if err := parent.Err(); err != nil {
		return stats, err
	}
	if c, ok := st.(store.Compacter); ok && stats.Added+stats.NewVersions > 0 {
		if err := c.Compact(parent); err != nil {
			return stats, fmt.Errorf("ingest: %w", err)
		}
	}
	return stats, nil
}

// process extracts one record, unless the store has it already.
func process(ctx context.Context, st store.Store, p *pipeline.Pipeline, r record) result {
	if r.err != nil {
		return result{d: &doc.Doc{Source: r.name, Err: r.err}}
	}
	h := r.rawHash()
	if seen, err := st.SeenRaw(ctx, h); err == nil && seen {
		return result{skipped: true}
	}
	d := p.Process(ctx, r.name, r.raw)
	if d.Err == nil && d.Text == "" {
		d.Err = errors.New("no text extracted")
	}
	if d.Title == "" {
		d.Title = r.title
	}
	if d.Published == "" && r.pub != "" && store.Day(r.pub) != "" {
		d.Published = r.pub
	}
	if d.Fetched.IsZero() {
		d.Fetched = r.fetched
	}
	return result{d: d, rawHash: h}
}
