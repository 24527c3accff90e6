// Package web serves a store: server-rendered pages (search, people,
// stories, documents, topics) and the same data as a JSON API, with export
// to JSON Lines and CSV. Rendered answers are cached until the store
// changes. Everything is rendered through html/template, so
// page text is always escaped; the UI needs no script and no network.
package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pressclip/pressclip/store"
)

//go:embed templates/*.html
var templateFS embed.FS

// Server is the HTTP handler of the UI and API.
type Server struct {
	st    store.Store
	tmpl  *template.Template
	mux   *http.ServeMux
	log   *log.Logger
	cache *cache    // nil when the store cannot say when it changed
	gate  *gate     // bounds the answers worked on at once; nil: no bound
	bufs  sync.Pool // *bytes.Buffer that pages were rendered into (render)
}

// Option sets up a Server.
type Option func(*Server)

// MaxActive bounds the requests that work on an answer at once to n;
// more wait, first come, first served, and none is turned away (a
// waiting request leaves only when its client goes away). Answers the
// cache holds, exports and the style sheet do not wait. n < 0 removes the
// bound; the default (n = 0, or no option) is DefaultMaxActive.
func MaxActive(n int) Option {
	return func(s *Server) {
		if n == 0 {
			n = DefaultMaxActive()
		}
		s.gate = newGate(n)
	}
}

// DefaultMaxActive is the bound on answers worked on at once when none is
// set: 2 per core (GOMAXPROCS), enough to keep the cores busy while some
// answers wait on the disk, few enough that each gets a core's time.
func DefaultMaxActive() int { return 2 * runtime.GOMAXPROCS(0) }

// New returns a handler serving st. logger may be nil.
func New(st store.Store, logger *log.Logger, opts ...Option) (*Server, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"add":   func(a, b int) int { return a + b },
		"langs": func() []string { return []string{"en", "uk", "ru", "de", "fr", "pl", "bg", "es", "it"} },
		"hits":  hitsHTML,
	}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web templates: %w", err)
	}
	s := &Server{st: st, tmpl: t, mux: http.NewServeMux(), log: logger, gate: newGate(DefaultMaxActive())}
	for _, o := range opts {
		o(s)
	}
	if v, ok := st.(store.Versioner); ok {
		s.cache = newCache(v, cacheBytes)
	}
	if m, ok := st.(store.MemIndexer); ok {
		m.KeepMemIndex()
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /{$}", s.home)
	m.HandleFunc("GET /search", s.searchPage)
	m.HandleFunc("GET /people/{id}", s.personPage)
	m.HandleFunc("GET /stories/{id}", s.storyPage)
	m.HandleFunc("GET /documents/{id}", s.documentPage)
	m.HandleFunc("GET /topics", s.topicsPage)
	m.HandleFunc("GET /static/style.css", s.style)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/people/{id}", s.apiPerson)
	m.HandleFunc("GET /api/quotes", s.apiQuotes)
	m.HandleFunc("GET /api/stories/{id}", s.apiStory)
	m.HandleFunc("GET /api/documents/{id}", s.apiDocument)
	m.HandleFunc("GET /api/topics", s.apiTopics)
	m.HandleFunc("GET /api/stats", s.apiStats)
	m.HandleFunc("GET /export", s.export)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'")
	if unqueued(r) {
		s.mux.ServeHTTP(w, r)
		return
	}
	if s.cache != nil && cacheable(r) {
		// Only a request the cache cannot answer takes its turn.
		s.cache.serve(w, r, http.HandlerFunc(s.admitted))
		return
	}
	s.admitted(w, r)
}

// unqueued says which requests never wait their turn: exports stream at
// the client's pace for as long as it reads, and the style sheet is a
// constant.
func unqueued(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/export") || strings.HasPrefix(r.URL.Path, "/static/")
}

// admitted answers r once the gate admits it. The answer is buffered and
// written to the client after its place is given back, so a slow reader
// holds no place.
func (s *Server) admitted(w http.ResponseWriter, r *http.Request) {
	if s.gate.enter(r.Context()) != nil {
		return // the client went away while it waited
	}
	if rec, ok := w.(*recorder); ok {
		defer s.gate.leave()
		s.mux.ServeHTTP(rec, r)
		return
	}
	rec := &recorder{header: http.Header{}, code: http.StatusOK}
	func() {
		defer s.gate.leave()
		s.mux.ServeHTTP(rec, r)
	}()
	rec.copyTo(w)
}

