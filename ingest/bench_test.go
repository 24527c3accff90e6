package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/cputime"
	"github.com/pressclip/pressclip/internal/shared"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/store"
)

// BenchmarkIngestVsExtract runs the full pipeline over the BRUK press
// fragments (../shared/eval/news-bulk-ru-uk, text dumps) twice: extraction
// alone (pipeline.Batch, as `pressclip extract` without linking) and ingest
// into a fresh store. It reports both throughputs and their ratio by wall
// time (what a user waits) and by the CPU time the process used (which
// other programs on a shared machine do not disturb), and the database
// size against the extracted text.
func BenchmarkIngestVsExtract(b *testing.B) {
	data := shared.Require(b, "eval/news-bulk-ru-uk")
	dir := b.TempDir()
	// Split the JSON Lines into one text file per record, so that both runs
	// read the same files.
	n := 0
	err := walk(context.Background(), []string{filepath.Join(data, "bruk_press_uk.jsonl.gz")}, nil, func(r record) error {
		if r.err != nil || n >= 300 {
			return nil
		}
		n++
		return os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", n)), r.raw, 0o644)
	})
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	workers := runtime.NumCPU()
	var extractSec, ingestSec, extractCPU, ingestCPU float64
	var dbBytes, body, text int64
	for i := range b.N {
		t, c := time.Now(), cputime.Process().Seconds()
		err := p.Batch(ctx, []string{dir}, nil, workers, func(d *doc.Doc) error {
			if i == 0 && d.Err == nil {
				body += int64(len(d.Body()))
				text += int64(len(d.Text))
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		extractSec += time.Since(t).Seconds()
		extractCPU += cputime.Process().Seconds() - c

		path := filepath.Join(b.TempDir(), "i.db")
		st, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		t, c = time.Now(), cputime.Process().Seconds()
		stats, err := Run(ctx, st, p, []string{dir}, nil, Options{Workers: workers})
		if err != nil {
			b.Fatal(err)
		}
		ingestSec += time.Since(t).Seconds()
		ingestCPU += cputime.Process().Seconds() - c
		st.Close() // checkpoints the WAL into the file
		if fi, err := os.Stat(path); err == nil {
			dbBytes = fi.Size()
		}
		if stats.Added == 0 {
			b.Fatalf("nothing stored: %+v", stats)
		}
	}
	docs := float64(n * b.N)
	b.ReportMetric(docs/extractSec, "extract-docs/s")
	b.ReportMetric(docs/ingestSec, "ingest-docs/s")
	b.ReportMetric(extractSec/ingestSec, "ingest/extract")
	b.ReportMetric(extractCPU/ingestCPU, "ingest/extract-cpu")
	b.ReportMetric(float64(dbBytes)/float64(body), "db/body")
	b.ReportMetric(float64(dbBytes)/float64(text), "db/text")
}
