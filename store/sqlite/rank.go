package sqlite

import (
	"context"
	"database/sql"
	"math"
	"slices"
	"sync"

	"github.com/pressclip/pressclip/internal/lru"
	"github.com/pressclip/pressclip/store"
)

// A ranked text search used to ask each partition for its newest matches
// with FTS5's bm25 (see plan). BM25 counts, for every phrase of the query,
// each row of the partition holding it (its inverse document frequency)
// and looks up each match's length: that was two thirds of a ranked
// query's cost, paid again by every search.
//
// BM25 is a sum over the query's phrases, each term depending only on the
// phrase's count in the row, the row's length and the partition's
// statistics; FTS5 adds the terms in phrase order and negates the sum, and
// a phrase that must not occur adds nothing. So a row's rank for
// "a AND b" is exactly rank("a") + rank("b"), added in that order
// (negation is exact in floating point). A phrase's matches in one
// partition, with their one-phrase ranks, are asked once and kept while
// the store is unchanged (postings): a search intersects them, filters
// by language and date from a per-partition table of the current
// documents' (id, lang, day), and adds the ranks. TestCachedRankEqualsFTS
// checks ids, order and ranks against the bm25 query.
//
// What it saves depends on how often phrases repeat. web's
// BenchmarkServeReplay (the rotating load mix, 3,000 words, on the 100k
// store), old and new code run side by side on a busy machine: 40,000
// requests 2.85 -> 2.55 CPU ms each (the first 8,000, while postings fill,
// 3.27 -> 3.26); 20,000 requests 2.78 -> 2.73 (the first 4,000 3.36 ->
// 3.96: a one-phrase query asks a partition for all its matches, where the
// bm25 query stopped at the thousand it ranks).
//
// Queries of several phrases (two words, a person and a word) first used
// postings only where a one-phrase query had left every list whole, which
// under that mix was seldom, and otherwise asked FTS5's bm25 again: about
// a fifth of the replay's CPU. They now intersect lists kept whole, each
// asked for once wanted often enough (see rankedCached). The replay of
// 80,000 requests, old and new side by side on a machine loaded about 12
// times over: 2.55 -> 2.32 CPU ms per request; the first 16,000, while
// lists fill, 3.93 -> 4.07, the last 16,000 1.86 -> 1.41.

// postings keeps, for the store version it was filled at, each asked
// phrase's matches in a partition, and each partition's filter columns,
// least recently used out beyond maxBytes.
type postings struct {
	maxBytes int

	mu      sync.Mutex
	version int64
	entries *lru.Cache[postKey, *postEntry]
	// asked counts, for the version, the queries of several phrases
	// that wanted a list kept whole (see wantWhole).
	asked map[postKey]int
	// flights are the lists being asked for (see fetchPosting).
	flights map[postKey]*flight
}

// postKey names a posting list (expr, the phrase's FTS5 expression, in
// partition part) or, with expr empty, a partition's filter columns.
type postKey struct {
	part string
	expr string
}

type postEntry struct {
	key   postKey
	bytes int
	list  *posting
	docs  map[int64]docCols
}

// posting is a phrase's matches in a partition, newest first, with their
// one-phrase BM25 ranks.
type posting struct {
	ids  []int64
	rank []float64
	// complete says ids holds every match; otherwise the newest only.
	complete bool
}

// docCols are what a text search filters a current document by.
type docCols struct {
	lang string
	day  sql.NullString
}

const postingBytes = 128 << 20

// wholeAfter is how many queries of several phrases must want a phrase's
// every match in a partition before it is asked for (see rankedCached);
// maxAsked bounds the counts kept.
const (
	wholeAfter = 4
	maxAsked   = 1 << 16
)

func newPostings(maxBytes int) *postings {
	return &postings{maxBytes: maxBytes, entries: lru.New[postKey, *postEntry](maxBytes)}
}

// get returns the entry for k at version v, if kept.
func (c *postings) get(v int64, k postKey) (*postEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.version {
		return nil, false
	}
	return c.entries.Get(k)
}

// put keeps e as read at version v; a newer version empties the cache and
// an older one is not kept.
func (c *postings) put(v int64, e *postEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v < c.version || e.bytes > c.maxBytes/4 {
		return
	}
	c.at(v)
	c.entries.Put(e.key, e, e.bytes)
}

