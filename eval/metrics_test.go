package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestPRF(t *testing.T) {
	tests := []struct {
		name     string
		c        PRF
		p, r, f1 float64
	}{
		{"perfect", PRF{TP: 4}, 1, 1, 1},
		{"half", PRF{TP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5},
		{"nothing predicted", PRF{FN: 3}, 0, 0, 0},
		{"empty", PRF{}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !near(tt.c.Precision(), tt.p) || !near(tt.c.Recall(), tt.r) || !near(tt.c.F1(), tt.f1) {
				t.Errorf("got P=%v R=%v F=%v, want %v %v %v", tt.c.Precision(), tt.c.Recall(), tt.c.F1(), tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestBCubed(t *testing.T) {
	gold := map[string]string{"a": "1", "b": "1", "c": "2", "d": "2"}
	tests := []struct {
		name    string
		pred    map[string]string
		p, r, f float64
	}{
		{"identical", map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"}, 1, 1, 1},
		{"all singletons", map[string]string{}, 1, 0.5, 2.0 / 3},
		{"one cluster", map[string]string{"a": "x", "b": "x", "c": "x", "d": "x"}, 0.5, 1, 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, f := BCubed(gold, tt.pred)
			if !near(p, tt.p) || !near(r, tt.r) || !near(f, tt.f) {
				t.Errorf("got %v %v %v, want %v %v %v", p, r, f, tt.p, tt.r, tt.f)
			}
		})
	}
}

func TestARI(t *testing.T) {
	gold := map[string]string{"a": "1", "b": "1", "c": "2", "d": "2"}
	if got := ARI(gold, map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"}); !near(got, 1) {
		t.Errorf("identical clustering: ARI %v, want 1", got)
	}
	if got := ARI(gold, map[string]string{"a": "x", "b": "y", "c": "x", "d": "y"}); got >= 0 {
		t.Errorf("crossed clustering: ARI %v, want below 0", got)
	}
}

func TestReportTable(t *testing.T) {
	var r Report
	r.Task = "demo"
	r.AddAnchored("set", "F1", 0.9123, 0.9, "tool")
	r.Add("set", "pages/s", 104)
	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"0.912", "0.9 (tool)", "104", "—"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}
