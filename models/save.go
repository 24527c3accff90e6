package models

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Save writes a trained model file into dir (the repository's models/) and
// records its recipe, with the checksum of data, in dir/recipes.json. Other
// recipes are kept; the list stays sorted by file name.
func Save(dir string, data []byte, r Recipe) error {
	if err := os.WriteFile(filepath.Join(dir, r.File), data, 0o644); err != nil {
		return fmt.Errorf("models: %w", err)
	}
	r.SHA256 = Checksum(data)
	path := filepath.Join(dir, "recipes.json")
	var rs []Recipe
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &rs); err != nil {
			return fmt.Errorf("models: %s: %w", path, err)
		}
	}
	replaced := false
	for i := range rs {
		if rs[i].File == r.File {
			rs[i], replaced = r, true
		}
	}
	if !replaced {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].File < rs[j].File })
	b, err := json.MarshalIndent(rs, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
