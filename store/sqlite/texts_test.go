package sqlite

import (
	"strings"
	"testing"
)

func TestTextCacheEvictsLeastRecent(t *testing.T) {
	c := newTextCache(64)
	c.put(textKey{1, false}, strings.Repeat("a", 3))
	c.put(textKey{1, true}, strings.Repeat("b", 3))
	c.put(textKey{2, false}, strings.Repeat("c", 3))
	if got, ok := c.get(textKey{1, false}); !ok || got != "aaa" {
		t.Fatalf("get 1 = %q, %v", got, ok)
	}
	if got, ok := c.get(textKey{1, true}); !ok || got != "bbb" {
		t.Fatalf("get 1 body = %q, %v", got, ok)
	}
	c.put(textKey{3, false}, strings.Repeat("d", 60)) // too big for a sixteenth: not kept
	if _, ok := c.get(textKey{3, false}); ok {
		t.Error("a text larger than a sixteenth of the cache was kept")
	}
	for i := int64(10); i < 30; i++ { // 20 × 3 bytes: 2 (least recent) must go
		c.put(textKey{i, false}, "xyz")
	}
	if _, ok := c.get(textKey{2, false}); ok {
		t.Error("least recently used text still cached")
	}
	if c.texts.Bytes() > c.maxBytes {
		t.Errorf("size %d over %d", c.texts.Bytes(), c.maxBytes)
	}
	if _, ok := c.get(textKey{29, false}); !ok {
		t.Error("most recent text evicted")
	}
}
