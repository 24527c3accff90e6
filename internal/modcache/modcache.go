// Package modcache finds a module's folder in the Go module cache, where the
// training and dev tools read data shipped inside Go modules (lingua-go's
// n-gram tables, go-htmldate's and go-readability's test pages).
package modcache

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Dir is the folder of modVersion ("github.com/owner/name@v1.2.3", with
// upper-case letters already escaped as the cache writes them) in the Go
// module cache: $GOMODCACHE, else what `go env GOMODCACHE` says. The folder
// need not exist; callers stat what they need and say how to fetch it.
func Dir(modVersion string) (string, error) {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		out, err := exec.Command("go", "env", "GOMODCACHE").Output()
		if err != nil {
			return "", fmt.Errorf("go env GOMODCACHE: %w", err)
		}
		cache = strings.TrimSpace(string(out))
	}
	if cache == "" {
		return "", fmt.Errorf("no Go module cache (GOMODCACHE is empty)")
	}
	return filepath.Join(cache, filepath.FromSlash(modVersion)), nil
}
