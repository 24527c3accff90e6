package web

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/pressclip/pressclip/internal/lru"
	"github.com/pressclip/pressclip/store"
)

// cache keeps rendered GET responses (pages and API answers) keyed by URL
// for as long as the store does not change: every request asks the store
// for its version (store.Versioner) and a new version empties the cache. Concurrent requests for the same missing URL wait for
// one rendering. Responses are evicted least recently used beyond
// maxBytes; bigger ones and errors are never kept.
type cache struct {
	st       store.Versioner
	maxBytes int

	mu      sync.Mutex
	version int64
	entries *lru.Cache[string, *entry]
	flight  map[string]*flight
}

type entry struct {
	key     string
	version int64
	code    int
	header  http.Header
	body    []byte
}

// flight is an answer being rendered for the clients that asked for it
// at once: the first (the leader, who renders) and those that came
// while it rendered (followers, who wait for it).
type flight struct {
	done chan struct{}
	// e is the answer rendered in full, cacheable or not (an error
	// page, one too big to keep), for the followers; nil when the
	// rendering was cut short.
	e *entry
	// wanting counts the clients still waiting for the answer (c.mu);
	// when the last one leaves, cancel stops the rendering.
	wanting int
	cancel  context.CancelFunc
}

const (
	cacheBytes    = 64 << 20
	maxEntryBytes = 1 << 20
)

func newCache(st store.Versioner, maxBytes int) *cache {
	return &cache{st: st, maxBytes: maxBytes, entries: lru.New[string, *entry](maxBytes), flight: map[string]*flight{}}
}

// cacheable says which requests may be answered from the cache: reads of
// pages and the API, not exports (streamed, large) or the style sheet.
func cacheable(r *http.Request) bool {
	return r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, "/export") && !strings.HasPrefix(r.URL.Path, "/static/")
}

// serve answers r from the cache or by calling next (once per URL and
// store version, however many ask at the same time).
//
// The clients asking for the same missing URL at once share one
// rendering, which runs (and waits its turn at the gate) for as long as
// any of them still wants it: a follower whose leader's client goes away
// keeps the leader's place and is answered from its rendering, rather than
// asking again at the back of the queue.
func (c *cache) serve(w http.ResponseWriter, r *http.Request, next http.Handler) {
	v, err := c.st.Version(r.Context())
	if err != nil {
		next.ServeHTTP(w, r)
		return
	}
	key := r.URL.RequestURI()
	c.mu.Lock()
	if v != c.version {
		c.version = v
		c.entries.Clear()
	}
	if e, ok := c.entries.Get(key); ok {
		c.mu.Unlock()
		e.write(w)
		return
	}
	if f, ok := c.flight[key]; ok {
		f.wanting++
		c.mu.Unlock()
		select {
		case <-f.done:
		case <-r.Context().Done():
			c.unwant(f)
			return
		}
		c.unwant(f)
		if f.e != nil && f.e.version == v {
			f.e.write(w)
			return
		}
		next.ServeHTTP(w, r)
		return
	}
	// The rendering does not end with the leader's request but when no
	// client wants it any more.
	fctx, cancel := context.WithCancel(context.WithoutCancel(r.Context()))
	f := &flight{done: make(chan struct{}), wanting: 1, cancel: cancel}
	c.flight[key] = f
	c.mu.Unlock()
	leaderGone := context.AfterFunc(r.Context(), func() { c.unwant(f) })

	rec := &recorder{header: http.Header{}, code: http.StatusOK}
	func() {
		defer func() {
			c.mu.Lock()
			delete(c.flight, key)
			c.mu.Unlock()
			close(f.done)
			cancel()
		}()
		next.ServeHTTP(rec, r.WithContext(fctx))
		// A cancelled rendering may have left an empty or partial answer:
		// never keep or share it.
		if fctx.Err() != nil || !rec.wrote {
			return
		}
		f.e = &entry{key: key, version: v, code: rec.code, header: rec.header, body: rec.body.Bytes()}
		if rec.code == http.StatusOK && rec.body.Len() > 0 && rec.body.Len() <= maxEntryBytes {
			c.add(f.e)
		}
	}()
	if leaderGone() {
		c.unwant(f)
	}
	rec.copyTo(w)
}

// unwant counts one client of f less; the last one leaving cancels its
// rendering.
func (c *cache) unwant(f *flight) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f.wanting--; f.wanting == 0 {
		f.cancel()
	}
}

func (c *cache) add(e *entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.version != c.version {
		return // the store moved on while it was rendered
	}
	c.entries.Put(e.key, e, len(e.body))
}

func (e *entry) write(w http.ResponseWriter) {
	h := w.Header()
	for k, vs := range e.header {
		h[k] = vs
	}
	h.Set("Content-Length", strconv.Itoa(len(e.body)))
	w.WriteHeader(e.code)
	w.Write(e.body)
}

// recorder buffers a response.
type recorder struct {
	header http.Header
	code   int
	wrote  bool
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.code, r.wrote = code, true
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.body.Write(b)
}

func (r *recorder) copyTo(w http.ResponseWriter) {
	h := w.Header()
	for k, vs := range r.header {
		h[k] = vs
	}
	h.Set("Content-Length", strconv.Itoa(r.body.Len()))
	w.WriteHeader(r.code)
	w.Write(r.body.Bytes())
}
