package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := store.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestConformancePartitioned runs the conformance suite with a full-text
// partition every two document ids, so searches, versions and retired
// pages cross partitions; it checks that partitions were made.
func TestConformancePartitioned(t *testing.T) {
	var mu sync.Mutex
	most := 0
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		s.partDocs = 2
		return countingParts{s, func(n int) { mu.Lock(); most = max(most, n); mu.Unlock() }}
	})
	if most < 3 {
		t.Errorf("at most %d full-text partitions in a store, want several", most)
	}
}

// countingParts reports how many full-text partitions its store has when
// it is closed.
type countingParts struct {
	*DB
	report func(int)
}

func (c countingParts) Close() error {
	var n int
	if err := c.w.QueryRow(`SELECT count(*) FROM fts_parts`).Scan(&n); err == nil {
		c.report(n)
	}
	return c.DB.Close()
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, []store.Input{{Doc: storetest.Corpus()[0]}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	o, err := s2.Put(ctx, []store.Input{{Doc: storetest.Corpus()[0]}})
	if err != nil {
		t.Fatal(err)
	}
	if o[0].Status != store.Duplicate {
		t.Errorf("after reopen: %v, want duplicate", o[0].Status)
	}
}

// TestFailingDocumentKeepsBatch: a document the database refuses is
// reported Failed and the rest of its batch is stored.
func TestFailingDocumentKeepsBatch(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	if _, err := s.w.ExecContext(ctx, `CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.title = 'refuse'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	docs := storetest.Corpus()[:3]
	bad := *docs[1]
	bad.Title = "refuse"
	in := []store.Input{{Doc: docs[0], RawHash: "a"}, {Doc: &bad, RawHash: "b"}, {Doc: docs[2], RawHash: "c"}}
	out, err := s.Put(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if out[0].Status != store.Added || out[2].Status != store.Added || out[1].Status != store.Failed || out[1].Err == nil {
		t.Fatalf("outcomes %+v", out)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 2 {
		t.Errorf("%d documents stored, want 2", st.Documents)
	}
	for h, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if seen, err := s.SeenRaw(ctx, h); err != nil || seen != want {
			t.Errorf("SeenRaw(%s) = %v, %v; want %v", h, seen, err, want)
		}
	}
	if err := s.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if res, err := s.Search(ctx, store.Query{Text: "Москва"}); err != nil || res.Total == 0 {
		t.Errorf("search after compact: %+v, %v", res, err)
	}
}

// TestVersionMoves: Version changes after a commit by this store (once)
// and by another connection to the same file, and stays put otherwise.
func TestVersionMoves(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Version(ctx); v != v0 {
		t.Fatalf("version moved without a commit: %d -> %d", v0, v)
	}
	if _, err := s.Put(ctx, []store.Input{{Doc: storetest.Corpus()[0]}}); err != nil {
		t.Fatal(err)
	}
	v1, _ := s.Version(ctx)
	if v1 == v0 {
		t.Fatalf("version did not move after Put")
	}
	time.Sleep(2 * versionPoll) // the next data_version poll must not count the Put again
	if v, _ := s.Version(ctx); v != v1 {
		t.Fatalf("version moved again after one Put: %d -> %d", v1, v)
	}
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Put(ctx, []store.Input{{Doc: storetest.Corpus()[1]}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for v2, _ := s.Version(ctx); v2 == v1; v2, _ = s.Version(ctx) {
		if time.Now().After(deadline) {
			t.Fatalf("version did not move after another connection's commit")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// FuzzSearch checks that no query text makes the index fail: user input is
// always turned into a valid FTS5 expression.
func FuzzSearch(f *testing.F) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	var in []store.Input
	for _, d := range storetest.Corpus() {
		in = append(in, store.Input{Doc: d})
	}
	if _, err := s.Put(ctx, in); err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{`"a" OR b`, `-`, `NEAR(a b)`, `«Москва»`, `a* ^b`, `"""`, `tags : x`, `{title}: y`, "-\"x y\" z"} {
		f.Add(q, false)
	}
	f.Fuzz(func(t *testing.T, q string, inQuotes bool) {
		if _, err := s.Search(ctx, store.Query{Text: q, InQuotes: inQuotes, Person: "wang-yi"}); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if _, err := s.Search(ctx, store.Query{Text: q, InQuotes: inQuotes}); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

// TestPersonTokenIsNoWord: text searches leave out the column filter, so a
// query word shaped like the index token of a person must still not find
// that person's documents through the tags column.
func TestPersonTokenIsNoWord(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	var in []store.Input
	for _, d := range storetest.Corpus() {
		in = append(in, store.Input{Doc: d})
	}
	if _, err := s.Put(ctx, in); err != nil {
		t.Fatal(err)
	}
	var id string
	for _, d := range storetest.Corpus() {
		for _, p := range d.People {
			if p.ID != "" {
				id = p.ID
			}
		}
	}
	if id == "" {
		t.Fatal("corpus has no person")
	}
	tag := personTag(id)
	for _, q := range []store.Query{{Text: tag}, {Text: tag, Lang: "en"}, {Text: `"` + tag + `"`}} {
		res, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 0 {
			t.Errorf("%+v: %d hits, want 0", q, res.Total)
		}
	}
	// The same person as a filter finds them.
	res, err := s.Search(ctx, store.Query{Person: id})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Errorf("person %s: no hits", id)
	}
}

// TestConcurrentFirstReads: when every read connection is held by a read
// transaction and each needs a statement not prepared yet, none may wait
// for a connection the others hold.
func TestConcurrentFirstReads(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s := tempDB(t)
	if _, err := s.Put(ctx, []store.Input{{Doc: storetest.Corpus()[0]}}); err != nil {
		t.Fatal(err)
	}
	n := cap(s.turns) // as many as may run at once
	var inside sync.WaitGroup
	inside.Add(n)
	errs := make(chan error, n)
	for i := range n {
		go func() {
			errs <- s.read(ctx, func(ctx context.Context) error {
				inside.Done()
				inside.Wait() // every connection is taken now
				var one int
				return s.queryRow(ctx, fmt.Sprintf("SELECT %d + count(*) FROM documents", i)).Scan(&one)
			})
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// tempDB opens a new store in a test's temporary directory, closed when
// the test ends.
func tempDB(t *testing.T) *DB {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
