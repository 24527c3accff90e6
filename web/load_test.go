package web

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
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
	// Requests vary as readers' do: words common and rare, two-word
	// queries and phrases, filters, later pages, two hundred people, any
	// document; so most URLs are asked once and the cache helps little
	// (distinct-urls says how little).
	paths := func(i int) string {
		r := rand.New(rand.NewPCG(uint64(i), 7))
		w := storetest.SynthWord(r.IntN(3000))
		switch i % 5 {
		case 0:
			q := url.Values{"q": {w}}
			switch r.IntN(4) {
			case 0:
				q.Set("q", storetest.SynthWord(r.IntN(300))+" "+w)
			case 1:
				q.Set("lang", []string{"en", "uk", "ru"}[r.IntN(3)])
			case 2:
				q.Set("from", fmt.Sprintf("2024-%02d-01", 1+r.IntN(12)))
			}
			if r.IntN(5) == 0 {
				q.Set("offset", "20")
			}
			return "/search?" + q.Encode()
		case 1:
			q := url.Values{"q": {w}}
			if r.IntN(2) == 0 {
				q.Set("person", fmt.Sprintf("p%d", r.IntN(100)))
			} else {
				q.Set("q", `"`+storetest.SynthWord(r.IntN(300))+" "+w+`"`)
			}
			return "/api/search?" + q.Encode()
		case 2:
			return fmt.Sprintf("/people/p%d", r.IntN(200))
		case 3:
			return fmt.Sprintf("/documents/%d", 1+r.IntN(docs))
		default:
			return fmt.Sprintf("/api/quotes?speaker=p%d&from=%d-%02d-01", r.IntN(300), 2023+r.IntN(2), 1+r.IntN(12))
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
				path := paths(i)
				seen[path] = true
				t := time.Now()
				resp, err := client.Get(srv.URL + path)
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
