package sqlite

import (
	"container/list"
	"sync"
)

// textCache keeps decoded document texts by id, least recently used out
// beyond maxBytes. A stored document's blob never changes (a changed page
// is a new document with a new id, and documents are never deleted), so an
// entry needs no invalidation when the store is written: it only saves the
// decompression that answers (search snippets, quotes) would repeat.
type textCache struct {
	maxBytes int

	mu    sync.Mutex
	size  int
	lru   *list.List // of *textEntry, most recent first
	byKey map[textKey]*list.Element
}

// textKey names a text: the whole text of document id, or its body (the
// article blocks, see body).
type textKey struct {
	id   int64
	body bool
}

type textEntry struct {
	key  textKey
	text string
}

// textCacheBytes bounds the texts kept.
const textCacheBytes = 32 << 20

func newTextCache(maxBytes int) *textCache {
	return &textCache{maxBytes: maxBytes, lru: list.New(), byKey: map[textKey]*list.Element{}}
}

func (c *textCache) get(k textKey) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[k]
	if !ok {
		return "", false
	}
	c.lru.MoveToFront(el)
	return el.Value.(*textEntry).text, true
}

func (c *textCache) put(k textKey, text string) {
	if c == nil || len(text) > c.maxBytes/16 {
		return // one huge page must not empty the cache
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[k]; ok {
		c.lru.MoveToFront(el)
		return
	}
	c.byKey[k] = c.lru.PushFront(&textEntry{k, text})
	c.size += len(text)
	for c.size > c.maxBytes {
		old := c.lru.Remove(c.lru.Back()).(*textEntry)
		delete(c.byKey, old.key)
		c.size -= len(old.text)
	}
}
