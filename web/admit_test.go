package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// waitFor polls cond until it holds or a few seconds pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestGateOrder queues waiters behind a full gate in a known order, cancels
// one, and checks that each place given back goes to the oldest waiter
// left, that the cancelled one is never admitted, and that no more than
// the limit are ever in.
func TestGateOrder(t *testing.T) {
	for _, c := range []struct {
		limit, waiters, cancel int
	}{{1, 6, 2}, {2, 8, 0}, {3, 5, 4}} {
		t.Run(fmt.Sprintf("limit=%d", c.limit), func(t *testing.T) {
			g := newGate(c.limit)
			for range c.limit {
				if err := g.enter(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			admitted := make(chan int)
			cancelled := make(chan error, 1)
			cancels := make([]context.CancelFunc, c.waiters)
			for i := range c.waiters {
				ctx, cancel := context.WithCancel(context.Background())
				cancels[i] = cancel
				go func() {
					if err := g.enter(ctx); err != nil {
						cancelled <- err
						return
					}
					admitted <- i
				}()
				// The next waiter arrives only once this one queues.
				waitFor(t, fmt.Sprintf("waiter %d to queue", i), func() bool { _, w, _ := g.state(); return w == i+1 })
			}
			cancels[c.cancel]()
			if err := <-cancelled; !errors.Is(err, context.Canceled) {
				t.Fatalf("cancelled waiter: %v", err)
			}
			if _, w, _ := g.state(); w != c.waiters-1 {
				t.Fatalf("%d waiting after a cancel, want %d", w, c.waiters-1)
			}
			for i := range c.waiters {
				if i == c.cancel {
					continue
				}
				g.leave()
				if got := <-admitted; got != i {
					t.Fatalf("admitted waiter %d, want %d (first come, first served)", got, i)
				}
				if a, _, _ := g.state(); a != c.limit {
					t.Fatalf("%d admitted, want %d", a, c.limit)
				}
			}
			for range c.limit {
				g.leave()
			}
			if a, w, peak := g.state(); a != 0 || w != 0 || peak != c.limit {
				t.Errorf("at the end: %d admitted, %d waiting, peak %d; want 0, 0, %d", a, w, peak, c.limit)
			}
			select {
			case i := <-admitted:
				t.Errorf("waiter %d admitted late", i)
			default:
			}
			for _, cancel := range cancels {
				cancel()
			}
		})
	}
}

// heldStore holds every search until release is closed, counting the
// searches in progress.
type heldStore struct {
	store.Store
	v          store.Versioner
	release    chan struct{}
	in, peak   atomic.Int64
	hold, seen sync.Map // queries to hold; queries seen

	mu    sync.Mutex
	order []string // texts of the searches that reached the store, in order
}

func (h *heldStore) Version(ctx context.Context) (int64, error) { return h.v.Version(ctx) }

func (h *heldStore) Search(ctx context.Context, q store.Query) (*store.Results, error) {
	h.mu.Lock()
	h.order = append(h.order, q.Text)
	h.mu.Unlock()
	if _, ok := h.hold.Load(q.Text); ok {
		n := h.in.Add(1)
		for p := h.peak.Load(); n > p && !h.peak.CompareAndSwap(p, n); p = h.peak.Load() {
		}
		<-h.release
		h.in.Add(-1)
	}
	return h.Store.Search(ctx, q)
}

// TestMaxActive sends many slow searches at once: with MaxActive(n) only n
// reach the store and the rest wait, every one is answered 200, and an
// answer the cache holds, an export and the style sheet are served while
// they wait; without a bound all reach the store together.
func TestMaxActive(t *testing.T) {
	st, _ := corpusStore(t)
	const requests = 12
	for _, c := range []struct {
		limit, inStore int
	}{{1, 1}, {2, 2}, {-1, requests}} {
		t.Run(fmt.Sprintf("max=%d", c.limit), func(t *testing.T) {
			hs := &heldStore{Store: st, v: st.(store.Versioner), release: make(chan struct{})}
			h, err := New(hs, nil, MaxActive(c.limit))
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			release := sync.OnceFunc(func() { close(hs.release) })
			defer release() // before srv.Close, which waits for the held searches
			if code, _, _ := get(t, srv.URL+"/api/search?q=Москва"); code != 200 {
				t.Fatalf("first search: %d", code)
			}
			codes := make(chan int, requests)
			for i := range requests {
				q := fmt.Sprintf("held%d", i)
				hs.hold.Store(q, true)
				go func() {
					resp, err := http.Get(srv.URL + "/api/search?q=" + url.QueryEscape(q))
					if err != nil {
						codes <- 0
						return
					}
					resp.Body.Close()
					codes <- resp.StatusCode
				}()
			}
			waitFor(t, fmt.Sprintf("%d searches in the store", c.inStore), func() bool { return hs.in.Load() == int64(c.inStore) })
			if h.gate != nil {
				waitFor(t, "the rest to queue", func() bool { _, w, _ := h.gate.state(); return w == requests-c.inStore })
			}
			// A cached answer, an export and the style sheet do not
			// queue behind them.
			for _, p := range []string{"/api/search?q=Москва", "/export?format=csv", "/static/style.css"} {
				if code, _, _ := get(t, srv.URL+p); code != 200 {
					t.Errorf("%s while searches wait: %d", p, code)
				}
			}
			release()
			for range requests {
				if code := <-codes; code != 200 {
					t.Errorf("held search answered %d", code)
				}
			}
			if p := hs.peak.Load(); p != int64(c.inStore) {
				t.Errorf("%d searches in the store at once, want %d", p, c.inStore)
			}
		})
	}
}

// TestFollowerKeepsPlace: two clients ask for the same missing answer
// while the gate is full; the first (whose request renders it) goes away
// while queued. The second keeps the first one's place in the queue,
// ahead of a request that came after them, and is answered from the one
// rendering. When every client asking goes away, the rendering leaves the
// queue and never reaches the store.
func TestFollowerKeepsPlace(t *testing.T) {
	st, _ := corpusStore(t)
	for _, followerStays := range []bool{true, false} {
		t.Run(fmt.Sprintf("follower-stays=%v", followerStays), func(t *testing.T) {
			hs := &heldStore{Store: st, v: st.(store.Versioner), release: make(chan struct{})}
			hs.hold.Store("held", true)
			h, err := New(hs, nil, MaxActive(1))
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			release := sync.OnceFunc(func() { close(hs.release) })
			defer release()
			type answer struct {
				code int
				body string
				err  error
			}
			ask := func(ctx context.Context, q string) chan answer {
				out := make(chan answer, 1)
				go func() {
					req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/search?q="+url.QueryEscape(q), nil)
					resp, err := http.DefaultClient.Do(req)
					if err != nil {
						out <- answer{err: err}
						return
					}
					defer resp.Body.Close()
					var b strings.Builder
					_, err = io.Copy(&b, resp.Body)
					out <- answer{resp.StatusCode, b.String(), err}
				}()
				return out
			}
			waiting := func(n int) {
				waitFor(t, fmt.Sprintf("%d waiting at the gate", n), func() bool { _, w, _ := h.gate.state(); return w == n })
			}
			held := ask(context.Background(), "held")
			waitFor(t, "the held search", func() bool { return hs.in.Load() == 1 })
			leaderCtx, leaderGone := context.WithCancel(context.Background())
			leader := ask(leaderCtx, "Москва")
			waiting(1)
			followerCtx, followerGone := context.WithCancel(context.Background())
			defer followerGone()
			follower := ask(followerCtx, "Москва")
			waitFor(t, "the follower to wait", func() bool {
				h.cache.mu.Lock()
				defer h.cache.mu.Unlock()
				f := h.cache.flight["/api/search?q="+url.QueryEscape("Москва")]
				return f != nil && f.wanting == 2
			})
			later := ask(context.Background(), "Київ")
			waiting(2)
			leaderGone()
			if a := <-leader; a.err == nil {
				t.Fatalf("the leader's client went away but got %d", a.code)
			}
			if !followerStays {
				followerGone()
				<-follower
				waiting(1) // the later search only
			} else {
				time.Sleep(20 * time.Millisecond)
				waiting(2) // the rendering kept its place
			}
			release()
			if a := <-held; a.code != 200 {
				t.Fatalf("held search: %d %v", a.code, a.err)
			}
			if a := <-later; a.code != 200 {
				t.Fatalf("later search: %d %v", a.code, a.err)
			}
			hs.mu.Lock()
			order := append([]string(nil), hs.order...)
			hs.mu.Unlock()
			if !followerStays {
				if want := []string{"held", "Київ"}; !slices.Equal(order, want) {
					t.Fatalf("searches reached the store in order %q, want %q", order, want)
				}
				return
			}
			a := <-follower
			if a.code != 200 || !strings.Contains(a.body, `"total"`) {
				t.Fatalf("follower: %d %q %v", a.code, a.body, a.err)
			}
			if want := []string{"held", "Москва", "Київ"}; !slices.Equal(order, want) {
				t.Fatalf("searches reached the store in order %q, want %q (the follower kept the leader's place, one rendering)", order, want)
			}
			// The follower's answer is the one the cache now holds.
			if code, body, _ := get(t, srv.URL+"/api/search?q="+url.QueryEscape("Москва")); code != 200 || body != a.body {
				t.Errorf("cached answer %d differs from the follower's", code)
			}
		})
	}
}

// corpusStore opens a store in a temporary folder holding storetest's
// corpus and then extra, closed when the test ends, and returns what Put
// made of each page.
func corpusStore(t *testing.T, extra ...*doc.Doc) (store.Store, []store.Outcome) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var in []store.Input
	for _, d := range append(storetest.Corpus(), extra...) {
		in = append(in, store.Input{Doc: d})
	}
	out, err := st.Put(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return st, out
}
