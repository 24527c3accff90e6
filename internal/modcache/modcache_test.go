package modcache

import (
	"path/filepath"
	"testing"
)

func TestDir(t *testing.T) {
	tests := []struct {
		cache, mod, want string
	}{
		{"/c", "github.com/pemistahl/lingua-go@v1.4.0", "/c/github.com/pemistahl/lingua-go@v1.4.0"},
		{"/c/", "github.com/!markus!mobius/go-htmldate@v1.0.0", "/c/github.com/!markus!mobius/go-htmldate@v1.0.0"},
	}
	for _, tt := range tests {
		t.Setenv("GOMODCACHE", tt.cache)
		got, err := Dir(tt.mod)
		if err != nil {
			t.Fatalf("Dir(%q): %v", tt.mod, err)
		}
		if got != filepath.FromSlash(tt.want) {
			t.Errorf("Dir(%q) with GOMODCACHE=%q = %q, want %q", tt.mod, tt.cache, got, tt.want)
		}
	}
}
