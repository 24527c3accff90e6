package langideval

import (
	"context"
	"testing"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/internal/shared"
)

func TestParseReport(t *testing.T) {
	text := `##### Ukrainian #####

>>> Accuracy on average: 92.23%

>> Detection of 1000 single words (average length: 8 chars)
Accuracy: 84.40%
Erroneously classified as Russian: 4.90%, Serbian: 3.40%, Kazakh: 0.20%

>> Detection of 1000 word pairs (average length: 17 chars)
Accuracy: 97.30%
Erroneously classified as Russian: 1.00%

>> Detection of 1000 sentences (average length: 108 chars)
Accuracy: 95.00%
Erroneously classified as Kazakh: 4.10%, Belarusian: 0.30%
`
	got := ParseReport(text)
	tests := []struct {
		kind, lang string
		acc, err   float64
	}{
		{"single words", "Serbian", 84.4, 3.4},
		{"single words", "Kazakh", 84.4, 0.2},
		{"word pairs", "Russian", 97.3, 1.0},
		{"sentences", "Kazakh", 95.0, 4.1},
		{"sentences", "Russian", 95.0, 0},
	}
	for _, tt := range tests {
		r, ok := got[tt.kind]
		if !ok {
			t.Fatalf("no %q section in %v", tt.kind, got)
		}
		if r.Accuracy != tt.acc || r.Errors[tt.lang] != tt.err {
			t.Errorf("%s: accuracy %v, %s %v; want %v, %v", tt.kind, r.Accuracy, tt.lang, r.Errors[tt.lang], tt.acc, tt.err)
		}
	}
}

// TestRun scores the shipped identifier on the real data and checks that
// every row is there and every anchor came from Lingua's reports.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 36,000 lines")
	}
	root := shared.Require(t, "eval")
	rep, err := Run(context.Background(), eval.Options{Data: root})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rep.Results {
		seen[r.Dataset+" "+r.Metric] = true
		if r.Anchor != nil && (*r.Anchor < 0 || *r.Anchor > 100) {
			t.Errorf("%s %s: anchor %v", r.Dataset, r.Metric, *r.Anchor)
		}
	}
	for _, k := range Kinds {
		for _, l := range Languages {
			if !seen[Dataset+" "+k.Dir+" "+l.Code+" accuracy %"] {
				t.Errorf("no row for %s %s", k.Dir, l.Code)
			}
		}
		if !seen[Dataset+" "+k.Dir+" uk→ru errors %"] {
			t.Errorf("no uk→ru row for %s", k.Dir)
		}
	}
}
