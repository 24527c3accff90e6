package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unsafe"

	"modernc.org/libc"

	"github.com/pressclip/pressclip/store"
)

// A text search's cost is FTS5 ranking its matches: bm25 reads each
// matching row's size and term counts, about 6 µs a row (a common word's
// partition, 6,700 rows, 40 ms of CPU), where walking the same row ids
// alone costs 0.3 µs. The memory index keeps, for each full-text
// partition, what bm25 reads: each term's documents and counts, each
// document's size (the partition's docsize table) and the partition's row
// count and average size (its averages record), and each occurrence's
// column and token offset for phrases. From them a search of words and
// phrases (and a person, -words, language and date filters) is matched,
// ranked and filtered in memory, with the arithmetic of FTS5's bm25
// (fts5Bm25Function, as modernc.org/sqlite compiles it, and libc's log):
// the same ids and bit-identical ranks (TestMemIndexEqualsFTS). Column
// filters (quotes only, person-like words) still go to FTS5, and phrases
// do in a partition with a column longer than 16,383 tokens.
//
// The index is contentless, so the terms are read again from the stored
// documents, stemmed as Put stems them. A partition is kept only when
// what was read agrees with FTS5's own counts: every document's size in
// every column (docsize) and every term's documents and occurrences in
// every column (fts5vocab): a store indexed by other stemming rules is
// not served from memory.
//
// It is built once the store has not changed for a while (KeepMemIndex),
// newest partition first, within a memory budget, on a connection of its
// own, and is used only while the store is at the version it was read at.

// memIndex is the in-memory copy of the full-text partitions.
type memIndex struct {
	maxBytes int

	mu      sync.Mutex
	version int64
	parts   map[string]*partIndex
	bytes   int
}

// memIndexBytes bounds the memory the partitions kept take (estimated).
const memIndexBytes = 320 << 20

// partIndex is one partition's terms, documents and statistics.
type partIndex struct {
	nRow  int64
	avgdl float64
	ids   []int64   // current documents, newest first: a document's number is its place here
	dlen  []int32   // each document's tokens in every column (docsize)
	cols  []docCols // each document's filter columns
	terms map[string]termRef
	docs  []uint32 // every term's documents (numbers, ascending), term after term
	tf    []uint16 // and how often it occurs in each
	// pos holds, posting after posting, each occurrence's column (top 2
	// bits) and token offset in it, ascending; posOK says every offset
	// fitted (else phrases are left to FTS5).
	pos   []uint16
	posOK bool
	bytes int
}

// posBits is how many bits of a position hold the token offset.
const posBits = 14

// termRef is a term's postings in a partIndex.
type termRef struct {
	off, n uint32
	posOff uint32 // where its first posting's positions start in pos
	idf    float64
	// tagsOnly says the term occurs in the tags column alone (a person
	// token), so that its counts are those of the column filter `tags :`.
	tagsOnly bool
}

// bm25 is FTS5's rank of a one-phrase query for a document of size d
// holding the phrase f times, the phrase's IDF idf, in a partition of
// average size avgdl: fts5Bm25Function's arithmetic, step for step.
func bm25(idf float64, f, d int, avgdl float64) float64 {
	k1, b := 1.2, 0.75
	freq, D := float64(f), float64(d)
	score := float64(0)
	score = score + float64(idf*(float64(freq*(k1+float64(1)))/(freq+float64(k1*(float64(1)-b+float64(b*D)/avgdl)))))
	return float64(-float64(1) * score)
}

// bm25IDF is fts5Bm25GetData's IDF of a phrase found in nHit of nRow rows.
func bm25IDF(nRow, nHit int64) float64 {
	idf := libc.Xlog(nil, (float64(nRow-nHit)+float64(0.5))/(float64(nHit)+float64(0.5)))
	if idf <= float64(0) {
		idf = float64(1e-06)
	}
	return idf
}

