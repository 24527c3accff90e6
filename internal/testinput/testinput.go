// Package testinput builds the awkward inputs that tests of the page
// reader, the extractors, the pipeline and ingest feed in: gzip streams,
// whole or cut short.
package testinput

import (
	"bytes"
	"compress/gzip"
)

// Gzip returns b as one gzip member.
func Gzip(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b) // a bytes.Buffer does not fail
	w.Close()
	return buf.Bytes()
}
