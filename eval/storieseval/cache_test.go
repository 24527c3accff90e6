package storieseval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/pipeline"
)

// cachePages builds fresh (unannotated) pages from paragraphs.
func cachePages(texts ...string) []page {
	var ps []page
	for i, text := range texts {
		d := &doc.Doc{Source: "p" + string(rune('0'+i)), Lang: "en"}
		for j, para := range strings.Split(text, "\n") {
			if j > 0 {
				d.Text += "\n\n"
			}
			start := len(d.Text)
			d.Text += para
			d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: start, End: len(d.Text)}})
		}
		d.Title = d.Slice(d.Blocks[0].Span)
		ps = append(ps, page{d: d})
	}
	return ps
}

func encoded(t *testing.T, ps []page) []byte {
	t.Helper()
	ds := make([]doc.Doc, len(ps))
	for i, pg := range ps {
		ds[i] = *pg.d
	}
	b, err := encodeDocs(ds)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAnnotationCache: a second run on the same pages is served from the
// cache (an edit to a page the check skips shows through), an edit to a
// checked page throws the cache away, and changed text misses the cache.
func TestAnnotationCache(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	texts := []string{
		"Angela Merkel visits Paris\nGerman Chancellor Angela Merkel met Emmanuel Macron in Paris on Monday.",
		"Floods hit Prague\nThe Vltava rose two metres in Prague on 3 June 2013, the mayor said.",
		"Apple buys Beats\nApple Inc. agreed on Wednesday to buy Beats Electronics for $3 billion.",
	}
	fresh := cachePages(texts...)
	if err := annotateAll(ctx, p, fresh); err != nil {
		t.Fatal(err)
	}
	want := encoded(t, fresh)
	if len(fresh[0].d.Entities) == 0 || len(fresh[1].d.Entities) == 0 {
		t.Fatal("test pages carry no entities: the edits below would prove nothing")
	}
	for _, tc := range []struct {
		name    string
		edit    int    // stored page to edit before the second run, -1 none
		version string // the second run's version (the first's is "v")
		served  bool   // whether the edited stored page is what the second run gives
		log     string // what the second run logs first
	}{
		{"unchanged", -1, "v", true, "served"},
		{"unchecked page edited", 1, "v", true, "served"},
		{"checked page edited", 0, "v", false, "discarded"},
		// another models digest: the unchecked edit would pass the check
		{"other models", 1, "v\x00other", false, "stored"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			first := cachePages(texts...)
			if err := annotateCached(ctx, p, first, dir, "v", nil); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(encoded(t, first), want) {
				t.Fatal("first run differs from annotating without the cache")
			}
			files, _ := filepath.Glob(filepath.Join(dir, "*.gob"))
			if len(files) != 1 {
				t.Fatalf("%d cache files, want 1", len(files))
			}
			edited := want
			if tc.edit >= 0 {
				ds, err := readCache(files[0], len(texts))
				if err != nil {
					t.Fatal(err)
				}
				ds[tc.edit].Entities = nil
				b, err := encodeDocs(ds)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(files[0], b, 0o644); err != nil {
					t.Fatal(err)
				}
				edited = b
			}
			second := cachePages(texts...)
			var logged []string
			logf := func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
			if err := annotateCached(ctx, p, second, dir, tc.version, logf); err != nil {
				t.Fatal(err)
			}
			if len(logged) == 0 || !strings.HasPrefix(logged[0], "annotation cache: "+tc.log) {
				t.Errorf("logged %q, want first 'annotation cache: %s …'", logged, tc.log)
			}
			got := encoded(t, second)
			if tc.served && !bytes.Equal(got, edited) {
				t.Error("second run not served from the cache")
			}
			if !tc.served && !bytes.Equal(got, want) {
				t.Error("second run served a stale cache")
			}
		})
	}
	// Changed text is another page set: a second file.
	dir := t.TempDir()
	if err := annotateCached(ctx, p, cachePages(texts...), dir, "", nil); err != nil {
		t.Fatal(err)
	}
	other := append([]string{}, texts...)
	other[2] = strings.Replace(other[2], "Wednesday", "Thursday", 1)
	if err := annotateCached(ctx, p, cachePages(other...), dir, "", nil); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*.gob")); len(files) != 2 {
		t.Errorf("%d cache files after a text change, want 2", len(files))
	}
}

// TestModelsDigest: the cache key's models digest changes with any byte of
// any shipped model, so a retrained model misses the cache in a build
// without a VCS revision.
func TestModelsDigest(t *testing.T) {
	base, err := modelsDigest(models.Raw)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := models.Recipes()
	if err != nil || len(rs) == 0 {
		t.Fatalf("recipes: %v, %d", err, len(rs))
	}
	for _, name := range []string{rs[0].File, rs[len(rs)-1].File} {
		changed := func(f string) ([]byte, error) {
			b, err := models.Raw(f)
			if err != nil || f != name {
				return b, err
			}
			b = append([]byte(nil), b...)
			b[len(b)/2] ^= 1
			return b, nil
		}
		d, err := modelsDigest(changed)
		if err != nil {
			t.Fatal(err)
		}
		if d == base {
			t.Errorf("%s changed, digest unchanged", name)
		}
	}
	if again, _ := modelsDigest(models.Raw); again != base {
		t.Error("digest not deterministic")
	}
}
