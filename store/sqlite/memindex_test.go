package sqlite

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/pressclip/pressclip/internal/cputime"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// TestMemIndexEqualsFTS builds the memory index of a partitioned store
// holding retired versions (rows deleted from the full-text index) and
// checks that searches answered from it find what FTS5's bm25 query finds,
// in the same order, with bit-identical ranks, and the same hits and
// totals as a search without it, for random queries (words common and
// rare, two and three words, -words, a person, language and date filters,
// and phrases and quotes only, which FTS5 answers); then that after more
// pages arrive the old index is not used, and a new one agrees again.
func TestMemIndexEqualsFTS(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	s.partDocs = 400
	const n = 2400
	put := func(from, to int) {
		var batch []store.Input
		for i := from; i < to; i++ {
			d := storetest.Synth(i, n, 60)
			if i%9 == 0 && i >= 1600 {
				// A new version of an older page: the old one leaves
				// the index.
				d.Source = storetest.Synth(i-1500, n, 60).Source
			}
			batch = append(batch, store.Input{Doc: d})
		}
		if _, err := s.Put(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	put(0, 1600)
	put(1600, 2000)
	build := func() int64 {
		v := settledVersion(ctx, t, s)
		if err := s.buildMemIndex(ctx, v); err != nil {
			t.Fatal(err)
		}
		parts, err := s.parts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range parts {
			if s.mem.get(v, p.name) == nil {
				t.Fatalf("partition %s not indexed in memory", p.name)
			}
		}
		return v
	}
	r := rand.New(rand.NewPCG(4, 2))
	query := func() store.Query {
		w := storetest.SynthWord(r.IntN(300))
		q := store.Query{Text: w}
		switch r.IntN(9) {
		case 0:
			q.Text = storetest.SynthWord(r.IntN(40)) + " " + w
		case 1:
			q.Text = storetest.SynthWord(r.IntN(40)) + " " + w + " " + storetest.SynthWord(r.IntN(300))
		case 2:
			q.Text = w + " -" + storetest.SynthWord(r.IntN(60))
		case 3:
			q.Text = storetest.SynthWord(r.IntN(20))
		case 4:
			q.Text = `"` + storetest.SynthWord(r.IntN(40)) + " " + w + `"`
		case 5:
			q.InQuotes = true
		case 6:
			// Two to four words as they stand in a page, so that
			// phrases match (and common words repeat within them).
			ws := strings.Fields(storetest.Synth(r.IntN(1600), n, 60).Text)
			k := 2 + r.IntN(3)
			i := r.IntN(len(ws) - k)
			q.Text = `"` + strings.Join(ws[i:i+k], " ") + `"`
		case 7:
			q.Text = `"` + w + " " + w + `"`
		}
		randomFilters(r, &q)
		return q
	}
	compare := func(round string, v int64, useMem bool) {
		parts, err := s.parts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(parts) < 3 {
			t.Fatalf("%d partitions, want several", len(parts))
		}
		fromMem, found, phraseFound := 0, 0, 0
		answered := s.memAnswered.Load()
		for range 300 {
			q := query()
			sel, _, args, _, _ := plan(q, parts)
			m, _ := parseMatch(q.Text, q.InQuotes)
			if _, ok := memQueryOf(q, m); ok {
				fromMem++
			}
			for _, limit := range []int{7, countCap + 1} {
				want, err := s.ranked(ctx, sel, args, parts, limit)
				if err != nil {
					t.Fatal(err)
				}
				s.posts = newPostings(postingBytes) // nothing kept: the index answers
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
				if strings.Contains(q.Text, `" `) || strings.Count(q.Text, " ") > 0 && strings.HasPrefix(q.Text, `"`) {
					phraseFound += len(want)
				}
			}
			got, want := searchBothWays(ctx, t, s, q)
			if got.Total != want.Total || got.Capped != want.Capped || len(got.Hits) != len(want.Hits) {
				t.Fatalf("%s %+v: total %d (%d hits), without the index %d (%d)", round, q, got.Total, len(got.Hits), want.Total, len(want.Hits))
			}
			for i := range want.Hits {
				if got.Hits[i].ID != want.Hits[i].ID {
					t.Fatalf("%s %+v: hit %d is %d, without the index %d", round, q, i, got.Hits[i].ID, want.Hits[i].ID)
				}
			}
		}
		answered = s.memAnswered.Load() - answered
		if useMem && (fromMem < 150 || answered < int64(fromMem)) {
			t.Errorf("%s: only %d of 300 queries answerable from memory, %d partitions read from it", round, fromMem, answered)
		}
		if !useMem && answered > 0 {
			t.Errorf("%s: %d partitions read from an index of another version", round, answered)
		}
		t.Logf("%s: %d queries answerable from memory, %d partitions read from it, %d matches compared, %d of phrases", round, fromMem, answered, found, phraseFound)
		if found < 10000 || phraseFound < 500 {
			t.Errorf("%s: only %d matches compared, %d of phrases", round, found, phraseFound)
		}
	}
	v := build()
	compare("built", v, true)
	put(2000, n)
	v2 := settledVersion(ctx, t, s)
	parts, err := s.parts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parts {
		if s.mem.get(v2, p.name) != nil {
			t.Fatalf("partition %s: the index read at version %d is used at %d", p.name, v, v2)
		}
	}
	compare("after more pages, old index", v2, false)
	compare("after more pages, rebuilt", build(), true)
}

// TestVarints decodes SQLite varints of every length.
func TestVarints(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want []int64
	}{
		{[]byte{0x05}, []int64{5}},
		{[]byte{0x81, 0x00, 0x7f}, []int64{128, 127}},
		{[]byte{0x82, 0x80, 0x01}, []int64{2<<14 | 1}},
		{[]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, []int64{-1}},
		{[]byte{0x81}, nil},
	} {
		got := varints(c.in)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("varints(%x) = %v, want %v", c.in, got, c.want)
		}
	}
}

