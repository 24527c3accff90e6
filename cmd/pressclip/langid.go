package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/pressclip/pressclip/langid"
)

// runLangid prints, for every input line, its language and the model's
// confidence: "uk\t0.998", or "und\t0" when the line has too few letters.
func runLangid(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "langid", "langid [FILE...]   (lines from stdin when no file; - is stdin)")
	if err := parse(fs, args); err != nil {
		return err
	}
	id, err := langid.New()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		if err := langidLines(ctx, e, id, name, w); err != nil {
			return err
		}
	}
	return w.Flush()
}

func langidLines(ctx context.Context, e *env, id *langid.Identifier, name string, w *bufio.Writer) error {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var buf []byte
	for n := 0; sc.Scan(); n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		lang, conf := id.Detect(sc.Text())
		buf = append(buf[:0], lang...)
		buf = append(buf, '\t')
		if lang == langid.Und {
			buf = append(buf, '0')
		} else {
			buf = strconv.AppendFloat(buf, conf, 'f', 3, 64)
		}
		buf = append(buf, '\n')
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
