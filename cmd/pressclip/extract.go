package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/pipeline"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "extract [flags] PATH...   (files, directories, - for stdin; .gz read transparently)")
	format := fs.String("format", "jsonl", "output `format`: jsonl, json or text")
	workers := fs.Int("j", runtime.NumCPU(), "parallel `workers`")
	dct := fs.String("dct", "", "document creation `date` (YYYY-MM-DD) for pages that do not say when they were published")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit per page")
	link := fs.Bool("link", true, "link pages: shared person ids, story and topic ids (holds the batch's records until the end)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("no input paths")}
	}
	opts := pipeline.Options{PageTimeout: *timeout}
	if *dct != "" {
		t, err := time.Parse("2006-01-02", *dct)
		if err != nil {
			return usageError{fmt.Errorf("--dct: %w", err)}
		}
		opts.DCT = t
	}
	write, finish, err := recordWriter(e.stdout, *format)
	if err != nil {
		return usageError{err}
	}
	p, err := pipeline.New(opts)
	if err != nil {
		return err
	}
	var linker *pipeline.Linker
	if *link {
		if linker, err = pipeline.NewLinker(); err != nil {
			return err
		}
	}
	bar := progress(e.stderr, "extracting")
	failed := 0
	var held []*doc.Doc
	err = p.Batch(ctx, fs.Args(), e.stdin, *workers, func(d *doc.Doc) error {
		if d.Err != nil {
			failed++
		}
		if bar != nil {
			bar.Add(1)
		}
		if linker != nil {
			// Until Link, a page keeps only what linking and its record read.
			pipeline.Trim(d)
			held = append(held, d)
			return nil
		}
		return write(d)
	})
	if bar != nil {
		bar.Finish()
	}
	if linker != nil && err == nil {
		linker.Link(held)
		for _, d := range held {
			if err = write(d); err != nil {
				break
			}
		}
	}
	if ferr := finish(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d pages: %w", failed, errFailedPages)
	}
	return nil
}

// progress returns a spinner-style bar on w when w is a terminal, else nil.
func progress(w io.Writer, what string) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionClearOnFinish(),
	)
}

// recordWriter returns a function that writes one record in the chosen format
// and a function that finishes the output.
func recordWriter(w io.Writer, format string) (write func(*doc.Doc) error, finish func() error, err error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return func(d *doc.Doc) error { return enc.Encode(d.Record()) }, bw.Flush, nil
	case "json":
		n := 0
		return func(d *doc.Doc) error {
				sep := ",\n"
				if n == 0 {
					sep = "[\n"
				}
				n++
				b, err := json.MarshalIndent(d.Record(), "  ", "  ")
				if err != nil {
					return err
				}
				bw.WriteString(sep + "  ")
				_, err = bw.Write(b)
				return err
			}, func() error {
				if n == 0 {
					bw.WriteString("[")
				}
				bw.WriteString("\n]\n")
				return bw.Flush()
			}, nil
	case "text":
		return func(d *doc.Doc) error {
			return writeText(bw, d)
		}, bw.Flush, nil
	}
	return nil, nil, fmt.Errorf("unknown format %q, want jsonl, json or text", format)
}

// writeText prints a record for people: headers, then the body.
func writeText(w *bufio.Writer, d *doc.Doc) error {
	r := d.Record()
	fmt.Fprintf(w, "== %s\n", r.Source)
	if r.Error != "" {
		fmt.Fprintf(w, "error: %s\n\n", r.Error)
		return nil
	}
	fmt.Fprintf(w, "lang: %s\ntitle: %s\n", r.Lang, r.Title)
	if r.Published != nil {
		fmt.Fprintf(w, "published: %s\n", *r.Published)
	}
	if len(r.Authors) > 0 {
		fmt.Fprintf(w, "authors: %s\n", strings.Join(r.Authors, ", "))
	}
	for _, p := range r.People {
		fmt.Fprintf(w, "person: %s [%s] %s\n", p.Name, p.ID, strings.Join(p.Names, " | "))
	}
	for _, q := range r.Quotes {
		who := "?"
		if q.Speaker != nil {
			who = *q.Speaker
		} else if q.SpeakerText != nil {
			who = "? " + *q.SpeakerText
		}
		fmt.Fprintf(w, "quote: %s: %s\n", who, q.Text)
	}
	for _, t := range r.Dates {
		fmt.Fprintf(w, "date: %s = %s\n", t.Text, t.Value)
	}
	fmt.Fprintf(w, "\n%s\n\n", r.Body)
	return nil
}
