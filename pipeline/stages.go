package pipeline

import (
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/people"
	"github.com/pressclip/pressclip/quotes"
)

// defaultStages lists the stages of the full pipeline in order, each loading
// its model once.
func defaultStages(opts Options) ([]Stage, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, err
	}
	pe, err := people.New()
	if err != nil {
		return nil, err
	}
	qu, err := quotes.New()
	if err != nil {
		return nil, err
	}
	return []Stage{
		{ExtractStage, ex},
		{"people", pe},
		{"quotes", qu},
	}, nil
}
