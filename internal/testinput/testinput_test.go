package testinput

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
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
