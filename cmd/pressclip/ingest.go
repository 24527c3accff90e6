package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/ingest"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/store"
	_ "github.com/pressclip/pressclip/store/sqlite" // the default engine
	"github.com/pressclip/pressclip/stories"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "ingest [flags] PATH...   (files, directories, .gz, .jsonl crawler records, - for stdin)")
	db := fs.String("db", "pressclip.db", "database `path` (or engine:dsn)")
	workers := fs.Int("j", runtime.NumCPU(), "parallel `workers`")
	batch := fs.Int("batch", 64, "documents per transaction")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit per page")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("no input paths")}
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := ingestInto(ctx, e, st, fs.Args(), *workers, *batch, *timeout, nil)
	fmt.Fprintf(e.stderr, "ingest: %d records: %d added, %d new versions, %d duplicates, %d already stored, %d failed\n",
		stats.Records, stats.Added, stats.NewVersions, stats.Duplicates, stats.Skipped, stats.Failed)
	if err != nil {
		return err
	}
	if stats.Failed > 0 {
		return fmt.Errorf("%d records: %w", stats.Failed, errFailedPages)
	}
	return nil
}

// ingestInto runs the pipeline over paths into st, clustering stories
// incrementally on top of what st already holds.
func ingestInto(ctx context.Context, e *env, st store.Store, paths []string, workers, batch int, timeout time.Duration, name func(string) string) (ingest.Stats, error) {
	p, err := pipeline.New(pipeline.Options{PageTimeout: timeout})
	if err != nil {
		return ingest.Stats{}, err
	}
	model, err := stories.LoadModel()
	if err != nil {
		return ingest.Stats{}, err
	}
	c := stories.New(model, stories.Options{})
	// The stored documents, replayed, rebuild the stories; ingest keeps
	// their stored story and topic ids in line with the clusterer's as
	// topics merge (Options.TopicOf).
	var known []ingest.Linked
	if err := st.Replay(ctx, func(d *store.Document) error {
		l := ingest.Linked{ID: d.ID, StoredStory: d.Doc.Story, StoredTopic: d.Doc.Topic}
		c.Add(d.Doc)
		l.Story = d.Doc.Story
		known = append(known, l)
		return nil
	}); err != nil {
		return ingest.Stats{}, err
	}
	bar := progress(e.stderr, "ingesting")
	stats, err := ingest.Run(ctx, st, p, paths, e.stdin, ingest.Options{
		Workers: workers, BatchSize: batch, Log: e.stderr, Name: name,
		Progress: func() {
			if bar != nil {
				bar.Add(1)
			}
		},
		Link:    func(d *doc.Doc) { c.Add(d) },
		TopicOf: c.TopicOf,
		Linked:  known,
	})
	if bar != nil {
		bar.Finish()
	}
	return stats, err
}
