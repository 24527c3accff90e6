package eval

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestKeptModel checks that a kept model is trained once and read back by
// its name, that another name trains again, that no folder keeps nothing
// and that a failed training keeps nothing.
func TestKeptModel(t *testing.T) {
	dir := t.TempDir()
	trained := 0
	train := func(b string) func() ([]byte, error) {
		return func() ([]byte, error) { trained++; return []byte(b), nil }
	}
	for _, c := range []struct {
		dir, name, model string
		want             string
		wantTrained      int
	}{
		{dir, "a.gz", "A", "A", 1},
		{dir, "a.gz", "A2", "A", 1}, // kept: not trained again
		{dir, "b.gz", "B", "B", 2},
		{"", "a.gz", "C", "C", 3}, // no folder: trained each time
		{"", "a.gz", "D", "D", 4},
	} {
		b, err := KeptModel(Options{}, c.dir, c.name, train(c.model))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.want || trained != c.wantTrained {
			t.Errorf("%q %s: got %q after %d trainings, want %q after %d", c.dir, c.name, b, trained, c.want, c.wantTrained)
		}
	}
	if _, err := KeptModel(Options{}, dir, "c.gz", func() ([]byte, error) { return nil, errors.New("no") }); err == nil {
		t.Error("a failed training gave no error")
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	if len(names) != 2 || names[0] != "a.gz" || names[1] != "b.gz" {
		t.Errorf("folder holds %q, want a.gz and b.gz only", names)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.gz")); !bytes.Equal(b, []byte("A")) {
		t.Errorf("a.gz holds %q", b)
	}
}

// TestModelKey checks that the key covers the version and the config.
func TestModelKey(t *testing.T) {
	sum := func(v int, cfg string) string { return string(ModelKey(v, []byte(cfg)).Sum(nil)) }
	base := sum(1, `{"Seed":1}`)
	if sum(1, `{"Seed":1}`) != base {
		t.Error("same inputs, another key")
	}
	if sum(2, `{"Seed":1}`) == base || sum(1, `{"Seed":2}`) == base {
		t.Error("another version or config, same key")
	}
}
