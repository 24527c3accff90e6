package eval

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
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

// textModel is a model that encodes to its text, gzipped.
type textModel string

func (m textModel) Encode() ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(m))
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeText(r io.Reader) (textModel, error) {
	b, err := io.ReadAll(r)
	return textModel(b), err
}

// TestKeptDecoded checks that the model trained is handed back decoded,
// that a kept one is read back instead of training, and that a failed
// training and kept bytes that are not gzip are errors.
func TestKeptDecoded(t *testing.T) {
	dir := t.TempDir()
	trained := 0
	train := func(m textModel, err error) func() (textModel, error) {
		return func() (textModel, error) { trained++; return m, err }
	}
	for _, c := range []struct {
		name        string
		model       textModel
		trainErr    error
		want        textModel
		wantErr     bool
		wantTrained int
	}{
		{"a.gz", "A", nil, "A", false, 1},
		{"a.gz", "A2", nil, "A", false, 1}, // kept: read back, not trained
		{"b.gz", "", errors.New("no"), "", true, 2},
	} {
		m, err := KeptDecoded(Options{}, dir, c.name, train(c.model, c.trainErr), decodeText)
		if m != c.want || (err != nil) != c.wantErr || trained != c.wantTrained {
			t.Errorf("%s: got %q, %v after %d trainings, want %q, error %v after %d", c.name, m, err, trained, c.want, c.wantErr, c.wantTrained)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "c.gz"), []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := KeptDecoded(Options{}, dir, "c.gz", train("C", nil), decodeText); err == nil {
		t.Error("kept bytes that are not gzip gave no error")
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