// query reads a store.Query from URL parameters.
func query(r *http.Request) store.Query {
	v := r.URL.Query()
	q := store.Query{
		Text: v.Get("q"), Person: v.Get("person"), Lang: v.Get("lang"), Source: v.Get("source"),
		From: v.Get("from"), To: v.Get("to"), Story: v.Get("story"), Topic: v.Get("topic"),
		InQuotes: v.Get("in") == "quotes",
	}
	q.Limit, _ = strconv.Atoi(v.Get("limit"))
	q.Offset, _ = strconv.Atoi(v.Get("offset"))
	return q
}

func quoteQuery(r *http.Request) store.QuoteQuery {
	v := r.URL.Query()
	q := store.QuoteQuery{Speaker: v.Get("speaker"), From: v.Get("from"), To: v.Get("to"), Lang: v.Get("lang"), Text: v.Get("q")}
	q.Limit, _ = strconv.Atoi(v.Get("limit"))
	return q
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error, api bool) {
	code := http.StatusInternalServerError
	msg := "internal error"
	switch {
	case errors.Is(err, store.ErrNotFound):
		code, msg = http.StatusNotFound, "not found"
	case errors.Is(err, errBadRequest):
		code, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, context.Canceled):
		return
	default:
		if s.log != nil {
			s.log.Printf("%s %s: %v", r.Method, r.URL, err)
		}
	}
	if api {
		writeJSON(w, code, map[string]string{"error": msg})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	s.tmpl.ExecuteTemplate(w, "error.html", map[string]any{"Title": msg, "Code": code})
}

var errBadRequest = errors.New("bad request")

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data map[string]any) {
	// A page is rendered into a buffer that earlier pages grew, not one
	// grown again from nothing (which cost as much as a tenth of a search
	// page), and the buffer is copied out once.
	b, _ := s.bufs.Get().(*bytes.Buffer)
	if b == nil {
		b = new(bytes.Buffer)
	}
	defer func() {
		if b.Cap() <= maxEntryBytes { // one huge page is not kept
			b.Reset()
			s.bufs.Put(b)
		}
	}()
	if err := s.tmpl.ExecuteTemplate(b, name, data); err != nil {
		s.fail(w, r, err, false)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

func docID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("document id %q: %w", r.PathValue("id"), errBadRequest)
	}
	return id, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	res, err := s.st.Search(r.Context(), query(r))
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request) {
	p, err := s.st.Person(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	qs, err := s.st.Quotes(r.Context(), quoteQuery(r))
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"quotes": qs})
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiTopics(w http.ResponseWriter, r *http.Request) {
	ts, err := s.st.Topics(r.Context(), 50)
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"topics": ts})
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// apiDocument returns the document's record (the same JSON as extract
// prints) with its store metadata.
func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	id, err := docID(r)
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	d, err := s.st.Document(r.Context(), id)
	if err != nil {
		s.fail(w, r, err, true)
		return
	}
	writeJSON(w, http.StatusOK, exportRecord(d))
}

func exportRecord(d *store.Document) map[string]any {
	b, _ := json.Marshal(d.Doc.Record())
	var m map[string]any
	json.Unmarshal(b, &m)
	m["id"], m["version"], m["current"], m["stored"] = d.ID, d.Version, d.Current, d.Stored
	if !d.Doc.Fetched.IsZero() {
		m["fetched_at"] = d.Doc.Fetched.Format(time.RFC3339)
	}
	return m
}

// export streams the documents matching the search as JSON Lines
// (format=jsonl, default) or CSV (format=csv: one row per document).
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	q := query(r)
	switch r.URL.Query().Get("format") {
	case "", "jsonl":
		w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="pressclip.jsonl"`)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		err := s.st.Export(r.Context(), q, func(d *store.Document) error { return enc.Encode(exportRecord(d)) })
		if err != nil && s.log != nil {
			s.log.Printf("export: %v", err)
		}
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="pressclip.csv"`)
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "source", "lang", "title", "published", "story", "topic", "people", "quotes", "body"})
		err := s.st.Export(r.Context(), q, func(d *store.Document) error {
			var people []string
			for _, p := range d.Doc.People {
				people = append(people, p.Name)
			}
			return cw.Write([]string{strconv.FormatInt(d.ID, 10), d.Doc.Source, d.Doc.Lang, csvSafe(d.Doc.Title), d.Doc.Published,
				d.Doc.Story, d.Doc.Topic, csvSafe(strings.Join(people, "; ")), strconv.Itoa(len(d.Doc.Quotes)), csvSafe(d.Doc.Body())})
		})
		cw.Flush()
		if err != nil && s.log != nil {
			s.log.Printf("export: %v", err)
		}
	default:
		s.fail(w, r, fmt.Errorf("format must be jsonl or csv: %w", errBadRequest), true)
	}
}

// csvSafe defuses spreadsheet formulas in text cells.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
