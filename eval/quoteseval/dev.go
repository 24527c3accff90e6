package quoteseval

import (
	"context"
	"time"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/quotes"
)

// RunDev is the "quotes-dev" task: the tuning report. It trains the
// English model with the shipped recipe on PolNeAR train only and scores
// PolNeAR dev, which the shipped model's figures on test do not touch.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	start := time.Now()
	m, err := quotes.TrainDev(ctx, o.Train, o.Log)
	if err != nil {
		return nil, err
	}
	o.Logf("quotes-dev: trained on PolNeAR train in %s", time.Since(start).Round(time.Second))
	return ScoreDev(ctx, quotes.NewWithModel(m), o)
}

// ScoreDev scores x on PolNeAR dev.
func ScoreDev(ctx context.Context, x *quotes.Extractor, o eval.Options) (*eval.Report, error) {
	arts, err := quotes.LoadPolNeARTar(quotes.TrainData(o.Train), "dev")
	if err != nil {
		return nil, err
	}
	s, err := ScorePolNeAR(ctx, x, arts)
	if err != nil {
		return nil, err
	}
	rep := &eval.Report{}
	s.Report(rep, "PolNeAR dev (en)")
	return rep, nil
}