// BenchmarkMemIndexBuild builds the bench store's memory index and reports
// the CPU it took, its estimated size and the heap in use after it.
func BenchmarkMemIndexBuild(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	for range b.N {
		s.mem = &memIndex{maxBytes: memIndexBytes}
		cpu := cputime.Process()
		v, err := s.Version(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.buildMemIndex(ctx, v); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(cputime.Process()-cpu)/1e9, "cpu-s")
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(s.mem.bytes>>20), "index-MB")
	b.ReportMetric(float64(len(s.mem.parts)), "partitions")
	b.ReportMetric(float64(ms.HeapAlloc>>20), "heap-MB")
}

// TestMemIndexDisagrees: a partition whose stored documents do not give
// the terms its full-text rows hold (here a title changed behind the
// index's back, as a store indexed by other stemming rules would be) is
// not kept in memory, and its searches go to FTS5; the other partitions
// are kept.
func TestMemIndexDisagrees(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name, title string
	}{{"same token count", "Synthetic page changed"}, {"more tokens", "Synthetic page 5 and more words"}} {
		t.Run(c.name, func(t *testing.T) {
			s := tempDB(t)
			s.partDocs = 100
			out := putSynth(ctx, t, s, 0, 400, 400, 20)
			changed := out[150].ID
			if _, err := s.w.ExecContext(ctx, `UPDATE documents SET title = ? WHERE id = ?`, c.title, changed); err != nil {
				t.Fatal(err)
			}
			s.commits.Add(1)
			v := settledVersion(ctx, t, s)
			if err := s.buildMemIndex(ctx, v); err != nil {
				t.Fatal(err)
			}
			checkKeptBut(ctx, t, s, v, changed, "changed")
			q := store.Query{Text: "synthetic"}
			got, want := searchBothWays(ctx, t, s, q)
			if got.Total != want.Total || fmt.Sprint(got.Hits) != fmt.Sprint(want.Hits) {
				t.Errorf("search differs with the index: %d vs %d matches", got.Total, want.Total)
			}
		})
	}
}

