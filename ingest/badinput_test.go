package ingest

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/internal/testinput"
	"github.com/pressclip/pressclip/pipeline"
	"github.com/pressclip/pressclip/store"
)

// article is a page the real pipeline keeps: title and body name word.
func article(word string) []byte {
	title := "Harbour reopens after storm in " + word
	return []byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" +
		"<p>The harbour of " + word + " reopened on Monday after the storm damaged two piers and sank several fishing boats. Engineers worked through the weekend to clear the channel, the port authority said in a statement.</p>" +
		"<p>Ferry services to the islands will run on a reduced timetable until Friday. Fishermen said the losses would take months to recover, and the town council promised emergency grants for repairs.</p>" +
		"</article></body></html>")
}

// TestBadPagesWithRealPipeline ingests, with the default pipeline, a batch
// in which bad pages sit between good ones, into a store that already holds
// documents: the good pages are stored, each bad one is counted and logged
// as failed with its reason, and nothing stored earlier is lost.
func TestBadPagesWithRealPipeline(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dir := t.TempDir()
	st := openStore(t, filepath.Join(dir, "db"))
	defer st.Close()

	write(t, filepath.Join(dir, "first/a.html"), article("Alderport"))
	write(t, filepath.Join(dir, "first/b.html"), article("Brightwater"))
	if s, err := Run(ctx, st, p, []string{filepath.Join(dir, "first")}, nil, Options{Workers: 2}); err != nil || s.Added != 2 {
		t.Fatalf("first run: %+v, %v", s, err)
	}

	// The bomb inflates to 1 GiB (64 identical gzip members of 16 MiB).
	member := testinput.Gzip(bytes.Repeat([]byte("<p>lol</p>"), 16<<20/10))
	bomb := bytes.Repeat(member, 64)
	full := testinput.Gzip(article("Nowhere"))
	bad := []struct {
		name, reason string
		raw          []byte
	}{
		{"b-empty.html", "empty input", nil},
		{"d-binary.html", "binary input", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")},
		{"f-bomb.html.gz", "larger than", bomb},
		{"h-truncated.html.gz", "unexpected EOF", full[:len(full)/2]},
	}
	for i, g := range []string{"Cobbleton", "Dunmere", "Eastwick", "Fairhaven", "Glenmoor"} {
		write(t, filepath.Join(dir, "second", fmt.Sprintf("%c-good.html", 'a'+2*i)), article(g))
	}
	for _, b := range bad {
		write(t, filepath.Join(dir, "second", b.name), b.raw)
	}
	var log strings.Builder
	s, err := Run(ctx, st, p, []string{filepath.Join(dir, "second")}, nil, Options{Workers: 2, BatchSize: 2, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 9 || s.Added != 5 || s.Failed != 4 {
		t.Errorf("second run: %+v, want 9 records, 5 added, 4 failed; log:\n%s", s, log.String())
	}
	for _, b := range bad {
		if !strings.Contains(log.String(), b.name+": ") || !strings.Contains(log.String(), b.reason) {
			t.Errorf("log does not say %s failed with %q:\n%s", b.name, b.reason, log.String())
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 7 {
		t.Errorf("%d documents stored, want 7", stats.Documents)
	}
	for _, w := range []string{"Alderport", "Brightwater", "Cobbleton", "Dunmere", "Eastwick", "Fairhaven", "Glenmoor"} {
		r, err := st.Search(ctx, store.Query{Text: strings.ToLower(w)})
		if err != nil || r.Total != 1 || !strings.HasSuffix(r.Hits[0].Title, w) {
			t.Errorf("search %s: %+v, %v", w, r, err)
		}
	}
}

// TestJSONLinesOversizedRecord checks that a crawler record longer than
// maxLine fails alone: the records after it in the same file are read.
func TestJSONLinesOversizedRecord(t *testing.T) {
	dir := t.TempDir()
	huge := `{"url":"https://news.example/2","text":"` + strings.Repeat("a", maxLine) + `"}`
	jsonl := `{"url":"https://news.example/1","text":"First page."}` + "\n" + huge + "\n" +
		"not json\n" + `{"url":"https://news.example/4","text":"Fourth page."}` // no final newline
	for _, name := range []string{"feed.jsonl", "feed.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			raw := []byte(jsonl)
			if strings.HasSuffix(name, ".gz") {
				raw = testinput.Gzip(raw)
			}
			write(t, filepath.Join(dir, name), raw)
			st := openStore(t, filepath.Join(dir, name+".db"))
			defer st.Close()
			var log strings.Builder
			s, err := Run(context.Background(), st, testPipeline(0), []string{filepath.Join(dir, name)}, nil, Options{Log: &log})
			if err != nil {
				t.Fatal(err)
			}
			if s.Records != 4 || s.Added != 2 || s.Failed != 2 {
				t.Errorf("stats %+v, want 4 records, 2 added, 2 failed; log:\n%s", s, log.String())
			}
			if !strings.Contains(log.String(), name+"#2: record longer than 32 MiB") || !strings.Contains(log.String(), name+"#3: bad JSON record") {
				t.Errorf("log:\n%s", log.String())
			}
		})
	}
}
