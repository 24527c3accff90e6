package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/pressclip/pressclip/source"
)

// record is one page to process: raw bytes plus what the crawler said.
type record struct {
	name    string
	raw     []byte
	err     error
	title   string
	pub     string
	fetched time.Time
	// fromFile is set when the name is a file path (not a crawler URL).
	fromFile bool
}

// rawHash identifies the input for skipping it on a rerun.
func (r *record) rawHash() string {
	h := sha256.New()
	h.Write([]byte(r.name))
	h.Write([]byte{0})
	h.Write(r.raw)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// maxLine bounds one JSON Lines record.
const maxLine = 32 << 20

// walk calls fn for every record under paths: plain files, .gz files, and
// every line of JSON Lines files (.jsonl, .ndjson, optionally gzipped).
func walk(ctx context.Context, paths []string, stdin io.Reader, fn func(record) error) error {
	return source.Walk(ctx, paths, stdin, func(it source.Item) error {
		name := it.Name
		base := strings.TrimSuffix(strings.ToLower(name), ".gz")
		if name != "-" && (strings.HasSuffix(base, ".jsonl") || strings.HasSuffix(base, ".ndjson")) {
			return jsonLines(ctx, name, fn)
		}
		raw, err := it.Read()
		if err == nil && strings.HasSuffix(strings.ToLower(name), ".gz") {
			raw, err = gunzip(raw)
		}
		if err != nil {
			err = fmt.Errorf("read %s: %w", name, err)
		}
		return fn(record{name: name, raw: raw, err: err, fromFile: true})
	})
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, source.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	if len(out) > source.MaxSize {
		return nil, fmt.Errorf("gunzip: larger than %d MiB", source.MaxSize>>20)
	}
	return out, nil
}

// jsonLines streams the records of one JSON Lines file.
func jsonLines(ctx context.Context, path string, fn func(record) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(record{name: path, err: err})
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fn(record{name: path, err: fmt.Errorf("gunzip: %w", err)})
		}
		r = zr
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := fmt.Sprintf("%s#%d", path, line)
		b, tooLong, err := readLine(ctx, br, maxLine)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil && err != io.EOF {
			return fn(record{name: name, err: fmt.Errorf("read: %w", err)})
		}
		if tooLong {
			// One oversized record fails alone; the lines after it are read.
			if ferr := fn(record{name: name, err: fmt.Errorf("record longer than %d MiB", maxLine>>20)}); ferr != nil {
				return ferr
			}
		} else if b = bytes.TrimSpace(b); len(b) > 0 {
			if ferr := fn(parseLine(name, b)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line of at most max bytes (newline excluded). A longer
// line is read to its end without being kept and reported as tooLong; that
// end may lie gigabytes away (a gzip bomb of one line), so ctx is checked
// at every buffer's worth.
func readLine(ctx context.Context, br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, tooLong, err
		}
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if n := len(line) + len(bytes.TrimSuffix(frag, []byte("\n"))); n > max {
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err != bufio.ErrBufferFull {
			return bytes.TrimSuffix(line, []byte("\n")), tooLong, err
		}
	}
}

// parseLine reads one crawler record: the page in "html" or "text" (also
// "content", "body"), and metadata "url", "title", "published"/"date",
// "fetched_at".
func parseLine(name string, b []byte) record {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return record{name: name, err: fmt.Errorf("bad JSON record: %w", err)}
	}
	str := func(keys ...string) string {
		for _, k := range keys {
			if s, ok := m[k].(string); ok && s != "" {
				return s
			}
		}
		return ""
	}
	rec := record{name: name, title: str("title"), pub: str("published", "published_at", "date")}
	if u := str("url", "link", "source"); u != "" {
		rec.name = u
	}
	page := str("html", "text", "content", "body")
	if page == "" {
		rec.err = fmt.Errorf("record %s has no html or text field", name)
		return rec
	}
	rec.raw = []byte(page)
	if f := str("fetched_at", "fetched", "crawled_at"); f != "" {
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02"} {
			if t, err := time.Parse(layout, f); err == nil {
				rec.fetched = t
				break
			}
		}
	}
	return rec
}
