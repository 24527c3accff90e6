package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// benchDocs is the size of the synthetic store (PRESSCLIP_BENCH_DOCS
// overrides it); benchPeople the number of distinct people.
const benchPeople = 5000

var bench struct {
	once    sync.Once
	dir     string
	db      *DB
	n       int
	dbBytes int64
	text    int64
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.db != nil {
		bench.db.Close()
	}
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// benchStore builds (once per process) a synthetic store in a temp dir.
func benchStore(b *testing.B) *DB {
	bench.once.Do(func() {
		n := 100000
		if v, err := strconv.Atoi(os.Getenv("PRESSCLIP_BENCH_DOCS")); err == nil && v > 0 {
			n = v
		}
		bench.n = n
		ctx := context.Background()
		// PRESSCLIP_BENCH_DB keeps the generated store at a path (outside
		// the repository) and reuses it on the next run.
		path := os.Getenv("PRESSCLIP_BENCH_DB")
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				if bench.db, bench.err = Open(ctx, path); bench.err != nil {
					return
				}
				st, err := bench.db.Stats(ctx)
				bench.n, bench.text, bench.err = st.Documents, st.TextBytes, err
				if fi, err := os.Stat(path); err == nil {
					bench.dbBytes = fi.Size()
				}
				return
			}
		} else {
			if bench.dir, bench.err = os.MkdirTemp("", "pressclip-bench-"); bench.err != nil {
				return
			}
			path = filepath.Join(bench.dir, "bench.db")
		}
		if bench.db, bench.err = Open(ctx, path); bench.err != nil {
			return
		}
		start := time.Now()
		var batch []store.Input
		for i := range n {
			d := storetest.Synth(i, n, benchPeople)
			bench.text += int64(len(d.Body()))
			batch = append(batch, store.Input{Doc: d})
			if len(batch) == 500 || i == n-1 {
				if _, bench.err = bench.db.Put(ctx, batch); bench.err != nil {
					return
				}
				batch = batch[:0]
			}
		}
		// Checkpoint so the file size is the database, not the WAL.
		bench.db.w.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
		for _, suf := range []string{"", "-wal"} {
			if fi, err := os.Stat(path + suf); err == nil {
				bench.dbBytes += fi.Size()
			}
		}
		fmt.Fprintf(os.Stderr, "bench store: %d docs in %v, db %d bytes, body text %d bytes (%.2f×)\n",
			n, time.Since(start).Round(time.Second), bench.dbBytes, bench.text, float64(bench.dbBytes)/float64(bench.text))
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.db
}

// latencies runs op b.N times and reports p50 and p99 in ms.
func latencies(b *testing.B, op func(i int) error) {
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		t := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t))
	}
	b.StopTimer()
	slices.Sort(ds)
	p := func(q float64) float64 { return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))]) / 1e6 }
	b.ReportMetric(p(0.50), "p50-ms")
	b.ReportMetric(p(0.99), "p99-ms")
	b.ReportMetric(float64(bench.n), "docs")
}

// BenchmarkSearch mixes common and rare words, two-word queries, phrases,
// and filters (language, person, date range).
func BenchmarkSearch(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	queries := make([]store.Query, 200)
	for i := range queries {
		w1, w2 := storetest.SynthWord(r.IntN(300)), storetest.SynthWord(r.IntN(3000))
		switch i % 5 {
		case 0:
			queries[i] = store.Query{Text: w1}
		case 1:
			queries[i] = store.Query{Text: w1 + " " + w2}
		case 2:
			queries[i] = store.Query{Text: w2, Lang: "uk"}
		case 3:
			queries[i] = store.Query{Text: w1, Person: fmt.Sprintf("p%d", r.IntN(50)), From: "2024-01-01"}
		case 4:
			queries[i] = store.Query{Text: `"` + w1 + " " + w2 + `"`, InQuotes: i%2 == 0}
		}
	}
	b.Run("mix", func(b *testing.B) {
		latencies(b, func(i int) error {
			_, err := s.Search(ctx, queries[i%len(queries)])
			return err
		})
	})
	for k, name := range []string{"word", "two-words", "word+lang", "word+person+from", "phrase"} {
		b.Run(name, func(b *testing.B) {
			latencies(b, func(i int) error {
				_, err := s.Search(ctx, queries[(i*5+k)%len(queries)])
				return err
			})
		})
	}
}

// BenchmarkPerson loads person pages, the most mentioned people included.
func BenchmarkPerson(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	latencies(b, func(i int) error {
		id := fmt.Sprintf("p%d", r.IntN(200))
		if i%10 == 0 {
			id = "p0" // the most frequent person
		}
		_, err := s.Person(ctx, id)
		return err
	})
}

// BenchmarkSize reports the database size against the extracted body text.
func BenchmarkSize(b *testing.B) {
	benchStore(b)
	for range b.N {
	}
	b.ReportMetric(float64(bench.dbBytes)/float64(bench.text), "db/text")
	b.ReportMetric(float64(bench.dbBytes)/(1<<20), "db-MiB")
	b.ReportMetric(float64(bench.text)/(1<<20), "text-MiB")
}
