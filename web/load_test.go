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

	"github.com/pressclip/pressclip/internal/cputime"
	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// BenchmarkServeLoad puts 200 concurrent clients on the UI and API over
// loopback for PRESSCLIP_LOAD_SECONDS (default 10; the figure is
// 60) against a synthetic store of PRESSCLIP_LOAD_DOCS documents (default
// 20000), and reports errors and the latency percentiles. b.N is ignored:
// each run is time-bound. PRESSCLIP_LOAD_DB names a store (outside the
// repository) to use when it exists and to build otherwise, so a large
// one is built once; store/sqlite's PRESSCLIP_BENCH_DB makes the same kind.
//
// The runs: the target is 200 clients asking again the moment
// they are answered (think=0), for URLs that seldom repeat (mix=varied).
// Request i asks kind i%5 (search page, API search, person, document,
// quotes); with client c asking i = c, c+200, c+400, … each client kept to
// one kind, so the clients of person pages (200 URLs, soon cached) went
// round many times faster than those searching and took most of the
// requests. mix=varied is kept so, to compare with earlier figures;
// mix=varied-rotating has client c ask i = c, c+201, c+402, …: the same
// URLs, but each client goes through every kind in turn, as a reader
// does, so searches take their fifth of the requests. mix=repeating is the
// first benchmark's mix (500 words, 100 people: the answer cache serves
// most of it). think=1s gives each client a pause of 0.5–1.5 s between
// requests, as a person reading answers would: 200 such readers ask about
// 200 requests a second, a demanding but human load; back to back, 200
// clients are 200 programs scraping.
func BenchmarkServeLoad(b *testing.B) {
	docs, secs := envInt("PRESSCLIP_LOAD_DOCS", 20000), envInt("PRESSCLIP_LOAD_SECONDS", 10)
	// PRESSCLIP_LOAD_MAXACTIVE is the server's MaxActive (0 or unset:
	// its default; -1: no bound), to compare.
	maxActive, _ := strconv.Atoi(os.Getenv("PRESSCLIP_LOAD_MAXACTIVE"))
	ctx := context.Background()
	path := os.Getenv("PRESSCLIP_LOAD_DB")
	_, statErr := os.Stat(path)
	build := path == "" || statErr != nil
	if path == "" {
		path = filepath.Join(b.TempDir(), "load.db")
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if build {
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
	} else {
		stats, err := st.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		docs = stats.Documents
	}
	if m, ok := st.(store.MemIndexer); ok && os.Getenv("PRESSCLIP_LOAD_NOMEM") == "" {
		// What a server that has been up a little while has: its
		// memory index built (New starts it).
		t := time.Now()
		<-m.KeepMemIndex()
		b.Logf("memory index built in %v", time.Since(t))
	}
	mixes := []struct {
		name   string
		paths  func(i int) string
		stride int
	}{{"varied", variedPaths(docs), 200}, {"varied-rotating", variedPaths(docs), 201}, {"repeating", repeatingPaths(docs), 200}}
	for _, mix := range mixes {
		for _, think := range []time.Duration{0, time.Second} {
			name := fmt.Sprintf("mix=%s/think=%v", mix.name, think)
			if think == 0 {
				name = fmt.Sprintf("mix=%s/think=0", mix.name)
			}
			b.Run(name, func(b *testing.B) {
				// A fresh server: no answer cached by an earlier run.
				h, err := New(st, nil, MaxActive(maxActive))
				if err != nil {
					b.Fatal(err)
				}
				srv := httptest.NewServer(h)
				defer srv.Close()
				load(b, srv.URL, mix.paths, mix.stride, think, time.Duration(secs)*time.Second)
			})
		}
	}
}

// variedPaths asks as readers do: words common and rare, two-word queries
// and phrases, filters, later pages, two hundred people, any document; so
// most URLs are asked once and the cache helps little (distinct-urls says
// how little).
func variedPaths(docs int) func(i int) string {
	return func(i int) string {
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
}

// repeatingPaths is the mix of the first load benchmark: 500 words, 100
// people, so URLs repeat and the answer cache serves most of them.
func repeatingPaths(docs int) func(i int) string {
	return func(i int) string {
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
}

// load runs 200 clients against base for d, client c asking paths(c),
// paths(c+stride), paths(c+2·stride), … and pausing think (±50%, none when
// 0) between an answer and its next request, and reports.
func load(b *testing.B, base string, paths func(int) string, stride int, think, d time.Duration) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
	b.ResetTimer()
	cpu0 := cputime.Process()
	deadline := time.Now().Add(d)
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
			r := rand.New(rand.NewPCG(uint64(c), 11))
			var mine []time.Duration
			var mk [5][]time.Duration
			seen := map[string]bool{}
			for i := c; time.Now().Before(deadline); i += stride {
				if think > 0 {
					time.Sleep(think/2 + time.Duration(r.Int64N(int64(think))))
					if !time.Now().Before(deadline) {
						break
					}
				}
				path := paths(i)
				seen[path] = true
				t := time.Now()
				resp, err := client.Get(base + path)
				if err == nil {
					// The whole body is read: an answer cut short (a
					// reset connection, fewer bytes than its
					// Content-Length) is an error too.
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
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
	cpu := cputime.Process() - cpu0
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
	b.ReportMetric(float64(reqs.Load())/d.Seconds(), "req/s")
	if n := reqs.Load(); n > 0 && cpu > 0 {
		// Server and clients: what a request costs on this machine,
		// apart from waiting for a core.
		b.ReportMetric(float64(cpu)/1e6/float64(n), "cpu-ms/req")
	}
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
