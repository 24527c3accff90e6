package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// TestCachedRankEqualsFTS checks that rankedCached finds the matches FTS5's
// bm25 query finds, in the same order, with bit-identical ranks, for
// random queries (words common and rare, two and three words, phrases,
// -words, quotes only, person, language and date filters, alone and
// together) over a partitioned store, and
// that a search's ids and total are the same either way; then again after
// more pages arrive (the postings of the old version must not be used).
func TestCachedRankEqualsFTS(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	s.partDocs = 400
	const n = 2400
	put := func(from, to int) { putSynth(ctx, t, s, from, to, n, 60) }
	put(0, 1600)
	r := rand.New(rand.NewPCG(3, 9))
	query := func() store.Query {
		w := storetest.SynthWord(r.IntN(300))
		q := store.Query{Text: w}
		switch r.IntN(7) {
		case 0:
			q.Text = storetest.SynthWord(r.IntN(40)) + " " + w
		case 5:
			q.Text = storetest.SynthWord(r.IntN(40)) + " " + w + " " + storetest.SynthWord(r.IntN(300))
		case 1:
			q.Text = `"` + storetest.SynthWord(r.IntN(40)) + " " + w + `"`
		case 2:
			q.Text = w + " -" + storetest.SynthWord(r.IntN(60))
		case 3:
			q.InQuotes = true
		case 4:
			q.Text = storetest.SynthWord(r.IntN(20))
		}
		randomFilters(r, &q)
		return q
	}
	// compare compares the two for 300 queries; when warm, every posting
	// a query needs is kept whole first (otherwise a query finds what
	// earlier ones left, newest matches only or whole, and asks for the
	// rest).
	compare := func(round string, warm bool) {
		parts, err := s.parts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(parts) < 3 {
			t.Fatalf("%d partitions, want several", len(parts))
		}
		found := 0
		for range 300 {
			q := query()
			sel, _, args, _, ranked := plan(q, parts)
			if !ranked || !cachedRankable(q) {
				t.Fatalf("%+v: not a ranked search", q)
			}
			m, _ := parseMatch(q.Text, q.InQuotes)
			if warm {
				v, err := s.Version(ctx)
				if err != nil {
					t.Fatal(err)
				}
				var exprs []string
				for _, ph := range append(m.must, m.not...) {
					exprs = append(exprs, m.phraseExpr(ph))
				}
				if q.Person != "" {
					exprs = append(exprs, `tags : "`+personTag(q.Person)+`"`)
				}
				for _, p := range parts {
					for _, e := range exprs {
						if _, err := s.fetchPosting(ctx, v, p, e, -1); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			for _, limit := range []int{7, countCap + 1} {
				want, err := s.ranked(ctx, sel, args, parts, limit)
				if err != nil {
					t.Fatal(err)
				}
				v, err := s.Version(ctx)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.rankedCached(ctx, v, q, m, sel, args, parts, limit)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("%s %+v limit %d: %d matches, FTS5 finds %d", round, q, limit, len(got), len(want))
				}
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("%s %+v limit %d: match %d is %+v, FTS5's %+v", round, q, limit, i, got[i], want[i])
					}
				}
				found += len(want)
			}
			s.ftsRank = true
			want, err := s.Search(ctx, q)
			s.ftsRank = false
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || got.Capped != want.Capped || len(got.Hits) != len(want.Hits) {
				t.Fatalf("%s %+v: total %d (%d hits), FTS5 ranking %d (%d)", round, q, got.Total, len(got.Hits), want.Total, len(want.Hits))
			}
			for i := range want.Hits {
				if got.Hits[i].ID != want.Hits[i].ID {
					t.Fatalf("%s %+v: hit %d is %d, FTS5 ranking's %d", round, q, i, got.Hits[i].ID, want.Hits[i].ID)
				}
			}
		}
		if found < 10000 {
			t.Errorf("%s: only %d matches compared", round, found)
		}
	}
	compare("cold", false)
	compare("warm", true)
	put(1600, n)
	compare("after more pages", false)
	compare("after more pages, warm", true)
}