// at moves the cache to version v (not older than its own), emptying it
// when v is newer. c.mu is held.
func (c *postings) at(v int64) {
	if v > c.version {
		c.version = v
		c.entries.Clear()
		clear(c.asked)
	}
}

// wantWhole counts a query of several phrases, at version v, that wants
// k's every match, and reports whether enough have (wholeAfter) for them to
// be asked for.
func (c *postings) wantWhole(v int64, k postKey) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v < c.version {
		return false
	}
	c.at(v)
	if c.asked == nil || len(c.asked) >= maxAsked {
		c.asked = map[postKey]int{}
	}
	c.asked[k]++
	return c.asked[k] >= wholeAfter
}

// posting returns phrase expression expr's matches in partition p, if
// kept.
func (s *DB) posting(v int64, p part, expr string) *posting {
	if e, ok := s.posts.get(v, postKey{p.name, expr}); ok {
		return e.list
	}
	return nil
}

// fetchPosting asks partition p for phrase expression expr's newest
// limit matches (every one when limit < 0) and keeps them. A query that
// finds the same list being asked for, at the same version and at least
// as long, waits for it instead: under load many readers want a common
// word's list at once.
func (s *DB) fetchPosting(ctx context.Context, v int64, p part, expr string, limit int) (*posting, error) {
	k := postKey{p.name, expr}
	c := s.posts
	c.mu.Lock()
	f, ok := c.flights[k]
	if ok && f.v == v && (f.limit < 0 || (limit >= 0 && f.limit >= limit)) {
		c.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if f.err == nil {
			return f.list, nil
		}
		// The asker failed (its context ended, say): ask again.
		f = nil
	} else {
		if !ok {
			f = &flight{v: v, limit: limit, done: make(chan struct{})}
			if c.flights == nil {
				c.flights = map[postKey]*flight{}
			}
			c.flights[k] = f
			defer func() {
				c.mu.Lock()
				delete(c.flights, k)
				c.mu.Unlock()
				close(f.done)
			}()
		} else {
			f = nil // another kind of fetch is on: not shared
		}
		c.mu.Unlock()
	}
	l, err := s.askPosting(ctx, p, expr, limit)
	if f != nil {
		f.list, f.err = l, err
	}
	if err != nil {
		return nil, err
	}
	s.posts.put(v, &postEntry{key: k, bytes: 64 + len(expr) + 16*len(l.ids), list: l})
	return l, nil
}

// flight is a posting list being asked for (see fetchPosting).
type flight struct {
	v     int64
	limit int
	done  chan struct{} // closed when list and err are set
	list  *posting
	err   error
}

