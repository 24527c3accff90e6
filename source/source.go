// Package source lists the inputs of a batch: files, directories walked
// recursively in lexical order, and "-" for standard input. It opens nothing
// until asked, so a batch of a million paths costs a million names, not a
// million open files.
package source

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// MaxSize is the largest input read whole; larger inputs fail with an error
// on their own record.
const MaxSize = 64 << 20

// Item is one input: its name as given (or found under a directory) and a way
// to read it.
type Item struct {
	Name string
	// Read returns the input's bytes, at most MaxSize of them.
	Read func() ([]byte, error)
}

// Walk calls fn for every input under paths, in order. Paths that cannot be
// listed are reported to fn as an Item whose Read fails, so the batch goes on.
func Walk(ctx context.Context, paths []string, stdin io.Reader, fn func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := fn(Item{Name: "-", Read: func() ([]byte, error) { return readLimited(stdin) }}); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if err := fn(failed(p, err)); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := fn(fileItem(p)); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != nil {
				return fn(failed(path, err))
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			return fn(fileItem(path))
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func failed(name string, err error) Item {
	return Item{Name: name, Read: func() ([]byte, error) { return nil, err }}
}

func fileItem(path string) Item {
	return Item{Name: path, Read: func() ([]byte, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readLimited(f)
	}}
}

func readLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("input larger than %d MiB", MaxSize>>20)
	}
	return b, nil
}