// asciiTokens splits s as FTS5's ascii tokenizer does: runs of ASCII
// letters and digits and of non-ASCII bytes, ASCII folded to lower case.
func asciiTokens(s string, fn func(string)) {
	tok := func(c byte) bool {
		return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	}
	for i := 0; i < len(s); {
		if !tok(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && tok(s[j]) {
			j++
		}
		t := s[i:j]
		if strings.ContainsFunc(t, func(r rune) bool { return r >= 'A' && r <= 'Z' }) {
			t = strings.Map(func(r rune) rune {
				if r >= 'A' && r <= 'Z' {
					return r + ('a' - 'A')
				}
				return r
			}, t)
		}
		fn(t)
		i = j
	}
}

// oneToken returns the single FTS5 token of a phrase's stem, if it is one.
func oneToken(stem string) (string, bool) {
	var out string
	n := 0
	asciiTokens(stem, func(t string) { out = t; n++ })
	return out, n == 1
}

// get returns partition name's index if it was read at version v.
func (m *memIndex) get(v int64, name string) *partIndex {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v != m.version {
		return nil
	}
	return m.parts[name]
}

// drop lets go of partitions read at a version older than v, before a
// build at v reads any: they can no longer be used, and would otherwise
// stay on the heap beside the new build's until its first put.
func (m *memIndex) drop(v int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v > m.version {
		m.version, m.parts, m.bytes = v, nil, 0
	}
}

// put keeps px for partition name as read at version v, if the budget
// allows; a newer version drops what an older one kept.
func (m *memIndex) put(v int64, name string, px *partIndex) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v < m.version {
		return false
	}
	if v > m.version || m.parts == nil {
		m.version, m.parts, m.bytes = v, map[string]*partIndex{}, 0
	}
	if m.bytes+px.bytes > m.maxBytes {
		return false
	}
	m.parts[name] = px
	m.bytes += px.bytes
	return true
}

// memQuery is a text query as the memory index answers it: single tokens.
type memQuery struct {
	must, not [][]string // phrases: their tokens
	person    string     // the person's tags token, "" for none
}

// memQueryOf returns m (with q's person) as single tokens, if every
// phrase is one and no column filter applies.
func memQueryOf(q store.Query, m match) (memQuery, bool) {
	var mq memQuery
	if m.cols != "" {
		return mq, false
	}
	tokens := func(ph string) []string {
		var out []string
		asciiTokens(strings.Trim(ph, `"`), func(t string) { out = append(out, t) })
		return out
	}
	for _, ph := range m.must {
		ts := tokens(ph)
		if len(ts) == 0 {
			return mq, false
		}
		mq.must = append(mq.must, ts)
	}
	for _, ph := range m.not {
		ts := tokens(ph)
		if len(ts) == 0 {
			return mq, false
		}
		mq.not = append(mq.not, ts)
	}
	if q.Person != "" {
		mq.person = personTag(q.Person)
	}
	return mq, true
}