// TestCachedRankConcurrent has readers ask the same queries of several
// phrases at once, often enough that their lists are asked for whole
// (wholeAfter) and shared (fetchPosting): every search gets
// FTS5's ids and order. Run under -race it checks the sharing.
func TestCachedRankConcurrent(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	s.partDocs = 300
	putSynth(ctx, t, s, 0, 1200, 1200, 40)
	r := rand.New(rand.NewPCG(5, 1))
	var qs []store.Query
	var want []*store.Results
	for i := range 24 {
		q := store.Query{Text: storetest.SynthWord(r.IntN(30)) + " " + storetest.SynthWord(r.IntN(300))}
		switch i % 4 {
		case 1:
			q = store.Query{Text: storetest.SynthWord(r.IntN(300)), Person: fmt.Sprintf("p%d", r.IntN(10))}
		case 2:
			q.Lang = []string{"en", "uk", "ru"}[r.IntN(3)]
		case 3:
			q.Text += " -" + storetest.SynthWord(r.IntN(60))
		}
		s.ftsRank = true
		res, err := s.Search(ctx, q)
		s.ftsRank = false
		if err != nil {
			t.Fatal(err)
		}
		qs, want = append(qs, q), append(want, res)
	}
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			for round := range 2 * wholeAfter {
				for i := range qs {
					k := (i + g*3 + round) % len(qs)
					got, err := s.Search(ctx, qs[k])
					if err == nil && (got.Total != want[k].Total || len(got.Hits) != len(want[k].Hits)) {
						err = fmt.Errorf("%+v: %d matches, FTS5 ranking %d", qs[k], got.Total, want[k].Total)
					}
					for j := 0; err == nil && j < len(got.Hits); j++ {
						if got.Hits[j].ID != want[k].Hits[j].ID {
							err = fmt.Errorf("%+v: hit %d is %d, FTS5 ranking's %d", qs[k], j, got.Hits[j].ID, want[k].Hits[j].ID)
						}
					}
					if err != nil {
						errs <- err
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	s.posts.mu.Lock()
	whole := 0
	for k, n := range s.posts.asked {
		if e, ok := s.posts.entries.Get(k); ok && n >= wholeAfter && e.list.complete {
			whole++
		}
	}
	s.posts.mu.Unlock()
	if whole == 0 {
		t.Error("no list wanted whole was kept whole: the test does not reach the intersection")
	}
}

// BenchmarkRanked compares, on the bench store, the CPU a ranked text
// search's matching and ranking takes with FTS5's bm25 query (fts) and
// with postings, first with none kept (cold: every phrase asked of every
// partition it reaches) and then with them all kept (warm), for the kinds
// of text search of web's load benchmark.
func BenchmarkRanked(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	parts, err := s.parts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	kinds := []string{"word", "two-words", "word+lang", "word+from", "phrase", "word+person"}
	for k, kind := range kinds {
		r := rand.New(rand.NewPCG(uint64(k), 5))
		qs := make([]store.Query, 400)
		for i := range qs {
			w := storetest.SynthWord(r.IntN(3000))
			q := store.Query{Text: w}
			switch kind {
			case "two-words":
				q.Text = storetest.SynthWord(r.IntN(300)) + " " + w
			case "word+lang":
				q.Lang = []string{"en", "uk", "ru"}[r.IntN(3)]
			case "word+from":
				q.From = fmt.Sprintf("2024-%02d-01", 1+r.IntN(12))
			case "phrase":
				q.Text = `"` + storetest.SynthWord(r.IntN(300)) + " " + w + `"`
			case "word+person":
				q.Person = fmt.Sprintf("p%d", r.IntN(100))
			}
			qs[i] = q
		}
		for _, how := range []string{"fts", "cold", "warm"} {
			b.Run(kind+"/"+how, func(b *testing.B) {
				if how == "cold" {
					s.posts = newPostings(postingBytes)
				}
				latencies(b, func(i int) error {
					q := qs[i%len(qs)]
					if how == "fts" {
						sel, _, args, _, _ := plan(q, parts)
						_, err := s.ranked(ctx, sel, args, parts, countCap+1)
						return err
					}
					sel, _, args, _, _ := plan(q, parts)
					m, _ := parseMatch(q.Text, q.InQuotes)
					v, err := s.Version(ctx)
					if err != nil {
						return err
					}
					_, err = s.rankedCached(ctx, v, q, m, sel, args, parts, countCap+1)
					return err
				})
			})
		}
	}
}
