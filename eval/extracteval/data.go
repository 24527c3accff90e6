package extracteval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/pressclip/pressclip/internal/gzfile"
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

// readBaselineFile reads an upstream baseline output: {id: {articleBody}}
// or {"output": {id: {articleBody}}}.
func readBaselineFile(path string) (map[string]string, error) {
	b, err := gzfile.Read(path)
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