// rank appends to all the matches of mq in px that keep accepts, newest
// first, with bm25 ranks as FTS5 gives them, until all holds limit
// (limit < 0: every match). It reports false when px cannot answer (a
// person token found outside the tags column).
func (px *partIndex) rank(mq memQuery, keep func(docCols) bool, all []scored, limit int) ([]scored, bool) {
	must := make([]list, 0, len(mq.must)+1)
	for _, ph := range mq.must {
		l, ok := px.list(ph)
		if !ok {
			return all, false
		}
		if len(l.docs) == 0 {
			return all, true // no match in this partition
		}
		must = append(must, l)
	}
	if mq.person != "" {
		r, ok := px.terms[mq.person]
		if ok && !r.tagsOnly {
			return all, false
		}
		if !ok {
			return all, true
		}
		must = append(must, list{docs: px.docs[r.off : r.off+r.n], tf: px.tf[r.off : r.off+r.n], idf: r.idf})
	}
	if len(must) == 0 {
		return all, false
	}
	var nots []list
	for _, ph := range mq.not {
		l, ok := px.list(ph)
		if !ok {
			return all, false
		}
		nots = append(nots, l)
	}
	short := 0
	for i := range must {
		if len(must[i].docs) < len(must[short].docs) {
			short = i
		}
	}
rows:
	for j, d := range must[short].docs {
		for i := range must {
			l := &must[i]
			if i == short {
				l.at = j
				continue
			}
			k := l.at
			for k < len(l.docs) && l.docs[k] < d {
				k++
			}
			l.at = k
			if k == len(l.docs) || l.docs[k] != d {
				continue rows
			}
		}
		for i := range nots {
			l := &nots[i]
			k := l.at
			for k < len(l.docs) && l.docs[k] < d {
				k++
			}
			l.at = k
			if k < len(l.docs) && l.docs[k] == d {
				continue rows
			}
		}
		if keep != nil && !keep(px.cols[d]) {
			continue
		}
		var r float64
		for i := range must {
			l := &must[i]
			r1 := bm25(l.idf, int(l.tf[l.at]), int(px.dlen[d]), px.avgdl)
			if i == 0 {
				r = r1
			} else {
				r += r1
			}
		}
		all = append(all, scored{px.ids[d], r})
		if limit >= 0 && len(all) >= limit {
			break
		}
	}
	return all, true
}

// list is a phrase's matches in a partition, as bm25 reads them.
type list struct {
	docs []uint32 // documents (numbers), ascending
	tf   []uint16 // the phrase's occurrences in each
	idf  float64
	at   int // a place in docs (see rank)
}

// list returns the documents holding the phrase of tokens toks, with its
// occurrences in each (a word's postings; for several words, where they
// stand one after the other in one column) and its IDF; false when px
// cannot tell (positions not kept).
func (px *partIndex) list(toks []string) (list, bool) {
	refs := make([]termRef, len(toks))
	for i, t := range toks {
		r, ok := px.terms[t]
		if !ok {
			return list{}, true
		}
		refs[i] = r
	}
	if len(toks) == 1 {
		r := refs[0]
		return list{docs: px.docs[r.off : r.off+r.n], tf: px.tf[r.off : r.off+r.n], idf: r.idf}, true
	}
	if !px.posOK {
		return list{}, false
	}
	// Walk the first word's postings; the others' are followed along,
	// with where each posting's positions start.
	type cursor struct {
		docs []uint32
		tf   []uint16
		k    int
		pos  uint32
	}
	cs := make([]cursor, len(toks))
	for i, r := range refs {
		cs[i] = cursor{docs: px.docs[r.off : r.off+r.n], tf: px.tf[r.off : r.off+r.n], pos: r.posOff}
	}
	var out list
	first := &cs[0]
docs:
	for ; first.k < len(first.docs); first.pos, first.k = first.pos+uint32(first.tf[first.k]), first.k+1 {
		d := first.docs[first.k]
		for i := 1; i < len(cs); i++ {
			c := &cs[i]
			for c.k < len(c.docs) && c.docs[c.k] < d {
				c.pos += uint32(c.tf[c.k])
				c.k++
			}
			if c.k == len(c.docs) {
				break docs
			}
			if c.docs[c.k] != d {
				continue docs
			}
		}
		n := 0
	starts:
		for _, p := range px.pos[first.pos : first.pos+uint32(first.tf[first.k])] {
			off := int(p & (1<<posBits - 1))
			for i := 1; i < len(cs); i++ {
				if off+i >= 1<<posBits {
					continue starts
				}
				c := &cs[i]
				ps := px.pos[c.pos : c.pos+uint32(c.tf[c.k])]
				want := p + uint16(i)
				j := sort.Search(len(ps), func(j int) bool { return ps[j] >= want })
				if j == len(ps) || ps[j] != want {
					continue starts
				}
			}
			n++
		}
		if n > 0 {
			out.docs = append(out.docs, d)
			out.tf = append(out.tf, uint16(min(n, 0xffff)))
		}
	}
	out.idf = bm25IDF(px.nRow, int64(len(out.docs)))
	return out, true
}

