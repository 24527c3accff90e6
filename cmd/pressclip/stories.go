package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/stories"
)

func runStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stories", "stories [flags] PATH...   (prints the topics and stories the pages form)")
	workers := fs.Int("j", runtime.NumCPU(), "parallel `workers`")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("no input paths")}
	}
	m, err := stories.LoadModel()
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	c := stories.New(m, stories.Options{})
	titles := map[string]string{}
	failed := 0
	err = p.Batch(ctx, fs.Args(), e.stdin, *workers, func(d *doc.Doc) error {
		if d.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "%s: %v\n", d.Source, d.Err)
			return nil
		}
		c.Add(d)
		titles[d.Source] = d.Title
		return nil
	})
	if err != nil {
		return err
	}
	c.Recluster() // every page is in: regroup the topics independently of arrival order
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"topics": c.Topics(), "stories": c.Stories()}); err != nil {
			return err
		}
	} else {
		byID := map[string]stories.Story{}
		for _, s := range c.Stories() {
			byID[s.ID] = s
		}
		for _, t := range c.Topics() {
			fmt.Fprintf(e.stdout, "topic %s  %q  (%d pages)\n", t.ID, t.Label, t.Pages)
			for _, sid := range t.Stories {
				s := byID[sid]
				when := ""
				if s.First != "" {
					when = "  " + s.First
					if s.Last != s.First {
						when += ".." + s.Last
					}
				}
				fmt.Fprintf(e.stdout, "  story %s  %q  [%s]%s\n", s.ID, s.Label, strings.Join(s.Langs, ","), when)
				for _, src := range s.Pages {
					fmt.Fprintf(e.stdout, "    %s  %s\n", src, titles[src])
				}
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d pages: %w", failed, errFailedPages)
	}
	return nil
}
