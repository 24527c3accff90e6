// Package lru is a map bounded by the bytes its values take, which drops
// the least recently used values first. It does no locking: the caches
// built on it (decoded texts and kept rankings in store/sqlite, rendered
// answers in web) each hold a lock of their own around more than the map.
package lru

import "container/list"

// Cache maps keys to values whose sizes, given to Put, add up to at most
// max bytes. The zero Cache is not usable; call New.
type Cache[K comparable, V any] struct {
	max   int
	bytes int
	order *list.List // of *item[K, V], most recently used first
	items map[K]*list.Element
}

type item[K comparable, V any] struct {
	key   K
	val   V
	bytes int
}

// New returns an empty cache holding at most max bytes.
func New[K comparable, V any](max int) *Cache[K, V] {
	return &Cache[K, V]{max: max, order: list.New(), items: map[K]*list.Element{}}
}

// Get returns k's value and marks it used.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	el, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*item[K, V]).val, true
}

// Put keeps v, of the given size in bytes, under k (replacing what k
// held) and drops the least recently used values while the total exceeds
// the bound. A value larger than the whole bound is not kept.
func (c *Cache[K, V]) Put(k K, v V, bytes int) {
	if el, ok := c.items[k]; ok {
		c.bytes -= el.Value.(*item[K, V]).bytes
		c.order.Remove(el)
		delete(c.items, k)
	}
	if bytes > c.max {
		return
	}
	c.items[k] = c.order.PushFront(&item[K, V]{k, v, bytes})
	c.bytes += bytes
	for c.bytes > c.max {
		old := c.order.Remove(c.order.Back()).(*item[K, V])
		delete(c.items, old.key)
		c.bytes -= old.bytes
	}
}

// Clear drops every value.
func (c *Cache[K, V]) Clear() {
	c.order.Init()
	clear(c.items)
	c.bytes = 0
}

// Len is the number of values kept; Bytes their total size.
func (c *Cache[K, V]) Len() int   { return len(c.items) }
func (c *Cache[K, V]) Bytes() int { return c.bytes }
