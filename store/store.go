// Package store keeps documents, people, quotes and stories and answers
// searches over them. Like database/sql it is one interface with engines that
// plug in: an engine registers an Opener under a name and Open picks it from
// the data source name ("sqlite:pressclip.db", or a bare path for the default
// embedded SQLite engine, which callers enable by importing
// github.com/pressclip/pressclip/store/sqlite).
//
// Documents are keyed by a hash of their text: putting the same page twice
// stores it once, and a page whose text changed at the same source becomes a
// new version (the old one stays, no longer current). Each Put is one
// transaction, so a crash loses at most the batch in flight.
package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/pressclip/pressclip/doc"
)

// ErrNotFound is returned when a document, person or story does not exist.
var ErrNotFound = errors.New("not found")

// Store is a document store with search. Implementations are safe for
// concurrent use; Put calls are serialised (one writer).
type Store interface {
	// Put stores a batch of documents in one transaction and says what
	// became of each. Docs with Err set are skipped (Failed); a document
	// the engine cannot store is Failed with Outcome.Err and does not undo
	// the others. An error means nothing of the batch was stored.
	Put(ctx context.Context, batch []Input) ([]Outcome, error)
	// SeenRaw reports whether an input with this raw hash was stored before,
	// so callers can skip re-processing it.
	SeenRaw(ctx context.Context, rawHash string) (bool, error)

	Search(ctx context.Context, q Query) (*Results, error)
	Document(ctx context.Context, id int64) (*Document, error)
	Person(ctx context.Context, id string) (*Person, error)
	Quotes(ctx context.Context, q QuoteQuery) ([]Quote, error)
	Story(ctx context.Context, id string) (*Story, error)
	Topics(ctx context.Context, limit int) ([]Topic, error)
	// Export calls fn for every current document matching q (ignoring
	// q.Limit and q.Offset), newest first.
	Export(ctx context.Context, q Query, fn func(*Document) error) error
	// Replay calls fn for every current document in the order it was
	// stored, to rebuild in-memory linkers (stories) after a restart.
	Replay(ctx context.Context, fn func(*Document) error) error
	// SetStory records the story and topic of stored documents.
	SetStory(ctx context.Context, ids map[int64][2]string) error
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Input is one document to store.
type Input struct {
	Doc *doc.Doc
	// RawHash identifies the bytes the document was made from (optional).
	RawHash string
}

// Status says what Put did with one input.
type Status int

const (
	Added      Status = iota // a new document
	Duplicate                // the same text was already stored
	NewVersion               // the source was stored before with other text
	Failed                   // the input carried an error and was not stored
)

func (s Status) String() string {
	return [...]string{"added", "duplicate", "new-version", "failed"}[s]
}

// Outcome is what Put did with one input.
type Outcome struct {
	ID     int64 // the document's id (the existing one for duplicates)
	Status Status
	Err    error // why a document the engine was given could not be stored
}

// Versioner is implemented by engines that can tell cheaply whether the
// store changed: Version returns a value that differs after every commit
// (by this process or another), so callers may cache what they read until
// it moves.
type Versioner interface {
	Version(ctx context.Context) (int64, error)
}

// MemIndexer is implemented by engines that can keep a copy of their text
// index in memory to answer searches with less work (same answers):
// KeepMemIndex starts keeping it, in the background, and returns a channel
// closed once the first copy is built (or given up).
type MemIndexer interface {
	KeepMemIndex() <-chan struct{}
}

// Compacter is implemented by engines that can pack their files after a
// bulk load (merging index segments, returning free pages). It takes time
// linear in the size of the store; ingest calls it once per run.
type Compacter interface {
	Compact(ctx context.Context) error
}

// Query is a search. Text is words (all must match, after normalisation and
// stemming), "quoted phrases", and -excluded words; empty Text lists by date.
type Query struct {
	Text   string `json:"q,omitempty"`
	Person string `json:"person,omitempty"` // person id
	Lang   string `json:"lang,omitempty"`
	Source string `json:"source,omitempty"` // substring of the source
	From   string `json:"from,omitempty"`   // published date range, YYYY-MM-DD, inclusive
	To     string `json:"to,omitempty"`
	Story  string `json:"story,omitempty"`
	Topic  string `json:"topic,omitempty"`
	// InQuotes restricts text matches to quotations.
	InQuotes bool `json:"in_quotes,omitempty"`
	Limit    int  `json:"limit,omitempty"` // 0 means 20; at most 500
	Offset   int  `json:"offset,omitempty"`
}

// Results is one page of search hits.
type Results struct {
	Total  int   `json:"total"` // matches, counted up to a cap (see Capped)
	Capped bool  `json:"capped,omitempty"`
	Hits   []Hit `json:"hits"`
}

// Hit is one matching document.
type Hit struct {
	ID        int64     `json:"id"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Lang      string    `json:"lang"`
	Published string    `json:"published,omitempty"`
	Story     string    `json:"story,omitempty"`
	Snippet   []Segment `json:"snippet"`
}

// Segment is a piece of a snippet; Match marks the words that matched.
type Segment struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// Document is a stored document.
type Document struct {
	ID      int64    `json:"id"`
	Version int      `json:"version"`
	Current bool     `json:"current"`
	Hash    string   `json:"hash"`
	Stored  string   `json:"stored"` // when it was stored, RFC 3339
	Doc     *doc.Doc `json:"-"`
}

// PersonName is one spelling of a person's name and how often it was seen.
type PersonName struct {
	Name   string `json:"name"`
	Script string `json:"script"`
	Count  int    `json:"count"`
}

// Bucket is a count for one period (YYYY-MM).
type Bucket struct {
	Period string `json:"period"`
	Count  int    `json:"count"`
}

// PersonRef names a person with a count (co-occurrences, speakers).
type PersonRef struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// StoryRef names a story with its page count.
type StoryRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Pages int    `json:"pages"`
}

// Person is what the store knows about one person.
type Person struct {
	ID         string       `json:"id"`
	Name       string       `json:"name"`
	Names      []PersonName `json:"names"`
	Documents  int          `json:"documents"`
	QuoteCount int          `json:"quote_count"`
	Timeline   []Bucket     `json:"timeline"` // quotes by month
	Quotes     []Quote      `json:"quotes"`   // newest first, at most 50
	Stories    []StoryRef   `json:"stories"`
	CoPeople   []PersonRef  `json:"co_people"`
}

// QuoteQuery selects quotes.
type QuoteQuery struct {
	Speaker  string // person id
	From, To string // YYYY-MM-DD, inclusive, on the date said (or published)
	Lang     string
	Text     string // words the quote must contain
	Limit    int    // 0 means 100; at most 1000
}

// Quote is one stored quotation.
type Quote struct {
	DocID     int64  `json:"doc"`
	Text      string `json:"text"`
	Speaker   string `json:"speaker,omitempty"`
	SpeakerID string `json:"speaker_id,omitempty"`
	SaidOn    string `json:"said_on,omitempty"`
	Day       string `json:"day,omitempty"` // said_on, else published: YYYY-MM-DD or YYYY-MM
	Lang      string `json:"lang,omitempty"`
	Title     string `json:"title,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Story is one story: its pages across languages, people and dates.
type Story struct {
	ID     string      `json:"id"`
	Topic  string      `json:"topic,omitempty"`
	Title  string      `json:"title"`
	Langs  []string    `json:"langs"`
	First  string      `json:"first,omitempty"`
	Last   string      `json:"last,omitempty"`
	Pages  []Hit       `json:"pages"`
	People []PersonRef `json:"people"`
}

// Topic groups stories.
type Topic struct {
	ID      string     `json:"id"`
	Title   string     `json:"title"`
	Pages   int        `json:"pages"`
	Stories []StoryRef `json:"stories"`
}

// Stats counts what is stored.
type Stats struct {
	Documents int   `json:"documents"` // current versions
	Versions  int   `json:"versions"`  // all versions
	People    int   `json:"people"`
	Quotes    int   `json:"quotes"`
	TextBytes int64 `json:"text_bytes"` // extracted body text of current documents
}

// Opener opens a store of one engine from the rest of the data source name.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	enginesMu sync.RWMutex
	engines   = map[string]Opener{}
)

// Register makes an engine available under name. It panics if name is taken,
// like sql.Register; engines call it from init.
func Register(name string, open Opener) {
	enginesMu.Lock()
	defer enginesMu.Unlock()
	if _, dup := engines[name]; dup {
		panic("store: Register called twice for engine " + name)
	}
	engines[name] = open
}

// DefaultEngine is used when the data source name has no "engine:" prefix.
const DefaultEngine = "sqlite"

// Open opens the store named by dsn: "engine:rest" or a path for the default
// engine.
func Open(ctx context.Context, dsn string) (Store, error) {
	engine, rest := DefaultEngine, dsn
	if i := strings.Index(dsn, ":"); i > 1 { // not a Windows drive letter
		if _, ok := lookup(dsn[:i]); ok {
			engine, rest = dsn[:i], dsn[i+1:]
		}
	}
	open, ok := lookup(engine)
	if !ok {
		return nil, fmt.Errorf("store: unknown engine %q (have %s); import its package", engine, strings.Join(Engines(), ", "))
	}
	return open(ctx, rest)
}

func lookup(name string) (Opener, bool) {
	enginesMu.RLock()
	defer enginesMu.RUnlock()
	o, ok := engines[name]
	return o, ok
}

// Engines lists the registered engine names.
func Engines() []string {
	enginesMu.RLock()
	defer enginesMu.RUnlock()
	out := make([]string, 0, len(engines))
	for n := range engines {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
