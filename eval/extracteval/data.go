package extracteval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// aebDoc is one article-extraction-benchmark page: its id (the file's base
// name) and gold body.
type aebDoc struct{ id, body string }

// loadAEBGold reads ground-truth.json, sorted by id.
func loadAEBGold(dir string) ([]aebDoc, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("article-extraction-benchmark: %w", err)
	}
	var m map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("article-extraction-benchmark ground truth: %w", err)
	}
	out := make([]aebDoc, 0, len(m))
	for id, v := range m {
		out = append(out, aebDoc{id, v.ArticleBody})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// loadAEBURLs reads the page URLs of ground-truth.json, sorted.
func loadAEBURLs(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("article-extraction-benchmark: %w", err)
	}
	var m map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("article-extraction-benchmark ground truth: %w", err)
	}
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v.URL)
	}
	sort.Strings(out)
	return out, nil
}

// trafDoc is one trafilatura-eval page with its snippets and metadata.
type trafDoc struct {
	URL     string
	File    string     `json:"file"`
	With    []string   `json:"with"`
	Without []string   `json:"without"`
	Title   *metaField `json:"title"`
	Author  *metaField `json:"author"`
	Date    *metaField `json:"date"`
}

// metaField is a gold metadata value: a string, or a list of strings
// (joined with "; ").
type metaField string

func (m *metaField) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*m = metaField(s)
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	*m = metaField(strings.Join(l, "; "))
	return nil
}

// loadTrafEval reads evaldata.json, sorted by URL.
func loadTrafEval(dir string) ([]trafDoc, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("trafilatura-eval: %w", err)
	}
	var m map[string]trafDoc
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("trafilatura-eval evaldata.json: %w", err)
	}
	out := make([]trafDoc, 0, len(m))
	for u, d := range m {
		d.URL = u
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// readGz reads a whole gzip file.
func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// readBaselineFile reads an upstream baseline output: {id: {articleBody}}
// or {"output": {id: {articleBody}}}.
func readBaselineFile(path string) (map[string]string, error) {
	b, err := readGz(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if o, ok := raw["output"]; ok {
		raw = nil
		if err := json.Unmarshal(o, &raw); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		var a struct {
			ArticleBody string `json:"articleBody"`
		}
		if json.Unmarshal(v, &a) == nil {
			out[k] = a.ArticleBody
		}
	}
	return out, nil
}
