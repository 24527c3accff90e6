package lru

import "testing"

func TestCache(t *testing.T) {
	type op struct {
		put   bool
		key   string
		bytes int
	}
	for _, tc := range []struct {
		name  string
		max   int
		ops   []op
		kept  []string
		gone  []string
		bytes int
	}{
		{"fits", 10, []op{{true, "a", 4}, {true, "b", 6}}, []string{"a", "b"}, nil, 10},
		{"oldest out", 10, []op{{true, "a", 4}, {true, "b", 4}, {true, "c", 4}}, []string{"b", "c"}, []string{"a"}, 8},
		{"get renews", 10, []op{{true, "a", 4}, {true, "b", 4}, {false, "a", 0}, {true, "c", 4}}, []string{"a", "c"}, []string{"b"}, 8},
		{"replace resizes", 10, []op{{true, "a", 4}, {true, "a", 9}}, []string{"a"}, nil, 9},
		{"too big not kept", 10, []op{{true, "a", 4}, {true, "b", 11}}, []string{"a"}, []string{"b"}, 4},
		{"too big drops old value", 10, []op{{true, "a", 4}, {true, "a", 11}}, nil, []string{"a"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New[string, int](tc.max)
			for i, o := range tc.ops {
				if o.put {
					c.Put(o.key, i, o.bytes)
				} else {
					c.Get(o.key)
				}
			}
			for _, k := range tc.kept {
				if _, ok := c.Get(k); !ok {
					t.Errorf("%s dropped", k)
				}
			}
			for _, k := range tc.gone {
				if _, ok := c.Get(k); ok {
					t.Errorf("%s kept", k)
				}
			}
			if c.Bytes() != tc.bytes || c.Len() != len(tc.kept) {
				t.Errorf("bytes %d len %d, want %d %d", c.Bytes(), c.Len(), tc.bytes, len(tc.kept))
			}
		})
	}
}

func TestClear(t *testing.T) {
	c := New[int, string](100)
	c.Put(1, "x", 10)
	c.Clear()
	if _, ok := c.Get(1); ok || c.Bytes() != 0 || c.Len() != 0 {
		t.Fatal("Clear kept something")
	}
	c.Put(2, "y", 10)
	if v, ok := c.Get(2); !ok || v != "y" {
		t.Fatal("unusable after Clear")
	}
}
