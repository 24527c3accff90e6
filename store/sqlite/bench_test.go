package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/pressclip/pressclip/internal/cputime"
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
		// Compact as pressclip ingest does at the end, and checkpoint so
		// the file size is the database, not the WAL.
		if bench.err = bench.db.Compact(ctx); bench.err != nil {
			return
		}
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

// latencies runs op b.N times and reports p50 and p99 in ms, of the time
// taken and of the CPU time used (the machine is shared: CPU time is what
// an operation costs, apart from waiting for a core).
func latencies(b *testing.B, op func(i int) error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ds := make([]time.Duration, 0, b.N)
	cpu := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		t, c := time.Now(), cputime.Thread()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t))
		cpu = append(cpu, cputime.Thread()-c)
	}
	b.StopTimer()
	slices.Sort(ds)
	slices.Sort(cpu)
	p := func(ds []time.Duration, q float64) float64 {
		return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))]) / 1e6
	}
	b.ReportMetric(p(ds, 0.50), "p50-ms")
	b.ReportMetric(p(ds, 0.99), "p99-ms")
	if cpu[len(cpu)-1] > 0 {
		b.ReportMetric(p(cpu, 0.50), "cpu-p50-ms")
		b.ReportMetric(p(cpu, 0.99), "cpu-p99-ms")
	}
	b.ReportMetric(float64(bench.n), "docs")
}

// searchKinds are the kinds of query BenchmarkSearch mixes, in turn.
var searchKinds = []string{"word", "two-words", "word+lang", "word+person+from", "phrase",
	"word+from+to", "word+story", "word-not", "page2", "person+from", "rare+source", "in-quotes"}

// benchQueries returns n varied queries, kind i%len(searchKinds): common and
// rare words (inflected Cyrillic and English forms), two-word queries,
// phrases, negation, the second page, and filters (language, person, date
// range, story, source, quotes only).
func benchQueries(n int) []store.Query {
	r := rand.New(rand.NewPCG(1, 2))
	queries := make([]store.Query, n)
	for i := range queries {
		w1, w2 := storetest.SynthWord(r.IntN(300)), storetest.SynthWord(r.IntN(3000))
		rare := storetest.SynthWord(300 + r.IntN(20000))
		y, m := 2023+r.IntN(2), 1+r.IntN(10)
		switch searchKinds[i%len(searchKinds)] {
		case "word":
			queries[i] = store.Query{Text: w1}
		case "two-words":
			queries[i] = store.Query{Text: w1 + " " + w2}
		case "word+lang":
			queries[i] = store.Query{Text: w2, Lang: []string{"en", "uk", "ru"}[r.IntN(3)]}
		case "word+person+from":
			queries[i] = store.Query{Text: w1, Person: fmt.Sprintf("p%d", r.IntN(50)), From: "2024-01-01"}
		case "phrase":
			queries[i] = store.Query{Text: `"` + w1 + " " + w2 + `"`}
		case "word+from+to": // a quarter
			queries[i] = store.Query{Text: w2, From: fmt.Sprintf("%d-%02d-01", y, m), To: fmt.Sprintf("%d-%02d-28", y, m+2)}
		case "word+story":
			queries[i] = store.Query{Text: w1, Story: fmt.Sprintf("s%d", r.IntN(max(1, bench.n/5)))}
		case "word-not":
			queries[i] = store.Query{Text: w1 + " -" + w2}
		case "page2":
			queries[i] = store.Query{Text: w2, Offset: 20}
		case "person+from":
			queries[i] = store.Query{Person: fmt.Sprintf("p%d", r.IntN(500)), From: fmt.Sprintf("%d-%02d-01", y, m)}
		case "rare+source":
			queries[i] = store.Query{Text: rare, Source: "synthetic.example/" + fmt.Sprint(1+r.IntN(9))}
		case "in-quotes":
			queries[i] = store.Query{Text: w1, InQuotes: true}
		}
	}
	return queries
}

// BenchmarkSearch runs varied queries (see benchQueries), none repeated
// before 2,400 operations: the mix, then each kind alone.
func BenchmarkSearch(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	queries := benchQueries(200 * len(searchKinds))
	b.Run("mix", func(b *testing.B) {
		latencies(b, func(i int) error {
			_, err := s.Search(ctx, queries[i%len(queries)])
			return err
		})
	})
	for k, name := range searchKinds {
		b.Run(name, func(b *testing.B) {
			latencies(b, func(i int) error {
				_, err := s.Search(ctx, queries[(i*len(searchKinds)+k)%len(queries)])
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
