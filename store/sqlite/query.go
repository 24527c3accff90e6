package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/terms"
)

// matchExpr turns a user query into an FTS5 expression over stems and
// returns the stems for snippets. Words must all match, "phrases" match as
// phrases, -words must not occur.
func matchExpr(text string, inQuotes bool) (string, map[string]bool) {
	m, stems := parseMatch(text, inQuotes)
	return m.expr(), stems
}

// match is a parsed text query: phrases (quoted FTS5 strings of stems)
// that must occur and must not, in order, all restricted to the columns
// cols ("" for every column).
type match struct {
	must, not []string
	cols      string
}

// expr is the FTS5 expression of m ("" when nothing must match).
func (m match) expr() string {
	if len(m.must) == 0 {
		return ""
	}
	expr := strings.Join(m.must, " AND ")
	for _, n := range m.not {
		expr += " NOT " + n
	}
	if m.cols != "" {
		expr = m.cols + " : (" + expr + ")"
	}
	return expr
}

// phraseExpr is the FTS5 expression matching phrase alone, in m's columns.
func (m match) phraseExpr(phrase string) string {
	if m.cols != "" {
		return m.cols + " : (" + phrase + ")"
	}
	return phrase
}

// parseMatch parses a user query (see matchExpr).
func parseMatch(text string, inQuotes bool) (match, map[string]bool) {
	stems := map[string]bool{}
	var must, not []string
	tagLike := false
	quoteStems := func(s string) []string {
		var out []string
		terms.Each(s, func(t terms.Term) { out = append(out, t.Stem) })
		return out
	}
	for len(text) > 0 {
		text = strings.TrimLeft(text, " \t\r\n")
		if text == "" {
			break
		}
		neg := false
		if text[0] == '-' {
			neg, text = true, text[1:]
		}
		var part string
		if r, sz := firstRune(text); r == '"' || r == '«' || r == '“' {
			rest := text[sz:]
			end := strings.IndexAny(rest, "\"»”")
			if end < 0 {
				part, text = rest, ""
			} else {
				_, csz := firstRune(rest[end:])
				part, text = rest[:end], rest[end+csz:]
			}
		} else {
			i := strings.IndexAny(text, " \t\r\n")
			if i < 0 {
				i = len(text)
			}
			part, text = text[:i], text[i:]
		}
		ss := quoteStems(part)
		if len(ss) == 0 {
			continue
		}
		for _, s := range ss {
			tagLike = tagLike || isTagLike(s)
		}
		phrase := `"` + strings.Join(ss, " ") + `"`
		if neg {
			not = append(not, phrase)
			continue
		}
		for _, s := range ss {
			stems[s] = true
		}
		must = append(must, phrase)
	}
	m := match{must: must, not: not}
	switch {
	case inQuotes:
		m.cols = "quotes"
	case tagLike:
		// Only here can a word be mistaken for a person token of the tags
		// column; anywhere else leaving the column filter out is the same
		// search, and much cheaper to rank (FTS5 filters every position
		// list by column).
		m.cols = "{title body quotes}"
	}
	return m, stems
}

