// Package eval holds what every `pressclip eval TASK` shares: the report
// (dataset, metric, our figure, the anchor's figure), its table and JSON
// forms, and the scoring arithmetic the tasks have in common.
package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// Options are what every task is given.
type Options struct {
	// Data is the evaluation root, ../shared/eval by default.
	Data string
	// Train is the training root, ../shared/train by default (some tasks
	// report on held-out parts of training sets, e.g. WikiWarsUA's last 5).
	Train string
	// Log receives progress lines; nil discards them.
	Log io.Writer
	// Misses, when set, is a file the tuning tasks write each page they
	// get wrong to (extract-dev); the others ignore it.
	Misses string
}

// Logf writes a progress line when o.Log is set.
func (o Options) Logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// CreateMisses creates the file o.Misses names for a tuning task's list
// of misses; with none set it returns a writer that discards. The caller
// closes it.
func (o Options) CreateMisses() (io.WriteCloser, error) {
	if o.Misses == "" {
		return nopCloser{io.Discard}, nil
	}
	f, err := os.Create(o.Misses)
	if err != nil {
		return nil, fmt.Errorf("misses file: %w", err)
	}
	return f, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// Path joins elem onto the evaluation root.
func (o Options) Path(elem ...string) string {
	return filepath.Join(append([]string{o.Data}, elem...)...)
}

// TrainPath joins elem onto the training root.
func (o Options) TrainPath(elem ...string) string {
	return filepath.Join(append([]string{o.Train}, elem...)...)
}

// Task runs one evaluation.
type Task func(ctx context.Context, o Options) (*Report, error)

// Result is one row: our figure for a metric on a dataset, beside the
// anchor's figure when there is one.
type Result struct {
	Dataset string   `json:"dataset"`
	Metric  string   `json:"metric"`
	Value   float64  `json:"value"`
	Anchor  *float64 `json:"anchor"`
	// AnchorName says whose figure Anchor is ("go-trafilatura, same run",
	// "Lingua report", "target").
	AnchorName string `json:"anchor_name,omitempty"`
}

// Report is the output of one task.
type Report struct {
	Task    string   `json:"task"`
	Results []Result `json:"results"`
}

// Add appends a row without an anchor.
func (r *Report) Add(dataset, metric string, value float64) {
	r.Results = append(r.Results, Result{Dataset: dataset, Metric: metric, Value: value})
}

// AddAnchored appends a row with the anchor's figure and name.
func (r *Report) AddAnchored(dataset, metric string, value, anchor float64, anchorName string) {
	r.Results = append(r.Results, Result{Dataset: dataset, Metric: metric, Value: value, Anchor: &anchor, AnchorName: anchorName})
}

// WriteJSON prints the report as one JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable prints the report as a Markdown table, ready for the README.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintf(tw, "| dataset\t metric\t pressclip\t anchor\t\n")
	fmt.Fprintf(tw, "|---\t---\t---\t---\t\n")
	for _, x := range r.Results {
		anchor := "—"
		if x.Anchor != nil {
			anchor = formatValue(*x.Anchor)
			if x.AnchorName != "" {
				anchor += " (" + x.AnchorName + ")"
			}
		}
		fmt.Fprintf(tw, "| %s\t %s\t %s\t %s\t\n", x.Dataset, x.Metric, formatValue(x.Value), anchor)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return nil
}

func formatValue(v float64) string {
	switch {
	case v == float64(int64(v)) && (v >= 10 || v <= -10):
		return fmt.Sprintf("%d", int64(v))
	case v >= 100 || v <= -100:
		return fmt.Sprintf("%.1f", v)
	default:
		return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
	}
}

// RequireDir returns a clear error when a dataset folder is missing.
func RequireDir(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("evaluation data: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("evaluation data: %s is not a directory", path)
	}
	return nil
}
