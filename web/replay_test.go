package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/pressclip/pressclip/internal/cputime"
	"github.com/pressclip/pressclip/store"
)

// BenchmarkServeReplay asks, one at a time and without HTTP, the first
// PRESSCLIP_REPLAY_REQS (default 20000) URLs of BenchmarkServeLoad's
// rotating mix in about the order its 200 clients ask them, of the store
// PRESSCLIP_LOAD_DB (which must exist), and reports the CPU per request of
// each fifth of them: what answers cost as caches fill, apart from
// concurrency, so that two builds can be compared on a busy machine; and
// the CPU per request of each kind (search page, API search, person,
// document, quotes; background work such as GC counts to the request it
// runs during).
func BenchmarkServeReplay(b *testing.B) {
	path := os.Getenv("PRESSCLIP_LOAD_DB")
	if _, err := os.Stat(path); path == "" || err != nil {
		b.Skip("PRESSCLIP_LOAD_DB names no store")
	}
	n := envInt("PRESSCLIP_REPLAY_REQS", 20000)
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	h, err := New(st, nil)
	if err != nil {
		b.Fatal(err)
	}
	if m, ok := st.(store.MemIndexer); ok && os.Getenv("PRESSCLIP_LOAD_NOMEM") == "" {
		<-m.KeepMemIndex()
	}
	paths := variedPaths(stats.Documents)
	var kindCPU [5]time.Duration // each kind of request's CPU (see variedPaths)
	var kindN [5]int
	b.ResetTimer()
	done, cpu0 := 0, cputime.Process()
	total := cputime.Process()
	for i := 0; done < n; i++ {
		if i%201 == 200 { // no client asks these (see load)
			continue
		}
		rec := httptest.NewRecorder()
		c0 := cputime.Process()
		h.ServeHTTP(rec, httptest.NewRequest("GET", paths(i), nil))
		kindCPU[i%5] += cputime.Process() - c0
		kindN[i%5]++
		if rec.Code != 200 {
			b.Fatalf("%s: status %d", paths(i), rec.Code)
		}
		done++
		if n >= 5 && done%(n/5) == 0 {
			b.ReportMetric(float64(cputime.Process()-cpu0)/1e6/float64(n/5), fmt.Sprintf("cpu-ms/req-%d", done/(n/5)))
			cpu0 = cputime.Process()
		}
	}
	b.ReportMetric(float64(cputime.Process()-total)/1e6/float64(n), "cpu-ms/req")
	// Which kinds the CPU goes to: the varied mix's uncached requests
	// wait in one queue, so each kind's cost adds to every wait.
	for k, name := range []string{"search", "api-search", "person", "document", "api-quotes"} {
		if kindN[k] > 0 {
			b.ReportMetric(float64(kindCPU[k])/1e6/float64(kindN[k]), name+"-cpu-ms")
		}
	}
}
