package sqlite

import (
	"sync"

	"github.com/pressclip/pressclip/internal/lru"
)

// textCache keeps decoded document texts, and the quotes cut from them,
// by document id, least recently used out beyond maxBytes. A stored
// document's blob never changes (a changed page is a new document with a
// new id, and documents are never deleted), so an entry needs no
// invalidation when the store is written: it only saves the decompression
// that answers (search snippets, quotes) would repeat.
type textCache struct {
	maxBytes int

	mu    sync.Mutex
	texts *lru.Cache[textKey, string]
}

// textKey names a text of document id: its body (the article blocks, see
// body) or, for a quote, its whole text's bytes start to end.
type textKey struct {
	id         int64
	kind       textKind
	start, end int
}

type textKind uint8

const (
	bodyText textKind = iota
	quoteText
)

func bodyKey(id int64) textKey { return textKey{id: id, kind: bodyText} }

func quoteKey(id int64, start, end int) textKey {
	return textKey{id: id, kind: quoteText, start: start, end: end}
}

// textCacheBytes bounds the texts kept, each counted with textEntryBytes
// more for its key and place in the map and list (which matters for the
// short quotes). Search hits need the bodies of the
// documents they show, and the popular ones keep coming back across
// queries; quotes keep only the quote (tens of bytes), not their
// documents' whole texts.
const (
	textCacheBytes = 128 << 20
	textEntryBytes = 128
)

func newTextCache(maxBytes int) *textCache {
	return &textCache{maxBytes: maxBytes, texts: lru.New[textKey, string](maxBytes)}
}

func (c *textCache) get(k textKey) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.texts.Get(k)
}

func (c *textCache) put(k textKey, text string) {
	if c == nil || len(text) > c.maxBytes/16 {
		return // one huge page must not empty the cache
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.texts.Put(k, text, len(text)+textEntryBytes)
}
