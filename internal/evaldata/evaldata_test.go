package evaldata

import (
	"encoding/json"
	"testing"
)

func TestMeta(t *testing.T) {
	for _, c := range []struct {
		in   string
		want *Meta
	}{
		{`{"file":"a.html","title":"Hello"}`, ptr("Hello")},
		{`{"file":"a.html","title":["Ann Smith","Bo Li"]}`, ptr("Ann Smith; Bo Li")},
		{`{"file":"a.html"}`, nil},
	} {
		var d TrafDoc
		if err := json.Unmarshal([]byte(c.in), &d); err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if (d.Title == nil) != (c.want == nil) || d.Title != nil && *d.Title != *c.want {
			t.Errorf("%s: got %v, want %v", c.in, d.Title, c.want)
		}
	}
	var d TrafDoc
	if err := json.Unmarshal([]byte(`{"title":3}`), &d); err == nil {
		t.Error("a number as title: no error")
	}
}

func ptr(s string) *Meta { m := Meta(s); return &m }

func TestNormMetaAndDatePart(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  «Hello,   World!» ", "hello, world"},
		{"\uFFFDTitle.", "title"},
		{"", ""},
	} {
		if got := NormMeta(c.in); got != c.want {
			t.Errorf("NormMeta(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{" 2024-01-31T10:00:00+02:00", "2024-01-31"},
		{"2024-01", "2024-01"},
		{"", ""},
	} {
		if got := DatePart(c.in); got != c.want {
			t.Errorf("DatePart(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
