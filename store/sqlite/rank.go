package sqlite

import (
	"context"
	"database/sql"
	"math"
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
// bm25 query stopped at the thousand it ranks). Phrases of two words
// seldom repeat there and still cost what they did.

// postings keeps, for the store version it was filled at, each asked
// phrase's matches in a partition, and each partition's filter columns,
// least recently used out beyond maxBytes.
type postings struct {
	maxBytes int

	mu      sync.Mutex
	version int64
	entries *lru.Cache[postKey, *postEntry]
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

const postingBytes = 64 << 20

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
	if v > c.version {
		c.version = v
		c.entries.Clear()
	}
	c.entries.Put(e.key, e, e.bytes)
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
// limit matches (every one when limit < 0) and keeps them.
func (s *DB) fetchPosting(ctx context.Context, v int64, p part, expr string, limit int) (*posting, error) {
	k := postKey{p.name, expr}
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
	s.posts.put(v, &postEntry{key: k, bytes: 64 + len(expr) + 16*len(l.ids), list: l})
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
// as the bm25 query would rank (all when filtered), so it costs about what
// that query costs the first time and little after. A query of several
// phrases uses postings only where every one it needs is kept whole:
// asking for a common word's every match in each partition a rare second
// word leads to costs many times the bm25 query's, which intersects first.
// Elsewhere it asks the partition plan's bm25 query (sel, args), whose
// ranks are the same.
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
	lists := make([]*posting, len(must))
	nots := make([]*posting, len(not))
	at := make([]int, len(must))
	notAt := make([]int, len(not))
	hi := int64(math.MaxInt64)
	for _, p := range parts {
		left := -1
		if limit >= 0 {
			if left = limit - len(all); left <= 0 {
				break
			}
		}
		partHi := hi
		hi = p.lo
		whole := true
		for i, e := range must {
			lists[i] = s.posting(v, p, e)
			whole = whole && lists[i] != nil && lists[i].complete
		}
		for i, e := range not {
			nots[i] = s.posting(v, p, e)
			whole = whole && nots[i] != nil && nots[i].complete
		}
		single := len(must)+len(not) == 1
		if !whole && !single {
			if all, err = s.rankedPart(ctx, all, sel, args, p, left); err != nil {
				return nil, err
			}
			continue
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
			if l == nil || (!l.complete && filtered) {
				// Filtered, the bm25 query would walk matches until
				// enough pass: how many is not known.
				n := left
				if filtered {
					n = -1
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
