package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// TestCacheFollowsStore: a cached answer is served again while the store
// is unchanged and is dropped as soon as a document is added.
func TestCacheFollowsStore(t *testing.T) {
	srv, st, _ := newServer(t)
	if _, ok := st.(store.Versioner); !ok {
		t.Skip("store engine has no version")
	}
	total := func() float64 {
		code, body, _ := get(t, srv.URL+"/api/search?q=Москва")
		if code != 200 {
			t.Fatalf("status %d: %s", code, body)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatal(err)
		}
		return m["total"].(float64)
	}
	before := total()
	if again := total(); again != before {
		t.Fatalf("same store, different answers: %v then %v", before, again)
	}
	d := storetest.Page("https://example.com/new", "uk", "Нове", "2024-05-01", "Сьогодні в Москві тихо.", nil, nil)
	if _, err := st.Put(context.Background(), []store.Input{{Doc: d}}); err != nil {
		t.Fatal(err)
	}
	if after := total(); after != before+1 {
		t.Errorf("after adding a page: total %v, want %v", after, before+1)
	}
}

// TestCacheConcurrent: many clients asking for the same pages at once all
// get the full answer, and errors are not cached.
func TestCacheConcurrent(t *testing.T) {
	srv, _, _ := newServer(t)
	_, want, _ := get(t, srv.URL+"/people/wang-yi")
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			path := []string{"/people/wang-yi", "/api/people/nobody", "/search?q=Росія"}[i%3]
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				errs <- err.Error()
				return
			}
			defer resp.Body.Close()
			var b bytes.Buffer
			if _, err := b.ReadFrom(resp.Body); err != nil {
				errs <- err.Error()
			}
			switch {
			case i%3 == 0 && b.String() != want:
				errs <- "person page differs from the first answer"
			case i%3 == 1 && resp.StatusCode != 404:
				errs <- "unknown person: status " + resp.Status
			case i%3 == 2 && (resp.StatusCode != 200 || !strings.Contains(b.String(), "Росі")):
				errs <- "search: status " + resp.Status
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestCacheSkipsExport: exports stream and are never cached.
func TestCacheSkipsExport(t *testing.T) {
	for path, want := range map[string]bool{"/export?format=csv": false, "/static/style.css": false, "/api/search?q=x": true, "/people/a": true} {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		if got := cacheable(r); got != want {
			t.Errorf("cacheable(%s) = %v, want %v", path, got, want)
		}
	}
}
