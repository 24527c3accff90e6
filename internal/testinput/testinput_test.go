package testinput

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pressclip/pressclip/internal/gzfile"
)

func TestGzipRoundTrip(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("x"), bytes.Repeat([]byte("Привіт, світ. "), 10000)} {
		r, err := gzip.NewReader(bytes.NewReader(Gzip(in)))
		if err != nil {
			t.Fatalf("len %d: %v", len(in), err)
		}
		out, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(out, in) {
			t.Fatalf("len %d: got %d bytes, err %v", len(in), len(out), err)
		}
	}
}

// TestNameListRoot checks that the root holds the one name list, with
// lines as its decompressed content.
func TestNameListRoot(t *testing.T) {
	const lines = "Anna\tAnna\t9\n"
	root := NameListRoot(t, lines)
	dir := filepath.Join(root, "train", "person-names-uk-ru-en")
	es, err := os.ReadDir(dir)
	if err != nil || len(es) != 1 || es[0].Name() != "wikidata_en_ru_name_tokens_80.tsv.gz" {
		t.Fatalf("%s holds %v (%v), want the Wikidata name list only", dir, es, err)
	}
	b, err := gzfile.Read(filepath.Join(dir, es[0].Name()))
	if err != nil || string(b) != lines {
		t.Fatalf("name list reads %q (%v), want %q", b, err, lines)
	}
}
