package pipeline

import (
	"context"
	"errors"
	"strings"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/langid"
	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/ner"
	"github.com/pressclip/pressclip/people"
	"github.com/pressclip/pressclip/quotes"
	"github.com/pressclip/pressclip/timex"
	"github.com/pressclip/pressclip/token"
)

// DefaultStages lists the stages of the full pipeline in order, each loading
// its model once. Dates run last: a quote's said_on needs the quotes, and the
// published date the dates stage may infer must not anchor earlier stages.
// After each model is decoded its embedded file's pages are handed back
// (models.Release), so at most one model file is resident beside the
// decoded models while they load, where a batch's memory peaks.
func DefaultStages(opts Options) ([]Stage, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, err
	}
	models.Release()
	li, err := langid.New()
	if err != nil {
		return nil, err
	}
	models.Release()
	tg, err := ner.New()
	if err != nil {
		return nil, err
	}
	models.Release()
	pe, err := people.New()
	if err != nil {
		return nil, err
	}
	models.Release()
	qu, err := quotes.New()
	if err != nil {
		return nil, err
	}
	models.Release()
	var topts []timex.Option
	if !opts.DCT.IsZero() {
		topts = append(topts, timex.WithDCT(opts.DCT))
	}
	return []Stage{
		{ExtractStage, requireText{ex}},
		{"language", li},
		{"tokens", token.New()},
		{"entities", tg},
		{"people", pe},
		{"quotes", qu},
		{"dates", timex.New(topts...)},
	}, nil
}

// ErrNoArticle is the error of a page in which extraction found no article text:
// an index page, a page of links only, or markup whose text is all boilerplate.
var ErrNoArticle = errors.New("no article text found")

// requireText fails a page whose extraction yields no body, so it is reported
// as failed instead of flowing on as an empty record.
type requireText struct{ Annotator }

func (r requireText) Annotate(ctx context.Context, d *doc.Doc) error {
	if err := r.Annotator.Annotate(ctx, d); err != nil {
		return err
	}
	for _, b := range d.Blocks {
		if 0 <= b.Start && b.Start <= b.End && b.End <= len(d.Text) &&
			strings.TrimSpace(d.Text[b.Start:b.End]) != "" {
			return nil
		}
	}
	return ErrNoArticle
}
