// Package shared finds the project's data folder, ../shared beside the
// repository, for tests and commands that read evaluation or training data.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared folder: $PRESSCLIP_SHARED when set, else the
// "shared" folder beside the directory holding go.mod. ok is false when it
// does not exist.
func Root() (dir string, ok bool) {
	if d := os.Getenv("PRESSCLIP_SHARED"); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			return s, isDir(s)
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Require returns shared/sub for a test. Without the shared folder the test
// is skipped, except under CI (CI set), where a missing folder is a failure.
func Require(t testing.TB, sub string) string {
	t.Helper()
	root, ok := Root()
	p := filepath.Join(root, sub)
	if !ok || !isDir(p) {
		if os.Getenv("CI") != "" {
			t.Fatalf("shared data %s missing under CI", sub)
		}
		t.Skipf("shared data %s not present", sub)
	}
	return p
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
