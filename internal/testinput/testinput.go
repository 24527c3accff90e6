// Package testinput builds the awkward inputs that tests of the page
// reader, the extractors, the pipeline and ingest feed in: gzip streams,
// whole or cut short; and the small data trees tests of training read.
package testinput

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

// Gzip returns b as one gzip member.
func Gzip(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b) // a bytes.Buffer does not fail
	w.Close()
	return buf.Bytes()
}

// NameListRoot makes a data root whose only name list is the Wikidata
// person-name tokens file, holding lines, and returns the root. ner's
// gazetteer reads that list for every language, and no other list for a
// language other than en, uk and ru.
func NameListRoot(t testing.TB, lines string) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "train", "person-names-uk-ru-en")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "wikidata_en_ru_name_tokens_80.tsv.gz"), Gzip([]byte(lines)), 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}
