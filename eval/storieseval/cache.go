package storieseval

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/models"
	"github.com/pressclip/pressclip/pipeline"
)

// CacheEnv names the environment variable that turns the annotation cache
// on: a directory where each page set's annotated pages are kept, so a
// change to the clustering alone is scored without annotating every page
// again (stories-dev annotates a few thousand pages). Unset, every run
// annotates.
const CacheEnv = "STORIESEVAL_CACHE"

// annotate runs the pipeline's post-extraction stages over every page,
// through the cache when CacheEnv names a directory.
func annotate(ctx context.Context, o eval.Options, p *pipeline.Pipeline, ps []page) error {
	if dir := os.Getenv(CacheEnv); dir != "" {
		md, err := modelsDigest(models.Raw)
		if err != nil {
			return fmt.Errorf("annotation cache: %w", err)
		}
		return annotateCached(ctx, p, ps, dir, annotatorVersion()+"\x00"+md, o.Logf)
	}
	return annotateAll(ctx, p, ps)
}

// modelsDigest is the hex SHA-256 of every shipped model file's stored
// bytes (as raw reads them), in recipes.json's order: part of the cache
// key, so a retrained model misses the cache even in a build that carries
// no VCS revision.
func modelsDigest(raw func(string) ([]byte, error)) (string, error) {
	rs, err := models.Recipes()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, r := range rs {
		b, err := raw(r.File)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", r.File, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// annotatorVersion is the VCS revision the binary was built from, marked
// when the tree had uncommitted changes, or "" when the build carries none
// (-buildvcs=false). It is part of the cache key with the models' digest
// (modelsDigest), but not the cache's only guard: see annotateCached.
func annotatorVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" && modified == "true" {
		rev += "+dirty"
	}
	return rev
}

// cacheKey names a page set's cache file: the annotator's version and every
// page as the annotator reads it (source, language, dates, title, text,
// blocks), in order.
func cacheKey(version string, ps []page) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", version, len(ps))
	for _, pg := range ps {
		d := pg.d
		for _, s := range []string{d.Source, d.Lang, d.Published, d.Title, d.Text} {
			fmt.Fprintf(h, "%d\x00%s", len(s), s)
		}
		fmt.Fprintf(h, "%d\x00%d\x00", len(d.Blocks), d.Fetched.UnixNano())
		for _, b := range d.Blocks {
			fmt.Fprintf(h, "%d,%d,%s\x00", b.Start, b.End, b.Lang)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// cacheCheckEvery: one page in this many (at least one) is annotated again
// when the cache is read, and the cache is used only if every one comes out
// as stored. Builds carry no revision by default (-buildvcs=false), so
// beside the models' digest in the key this is what notices a changed
// annotator: a rule change that moves any checked page throws the set's
// cache away. A change that moves none of
// the checked pages goes unseen; after changing annotating code, use a fresh
// directory.
const cacheCheckEvery = 32

// annotateCached reads the page set's annotations from dir when a run on
// the same pages stored them and the annotator still gives the checked
// pages the stored annotations; otherwise it annotates every page and
// stores the result. logf (may be nil) is told which of these it did.
func annotateCached(ctx context.Context, p *pipeline.Pipeline, ps []page, dir, version string, logf func(string, ...any)) error {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	file := filepath.Join(dir, cacheKey(version, ps)+".gob")
	if ds, err := readCache(file, len(ps)); err == nil {
		same, err := checkCache(ctx, p, ps, ds)
		if err != nil {
			return fmt.Errorf("annotation cache: %w", err)
		}
		if same {
			for i := range ps {
				*ps[i].d = ds[i]
			}
			logf("annotation cache: served %d pages from %s", len(ps), file)
			return nil
		}
		logf("annotation cache: discarded %s (a checked page came out otherwise)", file)
	}
	if err := annotateAll(ctx, p, ps); err != nil {
		return err
	}
	ds := make([]doc.Doc, len(ps))
	for i := range ps {
		ds[i] = *ps[i].d
	}
	if err := writeCache(dir, file, ds); err != nil {
		return fmt.Errorf("annotation cache: %w", err)
	}
	logf("annotation cache: stored %d pages in %s", len(ps), file)
	return nil
}

// checkCache annotates copies of every cacheCheckEvery-th page and reports
// whether each equals its stored annotation.
func checkCache(ctx context.Context, p *pipeline.Pipeline, ps []page, ds []doc.Doc) (bool, error) {
	var check []page
	var want []doc.Doc
	for i := 0; i < len(ps); i += cacheCheckEvery {
		d, err := copyDoc(ps[i].d)
		if err != nil {
			return false, fmt.Errorf("copy page %d: %w", i, err)
		}
		check = append(check, page{d: d})
		want = append(want, ds[i])
	}
	if err := annotateAll(ctx, p, check); err != nil {
		return false, err
	}
	for i, pg := range check {
		a, err := encodeDocs([]doc.Doc{*pg.d})
		if err != nil {
			return false, err
		}
		b, err := encodeDocs(want[i : i+1])
		if err != nil {
			return false, err
		}
		if !bytes.Equal(a, b) {
			return false, nil
		}
	}
	return true, nil
}

// copyDoc is a deep copy of d: stages write into a page's slices.
func copyDoc(d *doc.Doc) (*doc.Doc, error) {
	b, err := encodeDocs([]doc.Doc{*d})
	if err != nil {
		return nil, err
	}
	var ds []doc.Doc
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&ds); err != nil {
		return nil, err
	}
	return &ds[0], nil
}

// encodeDocs gob-encodes the pages without their Err (an interface gob
// cannot carry; annotateAll fails on any error, so a stored page has none).
func encodeDocs(ds []doc.Doc) ([]byte, error) {
	cp := make([]doc.Doc, len(ds))
	copy(cp, ds)
	for i := range cp {
		cp[i].Err = nil
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(cp); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func readCache(file string, n int) ([]doc.Doc, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var ds []doc.Doc
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&ds); err != nil {
		return nil, err
	}
	if len(ds) != n {
		return nil, fmt.Errorf("%s: %d pages stored, %d wanted", file, len(ds), n)
	}
	return ds, nil
}

// writeCache stores the pages in file, through a temporary file so a
// reader never sees half of one.
func writeCache(dir, file string, ds []doc.Doc) error {
	b, err := encodeDocs(ds)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), file)
}
