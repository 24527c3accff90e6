package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/pressclip/pressclip/examples"
	"github.com/pressclip/pressclip/store"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fl := newFlags(e, "demo", "demo [flags]   (ingest the bundled example pages into a temporary database and serve it)")
	addr := fl.String("addr", "127.0.0.1:8080", "listen `address`")
	if err := parse(fl, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "pressclip-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	pages := filepath.Join(dir, "examples")
	if err := os.CopyFS(pages, examples.Pages); err != nil {
		return fmt.Errorf("write example pages: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	// Name the pages examples/NAME.txt, not by the temporary directory.
	rel := func(p string) string {
		if r, err := filepath.Rel(dir, p); err == nil {
			return filepath.ToSlash(r)
		}
		return p
	}
	stats, err := ingestInto(ctx, e, st, []string{pages}, runtime.NumCPU(), 64, 30*time.Second, rel)
	if err != nil {
		return err
	}
	n, _ := fs.Glob(examples.Pages, "*.txt")
	fmt.Fprintf(e.stderr, "demo: %d example pages, %d stored, %d failed\n", len(n), stats.Added, stats.Failed)
	return serve(ctx, e, st, *addr, 0)
}
