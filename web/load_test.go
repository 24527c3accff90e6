package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// BenchmarkServeLoad puts 200 concurrent clients on the UI and API over
// loopback for PRESSCLIP_LOAD_SECONDS (default 10; the figure is
// 60) against a synthetic store of PRESSCLIP_LOAD_DOCS documents (default
// 20000), and reports errors and the latency percentiles. b.N is ignored:
// the run is time-bound.
func BenchmarkServeLoad(b *testing.B) {
	docs, secs := envInt("PRESSCLIP_LOAD_DOCS", 20000), envInt("PRESSCLIP_LOAD_SECONDS", 10)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "load.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var batch []store.Input
	for i := range docs {
		batch = append(batch, store.Input{Doc: storetest.Synth(i, docs, 2000)})
		if len(batch) == 500 || i == docs-1 {
			if _, err := st.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	h, err := New(st, nil)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
	paths := func(i int) string {
		w := storetest.SynthWord(i % 500)
		switch i % 5 {
		case 0:
			return "/search?q=" + w
		case 1:
			return "/api/search?q=" + w + "&lang=uk"
		case 2:
			return fmt.Sprintf("/people/p%d", i%100)
		case 3:
			return fmt.Sprintf("/documents/%d", 1+i%docs)
		default:
			return fmt.Sprintf("/api/quotes?speaker=p%d&from=2024-01-01", i%100)
		}
	}
	b.ResetTimer()
	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	var mu sync.Mutex
	var lat []time.Duration
	urls := map[string]bool{} // distinct URLs asked for: how much a cache can help
	var kind [5][]time.Duration
	var errs, reqs atomic.Int64
	var wg sync.WaitGroup
	for c := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var mk [5][]time.Duration
			seen := map[string]bool{}
			for i := c; time.Now().Before(deadline); i += 200 {
				t := time.Now()
				seen[paths(i)] = true
				resp, err := client.Get(srv.URL + paths(i))
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				reqs.Add(1)
				if err != nil {
					errs.Add(1)
					continue
				}
				mine = append(mine, time.Since(t))
				mk[i%5] = append(mk[i%5], time.Since(t))
			}
			mu.Lock()
			for p := range seen {
				urls[p] = true
			}
			lat = append(lat, mine...)
			for k := range mk {
				kind[k] = append(kind[k], mk[k]...)
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	b.StopTimer()
	slices.Sort(lat)
	p := func(q float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))]) / 1e6
	}
	for k, name := range []string{"search", "api-search", "person", "document", "api-quotes"} {
		slices.Sort(kind[k])
		if n := len(kind[k]); n > 0 {
			b.ReportMetric(float64(kind[k][min(n-1, n*99/100)])/1e6, name+"-p99-ms")
		}
	}
	b.ReportMetric(float64(errs.Load()), "errors")
	b.ReportMetric(float64(len(urls)), "distinct-urls")
	b.ReportMetric(float64(reqs.Load())/float64(secs), "req/s")
	b.ReportMetric(p(0.5), "p50-ms")
	b.ReportMetric(p(0.99), "p99-ms")
	if errs.Load() > 0 {
		b.Errorf("%d of %d requests failed", errs.Load(), reqs.Load())
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