// KeepMemIndex has the store build its memory index in the background
// (once; later calls do nothing) and rebuild it whenever the store has
// been unchanged for a while after a change. The channel closes when the
// first build is done (or given up).
func (s *DB) KeepMemIndex() <-chan struct{} {
	s.memOnce.Do(func() {
		s.memReady = make(chan struct{})
		ctx, stop := context.WithCancel(context.Background())
		s.memStop = stop
		s.memDone = make(chan struct{})
		go s.keepMemIndex(ctx)
	})
	return s.memReady
}

// memSettle is how long the store must stay unchanged before the memory
// index is rebuilt (DB.memSettle overrides it in tests).
const memSettle = 2 * time.Second

func (s *DB) keepMemIndex(ctx context.Context) {
	defer close(s.memDone)
	settle := s.memSettle
	if settle == 0 {
		settle = memSettle
	}
	first := true
	var built, last int64 = -1, -1
	for {
		v, err := s.Version(ctx)
		// The first build starts at once; later ones once the store has
		// stayed at one version for memSettle (not during an ingest).
		settled := first || v == last
		last = v
		if err == nil && v != built && settled {
			s.memBuilds.Add(1)
			err := s.buildMemIndex(ctx, v)
			if err != nil {
				s.memErr.Store(&err)
			}
			// Only a store that moved is read again at once; any other
			// error (a document that does not decode, a failed query)
			// would fail the same way every memSettle, so v counts as
			// built until the store changes.
			if !errors.Is(err, errMoved) {
				built = v
			}
			if first {
				first = false
				close(s.memReady)
			}
		}
		select {
		case <-ctx.Done():
			if first {
				close(s.memReady)
			}
			return
		case <-time.After(settle):
		}
	}
}

// errMoved says the store changed while the memory index was read.
var errMoved = errors.New("store changed")

// buildMemIndex reads every partition, newest first, as of version v
// (read before the snapshot is taken) into s.mem, as far as the budget
// allows. A partition that cannot be read is left to FTS5 and the others
// are read; the first such error is returned at the end.
func (s *DB) buildMemIndex(ctx context.Context, v int64) error {
	s.mem.drop(v)
	if s.memDB == nil {
		// Not mapped: reading every page of the file through a map would
		// keep it all in the process's resident memory.
		db, err := sql.Open("sqlite", s.dsn(false))
		if err != nil {
			return err
		}
		db.SetMaxOpenConns(1)
		s.memDB = db
	}
	conn, err := s.memDB.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	parts, err := scanParts(conn.QueryContext(ctx, partsQuery))
	if err != nil {
		return err
	}
	// The vocabulary tables are made before the read transaction (they
	// live in the connection's temp schema).
	for _, p := range parts {
		if _, err := conn.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS temp.`+p.name+`_vocab USING fts5vocab(main, `+p.name+`, col)`); err != nil {
			return err
		}
	}
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	// The snapshot is taken at the first read: then the version must
	// still be v (each partition checks), so that what is read is v's.
	var nParts int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM fts_parts`).Scan(&nParts); err != nil {
		return err
	}
	if nParts != len(parts) {
		return errMoved
	}
	hi := int64(1<<63 - 1)
	var partErr error
	for _, p := range parts {
		if now, err := s.Version(ctx); err != nil || now != v {
			return errMoved
		}
		partHi := hi
		hi = p.lo
		if s.mem.get(v, p.name) != nil {
			continue
		}
		px, err := readPart(ctx, conn, p, partHi)
		if err != nil {
			err = fmt.Errorf("partition %s: %w", p.name, err)
			if ctx.Err() != nil {
				return err
			}
			if partErr == nil {
				partErr = err
			}
			continue // unreadable: served by FTS5
		}
		if px == nil {
			continue // disagrees with FTS5: served by FTS5
		}
		if !s.mem.put(v, p.name, px) {
			return partErr // over budget
		}
	}
	return partErr
}

