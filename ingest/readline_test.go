package ingest

import (
	"bufio"
	"context"
	"errors"
	"testing"
)

// endlessLine serves one line of 'a's without end, cancelling after the
// first MiB, as a gzip bomb of a single record would be read.
type endlessLine struct {
	served int
	cancel context.CancelFunc
}

func (r *endlessLine) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.served += len(p)
	if r.served >= 1<<20 {
		r.cancel()
	}
	if r.served >= 1<<30 {
		return len(p), errors.New("read a GiB past the cancel")
	}
	return len(p), nil
}

// TestReadLineHonoursContext: skipping an oversized record reads to its
// newline, which may lie gigabytes away; a cancelled context stops it.
func TestReadLineHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := &endlessLine{cancel: cancel}
	_, _, err := readLine(ctx, bufio.NewReaderSize(r, 64<<10), maxLine)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("readLine = %v after %d bytes, want context.Canceled", err, r.served)
	}
	if r.served > 2<<20 {
		t.Errorf("read %d bytes after the context was cancelled at 1 MiB", r.served)
	}
}
