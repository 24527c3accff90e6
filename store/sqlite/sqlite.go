// Package sqlite is the embedded store engine: one SQLite file (pure Go,
// modernc.org/sqlite) in WAL mode with an FTS5 index of normalised, stemmed
// terms, cut by document id into partitions (see partDocs). Importing it
// registers the engine "sqlite" with package store.
//
// One connection writes (each Put is one transaction); a pool of read-only
// connections, which map the file, serves answers concurrently, each answer
// on one read transaction, first come first served. Prepared statements are
// cached per SQL text.
package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/terms"
)

func init() {
	store.Register("sqlite", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// DB is a store in one SQLite file.
type DB struct {
	w, r  *sql.DB
	wmu   sync.Mutex    // one writer
	stmts sync.Map      // *sql.DB + query → *sql.Stmt
	turns chan struct{} // one token per read transaction running (see read)
	// partDocs is how many document ids a new full-text partition spans
	// (see partition); tests make it small.
	partDocs int64
	texts    *textCache // decoded document texts by id
	posts    *postings  // phrases' matches and ranks by partition (see rankedCached)
	// ftsRank ranks every text search with FTS5's bm25 query instead of
	// postings (tests compare the two).
	ftsRank bool
	// noMem leaves the memory index unused (tests compare).
	noMem bool

	stopWarm context.CancelFunc // stops warm
	warmed   chan struct{}      // closed when warm is done

	dsn func(readOnly bool) string // the data source name of a connection
	// The memory index (see memindex.go), built by keepMemIndex once
	// KeepMemIndex is called, on a connection pool of its own.
	mem       *memIndex
	memOnce   sync.Once
	memReady  chan struct{}
	memStop   context.CancelFunc
	memDone   chan struct{}
	memDB     *sql.DB
	memErr    atomic.Pointer[error] // the last build's error
	memBuilds atomic.Int64          // builds started by keepMemIndex
	memSettle time.Duration         // quiet time before a rebuild; 0 means memSettle
	// memAnswered counts the partitions searches read from memory.
	memAnswered atomic.Int64

	commits atomic.Int64 // transactions committed through this DB
	vmu     sync.Mutex   // guards the fields below
	vcon    *sql.Conn    // the connection Version asks, opened on first use
	vdata   int64        // its last data_version
	vpolled time.Time    // when it was asked
	vlocal  int64        // commits counted when it was asked
}

var _ store.Store = (*DB)(nil)

type stmtKey struct {
	db *sql.DB
	q  string
}

// Open opens (creating if needed) the database file at path.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty path")
	}
	dsn := func(readOnly bool) string {
		v := url.Values{}
		for _, p := range []string{"busy_timeout(10000)", "synchronous(NORMAL)", "foreign_keys(off)", "cache_size(-16000)"} {
			v.Add("_pragma", p)
		}
		if readOnly {
			// Readers map the file: reading pages through read(2) copied
			// each into the page cache and was a fifth of a search's time.
			v.Add("_pragma", "query_only(1)")
			v.Add("_pragma", "mmap_size(1073741824)")
		}
		v.Set("_txlock", "immediate")
		return "file:" + path + "?" + v.Encode()
	}
	w, err := sql.Open("sqlite", dsn(false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Writes are serialised by wmu; a second connection lets statements be
	// prepared while a transaction holds the first.
	w.SetMaxOpenConns(2)
	// 8 KiB pages pack a few compressed news pages each (with 4 KiB pages
	// most rows fill a page alone), while the many small tables and indexes
	// of a small store do not take 16 KiB each. Incremental auto-vacuum lets Close
	// give back the pages the full-text index frees as it merges its
	// segments. Both only take on a new file, before WAL mode is set, so the
	// order matters.
	if _, err := w.ExecContext(ctx, "PRAGMA page_size = 8192; PRAGMA auto_vacuum = INCREMENTAL; PRAGMA journal_mode = WAL;"); err != nil {
		w.Close()
		return nil, fmt.Errorf("set up %s: %w", path, err)
	}
	if _, err := w.ExecContext(ctx, schema); err != nil {
		w.Close()
		return nil, fmt.Errorf("create schema in %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn(true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Readers are CPU-bound: a few connections per core keep every core
	// busy; one more is held by Version.
	n := max(4, 2*runtime.NumCPU()) + 1
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	r.SetConnMaxIdleTime(0)
	s := &DB{w: w, r: r, turns: make(chan struct{}, n-1), partDocs: partDocs, texts: newTextCache(textCacheBytes), posts: newPostings(postingBytes), warmed: make(chan struct{}),
		dsn: dsn, mem: &memIndex{maxBytes: memIndexBytes}}
	wctx, stop := context.WithCancel(context.Background())
	s.stopWarm = stop
	go s.warm(wctx, n-1)
	return s, nil
}

// tryTurn takes a reader's turn if one is free.
func (s *DB) tryTurn() bool {
	select {
	case s.turns <- struct{}{}:
		return true
	default:
		return false
	}
}

// warm opens conns read connections and has each open every full-text
// partition once, in the background. The first use of a partition on a
// connection loads its schema and index structure, a few milliseconds
// each: a server's first answers would each pay for some of the
// (connections × partitions) of them.
func (s *DB) warm(ctx context.Context, conns int) {
	defer close(s.warmed)
	var cs []*sql.Conn
	defer func() {
		for _, c := range cs {
			c.Close() // back to the pool, which keeps it open
			<-s.turns
		}
	}()
	// Each connection held takes a turn as a reader's would, and only a
	// free one: warming is worth no wait, and waiting for a turn or a
	// connection while holding others could stall readers that wait on
	// each other.
	for len(cs) < conns && s.tryTurn() {
		c, err := s.r.Conn(ctx)
		if err != nil {
			<-s.turns
			break
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return
	}
	parts, err := scanParts(cs[0].QueryContext(ctx, partsQuery))
	if err != nil {
		return
	}
	for _, c := range cs {
		for _, p := range parts {
			var n int
			if c.QueryRowContext(ctx, `SELECT count(*) FROM `+p.name+` WHERE `+p.name+` MATCH '"0"'`).Scan(&n) != nil {
				return
			}
		}
	}
}

// partDocs is how many document ids a full-text partition spans at least;
// a partition starting at id lo spans max(partDocs, lo/8), so a store of a
// million pages has about thirty. BM25, the rank of a text search, counts
// for each word of the query every document of the index that holds it
// (the word's inverse document frequency) before it ranks a single row:
// over one index of 100,000 pages a common word cost milliseconds whatever
// the limit. Search ranks the newest matches, which lie in the newest
// partitions, and each partition counts only its own documents, so BM25
// weighs words by their frequency among a partition's pages (a news
// reader's "recent" sense of rare) and a common word costs a partition's
// worth of counting. A search for rare words reads every partition: a
// statement each.
const partDocs = 8192

// part is one full-text partition: the table holding the documents from
// id lo up to the next partition's lo.
type part struct {
	lo   int64
	name string
}

// scanParts reads partitions, newest first, from the rows of
// `SELECT lo, name FROM fts_parts ORDER BY lo DESC`.
func scanParts(rows *sql.Rows, err error) ([]part, error) {
	if err != nil {
		return nil, fmt.Errorf("full-text partitions: %w", err)
	}
	defer rows.Close()
	var out []part
	for rows.Next() {
		var p part
		if err := rows.Scan(&p.lo, &p.name); err != nil {
			return nil, fmt.Errorf("full-text partitions: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("full-text partitions: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("full-text partitions: none")
	}
	return out, nil
}

const partsQuery = `SELECT lo, name FROM fts_parts ORDER BY lo DESC`

// parts lists the partitions (newest first) as the reader sees them.
func (s *DB) parts(ctx context.Context) ([]part, error) {
	return scanParts(s.query(ctx, partsQuery))
}

// partOf returns the partition (of parts, newest first) holding id.
func partOf(parts []part, id int64) part {
	for _, p := range parts {
		if id >= p.lo {
			return p
		}
	}
	return parts[len(parts)-1]
}

// partition returns the name of the partition a new document id goes to,
// first creating a new partition (in tx) when id lies partDocs or more
// past the start of the newest; parts (newest first) is updated.
func (s *DB) partition(ctx context.Context, tx *sql.Tx, parts *[]part, id int64) (string, error) {
	newest := (*parts)[0]
	if id < newest.lo+max(s.partDocs, newest.lo/8) {
		return partOf(*parts, id).name, nil
	}
	p := part{lo: id, name: fmt.Sprintf("fts_%d", id)}
	if _, err := tx.ExecContext(ctx, `CREATE VIRTUAL TABLE `+p.name+` USING fts5(`+ftsColumns+`)`); err != nil {
		return "", fmt.Errorf("new full-text partition: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO fts_parts(lo, name) VALUES(?, ?)`, p.lo, p.name); err != nil {
		return "", fmt.Errorf("new full-text partition: %w", err)
	}
	*parts = append([]part{p}, *parts...)
	return p.name, nil
}

// stmt returns the cached prepared statement for q on db.
func (s *DB) stmt(ctx context.Context, db *sql.DB, q string) (*sql.Stmt, error) {
	k := stmtKey{db, q}
	if st, ok := s.stmts.Load(k); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := db.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare %q: %w", q, err)
	}
	if prev, loaded := s.stmts.LoadOrStore(k, st); loaded {
		st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}

// txKey is the context key of the read transaction of read.
type txKey struct{}

// read runs fn, whose queries (through the context it is given) share one
// read transaction: an answer of several queries takes one connection once
// (under load each query queued for a connection again) and reads one
// snapshot of the data.
func (s *DB) read(ctx context.Context, fn func(ctx context.Context) error) error {
	if _, ok := ctx.Value(txKey{}).(*sql.Tx); ok {
		return fn(ctx)
	}
	// Answers take their turn first come, first served: database/sql
	// hands a freed connection to a random waiter, which under load left
	// some answers waiting many times longer than most.
	select {
	case s.turns <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.turns }()
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	defer tx.Rollback() // nothing to commit
	return fn(context.WithValue(ctx, txKey{}, tx))
}

// readAnswer runs f(s, ctx, a) as one answer: on one read transaction.
func readAnswer[A, T any](ctx context.Context, s *DB, a A, f func(*DB, context.Context, A) (T, error)) (out T, err error) {
	err = s.read(ctx, func(ctx context.Context) error {
		out, err = f(s, ctx, a)
		return err
	})
	return out, err
}

// txStmt returns q prepared for tx. A statement not in the cache yet is
// prepared on the transaction's connection for this once, and for the cache
// in the background: preparing it for the cache takes a connection from the
// pool, which a transaction holding one must not wait for (when every
// connection is held so, none comes back).
func (s *DB) txStmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(stmtKey{s.r, q}); ok {
		return tx.StmtContext(ctx, st.(*sql.Stmt)), nil
	}
	go s.stmt(context.Background(), s.r, q)
	return tx.PrepareContext(ctx, q)
}

func (s *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if tx, ok := ctx.Value(txKey{}).(*sql.Tx); ok {
		st, err := s.txStmt(ctx, tx, q)
		if err != nil {
			return nil, fmt.Errorf("prepare %q: %w", q, err)
		}
		return st.QueryContext(ctx, args...)
	}
	st, err := s.stmt(ctx, s.r, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (s *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if tx, ok := ctx.Value(txKey{}).(*sql.Tx); ok {
		st, err := s.txStmt(ctx, tx, q)
		if err != nil {
			// A Row carrying the error: run the statement unprepared.
			return tx.QueryRowContext(ctx, q, args...)
		}
		return st.QueryRowContext(ctx, args...)
	}
	st, err := s.stmt(ctx, s.r, q)
	if err != nil {
		return s.r.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// Version changes whenever a transaction commits. Commits through this DB
// move it at once (a counter); commits by other processes are seen through
// SQLite's data_version, which one dedicated read connection is asked at
// most every versionPoll, so they show within that time. data_version also
// counts this DB's own commits (they come through another connection), so
// it is asked again at once after one: a commit here moves the version
// once, not a second time at the next poll.
func (s *DB) Version(ctx context.Context) (int64, error) {
	local := s.commits.Load()
	s.vmu.Lock()
	defer s.vmu.Unlock()
	if s.vcon == nil || local != s.vlocal || time.Since(s.vpolled) >= versionPoll {
		if s.vcon == nil {
			c, err := s.r.Conn(ctx)
			if err != nil {
				return 0, fmt.Errorf("version: %w", err)
			}
			s.vcon = c
		}
		if err := s.vcon.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&s.vdata); err != nil {
			return 0, fmt.Errorf("version: %w", err)
		}
		s.vpolled, s.vlocal = time.Now(), local
	}
	return s.vdata<<32 + local, nil
}

// versionPoll is how often Version looks for other processes' commits.
const versionPoll = 100 * time.Millisecond

// Close closes the database, first returning free pages to the file
// system.
func (s *DB) Close() error {
	s.stopWarm()
	<-s.warmed
	if s.memStop != nil {
		s.memStop()
		<-s.memDone
		if s.memDB != nil {
			s.memDB.Close()
		}
	}
	s.stmts.Range(func(_, v any) bool { v.(*sql.Stmt).Close(); return true })
	s.vmu.Lock()
	if s.vcon != nil {
		s.vcon.Close()
	}
	s.vmu.Unlock()
	s.wmu.Lock()
	_, err := s.w.Exec("PRAGMA incremental_vacuum")
	s.wmu.Unlock()
	if rerr := s.r.Close(); err == nil {
		err = rerr
	}
	if werr := s.w.Close(); err == nil {
		err = werr
	}
	return err
}

// Hash is the content hash documents are keyed by: SHA-256 of the text.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:16])
}

// personTag is the index token standing for a person in the tags column,
// so a text search restricted to a person is one index intersection.
func personTag(id string) string {
	h := sha256.Sum256([]byte(id))
	return "p" + hex.EncodeToString(h[:10])
}

// body is the text indexed as the document body: the article blocks, or the
// whole text when there are none.
func body(d *doc.Doc) string {
	if len(d.Blocks) > 0 {
		return d.Body()
	}
	return d.Text
}

// SeenRaw reports whether the raw input was stored before.
func (s *DB) SeenRaw(ctx context.Context, rawHash string) (bool, error) {
	var one int
	err := s.queryRow(ctx, `SELECT 1 FROM raw_seen WHERE hash = ?`, rawHash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("seen raw: %w", err)
	}
	return true, nil
}

// Put stores a batch in one transaction.
func (s *DB) Put(ctx context.Context, batch []store.Input) ([]store.Outcome, error) {
	// The CPU work (hashing, compressing, stemming) runs in parallel
	// before the one writer takes its lock.
	preps := make([]prepared, len(batch))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.NumCPU(), len(batch)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				preps[i] = prepare(batch[i].Doc)
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()

	s.wmu.Lock()
	defer s.wmu.Unlock()
	out := make([]store.Outcome, len(batch))
	for i, in := range batch {
		switch {
		case in.Doc == nil || in.Doc.Err != nil:
			out[i] = store.Outcome{Status: store.Failed}
		case preps[i].err != nil:
			out[i] = store.Outcome{Status: store.Failed, Err: preps[i].err}
		}
	}
	now := time.Now().UTC().Format(time.RFC3339)
	// A document the database refuses rolls the transaction back; the
	// batch is then stored again without it, so it fails alone. (A
	// savepoint per document would do the same, but makes the full-text
	// index flush a segment per document.)
	for {
		done, err := s.putAll(ctx, batch, preps, out, now)
		if err != nil {
			return nil, err
		}
		if done {
			return out, nil
		}
	}
}

// putAll stores in one transaction the inputs whose outcome is not Failed
// yet. When one of them cannot be stored it rolls back, marks that one
// Failed and returns false.
func (s *DB) putAll(ctx context.Context, batch []store.Input, preps []prepared, out []store.Outcome, now string) (bool, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	parts, err := scanParts(tx.QueryContext(ctx, partsQuery))
	if err != nil {
		return false, err
	}
	fail := func(i int, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		out[i] = store.Outcome{Status: store.Failed, Err: fmt.Errorf("store %s: %w", batch[i].Doc.Source, err)}
		return false, nil
	}
	// The full-text rows go in last: SQLite opens a statement savepoint
	// for many statements (upserts, INSERT … SELECT), and at each one FTS5
	// writes out the terms it holds as a new segment. Indexed at the end,
	// a batch makes one segment.
	unindexed := map[int64]bool{} // documents of this batch, until indexed or retired
	for i, in := range batch {
		if out[i].Status == store.Failed {
			continue
		}
		o, err := s.put(ctx, tx, in, &preps[i], now, unindexed, parts)
		if err != nil {
			return fail(i, err)
		}
		out[i] = o
		if o.Status == store.Added || o.Status == store.NewVersion {
			unindexed[o.ID] = true
		}
	}
	inserts := map[string]*sql.Stmt{} // by partition, prepared on tx (a new partition exists only there)
	defer func() {
		for _, st := range inserts {
			st.Close()
		}
	}()
	for i := range batch {
		o, p := out[i], &preps[i]
		if !unindexed[o.ID] || (o.Status != store.Added && o.Status != store.NewVersion) {
			continue
		}
		delete(unindexed, o.ID)
		name, err := s.partition(ctx, tx, &parts, o.ID)
		if err != nil {
			return fail(i, err)
		}
		st := inserts[name]
		if st == nil {
			if st, err = tx.PrepareContext(ctx, `INSERT INTO `+name+`(rowid, title, body, quotes, tags) VALUES(?, ?, ?, ?, ?)`); err != nil {
				return fail(i, err)
			}
			inserts[name] = st
		}
		if _, err := st.ExecContext(ctx, o.ID, p.title, p.body, p.quotes, p.tags); err != nil {
			return fail(i, err)
		}
	}
	err = tx.Commit()
	s.commits.Add(1) // even a failed commit may have changed something
	if err != nil {
		return false, fmt.Errorf("commit: %w", err)
	}
	return true, nil
}

func (s *DB) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, s.w, q)
	if err != nil {
		return nil, err
	}
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

func (s *DB) txRow(ctx context.Context, tx *sql.Tx, q string, args ...any) *sql.Row {
	st, err := s.stmt(ctx, s.w, q)
	if err != nil {
		return tx.QueryRowContext(ctx, q, args...)
	}
	return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

// prepared is what Put computes for one document outside the lock.
type prepared struct {
	hash, title, body, quotes, tags string
	bodyLen                         int
	blob                            []byte
	err                             error
}

func prepare(d *doc.Doc) prepared {
	if d == nil || d.Err != nil {
		return prepared{}
	}
	var p prepared
	p.hash = Hash(d.Text)
	p.blob, p.err = blobOf(d)
	p.bodyLen = len(body(d))
	p.title, p.body, p.quotes, p.tags = ftsText(d)
	return p
}

// ftsText returns the text of d's full-text row, column by column.
func ftsText(d *doc.Doc) (title, body, quotes, tags string) {
	var ts []string
	for _, pe := range d.People {
		if pe.ID != "" {
			ts = append(ts, personTag(pe.ID))
		}
	}
	body, quotes = indexText(d)
	return terms.Index(d.Title), body, quotes, strings.Join(ts, " ")
}

// blobOf encodes d without the fields the documents row holds in columns
// (source, language, title, published, story, topic), so nothing is stored
// twice; Document puts them back.
func blobOf(d *doc.Doc) ([]byte, error) {
	c := *d
	c.Source, c.Lang, c.Title, c.Published, c.Story, c.Topic = "", "", "", "", "", ""
	return store.EncodeDoc(&c)
}

// indexText returns the stems of the body outside quotations and the stems
// of the quotations, so that no word is indexed twice: a search over every
// column finds both, a search in quotes only the second.
func indexText(d *doc.Doc) (bodyStems, quoteStems string) {
	blocks := d.Blocks
	if len(blocks) == 0 {
		blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	}
	var b strings.Builder
	b.Grow(len(d.Text) / 2)
	add := func(sb *strings.Builder, stem string) {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(stem)
	}
	for _, bl := range blocks {
		text := d.Slice(bl.Span)
		terms.Each(text, func(t terms.Term) {
			at := doc.Span{Start: bl.Start + t.Start, End: bl.Start + t.End}
			for _, q := range d.Quotes {
				if q.Contains(at) {
					return
				}
			}
			add(&b, t.Stem)
		})
	}
	var qb strings.Builder
	for _, q := range d.Quotes {
		terms.Each(d.Slice(q.Span), func(t terms.Term) { add(&qb, t.Stem) })
	}
	return b.String(), qb.String()
}

// put stores one document but for its full-text row; unindexed holds the
// documents of the batch that have none yet.
func (s *DB) put(ctx context.Context, tx *sql.Tx, in store.Input, p *prepared, now string, unindexed map[int64]bool, parts []part) (store.Outcome, error) {
	d := in.Doc
	if in.RawHash != "" {
		if _, err := s.exec(ctx, tx, `INSERT OR IGNORE INTO raw_seen(hash) VALUES(?)`, in.RawHash); err != nil {
			return store.Outcome{}, err
		}
	}
	hash := p.hash
	var id int64
	err := s.txRow(ctx, tx, `SELECT id FROM documents WHERE hash = ?`, hash).Scan(&id)
	if err == nil {
		return store.Outcome{ID: id, Status: store.Duplicate}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return store.Outcome{}, err
	}
	status, version := store.Added, 1
	var old int64
	err = s.txRow(ctx, tx, `SELECT id, version FROM documents WHERE source = ? AND current ORDER BY version DESC LIMIT 1`, d.Source).Scan(&old, &version)
	switch {
	case err == nil:
		status, version = store.NewVersion, version+1
		if err := s.retire(ctx, tx, old, unindexed, parts); err != nil {
			return store.Outcome{}, err
		}
	case errors.Is(err, sql.ErrNoRows):
		version = 1
	default:
		return store.Outcome{}, err
	}
	var day any
	if v := store.Day(d.Published); v != "" {
		day = v
	}
	res, err := s.exec(ctx, tx, `INSERT INTO documents(hash, source, version, current, lang, title, published, day, story, topic, body_bytes, stored, blob)
		VALUES(?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		hash, d.Source, version, d.Lang, d.Title, d.Published, day, d.Story, d.Topic, p.bodyLen, now, p.blob)
	if err != nil {
		return store.Outcome{}, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return store.Outcome{}, err
	}
	if err := s.putPeople(ctx, tx, id, d); err != nil {
		return store.Outcome{}, err
	}
	docDay := store.Day(d.Published)
	for _, q := range d.Quotes {
		qd := store.Day(q.SaidOn)
		if qd == "" {
			qd = docDay
		}
		// The text column stays empty: Quotes reads the words from the
		// document, which keeps them once.
		if _, err := s.exec(ctx, tx, `INSERT INTO quotes(doc, speaker_id, speaker, said_on, day, lang, start, "end", text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, '')`,
			id, q.SpeakerID, q.Speaker, q.SaidOn, qd, d.Lang, q.Start, q.End); err != nil {
			return store.Outcome{}, err
		}
	}
	return store.Outcome{ID: id, Status: status}, nil
}

func (s *DB) putPeople(ctx context.Context, tx *sql.Tx, id int64, d *doc.Doc) error {
	// Each table gets one statement per document, its rows passed as a
	// JSON array (a statement costs more than the rows in it).
	type name struct{ person, name string }
	mentions := map[string]int{}
	names := map[name]int{}
	var people [][2]string
	for _, p := range d.People {
		if p.ID == "" {
			continue
		}
		people = append(people, [2]string{p.ID, p.Name})
		if p.Name != "" {
			names[name{p.ID, p.Name}]++
		}
		for _, n := range p.Names {
			names[name{p.ID, n}]++
		}
		for _, m := range p.Mentions {
			if t := d.Slice(m); t != "" {
				names[name{p.ID, t}]++
			}
		}
		mentions[p.ID] += max(1, len(p.Mentions))
	}
	if len(people) == 0 {
		return nil
	}
	rows := make([][3]any, 0, len(names))
	for n, c := range names {
		rows = append(rows, [3]any{n.person, n.name, c})
	}
	var ms [][2]any
	for pid, n := range mentions {
		ms = append(ms, [2]any{pid, n})
	}
	for _, st := range []struct {
		q    string
		rows any
	}{
		{`INSERT INTO people(id, name) SELECT value->>0, value->>1 FROM json_each(?) WHERE true
			ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE excluded.name <> ''`, people},
		{`INSERT INTO person_names(person, name, n) SELECT value->>0, value->>1, value->>2 FROM json_each(?) WHERE true
			ON CONFLICT(person, name) DO UPDATE SET n = n + excluded.n`, rows},
		{`INSERT INTO mentions(person, doc, n) SELECT value->>0, ?, value->>1 FROM json_each(?)`, ms},
	} {
		js, err := json.Marshal(st.rows)
		if err != nil {
			return err
		}
		args := []any{string(js)}
		if strings.HasPrefix(st.q, "INSERT INTO mentions") {
			args = []any{id, string(js)}
		}
		if _, err := s.exec(ctx, tx, st.q, args...); err != nil {
			return err
		}
	}
	return nil
}

// retire makes a document an old version: it leaves the index, people and
// quotes, and stays readable by id. A document of the same batch
// (in unindexed) has no full-text row yet and will get none; the others
// have theirs in one of parts.
func (s *DB) retire(ctx context.Context, tx *sql.Tx, id int64, unindexed map[int64]bool, parts []part) error {
	qs := []string{
		`UPDATE documents SET current = 0 WHERE id = ?`,
		`DELETE FROM mentions WHERE doc = ?`,
		`DELETE FROM quotes WHERE doc = ?`,
	}
	if unindexed[id] {
		delete(unindexed, id)
	} else {
		qs = append(qs, `DELETE FROM `+partOf(parts, id).name+` WHERE rowid = ?`)
	}
	for _, q := range qs {
		if _, err := s.exec(ctx, tx, q, id); err != nil {
			return fmt.Errorf("retire %d: %w", id, err)
		}
	}
	return nil
}

// Compact merges each full-text partition into one segment and gives free
// pages back to the file system.
func (s *DB) Compact(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.commits.Add(1)
	parts, err := scanParts(s.w.QueryContext(ctx, partsQuery))
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	var qs []string
	for _, p := range parts {
		qs = append(qs, `INSERT INTO `+p.name+`(`+p.name+`) VALUES('optimize')`)
	}
	for _, q := range append(qs, `PRAGMA incremental_vacuum`) {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("compact: %w", err)
		}
	}
	return nil
}

// SetStory records story and topic ids of stored documents.
func (s *DB) SetStory(ctx context.Context, ids map[int64][2]string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	for id, st := range ids {
		if _, err := s.exec(ctx, tx, `UPDATE documents SET story = ?, topic = ? WHERE id = ?`, st[0], st[1], id); err != nil {
			return fmt.Errorf("set story: %w", err)
		}
	}
	defer s.commits.Add(1)
	return tx.Commit()
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	var text sql.NullInt64
	err := s.queryRow(ctx, `SELECT
		(SELECT count(*) FROM documents WHERE current),
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM people),
		(SELECT count(*) FROM quotes),
		(SELECT sum(body_bytes) FROM documents WHERE current)`).Scan(&st.Documents, &st.Versions, &st.People, &st.Quotes, &text)
	st.TextBytes = text.Int64
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
