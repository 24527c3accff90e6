package pipeline

import (
	"context"
	"io"
	"sync"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/source"
)

// Batch processes every input under paths with workers goroutines and calls
// emit with the documents in input order. Pages that fail are emitted with
// Err set; Batch stops early only when ctx ends (returning its error) or
// emit returns an error (returning that).
func (p *Pipeline) Batch(ctx context.Context, paths []string, stdin io.Reader, workers int, emit func(*doc.Doc) error) error {
	if workers < 1 {
		workers = 1
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		item source.Item
		out  chan *doc.Doc
	}
	jobs := make(chan job, workers)
	order := make(chan chan *doc.Doc, 2*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				raw, err := j.item.Read()
				if err != nil {
					j.out <- &doc.Doc{Source: j.item.Name, Err: err}
					continue
				}
				j.out <- p.Process(ctx, j.item.Name, raw)
			}
		}()
	}

	walkErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		walkErr <- source.Walk(ctx, paths, stdin, func(it source.Item) error {
			out := make(chan *doc.Doc, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{it, out}:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()

	var emitErr error
	for out := range order {
		var d *doc.Doc
		select {
		case d = <-out:
		case <-ctx.Done():
		}
		if d == nil {
			break
		}
		if emitErr = emit(d); emitErr != nil {
			cancel()
			break
		}
	}
	cancel()
	// Drain so the walker and workers can finish.
	for range order {
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	if err := parent.Err(); err != nil {
		return err
	}
	return <-walkErr
}
