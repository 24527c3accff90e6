package quoteseval

import (
	"bytes"
	"context"
	"io"
	"reflect"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/quotes"
)

func TestDevSeeds(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int64
		err  bool
	}{
		{"", []int64{1}, false},
		{"2", []int64{2}, false},
		{"1,2,3", []int64{1, 2, 3}, false},
		{"1, 5", []int64{1, 5}, false},
		{"1,x", nil, true},
	} {
		got, err := devSeeds(c.in)
		if (err != nil) != c.err || !reflect.DeepEqual(got, c.want) {
			t.Errorf("devSeeds(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.err)
		}
	}
}

func TestDevEpochs(t *testing.T) {
	for _, c := range []struct {
		in   string
		def  int
		want int
		err  bool
	}{
		{"", 10, 10, false},
		{"15", 10, 15, false},
		{" 14", 10, 14, false},
		{"0", 10, 0, true},
		{"-3", 10, 0, true},
		{"x", 10, 0, true},
	} {
		got, err := devEpochs(c.in, c.def)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("devEpochs(%q, %d) = %d, %v; want %d, error %v", c.in, c.def, got, err, c.want, c.err)
		}
	}
}

// TestMeanRows checks that the mean rows average each row of the runs.
func TestMeanRows(t *testing.T) {
	a := PolNeARScores{Gold: 10, Pred: 10, Overlap: 5, SpeakerGold: 4, SpeakerOK: 4}
	b := PolNeARScores{Gold: 10, Pred: 10, Overlap: 7, SpeakerGold: 4, SpeakerOK: 2}
	rep := &eval.Report{}
	meanRows(rep, []PolNeARScores{a, b}, "mean")
	ra, rb := &eval.Report{}, &eval.Report{}
	a.Report(ra, "a")
	b.Report(rb, "b")
	if len(rep.Results) != len(ra.Results) {
		t.Fatalf("%d mean rows, want %d", len(rep.Results), len(ra.Results))
	}
	for i, x := range rep.Results {
		want := (ra.Results[i].Value + rb.Results[i].Value) / 2
		if x.Dataset != "mean" || x.Metric != ra.Results[i].Metric || x.Value != want {
			t.Errorf("row %d: %s %s %v, want mean %s %v", i, x.Dataset, x.Metric, x.Value, ra.Results[i].Metric, want)
		}
	}
	if rep.Results[0].Value != 0.6 { // content precision: 5/10 and 7/10
		t.Errorf("content precision mean %v, want 0.6", rep.Results[0].Value)
	}
}

// TestScoreMissesWriter checks that misses are listed only when there is
// a writer for them (--misses set; RunDev passes nil otherwise, as the
// discarding writer CreateMisses returns would still cost the listing)
// and that listing them does not change the scores.
func TestScoreMissesWriter(t *testing.T) {
	// the gold content has no cue the rules could find: a miss to list
	text := `Dogs bark at night. Cats sleep all day.`
	arts := []quotes.Article{{Name: "a", Text: text, Attrs: []quotes.Attribution{{
		Content: []doc.Span{{Start: 0, End: 18}}, Source: []doc.Span{{Start: 20, End: 24}},
	}}}}
	x := quotes.NewWithModel(nil)
	var buf bytes.Buffer
	for _, c := range []struct {
		name   string
		w      io.Writer
		listed bool
	}{
		{"no writer", nil, false},
		{"a writer", &buf, true},
	} {
		s, err := scoreMisses(context.Background(), x, arts, c.w)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want, err := ScorePolNeAR(context.Background(), x, arts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(s, want) {
			t.Errorf("%s: scores %+v, want %+v", c.name, s, want)
		}
		if got := buf.Len() > 0; got != c.listed {
			t.Errorf("%s: misses listed %v, want %v", c.name, got, c.listed)
		}
	}
}