// TestKeepMemIndex: KeepMemIndex builds the index in the background, and
// builds it again at the new version after the store changes.
func TestKeepMemIndex(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	s.partDocs = 100
	put := func(from, to int) int64 {
		putSynth(ctx, t, s, from, to, 400, 20)
		return settledVersion(ctx, t, s)
	}
	indexed := func(v int64) bool {
		parts, err := s.parts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range parts {
			if s.mem.get(v, p.name) == nil {
				return false
			}
		}
		return true
	}
	v := put(0, 300)
	<-s.KeepMemIndex()
	if !indexed(v) {
		t.Fatalf("not indexed after the first build (%v)", s.memErr.Load())
	}
	v = put(300, 400)
	for deadline := time.Now().Add(20 * time.Second); !indexed(v); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("not indexed again after the store changed (%v)", s.memErr.Load())
		}
	}
}

// TestMemIndexUnreadablePart: a partition holding a stored document that
// does not decode is left to FTS5 while every other partition, older ones
// too, is kept in memory; the background build reports the error once and
// does not read the store again every memSettle while it stays unchanged.
func TestMemIndexUnreadablePart(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		doc  int // the Put index of the document made unreadable
	}{{"newest partition", 350}, {"middle partition", 150}, {"oldest partition", 20}} {
		t.Run(c.name, func(t *testing.T) {
			s := tempDB(t)
			s.memSettle = 20 * time.Millisecond
			s.partDocs = 100
			out := putSynth(ctx, t, s, 0, 400, 400, 20)
			broken := out[c.doc].ID
			if _, err := s.w.ExecContext(ctx, `UPDATE documents SET blob = ? WHERE id = ?`, []byte("not a document"), broken); err != nil {
				t.Fatal(err)
			}
			s.commits.Add(1)
			v := settledVersion(ctx, t, s)
			<-s.KeepMemIndex()
			time.Sleep(30 * s.memSettle)
			if n := s.memBuilds.Load(); n != 1 {
				t.Errorf("%d builds of an unchanged store, want 1", n)
			}
			if e := s.memErr.Load(); e == nil || !strings.Contains((*e).Error(), fmt.Sprint("document ", broken)) {
				t.Errorf("build error %v, want one naming document %d", e, broken)
			}
			checkKeptBut(ctx, t, s, v, broken, "unreadable")
		})
	}
}

// TestMemIndexDropsOldVersion: a build at a newer version lets go of the
// partitions read at an older one before it reads any, even when it ends
// (here: the store moved on again) before keeping one.
func TestMemIndexDropsOldVersion(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	s.partDocs = 100
	put := func(from, to int) int64 {
		putSynth(ctx, t, s, from, to, 400, 20)
		return settledVersion(ctx, t, s)
	}
	v := put(0, 300)
	if err := s.buildMemIndex(ctx, v); err != nil {
		t.Fatal(err)
	}
	if len(s.mem.parts) < 3 || s.mem.bytes == 0 {
		t.Fatalf("%d partitions, %d bytes kept at version %d, want several", len(s.mem.parts), s.mem.bytes, v)
	}
	v2 := put(300, 350)
	put(350, 400)
	if err := s.buildMemIndex(ctx, v2); !errors.Is(err, errMoved) {
		t.Fatalf("build at a version the store has left: %v, want %v", err, errMoved)
	}
	if len(s.mem.parts) != 0 || s.mem.bytes != 0 {
		t.Errorf("after a build at version %d: %d partitions, %d bytes of version %d still kept", v2, len(s.mem.parts), s.mem.bytes, v)
	}
}

