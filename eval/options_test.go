package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCreateMisses checks that a named misses file receives what is
// written, that no name discards it, and that a file that cannot be made
// is an error.
func TestCreateMisses(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name    string
		file    string
		wantErr bool
	}{
		{"named", filepath.Join(dir, "misses.txt"), false},
		{"none", "", false},
		{"missing directory", filepath.Join(dir, "no", "such", "misses.txt"), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			w, err := Options{Misses: c.file}.CreateMisses()
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if err != nil {
				return
			}
			if _, err := w.Write([]byte("FN PER x\n")); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if c.file == "" {
				return
			}
			b, err := os.ReadFile(c.file)
			if err != nil || string(b) != "FN PER x\n" {
				t.Errorf("file holds %q (%v), want the line written", b, err)
			}
		})
	}
}