// isTagLike reports whether a stem has the shape of a person token (see
// personTag).
func isTagLike(stem string) bool {
	if len(stem) != 21 || stem[0] != 'p' {
		return false
	}
	for i := 1; i < len(stem); i++ {
		if c := stem[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// filters appends the WHERE conditions of q (on documents d) to where/args.
func filters(q store.Query, personDriven bool, where []string, args []any) ([]string, []any) {
	if q.Person != "" && !personDriven {
		where = append(where, `d.id IN (SELECT doc FROM mentions WHERE person = ?)`)
		args = append(args, q.Person)
	}
	if q.Lang != "" {
		where = append(where, `d.lang = ?`)
		args = append(args, q.Lang)
	}
	if q.Source != "" {
		where = append(where, `instr(d.source, ?) > 0`)
		args = append(args, q.Source)
	}
	if q.From != "" {
		where = append(where, `d.day >= ?`)
		args = append(args, q.From)
	}
	if q.To != "" {
		where = append(where, `d.day <= ?`)
		args = append(args, q.To+"~")
	}
	if q.Story != "" {
		// story <> '' lets SQLite use the partial index on stories.
		where = append(where, `d.story = ? AND d.story <> ''`)
		args = append(args, q.Story)
	}
	if q.Topic != "" {
		where = append(where, `d.topic = ? AND d.topic <> ''`)
		args = append(args, q.Topic)
	}
	return where, args
}

// countCap bounds how far Search counts matches.
const countCap = 1000

// A text search reads the newest countCap+1 matches (id and BM25 rank) in
// one index walk, counts them, and ranks them by relevance. Ranking every
// match of a common word in a large store would cost time linear in the
// matches; news readers want recent pages, so relevance orders the newest
// thousand and paging stops there (Results.Capped says so).

// plan builds the query for q over the full-text partitions parts (newest
// first) and returns the stems to highlight. For a text search (ranked
// true) the query yields (id, rank), newest first, from the partition
// named where it says {fts} (see forPart), and takes one more argument, the
// limit; otherwise it yields ids by date and takes limit and offset, and
// count counts the matches.
func plan(q store.Query, parts []part) (sel, count string, args []any, stems map[string]bool, ranked bool) {
	expr, stems := matchExpr(q.Text, q.InQuotes)
	where := []string{"d.current"}
	if expr != "" {
		where = append(where, "{fts} MATCH ?")
		args = append(args, expr)
	}
	// A text search with a person is answered by the full-text index
	// alone (see personTag).
	personDriven := q.Person != "" && expr != ""
	where, args = filters(q, personDriven, where, args)
	w := strings.Join(where, " AND ")
	if expr == "" {
		sel = "SELECT d.id FROM documents d WHERE " + w + " ORDER BY d.day DESC, d.id DESC LIMIT ? OFFSET ?"
		count = "SELECT count(*) FROM (SELECT 1 FROM documents d WHERE " + w + fmt.Sprintf(" LIMIT %d)", countCap+1)
		return sel, count, args, stems, false
	}
	if personDriven {
		// The person is a token of the tags column: one index intersection.
		args[0] = "(" + args[0].(string) + `) AND tags : "` + personTag(q.Person) + `"`
	}
	if q.Story != "" {
		// A story holds a few pages: they are read from its index and
		// each is looked up in the full-text index by rowid, newest
		// first. Walking the matches of a common word for them took
		// a tenth of a second, and BM25 cannot rank a few rows
		// without counting every match of each word. Each page is
		// looked up in the partition holding it.
		var in []string
		expr := args[0]
		args = args[1:]
		for i, p := range parts {
			c := fmt.Sprintf("d.id >= %d", p.lo)
			if i > 0 {
				c += fmt.Sprintf(" AND d.id < %d", parts[i-1].lo)
			}
			in = append(in, "("+c+" AND EXISTS (SELECT 1 FROM "+p.name+" WHERE "+p.name+" MATCH ? AND "+p.name+".rowid = d.id))")
			args = append(args, expr)
		}
		w = strings.Join(where[2:], " AND ") + " AND (" + strings.Join(in, " OR ") + ")"
		sel = "SELECT d.id FROM documents d WHERE d.current AND " + w + " ORDER BY d.day DESC, d.id DESC LIMIT ? OFFSET ?"
		count = "SELECT count(*) FROM (SELECT 1 FROM documents d WHERE d.current AND " + w + fmt.Sprintf(" LIMIT %d)", countCap+1)
		return sel, count, args, stems, false
	}
	if len(where) == 2 {
		// No filter on documents: the index holds current documents only
		// (retire deletes the others' rows), so it answers alone.
		sel = "SELECT rowid, rank FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?"
	} else {
		docs := "documents d"
		if q.Source == "" && q.Topic == "" {
			// The filters read only id, lang and day: each match looks
			// them up in a narrow index instead of the row, which shares
			// its page with a couple of others' blobs (a lang- or
			// date-filtered search walks thousands of matches: 5.2 →
			// 3.5 ms CPU on the 100k store). The planner keeps the rowid
			// lookup unless told.
			docs = "documents d INDEXED BY documents_filter"
		}
		sel = "SELECT d.id, {fts}.rank FROM {fts} JOIN " + docs + " ON d.id = {fts}.rowid WHERE " + w + " ORDER BY {fts}.rowid DESC LIMIT ?"
	}
	return sel, "", args, stems, true
}

// forPart is a ranked query of plan over partition p.
func forPart(sel string, p part) string { return strings.ReplaceAll(sel, "{fts}", p.name) }

// scored is a match of a ranked query.
type scored struct {
	id   int64
	rank float64
}

// ranked runs a ranked query of plan over the partitions, newest first,
// until it has limit matches (every match when limit < 0).
func (s *DB) ranked(ctx context.Context, sel string, args []any, parts []part, limit int) ([]scored, error) {
	var all []scored
	for _, p := range parts {
		left := -1
		if limit >= 0 {
			if left = limit - len(all); left <= 0 {
				break
			}
		}
		var err error
		if all, err = s.rankedPart(ctx, all, sel, args, p, left); err != nil {
			return nil, err
		}
	}
	return all, nil
}

// rankedPart appends to all the first limit matches (every one when
// limit < 0) of ranked query sel in partition p.
func (s *DB) rankedPart(ctx context.Context, all []scored, sel string, args []any, p part, limit int) ([]scored, error) {
	rows, err := s.query(ctx, forPart(sel, p), append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var sc scored
		if err := rows.Scan(&sc.id, &sc.rank); err != nil {
			return nil, err
		}
		all = append(all, sc)
	}
	return all, rows.Err()
}

// Search finds current documents matching q.
func (s *DB) Search(ctx context.Context, q store.Query) (out *store.Results, err error) {
	return readAnswer(ctx, s, q, (*DB).search)
}

func (s *DB) search(ctx context.Context, q store.Query) (*store.Results, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	limit = min(limit, 500)
	offset := max(q.Offset, 0)
	// The version postings are kept under is read before the read
	// transaction's first query takes its snapshot, so the snapshot is at
	// least as new: what is kept for a version never misses its pages.
	v, err := s.Version(ctx)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	parts, err := s.parts(ctx)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	sel, count, args, stems, ranked := plan(q, parts)
	if q.Text != "" && len(stems) == 0 {
		return &store.Results{Hits: []store.Hit{}}, nil
	}
	res := &store.Results{}
	var ids []int64
	if ranked {
		var all []scored
		if cachedRankable(q) && !s.ftsRank {
			m, _ := parseMatch(q.Text, q.InQuotes)
			all, err = s.rankedCached(ctx, v, q, m, sel, args, parts, countCap+1)
		} else {
			all, err = s.ranked(ctx, sel, args, parts, countCap+1)
		}
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		res.Total = len(all)
		for _, h := range bestRanked(all, offset, offset+limit) {
			ids = append(ids, h.id)
		}
	} else {
		var err error
		if ids, err = s.ids(ctx, sel, append(args, limit, offset)...); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if err := s.queryRow(ctx, count, args...).Scan(&res.Total); err != nil {
			return nil, fmt.Errorf("search count: %w", err)
		}
	}
	if res.Total > countCap {
		res.Total, res.Capped = countCap, true
	}
	if res.Hits, err = s.hits(ctx, ids, stems); err != nil {
		return nil, err
	}
	return res, nil
}

// bestRanked returns all[lo:hi] (clipped to all) of all sorted by rank,
// stably: what slices.SortStableFunc by rank would leave there. Most
// searches show the first 20 or 40 of up to countCap+1 matches, so instead
// of sorting them all it keeps the best hi in order as it goes, each new
// one after those of equal rank (it came later). It sorts all (in place)
// when hi is large. Ranks are never NaN (bm25 of counts and sizes).
func bestRanked(all []scored, lo, hi int) []scored {
	hi = min(hi, len(all))
	if lo >= hi {
		return nil
	}
	if hi > 64 {
		slices.SortStableFunc(all, byRank)
		return all[lo:hi]
	}
	best := make([]scored, 0, hi+1)
	for _, h := range all {
		if len(best) == hi && !(h.rank < best[hi-1].rank) {
			continue
		}
		// After every one ranked no worse than h.
		j := sort.Search(len(best), func(j int) bool { return h.rank < best[j].rank })
		best = slices.Insert(best, j, h)
		best = best[:min(len(best), hi)]
	}
	return best[lo:]
}

func byRank(a, b scored) int {
	switch {
	case a.rank < b.rank:
		return -1
	case b.rank < a.rank:
		return 1
	}
	return 0
}

func (s *DB) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// hits loads documents, in one query, as search hits in the order of ids
// with snippets around stems.
func (s *DB) hits(ctx context.Context, ids []int64, stems map[string]bool) ([]store.Hit, error) {
	out := make([]store.Hit, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := s.query(ctx, `SELECT id, source, lang, title, published, story, blob FROM documents WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("hits: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]store.Hit, len(ids))
	for rows.Next() {
		var h store.Hit
		var blob sql.RawBytes // decoded only when the body is not cached
		if err := rows.Scan(&h.ID, &h.Source, &h.Lang, &h.Title, &h.Published, &h.Story, &blob); err != nil {
			return nil, fmt.Errorf("hits: %w", err)
		}
		key := bodyKey(h.ID)
		text, ok := s.texts.get(key)
		if !ok {
			d, err := store.DecodeDoc(blob)
			if err != nil {
				return nil, fmt.Errorf("document %d: %w", h.ID, err)
			}
			text = body(d)
			s.texts.put(key, text)
		}
		h.Snippet = store.Snippet(text, stems, 40)
		if h.Snippet == nil {
			h.Snippet = []store.Segment{}
		}
		byID[h.ID] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("hits: %w", err)
	}
	for _, id := range ids {
		h, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("document %d: %w", id, store.ErrNotFound)
		}
		out = append(out, h)
	}
	return out, nil
}

// Document loads one stored document (any version).
func (s *DB) Document(ctx context.Context, id int64) (out *store.Document, err error) {
	return readAnswer(ctx, s, id, (*DB).document)
}

func (s *DB) document(ctx context.Context, id int64) (*store.Document, error) {
	var doc store.Document
	var blob []byte
	var source, lang, title, published, story, topic string
	err := s.queryRow(ctx, `SELECT id, version, current, hash, stored, source, lang, title, published, story, topic, blob FROM documents WHERE id = ?`, id).
		Scan(&doc.ID, &doc.Version, &doc.Current, &doc.Hash, &doc.Stored, &source, &lang, &title, &published, &story, &topic, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %d: %w", id, err)
	}
	if doc.Doc, err = store.DecodeDoc(blob); err != nil {
		return nil, fmt.Errorf("document %d: %w", id, err)
	}
	// The columns hold these once (see blobOf).
	d := doc.Doc
	d.Source, d.Lang, d.Title, d.Published, d.Story, d.Topic = source, lang, title, published, story, topic
	return &doc, nil
}

// Export streams every current document matching q.
func (s *DB) Export(ctx context.Context, q store.Query, fn func(*store.Document) error) error {
	ids, err := readAnswer(ctx, s, q, (*DB).exportIDs)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, id := range ids {
		d, err := s.Document(ctx, id)
		if err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// exportIDs lists the ids of every current document matching q, newest
// first.
func (s *DB) exportIDs(ctx context.Context, q store.Query) ([]int64, error) {
	parts, err := s.parts(ctx)
	if err != nil {
		return nil, err
	}
	sel, _, args, stems, ranked := plan(q, parts)
	if q.Text != "" && len(stems) == 0 {
		return nil, nil
	}
	if !ranked {
		return s.ids(ctx, sel, append(args, -1, 0)...)
	}
	all, err := s.ranked(ctx, sel, args, parts, -1)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(all))
	for i, sc := range all {
		ids[i] = sc.id
	}
	return ids, nil
}

// Replay streams current documents in storage order.
func (s *DB) Replay(ctx context.Context, fn func(*store.Document) error) error {
	ids, err := s.ids(ctx, `SELECT id FROM documents WHERE current ORDER BY id`)
	if err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	for _, id := range ids {
		d, err := s.Document(ctx, id)
		if err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// coDocs bounds the documents a person page aggregates over (the newest).
const coDocs = 2000

// Person gathers what is known about one person.
func (s *DB) Person(ctx context.Context, id string) (out *store.Person, err error) {
	return readAnswer(ctx, s, id, (*DB).person)
}

func (s *DB) person(ctx context.Context, id string) (*store.Person, error) {
	p := &store.Person{ID: id, Names: []store.PersonName{}, Timeline: []store.Bucket{}, Stories: []store.StoryRef{}, CoPeople: []store.PersonRef{}}
	err := s.queryRow(ctx, `SELECT name, (SELECT count(*) FROM mentions WHERE person = ?1) FROM people WHERE id = ?1`, id).Scan(&p.Name, &p.Documents)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("person %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("person %q: %w", id, err)
	}
	rows, err := s.query(ctx, `SELECT name, n FROM person_names WHERE person = ? ORDER BY n DESC, name`, id)
	if err != nil {
		return nil, fmt.Errorf("person names: %w", err)
	}
	for rows.Next() {
		var n store.PersonName
		if err := rows.Scan(&n.Name, &n.Count); err != nil {
			rows.Close()
			return nil, err
		}
		n.Script = store.Script(n.Name)
		p.Names = append(p.Names, n)
	}
	rows.Close()
	sort.SliceStable(p.Names, func(i, j int) bool { return p.Names[i].Script < p.Names[j].Script })

	rows, err = s.query(ctx, `SELECT substr(day, 1, 7) AS m, count(*) FROM quotes WHERE speaker_id = ? AND day <> '' GROUP BY m ORDER BY m`, id)
	if err != nil {
		return nil, fmt.Errorf("person timeline: %w", err)
	}
	for rows.Next() {
		var b store.Bucket
		if err := rows.Scan(&b.Period, &b.Count); err != nil {
			rows.Close()
			return nil, err
		}
		p.Timeline = append(p.Timeline, b)
	}
	rows.Close()
	if err := s.queryRow(ctx, `SELECT count(*) FROM quotes WHERE speaker_id = ?`, id).Scan(&p.QuoteCount); err != nil {
		return nil, fmt.Errorf("person quotes: %w", err)
	}
	if p.Quotes, err = s.Quotes(ctx, store.QuoteQuery{Speaker: id, Limit: 50}); err != nil {
		return nil, err
	}
	// Titles and names are looked up for the twenty rows kept, not for
	// every group (a person in thousands of pages has thousands).
	rows, err = s.query(ctx, `WITH ds AS (SELECT doc FROM mentions WHERE person = ? ORDER BY doc DESC LIMIT `+fmt.Sprint(coDocs)+`),
		top AS (SELECT d.story AS story, count(*) AS c FROM ds JOIN documents d INDEXED BY documents_story_of ON d.id = ds.doc
			WHERE d.current AND d.story <> '' GROUP BY d.story ORDER BY c DESC, d.story LIMIT 20)
		SELECT story, c, (SELECT title FROM documents x WHERE x.story = top.story AND x.current AND x.story <> '' ORDER BY x.id LIMIT 1)
		FROM top ORDER BY c DESC, story`, id)
	if err != nil {
		return nil, fmt.Errorf("person stories: %w", err)
	}
	for rows.Next() {
		var r store.StoryRef
		var title sql.NullString
		if err := rows.Scan(&r.ID, &r.Pages, &title); err != nil {
			rows.Close()
			return nil, err
		}
		r.Title = title.String
		p.Stories = append(p.Stories, r)
	}
	rows.Close()
	rows, err = s.query(ctx, `WITH ds AS (SELECT doc FROM mentions WHERE person = ?1 ORDER BY doc DESC LIMIT `+fmt.Sprint(coDocs)+`),
		top AS (SELECT m.person AS person, count(*) AS c FROM ds JOIN mentions m ON m.doc = ds.doc
			WHERE m.person <> ?1 GROUP BY m.person ORDER BY c DESC, m.person LIMIT 20)
		SELECT top.person, p.name, top.c FROM top JOIN people p ON p.id = top.person ORDER BY top.c DESC, top.person`, id)
	if err != nil {
		return nil, fmt.Errorf("person co-occurrence: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.PersonRef
		if err := rows.Scan(&r.ID, &r.Name, &r.Count); err != nil {
			return nil, err
		}
		p.CoPeople = append(p.CoPeople, r)
	}
	return p, rows.Err()
}

// Quotes lists quotes newest first.
func (s *DB) Quotes(ctx context.Context, q store.QuoteQuery) (out []store.Quote, err error) {
	return readAnswer(ctx, s, q, (*DB).quotes)
}

func (s *DB) quotes(ctx context.Context, q store.QuoteQuery) ([]store.Quote, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	where := []string{"1"}
	var args []any
	if q.Speaker != "" {
		where = append(where, "q.speaker_id = ?")
		args = append(args, q.Speaker)
	}
	if q.From != "" {
		where = append(where, "q.day >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		where = append(where, "q.day <= ?")
		args = append(args, q.To+"~")
	}
	if q.Lang != "" {
		where = append(where, "q.lang = ?")
		args = append(args, q.Lang)
	}
	want := terms.Stems(q.Text)
	sel := `SELECT q.doc, q.text, q.speaker, q.speaker_id, q.said_on, q.day, q.lang, q.start, q."end", d.title
		FROM quotes q JOIN documents d ON d.id = q.doc WHERE ` + strings.Join(where, " AND ") + ` ORDER BY q.day DESC, q.id DESC LIMIT ? OFFSET ?`
	// Rows are read a page at a time and closed before the quote texts are
	// read from their documents (a second query), so one call never holds
	// two connections.
	page := limit
	if len(want) > 0 {
		page = max(4*limit, 200) // the text filter drops rows
	}
	out := []store.Quote{}
	texts := map[int64]string{} // document texts read so far
	for offset := 0; len(out) < limit; offset += page {
		rows, err := s.query(ctx, sel, append(args, page, offset)...)
		if err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		var got []store.Quote
		for rows.Next() {
			var r store.Quote
			if err := rows.Scan(&r.DocID, &r.Text, &r.Speaker, &r.SpeakerID, &r.SaidOn, &r.Day, &r.Lang, &r.Start, &r.End, &r.Title); err != nil {
				rows.Close()
				return nil, err
			}
			got = append(got, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if err := s.quoteTexts(ctx, got, texts); err != nil {
			return nil, err
		}
		for _, r := range got {
			if len(out) == limit {
				break
			}
			if r.Text == "" { // stored once, in the document (older stores kept a copy)
				text := texts[r.DocID]
				if r.Start >= 0 && r.Start <= r.End && r.End <= len(text) {
					r.Text = text[r.Start:r.End]
				}
			}
			if len(want) > 0 && !containsAll(terms.Stems(r.Text), want) {
				continue
			}
			out = append(out, r)
		}
		if len(got) < page {
			break
		}
	}
	return out, nil
}

// quoteTexts gives the quotes in qs that carry no text theirs from the
// cache where it holds them, and reads, in one query, the texts of the
// documents of the others that are not in texts yet (keeping their quotes).
func (s *DB) quoteTexts(ctx context.Context, qs []store.Quote, texts map[int64]string) error {
	var ids []int64
	for i := range qs {
		q := &qs[i]
		if q.Text != "" {
			continue
		}
		if t, ok := s.texts.get(quoteKey(q.DocID, q.Start, q.End)); ok {
			q.Text = t
			continue
		}
		if _, ok := texts[q.DocID]; !ok {
			texts[q.DocID] = "" // asked for once
			ids = append(ids, q.DocID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	list, _ := json.Marshal(ids)
	rows, err := s.query(ctx, `SELECT id, blob FROM documents WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return fmt.Errorf("quote texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var blob sql.RawBytes
		if err := rows.Scan(&id, &blob); err != nil {
			return fmt.Errorf("quote texts: %w", err)
		}
		text, err := store.DecodeText(blob)
		if err != nil {
			return fmt.Errorf("quote texts: document %d: %w", id, err)
		}
		texts[id] = text
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, q := range qs {
		if t := texts[q.DocID]; q.Text == "" && q.Start >= 0 && q.Start <= q.End && q.End <= len(t) {
			// A copy: a substring would keep the whole text.
			s.texts.put(quoteKey(q.DocID, q.Start, q.End), strings.Clone(t[q.Start:q.End]))
		}
	}
	return nil
}

func containsAll(have, want []string) bool {
	set := make(map[string]bool, len(have))
	for _, h := range have {
		set[h] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}

// Story gathers one story's pages, languages, dates and people.
func (s *DB) Story(ctx context.Context, id string) (out *store.Story, err error) {
	return readAnswer(ctx, s, id, (*DB).story)
}

func (s *DB) story(ctx context.Context, id string) (*store.Story, error) {
	st := &store.Story{ID: id, Langs: []string{}, Pages: []store.Hit{}, People: []store.PersonRef{}}
	ids, err := s.ids(ctx, `SELECT id FROM documents d WHERE current AND story = ? AND story <> '' ORDER BY day, id LIMIT 500`, id)
	if err != nil {
		return nil, fmt.Errorf("story %q: %w", id, err)
	}
	if len(ids) == 0 || id == "" {
		return nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
	}
	hs, err := s.hits(ctx, ids, nil)
	if err != nil {
		return nil, err
	}
	if err := s.queryRow(ctx, `SELECT topic FROM documents WHERE id = ?`, ids[len(ids)-1]).Scan(&st.Topic); err != nil {
		return nil, fmt.Errorf("story %q: %w", id, err)
	}
	langs := map[string]bool{}
	for _, h := range hs {
		if st.Title == "" {
			st.Title = h.Title
		}
		if h.Lang != "" && !langs[h.Lang] {
			langs[h.Lang] = true
			st.Langs = append(st.Langs, h.Lang)
		}
		if day := store.Day(h.Published); day != "" {
			if st.First == "" || day < st.First {
				st.First = day
			}
			if day > st.Last {
				st.Last = day
			}
		}
		st.Pages = append(st.Pages, h)
	}
	sort.Strings(st.Langs)
	rows, err := s.query(ctx, `SELECT m.person, p.name, count(*) AS c FROM documents d JOIN mentions m ON m.doc = d.id JOIN people p ON p.id = m.person
		WHERE d.current AND d.story = ? AND d.story <> '' GROUP BY m.person ORDER BY c DESC, m.person LIMIT 30`, id)
	if err != nil {
		return nil, fmt.Errorf("story people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.PersonRef
		if err := rows.Scan(&r.ID, &r.Name, &r.Count); err != nil {
			return nil, err
		}
		st.People = append(st.People, r)
	}
	return st, rows.Err()
}

// Topics lists the largest topics with their largest stories.
func (s *DB) Topics(ctx context.Context, limit int) (out []store.Topic, err error) {
	return readAnswer(ctx, s, limit, (*DB).topics)
}

func (s *DB) topics(ctx context.Context, limit int) ([]store.Topic, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.query(ctx, `SELECT topic, count(*) AS c, (SELECT title FROM documents x WHERE x.topic = d.topic AND x.current ORDER BY x.id LIMIT 1)
		FROM documents d WHERE current AND topic <> '' GROUP BY topic ORDER BY c DESC, topic LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	out := []store.Topic{}
	for rows.Next() {
		var t store.Topic
		if err := rows.Scan(&t.ID, &t.Pages, &t.Title); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		rows, err := s.query(ctx, `SELECT story, count(*) AS c, (SELECT title FROM documents x WHERE x.story = d.story AND x.current ORDER BY x.id LIMIT 1)
			FROM documents d WHERE current AND topic = ? AND topic <> '' AND story <> '' GROUP BY story ORDER BY c DESC, story LIMIT 10`, out[i].ID)
		if err != nil {
			return nil, fmt.Errorf("topic stories: %w", err)
		}
		out[i].Stories = []store.StoryRef{}
		for rows.Next() {
			var r store.StoryRef
			if err := rows.Scan(&r.ID, &r.Pages, &r.Title); err != nil {
				rows.Close()
				return nil, err
			}
			out[i].Stories = append(out[i].Stories, r)
		}
		rows.Close()
	}
	return out, nil
}