// readPart reads partition p (ids below hi) on conn, in its transaction,
// and checks it against FTS5's counts; nil when they disagree.
func readPart(ctx context.Context, conn *sql.Conn, p part, hi int64) (*partIndex, error) {
	px := &partIndex{terms: map[string]termRef{}}
	var avg []byte
	if err := conn.QueryRowContext(ctx, `SELECT block FROM `+p.name+`_data WHERE id = 1`).Scan(&avg); err != nil {
		return nil, fmt.Errorf("averages: %w", err)
	}
	vs := varints(avg)
	if len(vs) != 1+ftsCols {
		return nil, nil
	}
	var total int64
	for _, n := range vs[1:] {
		total += n
	}
	px.nRow = vs[0]
	if px.nRow == 0 {
		return px, nil
	}
	px.avgdl = float64(total) / float64(px.nRow)
	sizes := map[int64][ftsCols]int64{}
	rows, err := conn.QueryContext(ctx, `SELECT id, sz FROM `+p.name+`_docsize`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var sz []byte
		if err := rows.Scan(&id, &sz); err != nil {
			rows.Close()
			return nil, err
		}
		vs := varints(sz)
		if len(vs) != ftsCols {
			rows.Close()
			return nil, nil
		}
		sizes[id] = [ftsCols]int64(vs)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if int64(len(sizes)) != px.nRow {
		return nil, nil
	}
	// Each term's documents (by number) and counts, and its documents and
	// occurrences per column, to check against fts5vocab.
	type posting struct {
		docs []uint32
		tf   []uint16
		pos  []uint16
		col  [ftsCols][2]int64
	}
	px.posOK = true
	terms := map[string]*posting{}
	langs := map[string]string{}
	rows, err = conn.QueryContext(ctx, `SELECT id, title, lang, day, blob FROM documents WHERE current AND id >= ? AND id < ? ORDER BY id DESC`, p.lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	counts := map[string]int{} // the document's terms
	inCol := map[string]bool{} // the column's terms
	for rows.Next() {
		var id int64
		var title, lang string
		var day sql.NullString
		var blob sql.RawBytes
		if err := rows.Scan(&id, &title, &lang, &day, &blob); err != nil {
			return nil, err
		}
		d, err := store.DecodeDoc(blob)
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", id, err)
		}
		d.Title = title
		var cols [ftsCols]string
		cols[0], cols[1], cols[2], cols[3] = ftsText(d)
		want, ok := sizes[id]
		if !ok {
			return nil, nil
		}
		n := uint32(len(px.ids))
		dlen := int64(0)
		clear(counts)
		for c, text := range cols {
			got := int64(0)
			clear(inCol)
			asciiTokens(text, func(t string) {
				off := got
				got++
				counts[t]++
				e := terms[t]
				if e == nil {
					t = strings.Clone(t)
					e = &posting{}
					terms[t] = e
				}
				e.col[c][1]++
				if off >= 1<<posBits {
					px.posOK = false
				}
				e.pos = append(e.pos, uint16(c)<<posBits|uint16(off&(1<<posBits-1)))
				if !inCol[t] {
					inCol[t] = true
					e.col[c][0]++
				}
			})
			if got != want[c] {
				return nil, nil
			}
			dlen += got
		}
		for t, k := range counts {
			e := terms[t]
			if k > 0xffff {
				return nil, nil
			}
			e.docs = append(e.docs, n)
			e.tf = append(e.tf, uint16(k))
		}
		if l, ok := langs[lang]; ok {
			lang = l
		} else {
			langs[lang] = lang
		}
		px.ids = append(px.ids, id)
		px.dlen = append(px.dlen, int32(dlen))
		px.cols = append(px.cols, docCols{lang: lang, day: day})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if int64(len(px.ids)) != px.nRow {
		return nil, nil
	}
	// FTS5's own counts: every (term, column) with its documents and
	// occurrences.
	colNum := map[string]int{"title": 0, "body": 1, "quotes": 2, "tags": 3}
	vrows, err := conn.QueryContext(ctx, `SELECT term, col, doc, cnt FROM temp.`+p.name+`_vocab`)
	if err != nil {
		return nil, err
	}
	defer vrows.Close()
	pairs := 0
	for vrows.Next() {
		var term, col string
		var doc, cnt int64
		if err := vrows.Scan(&term, &col, &doc, &cnt); err != nil {
			return nil, err
		}
		e, ok := terms[term]
		c, cok := colNum[col]
		if !ok || !cok || e.col[c] != [2]int64{doc, cnt} {
			return nil, nil
		}
		pairs++
	}
	if err := vrows.Err(); err != nil {
		return nil, err
	}
	mine := 0
	for _, e := range terms {
		for c := range e.col {
			if e.col[c][0] > 0 {
				mine++
			}
		}
	}
	if mine != pairs {
		return nil, nil
	}
	// Lay the postings out term after term.
	names := make([]string, 0, len(terms))
	size := 0
	for t, e := range terms {
		names = append(names, t)
		size += len(e.docs)
	}
	sort.Strings(names)
	px.docs = make([]uint32, 0, size)
	px.tf = make([]uint16, 0, size)
	npos := 0
	for _, e := range terms {
		npos += len(e.pos)
	}
	if px.posOK {
		px.pos = make([]uint16, 0, npos)
	}
	for _, t := range names {
		e := terms[t]
		tagsOnly := e.col[0][0] == 0 && e.col[1][0] == 0 && e.col[2][0] == 0
		px.terms[t] = termRef{off: uint32(len(px.docs)), n: uint32(len(e.docs)), posOff: uint32(len(px.pos)), idf: bm25IDF(px.nRow, int64(len(e.docs))), tagsOnly: tagsOnly}
		if px.posOK {
			px.pos = append(px.pos, e.pos...)
		}
		px.docs = append(px.docs, e.docs...)
		px.tf = append(px.tf, e.tf...)
	}
	// Each document: its id, size and filter columns (the slices as
	// allocated) and its day's string, allocated for each row read (the
	// language is shared).
	px.bytes = 6*size + 2*len(px.pos) + 72*len(names) +
		8*cap(px.ids) + 4*cap(px.dlen) + int(unsafe.Sizeof(docCols{}))*cap(px.cols)
	for _, c := range px.cols {
		px.bytes += allocSize(len(c.day.String))
	}
	for _, t := range names {
		px.bytes += len(t)
	}
	return px, nil
}

// allocSize is about what the heap gives a string of n bytes: n rounded up
// to 8 (16 for a short string, which the tiny allocator packs no closer
// than that when it is 9 to 15 bytes long, as a day is).
func allocSize(n int) int {
	switch {
	case n == 0:
		return 0
	case n <= 8:
		return 8
	case n <= 16:
		return 16
	}
	return (n + 7) &^ 7
}

// ftsCols is the number of columns of a full-text partition.
const ftsCols = 4

// varints decodes a blob of SQLite varints (as FTS5 writes sizes).
func varints(b []byte) []int64 {
	var out []int64
	for len(b) > 0 {
		var v uint64
		i := 0
		for ; i < 8 && i < len(b); i++ {
			v = v<<7 | uint64(b[i]&0x7f)
			if b[i]&0x80 == 0 {
				break
			}
		}
		if i == 8 && i < len(b) {
			v = v<<8 | uint64(b[8])
		}
		if i >= len(b) {
			return nil // cut short
		}
		out = append(out, int64(v))
		b = b[i+1:]
	}
	return out
}
