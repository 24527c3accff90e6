// Package evaldata reads the extraction evaluation sets the way their
// scorers do: trafilatura-eval's evaldata.json, and the
// normalisation its title and date comparison uses. The eval harness and
// the dev tools that tune on trafilatura-eval share it, so a tuning target
// cannot drift from what the eval scores.
package evaldata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrafDoc is one trafilatura-eval page with its snippets and metadata; a
// metadata field the gold does not give is nil.
type TrafDoc struct {
	URL     string
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Title   *Meta    `json:"title"`
	Author  *Meta    `json:"author"`
	Date    *Meta    `json:"date"`
}

// Meta is a gold metadata value: a string, or a list of strings (joined
// with "; ").
type Meta string

// UnmarshalJSON reads a string or a list of strings.
func (m *Meta) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*m = Meta(s)
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	*m = Meta(strings.Join(l, "; "))
	return nil
}

// LoadTraf reads dir/evaldata.json, sorted by URL.
func LoadTraf(dir string) ([]TrafDoc, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("trafilatura-eval: %w", err)
	}
	var m map[string]TrafDoc
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("trafilatura-eval evaldata.json: %w", err)
	}
	out := make([]TrafDoc, 0, len(m))
	for u, d := range m {
		d.URL = u
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// NormMeta normalises a title or author for comparison: whitespace
// collapsed, lower case, surrounding punctuation dropped.
func NormMeta(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || r == utf8.RuneError })
}

// DatePart is the YYYY-MM-DD a date or date-time compares on: its first
// 10 bytes, blanks trimmed.
func DatePart(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		s = s[:10]
	}
	return s
}