// askPosting asks partition p for phrase expression expr's newest limit
// matches (every one when limit < 0).
func (s *DB) askPosting(ctx context.Context, p part, expr string, limit int) (*posting, error) {
	rows, err := s.query(ctx, "SELECT rowid, rank FROM "+p.name+" WHERE "+p.name+" MATCH ? ORDER BY rowid DESC LIMIT ?", expr, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	l := &posting{}
	for rows.Next() {
		var id int64
		var r float64
		if err := rows.Scan(&id, &r); err != nil {
			return nil, err
		}
		l.ids = append(l.ids, id)
		l.rank = append(l.rank, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	l.complete = limit < 0 || len(l.ids) < limit
	if cap(l.ids) > len(l.ids)+len(l.ids)/8 {
		// Kept lists are counted by their length (see put).
		l.ids, l.rank = slices.Clone(l.ids), slices.Clone(l.rank)
	}
	return l, nil
}

// docCols returns the filter columns of the current documents of
// partition p (the one before it, newer, starts at hi).
func (s *DB) docCols(ctx context.Context, v int64, p part, hi int64) (map[int64]docCols, error) {
	k := postKey{part: p.name}
	if e, ok := s.posts.get(v, k); ok {
		return e.docs, nil
	}
	rows, err := s.query(ctx, `SELECT id, lang, day FROM documents INDEXED BY documents_filter WHERE current AND id >= ? AND id < ?`, p.lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	docs := map[int64]docCols{}
	langs := map[string]string{} // one copy of each
	for rows.Next() {
		var id int64
		var c docCols
		if err := rows.Scan(&id, &c.lang, &c.day); err != nil {
			return nil, err
		}
		if l, ok := langs[c.lang]; ok {
			c.lang = l
		} else {
			langs[c.lang] = c.lang
		}
		docs[id] = c
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	s.posts.put(v, &postEntry{key: k, bytes: 64 + 64*len(docs), docs: docs})
	return docs, nil
}

// cachedRankable says whether rankedCached can answer q: its filters are
// the ones it reads from docCols (or the person, a phrase of the tags
// column).
func cachedRankable(q store.Query) bool {
	return q.Source == "" && q.Topic == "" && q.Story == ""
}

// rankedCached is ranked for a text query m (see plan) with q's filters,
// from postings: the same matches, newest first, with the same ranks.
//
// A one-phrase query asks a partition for the matches it lacks, as many
// as the bm25 query would rank, so it costs about what that query costs
// the first time and little after. Filtered (language, dates) it needs a
// partition's every match, kept whole, which it asks for only once
// wholeAfter queries have wanted it (meanwhile the bm25 query answers, and
// ranks only the matches that pass). A query of several
// phrases (words, a person, -words) intersects each phrase's every match
// in a partition. Asking for a common word's every match costs several
// times what the bm25 query, which intersects first, pays, so a list is
// asked for whole only once wholeAfter such queries have wanted it, and a
// query asks for the lists of one partition at most, so that none pays for
// filling more (a common word's every match in each of a dozen partitions
// cost one query 100 ms of CPU). Until every list a partition needs is
// kept whole, the partition plan's bm25 query (sel, args) answers, with
// the same ranks. A list kept whole then
// serves each later query with that word or person, where the bm25 query
// counted every match of every phrase again.
//
// v is the store's version, read before the snapshot the queries read
// was taken.
func (s *DB) rankedCached(ctx context.Context, v int64, q store.Query, m match, sel string, args []any, parts []part, limit int) ([]scored, error) {
	var err error
	must := make([]string, 0, len(m.must)+1)
	for _, ph := range m.must {
		must = append(must, m.phraseExpr(ph))
	}
	if q.Person != "" {
		must = append(must, `tags : "`+personTag(q.Person)+`"`)
	}
	not := make([]string, len(m.not))
	for i, ph := range m.not {
		not[i] = m.phraseExpr(ph)
	}
	filtered := q.Lang != "" || q.From != "" || q.To != ""
	to := q.To + "~"
	var all []scored
	if limit >= 0 {
		all = make([]scored, 0, min(limit, countCap+1)) // grown once, not ten times
	}
	lists := make([]*posting, len(must))
	nots := make([]*posting, len(not))
	at := make([]int, len(must))
	notAt := make([]int, len(not))
	hi := int64(math.MaxInt64)
	single := len(must)+len(not) == 1
	wholeLeft := 1 // partitions whose lists this query may ask for whole
	mq, memOK := memQueryOf(q, m)
	for _, p := range parts {
		if limit >= 0 && len(all) >= limit {
			break
		}
		partHi := hi
		hi = p.lo
		if px := s.mem.get(v, p.name); px != nil && memOK && !s.noMem {
			var keep func(docCols) bool
			if filtered {
				keep = func(c docCols) bool {
					return (q.Lang == "" || c.lang == q.Lang) &&
						(q.From == "" || (c.day.Valid && c.day.String >= q.From)) &&
						(q.To == "" || (c.day.Valid && c.day.String <= to))
				}
			}
			var ok bool
			if all, ok = px.rank(mq, keep, all, limit); ok {
				s.memAnswered.Add(1)
				continue
			}
		}
		for i, e := range must {
			lists[i] = s.posting(v, p, e)
		}
		for i, e := range not {
			nots[i] = s.posting(v, p, e)
		}
		if !single {
			// Every list is needed whole. Those missing are asked
			// for once wanted often enough, one partition's a
			// query; meanwhile the bm25 query answers.
			missing, wanted := false, true
			for i, e := range must {
				if lists[i] == nil || !lists[i].complete {
					missing = true
					wanted = s.posts.wantWhole(v, postKey{p.name, e}) && wanted
				}
			}
			for i, e := range not {
				if nots[i] == nil || !nots[i].complete {
					missing = true
					wanted = s.posts.wantWhole(v, postKey{p.name, e}) && wanted
				}
			}
			if missing && (!wanted || wholeLeft == 0) {
				if all, err = s.rankedRest(ctx, all, sel, args, p, limit); err != nil {
					return nil, err
				}
				continue
			}
			if missing {
				wholeLeft--
			}
			for i, e := range must {
				if lists[i] == nil || !lists[i].complete {
					if lists[i], err = s.fetchPosting(ctx, v, p, e, -1); err != nil {
						return nil, err
					}
				}
			}
			for i, e := range not {
				if nots[i] == nil || !nots[i].complete {
					if nots[i], err = s.fetchPosting(ctx, v, p, e, -1); err != nil {
						return nil, err
					}
				}
			}
		}
		var docs map[int64]docCols
		if filtered {
			if docs, err = s.docCols(ctx, v, p, partHi); err != nil {
				return nil, err
			}
		}
		keep := func(id int64) bool {
			if !filtered {
				return true
			}
			c, ok := docs[id]
			return ok && (q.Lang == "" || c.lang == q.Lang) &&
				(q.From == "" || (c.day.Valid && c.day.String >= q.From)) &&
				(q.To == "" || (c.day.Valid && c.day.String <= to))
		}
		if single {
			l := lists[0]
			if filtered && (l == nil || !l.complete) {
				// Filtered, the matches must be walked until enough
				// pass, and a list is of use only whole. The bm25
				// query ranks only the matches that pass (every
				// match of a common word in a partition cost 40 ms
				// of CPU to rank, where the few thousand that pass a
				// date or language filter cost a fraction), so it
				// answers until the list has been wanted often
				// enough to be asked for whole, as for several
				// phrases.
				if !s.posts.wantWhole(v, postKey{p.name, must[0]}) || wholeLeft == 0 {
					if all, err = s.rankedRest(ctx, all, sel, args, p, limit); err != nil {
						return nil, err
					}
					continue
				}
				wholeLeft--
				if l, err = s.fetchPosting(ctx, v, p, must[0], -1); err != nil {
					return nil, err
				}
			}
			if l == nil {
				n := -1
				if limit >= 0 {
					n = limit - len(all)
				}
				if l, err = s.fetchPosting(ctx, v, p, must[0], n); err != nil {
					return nil, err
				}
			}
			for j := 0; limit < 0 || len(all) < limit; j++ {
				if j == len(l.ids) {
					if l.complete {
						break
					}
					// A shorter query kept the newest only.
					if l, err = s.fetchPosting(ctx, v, p, must[0], -1); err != nil {
						return nil, err
					}
					if j == len(l.ids) {
						break
					}
				}
				if keep(l.ids[j]) {
					all = append(all, scored{l.ids[j], l.rank[j]})
				}
			}
			continue
		}
		short := 0
		for i, l := range lists {
			if len(l.ids) < len(lists[short].ids) {
				short = i
			}
		}
		clear(at)
		clear(notAt)
	rows:
		for j, id := range lists[short].ids {
			// Every other list holds id too, at a position found by
			// walking it down (ids are newest first).
			for i, l := range lists {
				if i == short {
					at[i] = j
					continue
				}
				k := at[i]
				for k < len(l.ids) && l.ids[k] > id {
					k++
				}
				at[i] = k
				if k == len(l.ids) || l.ids[k] != id {
					continue rows
				}
			}
			for i, l := range nots {
				k := notAt[i]
				for k < len(l.ids) && l.ids[k] > id {
					k++
				}
				notAt[i] = k
				if k < len(l.ids) && l.ids[k] == id {
					continue rows
				}
			}
			if !keep(id) {
				continue
			}
			var r float64
			for i, l := range lists {
				r += l.rank[at[i]]
			}
			all = append(all, scored{id, r})
			if limit >= 0 && len(all) >= limit {
				break
			}
		}
	}
	return all, nil
}

// rankedRest adds partition p's matches as FTS5's bm25 query ranks them,
// as many as a search of limit results (every one, for a negative limit)
// still wants beyond all.
func (s *DB) rankedRest(ctx context.Context, all []scored, sel string, args []any, p part, limit int) ([]scored, error) {
	left := -1
	if limit >= 0 {
		left = limit - len(all)
	}
	return s.rankedPart(ctx, all, sel, args, p, left)
}
