package extracteval

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/internal/shared"
)

func TestWordTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"Привіт, світе 2024_x", []string{"Привіт", "світе", "2024_x"}},
		{"a—b", []string{"a", "b"}},
	}
	for _, tt := range tests {
		if got := wordTokens(tt.in); !equalStrings(got, tt.want) {
			t.Errorf("wordTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingleMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       ShingleCounts
	}{
		{"a b c d e", "a b c d e", ShingleCounts{TP: 2}},
		{"a b c d e", "a b c d", ShingleCounts{TP: 1, FN: 1}},
		{"a b c d", "x a b c d", ShingleCounts{TP: 1, FP: 1}},
		{"a b", "a b", ShingleCounts{TP: 1}},
		{"", "", ShingleCounts{}},
		{"a b c d", "", ShingleCounts{FN: 1}},
	}
	for _, tt := range tests {
		if got := shingleMatch(tt.gold, tt.pred); got != tt.want {
			t.Errorf("shingleMatch(%q, %q) = %+v, want %+v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestSnippetScore(t *testing.T) {
	var s SnippetScore
	s.Add([]string{"foo  bar", "missing"}, []string{"menu", "nav"}, "x foo\nbar y menu")
	if s.TP != 1 || s.FN != 1 || s.FP != 1 || s.TN != 1 {
		t.Fatalf("got %+v", s)
	}
}

func TestMetaMatch(t *testing.T) {
	if !titleMatch("Düsseldorf ISS Dome ", "düsseldorf  iss dome") {
		t.Error("title normalisation")
	}
	if !authorMatch("\tDennis Kochinky", []string{"Dennis Kochinky"}) {
		t.Error("author with tab")
	}
	if !authorMatch("A B; C D", []string{"C D", "A B"}) || authorMatch("A B; C D", []string{"A B"}) {
		t.Error("author sets")
	}
	if !dateMatch("2019-10-17", "2019-10-17T08:00:00Z") || dateMatch("2019-10-17", "") {
		t.Error("date")
	}
}

func TestLCS(t *testing.T) {
	got := lcsCounts([]string{"a", "b", "c", "d"}, []string{"x", "a", "c", "d", "y"})
	if got.TP != 3 || got.FP != 2 || got.FN != 1 {
		t.Fatalf("got %+v", got)
	}
	if g := cleanEvalGold("URL: http://x\n<h> Title\n<p> some text"); !equalStrings(g, []string{"Title", "some", "text"}) {
		t.Fatalf("gold tokens %q", g)
	}
}

// TestShingleReproducesUpstream scores the upstream baseline outputs and
// checks the F1 figures the benchmark publishes.
func TestShingleReproducesUpstream(t *testing.T) {
	dir := shared.Require(t, "eval/article-extraction-benchmark")
	gold, err := loadAEBGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]float64{"go_trafilatura": 0.960, "go_readability": 0.934, "readability_js": 0.947, "trafilatura": 0.958} {
		out := readBaseline(t, filepath.Join(dir, "baselines", name+".json.gz"))
		var s ShingleScore
		for _, g := range gold {
			s.Add(g.body, out[g.id])
		}
		if f := s.F1(); math.Abs(f-want) > 0.0005 {
			t.Errorf("%s: F1 %.4f, upstream %.3f", name, f, want)
		}
	}
}

func readBaseline(t *testing.T, path string) map[string]string {
	out, err := readBaselineFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
