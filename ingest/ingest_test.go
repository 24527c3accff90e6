package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/testinput"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/store"
	_ "github.com/pressclip/pressclip/store/sqlite"
)

// textStage stands in for extraction: the raw bytes are the text, one block.
type textStage struct{ delay time.Duration }

func (s textStage) Annotate(ctx context.Context, d *doc.Doc) error {
	if s.delay > 0 {
		time.Sleep(s.delay)
	}
	if bytes.Contains(d.Raw, []byte("FAIL")) {
		return fmt.Errorf("refused")
	}
	d.Text = string(d.Raw)
	d.Lang = "en"
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	return nil
}

func testPipeline(delay time.Duration) *pipeline.Pipeline {
	return pipeline.WithStages(pipeline.Options{}, pipeline.Stage{Name: pipeline.ExtractStage, Annotator: textStage{delay}})
}

func openStore(t testing.TB, path string) store.Store {
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRunInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in/a.txt"), []byte("Alpha page about Moscow."))
	write(t, filepath.Join(dir, "in/sub/b.txt.gz"), testinput.Gzip([]byte("Beta page, gzipped.")))
	write(t, filepath.Join(dir, "in/c.txt"), []byte("Alpha page about Moscow.")) // same text, other file
	write(t, filepath.Join(dir, "in/d.txt"), []byte("FAIL this page"))
	jsonl := `{"url":"https://news.example/1","text":"Gamma from the crawler.","fetched_at":"2024-05-01T10:00:00Z","title":"Gamma"}
not json at all
{"url":"https://news.example/2","html":"<p>Delta html</p>","published":"2024-04-30"}
{"url":"https://news.example/3"}

{"url":"https://news.example/4","text":"Epsilon."}
`
	write(t, filepath.Join(dir, "feed.jsonl.gz"), testinput.Gzip([]byte(jsonl)))
	st := openStore(t, filepath.Join(dir, "db"))
	defer st.Close()
	var log strings.Builder
	progress := 0
	paths := []string{filepath.Join(dir, "in"), filepath.Join(dir, "feed.jsonl.gz"), filepath.Join(dir, "missing")}
	stats, err := Run(context.Background(), st, testPipeline(0), paths, nil, Options{Workers: 3, BatchSize: 2, Log: &log, Progress: func() { progress++ }})
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Records: 10, Added: 5, Duplicates: 1, Failed: 4}
	stats.TextBytes = 0
	if stats != want || progress != 10 {
		t.Errorf("stats = %+v (progress %d), want %+v", stats, progress, want)
	}
	for _, frag := range []string{"refused", "bad JSON record", "no html or text field", "missing"} {
		if !strings.Contains(log.String(), frag) {
			t.Errorf("log lacks %q:\n%s", frag, log.String())
		}
	}
	r, err := st.Search(context.Background(), store.Query{Text: "gamma"})
	if err != nil || r.Total != 1 || r.Hits[0].Source != "https://news.example/1" || r.Hits[0].Title != "Gamma" {
		t.Fatalf("crawler record: %+v, %v", r, err)
	}
	d, _ := st.Document(context.Background(), r.Hits[0].ID)
	if !d.Doc.Fetched.Equal(time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)) || d.Doc.Published != "" {
		t.Errorf("metadata: fetched %v, published %q", d.Doc.Fetched, d.Doc.Published)
	}
	// A rerun skips everything stored and retries what failed.
	again, err := Run(context.Background(), st, testPipeline(0), paths, nil, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if again.Skipped != 6 || again.Added != 0 || again.Failed != 4 {
		t.Errorf("rerun = %+v, want 6 skipped, 4 failed again", again)
	}
}

const (
	childEnv = "PRESSCLIP_INGEST_CHILD"
	crashN   = 400
)

// TestMain lets the crash test run an ingest in a child process that it can
// kill.
func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		st, err := store.Open(context.Background(), filepath.Join(dir, "crash.db"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		_, err = Run(context.Background(), st, testPipeline(3*time.Millisecond), []string{filepath.Join(dir, "pages")}, nil, Options{Workers: 2, BatchSize: 16})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestCrashMidBatch(t *testing.T) {
	dir := t.TempDir()
	for i := range crashN {
		write(t, filepath.Join(dir, "pages", fmt.Sprintf("%04d.txt", i)), []byte(fmt.Sprintf("Page number %d says word%d.", i, i)))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until some batches are committed, then kill -9.
	dbPath := filepath.Join(dir, "crash.db")
	committed := 0
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if _, err := os.Stat(dbPath); err != nil {
			continue
		}
		st := openStore(t, dbPath)
		s, err := st.Stats(context.Background())
		st.Close()
		if err == nil && s.Documents >= 32 {
			committed = s.Documents
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if committed == 0 {
		t.Fatalf("child committed nothing before the deadline; stderr: %s", stderr.String())
	}
	st := openStore(t, dbPath)
	defer st.Close()
	before, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if before.Documents < committed || before.Documents >= crashN {
		t.Fatalf("after kill: %d documents, want between %d and %d (killed mid-run)", before.Documents, committed, crashN)
	}
	stats, err := Run(context.Background(), st, testPipeline(0), []string{filepath.Join(dir, "pages")}, nil, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	after, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after.Documents != crashN || after.Versions != crashN {
		t.Errorf("after rerun: %+v, want %d documents, one version each", after, crashN)
	}
	if stats.Skipped < before.Documents || stats.Added+stats.Skipped != crashN {
		t.Errorf("rerun stats %+v: want the %d committed pages skipped and the rest added", stats, before.Documents)
	}
	t.Logf("killed with %d of %d committed; rerun added %d, skipped %d", before.Documents, crashN, stats.Added, stats.Skipped)
}

func FuzzParseLine(f *testing.F) {
	for _, s := range []string{`{"text":"a"}`, `{"html":1}`, `[]`, `{"url":"x","text":"t","fetched_at":"2024-01-01"}`, `{`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r := parseLine("f#1", b)
		if r.err == nil && len(r.raw) == 0 {
			t.Fatalf("record without error or page: %+v", r)
		}
	})
}
