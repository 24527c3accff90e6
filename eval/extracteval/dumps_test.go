package extracteval

import (
	"context"
	"testing"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/internal/shared"
)

// TestDumpRows runs the dump rows on the shared corpora and checks they are
// sane (above the whole-dump anchor on the tuning set).
func TestDumpRows(t *testing.T) {
	dir := shared.Require(t, "eval")
	rep := &eval.Report{}
	if err := dumpRows(context.Background(), eval.Options{Data: dir}, rep); err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		a := -1.0
		if r.Anchor != nil {
			a = *r.Anchor
		}
		t.Logf("%s | %s | %.3f | %.3f %s", r.Dataset, r.Metric, r.Value, a, r.AnchorName)
		if r.Anchor != nil && r.AnchorName == "whole dump" && r.Metric[:2] == "F1" && r.Value <= a {
			t.Errorf("%s: F1 %.3f not above the whole dump's %.3f", r.Dataset, r.Value, a)
		}
	}
}
