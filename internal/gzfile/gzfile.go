// Package gzfile reads whole gzip files, the form most of ../shared's
// training and evaluation data comes in.
package gzfile

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
)

// Read returns the decompressed content of the gzip file at path. A file
// that is not gzip, or whose stream is truncated, is an error naming path.
func Read(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
