package sqlite

import (
	"sync"

	"github.com/pressclip/pressclip/internal/lru"
)

// textCache keeps decoded document texts by id, least recently used out
// beyond maxBytes. A stored document's blob never changes (a changed page
// is a new document with a new id, and documents are never deleted), so an
// entry needs no invalidation when the store is written: it only saves the
// decompression that answers (search snippets, quotes) would repeat.
type textCache struct {
	maxBytes int

	mu    sync.Mutex
	texts *lru.Cache[textKey, string]
}

// textKey names a text: the whole text of document id, or its body (the
// article blocks, see body).
type textKey struct {
	id   int64
	body bool
}

// textCacheBytes bounds the texts kept.
const textCacheBytes = 32 << 20

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
	c.texts.Put(k, text, len(text))
}