// TestMemIndexBytes: a partition's size estimate counts, beyond its terms
// and postings, all that each document holds: its id, size and filter
// columns as allocated, and its day's string.
func TestMemIndexBytes(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	s.partDocs = 100
	putSynth(ctx, t, s, 0, 300, 300, 20)
	v := settledVersion(ctx, t, s)
	if err := s.buildMemIndex(ctx, v); err != nil {
		t.Fatal(err)
	}
	if len(s.mem.parts) < 3 {
		t.Fatalf("%d partitions kept, want several", len(s.mem.parts))
	}
	for name, px := range s.mem.parts {
		terms := 6*len(px.docs) + 2*len(px.pos) + 72*len(px.terms)
		for term := range px.terms {
			terms += len(term)
		}
		held := 8*cap(px.ids) + 4*cap(px.dlen) + int(unsafe.Sizeof(docCols{}))*cap(px.cols)
		days := 0
		for _, c := range px.cols {
			held += len(c.day.String)
			if c.day.Valid {
				days++
			}
		}
		if days == 0 {
			t.Fatalf("partition %s: no document has a day", name)
		}
		if got := px.bytes - terms; got < held {
			t.Errorf("partition %s: %d documents estimated at %d bytes, they hold %d", name, len(px.ids), got, held)
		}
	}
}

// settledVersion returns the store's version once it has taken in every
// commit made so far: Version adds other connections' commits (PRAGMA
// data_version) at most every versionPoll, so read right after a write it
// may still move on, and an index built at the version read would then
// never be the current one.
func settledVersion(ctx context.Context, t testing.TB, s *DB) int64 {
	t.Helper()
	time.Sleep(2 * versionPoll)
	v, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// putSynth stores synthetic pages from to to (of n, words long) and
// returns their outputs.
func putSynth(ctx context.Context, t testing.TB, s *DB, from, to, n, words int) []store.Outcome {
	t.Helper()
	var batch []store.Input
	for i := from; i < to; i++ {
		batch = append(batch, store.Input{Doc: storetest.Synth(i, n, words)})
	}
	out, err := s.Put(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// randomFilters gives q one of the filter mixes the equality tests
// draw from (none, language, from, to, person, person with language and
// from) and, one time in four, a second page.
func randomFilters(r *rand.Rand, q *store.Query) {
	switch r.IntN(6) {
	case 0:
		q.Lang = []string{"en", "uk", "ru"}[r.IntN(3)]
	case 1:
		q.From = fmt.Sprintf("2024-%02d-01", 1+r.IntN(12))
	case 2:
		q.To = fmt.Sprintf("2023-%02d-15", 1+r.IntN(12))
	case 3:
		q.Person = fmt.Sprintf("p%d", r.IntN(30))
	case 4:
		q.Person = fmt.Sprintf("p%d", r.IntN(30))
		q.Lang = []string{"en", "uk", "ru"}[r.IntN(3)]
		q.From = fmt.Sprintf("2023-%02d-01", 1+r.IntN(12))
	}
	if r.IntN(4) == 0 {
		q.Offset = 20
	}
}

// searchBothWays returns q's results as the store gives them (from the
// memory index where it answers) and as FTS5 alone gives them.
func searchBothWays(ctx context.Context, t testing.TB, s *DB, q store.Query) (got, want *store.Results) {
	t.Helper()
	s.noMem = true
	want, err := s.Search(ctx, q)
	s.noMem = false
	if err != nil {
		t.Fatal(err)
	}
	if got, err = s.Search(ctx, q); err != nil {
		t.Fatal(err)
	}
	return got, want
}

// checkKeptBut checks that the memory index holds, at version v, every
// partition but the one holding document id (what says why it is left
// out).
func checkKeptBut(ctx context.Context, t testing.TB, s *DB, v, id int64, what string) {
	t.Helper()
	parts, err := s.parts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bad := partOf(parts, id)
	for _, p := range parts {
		if got := s.mem.get(v, p.name) != nil; got != (p != bad) {
			t.Errorf("partition %s (%s: %v) kept in memory: %v", p.name, what, p == bad, got)
		}
	}
}
