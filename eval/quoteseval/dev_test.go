package quoteseval

import (
	"reflect"
	"testing"

	"github.com/pressclip/pressclip/eval"
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
