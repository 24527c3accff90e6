// Package pipeline runs pressclip's stages over pages: decode → extract →
// language → tokens → entities → people → quotes → dates. A Pipeline loads its
// models once and is safe for concurrent use; all per-page state lives on the
// doc.Doc it returns.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/models"
)

// Annotator is one stage: it reads what earlier stages put on the Doc and adds
// its own annotations.
type Annotator interface {
	Annotate(ctx context.Context, d *doc.Doc) error
}

// Options configure a Pipeline.
type Options struct {
	// PageTimeout bounds the work on one page; 0 means 30 seconds.
	PageTimeout time.Duration
	// DCT is the document creation time used for pages whose published date
	// is unknown (the --dct flag); zero means none.
	DCT time.Time
}

// Stage is a named Annotator.
type Stage struct {
	Name string
	Annotator
}

// Pipeline is an immutable chain of stages.
type Pipeline struct {
	stages  []Stage
	timeout time.Duration
}

// New builds the default pipeline, loading every embedded model once; the
// pages that held the embedded model files go back to the kernel
// (models.Release).
func New(opts Options) (*Pipeline, error) {
	stages, err := DefaultStages(opts)
	if err != nil {
		return nil, err
	}
	models.Release()
	return WithStages(opts, stages...), nil
}

// WithStages builds a pipeline of the given stages.
func WithStages(opts Options, stages ...Stage) *Pipeline {
	t := opts.PageTimeout
	if t == 0 {
		t = 30 * time.Second
	}
	return &Pipeline{stages: stages, timeout: t}
}

// Process runs every stage over one page. It never returns nil and never
// panics: a failing page gets d.Err and the caller goes on.
func (p *Pipeline) Process(ctx context.Context, source string, raw []byte) *doc.Doc {
	d := &doc.Doc{Source: source, Raw: raw}
	ctx, cancel := context.WithTimeout(ctx, p.timeout)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				d.Err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
			}
		}()
		for _, s := range p.stages {
			if err := ctx.Err(); err != nil {
				d.Err = fmt.Errorf("%s: %w", s.Name, err)
				return
			}
			if err := s.Annotate(ctx, d); err != nil {
				d.Err = fmt.Errorf("%s: %w", s.Name, err)
				return
			}
		}
	}()
	select {
	case <-done:
	case <-ctx.Done():
		// The stage goroutine keeps running until it notices ctx; the page
		// is reported now so one bad page cannot hold the batch.
		res := &doc.Doc{Source: source}
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			res.Err = fmt.Errorf("page took longer than %v", p.timeout)
		} else {
			res.Err = ctx.Err()
		}
		return res
	}
	d.Raw = nil
	return d
}

// AnnotateText runs every stage after extraction over a Doc whose Text and
// Blocks are already set: evaluation corpora and other pre-decoded input.
func (p *Pipeline) AnnotateText(ctx context.Context, d *doc.Doc) error {
	for _, s := range p.stages {
		if s.Name == ExtractStage {
			continue
		}
		if err := s.Annotate(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	return nil
}

// ExtractStage is the name of the stage that decodes a page and finds its
// article; AnnotateText skips it.
const ExtractStage = "extract"
