package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
)

// stageFunc adapts a function to Annotator.
type stageFunc func(ctx context.Context, d *doc.Doc) error

func (f stageFunc) Annotate(ctx context.Context, d *doc.Doc) error { return f(ctx, d) }

var (
	setText = stageFunc(func(_ context.Context, d *doc.Doc) error {
		d.Text = string(d.Raw)
		return nil
	})
	upper = stageFunc(func(_ context.Context, d *doc.Doc) error {
		d.Title = strings.ToUpper(d.Text)
		return nil
	})
	fail = stageFunc(func(_ context.Context, d *doc.Doc) error {
		if strings.Contains(d.Text, "bad") {
			return errors.New("bad page")
		}
		return nil
	})
	panicky = stageFunc(func(_ context.Context, d *doc.Doc) error {
		if strings.Contains(d.Text, "boom") {
			panic("boom")
		}
		return nil
	})
	slow = stageFunc(func(ctx context.Context, d *doc.Doc) error {
		if strings.Contains(d.Text, "slow") {
			<-ctx.Done() // a stage that only stops when told to
			return ctx.Err()
		}
		return nil
	})
)

func testPipeline() *Pipeline {
	return WithStages(Options{PageTimeout: 200 * time.Millisecond},
		Stage{ExtractStage, setText}, Stage{"upper", upper}, Stage{"check", fail},
		Stage{"panicky", panicky}, Stage{"slow", slow})
}

func TestProcess(t *testing.T) {
	p := testPipeline()
	tests := []struct {
		in        string
		wantTitle string
		wantErr   string // substring; "" means no error
	}{
		{"fine page", "FINE PAGE", ""},
		{"a bad page", "", "check: bad page"},
		{"boom", "", "internal error: boom"},
		{"slow page", "", "page took longer than 200ms"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := p.Process(context.Background(), "src", []byte(tt.in))
			if d.Source != "src" {
				t.Errorf("Source = %q", d.Source)
			}
			if tt.wantErr == "" {
				if d.Err != nil {
					t.Fatalf("unexpected error %v", d.Err)
				}
				if d.Title != tt.wantTitle {
					t.Errorf("Title = %q, want %q", d.Title, tt.wantTitle)
				}
				if d.Raw != nil {
					t.Errorf("Raw kept after processing")
				}
				return
			}
			if d.Err == nil || !strings.Contains(d.Err.Error(), tt.wantErr) {
				t.Errorf("Err = %v, want it to contain %q", d.Err, tt.wantErr)
			}
		})
	}
}

func TestAnnotateTextSkipsExtract(t *testing.T) {
	p := testPipeline()
	d := &doc.Doc{Raw: []byte("raw"), Text: "text"}
	if err := p.AnnotateText(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Title != "TEXT" {
		t.Errorf("Title = %q: extract ran or upper did not", d.Title)
	}
}

func TestBatchKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	bodies := map[string]string{"c": "bad", "e": "boom"}
	for _, n := range names {
		body := bodies[n]
		if body == "" {
			body = "page " + n
		}
		if err := os.WriteFile(filepath.Join(dir, n+".txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, workers := range []int{1, 3, 8} {
		var got []string
		var failed int
		err := testPipeline().Batch(context.Background(), []string{dir}, nil, workers, func(d *doc.Doc) error {
			got = append(got, strings.TrimSuffix(filepath.Base(d.Source), ".txt"))
			if d.Err != nil {
				failed++
			}
			return nil
		})
		if err != nil {
			t.Fatalf("workers=%d: %v", workers, err)
		}
		if strings.Join(got, "") != strings.Join(names, "") {
			t.Errorf("workers=%d: order %v", workers, got)
		}
		if failed != 2 {
			t.Errorf("workers=%d: %d failed pages, want 2", workers, failed)
		}
	}
}

func TestBatchStopsWhenEmitFails(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a", "b", "c", "d"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stop := errors.New("stop")
	calls := 0
	err := testPipeline().Batch(context.Background(), []string{dir}, nil, 2, func(*doc.Doc) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Errorf("err = %v after %d calls; want stop after 2", err, calls)
	}
}

func TestBatchReportsCancellation(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a"), []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := testPipeline().Batch(ctx, []string{dir}, nil, 2, func(*doc.Doc) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
