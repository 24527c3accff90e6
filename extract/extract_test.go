package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pressclip/pressclip/decode"
	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/internal/testinput"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden is the part of a record the golden files pin.
type golden struct {
	HTML      bool     `json:"html"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	Body      []string `json:"body"`
}

func TestGolden(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := &doc.Doc{Raw: raw}
			if err := ex.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			checkSpans(t, d)
			got := golden{HTML: d.HTML, Title: d.Title, Authors: d.Authors, Published: d.Published}
			for _, b := range d.Blocks {
				got.Body = append(got.Body, d.Slice(b.Span))
			}
			gf := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				os.WriteFile(gf, append(b, '\n'), 0o644)
				return
			}
			b, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			gb, _ := json.Marshal(got)
			wb, _ := json.Marshal(want)
			if !bytes.Equal(gb, wb) {
				t.Errorf("got  %s\nwant %s", gb, wb)
			}
		})
	}
}

// checkSpans asserts the blocks are ordered, non-overlapping spans of Text.
func checkSpans(t *testing.T, d *doc.Doc) {
	t.Helper()
	prev := 0
	for _, b := range d.Blocks {
		if b.Start < prev || b.End > len(d.Text) || b.Start >= b.End {
			t.Fatalf("bad block %+v (text %d bytes, prev end %d)", b.Span, len(d.Text), prev)
		}
		prev = b.End
	}
}

func TestBadInput(t *testing.T) {
	ex, _ := New()
	page := []byte("<html><body><p>" + strings.Repeat("Some words of a real article go here. ", 40) + "</p></body></html>")
	deep := "<html><body>" + strings.Repeat("<div>", 5000) + "<p>" + strings.Repeat("Deeply nested article text keeps going on. ", 5) + "</p>" + strings.Repeat("</div>", 5000) + "</body></html>"
	tests := []struct {
		name    string
		raw     []byte
		wantErr error // nil: a record with body text
	}{
		{"empty", nil, decode.ErrEmpty},
		{"binary", []byte("\x00\x01\x02\x03binary\x00\x00"), decode.ErrBinary},
		{"truncated gzip", testinput.Gzip(page)[:40], decode.ErrTruncated},
		{"too large", bytes.Repeat([]byte("<p>a</p>"), 50<<20/8), decode.ErrTooLarge},
		{"tags only", []byte("<html><body><div></div></body></html>"), ErrNoText},
		{"invalid utf-8", append(append([]byte("<html><body><p>"), bytes.Repeat([]byte("Good text with words \xff\xfe here and more. "), 20)...), "</p></body></html>"...), nil},
		{"gzip page", testinput.Gzip(page), nil},
		{"deeply nested", []byte(deep), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Raw: tt.raw}
			err := ex.Annotate(context.Background(), d)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, d)
			if len(d.Blocks) == 0 {
				t.Fatalf("no body blocks in %q", d.Text)
			}
		})
	}
}

func TestTagsToText(t *testing.T) {
	got := tagsToText("<div><p>One <b>two</b></p><script>x()</script><p>three</p></div>")
	if got != "\nOne two\nthree\n" {
		t.Fatalf("got %q", got)
	}
}

func TestCanceled(t *testing.T) {
	ex, _ := New()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ex.Annotate(ctx, &doc.Doc{Raw: []byte("<p>x</p>")}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

func FuzzExtract(f *testing.F) {
	for _, p := range []string{"testdata/news_en.html", "testdata/dump_ru.txt"} {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("<div><div><p>x</div>"))
	ex, _ := New()
	f.Fuzz(func(t *testing.T, b []byte) {
		d := &doc.Doc{Raw: b}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := ex.Annotate(ctx, d); err != nil {
			return
		}
		checkSpans(t, d)
	})
}

func BenchmarkExtractHTML(b *testing.B) {
	raw, err := os.ReadFile("testdata/news_en.html")
	if err != nil {
		b.Fatal(err)
	}
	ex, _ := New()
	b.ReportAllocs()
	for b.Loop() {
		if err := ex.Annotate(context.Background(), &doc.Doc{Raw: raw}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// TestAppShell checks that a page whose text only scripts fill in keeps the
// metadata its markup states, with no body.
func TestAppShell(t *testing.T) {
	page := `<html><head><title>Health and Safety Manager - Jobs</title>
<meta property="og:title" content="Health and Safety Manager">
<meta property="article:published_time" content="2022-01-20T10:00:00+01:00"></head>
<body><div id="app"><script>window.render()</script></div></body></html>`
	ex, _ := New()
	r, err := ex.Extract(context.Background(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Health and Safety Manager" || r.Published[:10] != "2022-01-20" || len(r.Blocks) != 0 {
		t.Errorf("got title %q, published %q, %d blocks", r.Title, r.Published, len(r.Blocks))
	}
}

// TestTrafilaturaOnlyMeta: with Options.TrafilaturaOnly the record carries
// go-trafilatura's own title and date, not pressclip's (extract-dev's
// "trafilatura-only" rows repeated pressclip's metadata before).
func TestTrafilaturaOnlyMeta(t *testing.T) {
	body := "<p>The council said on Monday that the new tram line will reach the northern districts by 2030, after years of debate about its cost and its route through the old town.</p>"
	tests := []struct {
		name, page           string
		ours, theirs         string // title
		oursDate, theirsDate string
	}{
		{"site-name h1 over the article's h2",
			`<html><head><title>Storm hits coast | Example News</title><meta property="og:site_name" content="Example News"></head><body><h1>Example News</h1><article><h2>Storm hits coast</h2><p class="byline">By John Smith</p>` + body + body + body + `</article></body></html>`,
			"Storm hits coast", "Example News", "", ""},
		{"update shown under the headline",
			`<html><head><title>Tram line reaches the north - Example News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram line reaches the north","datePublished":"2024-03-12","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body><article><h1>Tram line reaches the north</h1><p>Updated 14 March 2024</p>` + body + body + `</article></body></html>`,
			"Tram line reaches the north", "Tram line reaches the north", "2024-03-14", "2024-03-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, o := range []struct {
				opts        Options
				title, date string
			}{{Options{}, tc.ours, tc.oursDate}, {Options{TrafilaturaOnly: true}, tc.theirs, tc.theirsDate}} {
				ex, _ := NewWithOptions(o.opts)
				r, err := ex.Extract(context.Background(), []byte(tc.page))
				if err != nil {
					t.Fatal(err)
				}
				if r.Title != o.title || r.Published != o.date {
					t.Errorf("TrafilaturaOnly=%v: title %q date %q, want %q %q", o.opts.TrafilaturaOnly, r.Title, r.Published, o.title, o.date)
				}
			}
		})
	}
}
