package extract

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/pressclip/pressclip/internal/evaldata"
)

// TestDateDev records, for each trafilatura-eval page (the tuning
// set; DATE_DEV_SHARED=the shared data dir), the stated date, whether it is
// go-trafilatura's guess, and the date shown near the headline, and scores
// the date rule on them against the gold dates, in two halves (even and
// odd pages in URL order). It reads no other eval set; misses go to the
// file DATE_DEV_LOG names.
func TestDateDev(t *testing.T) {
	root := os.Getenv("DATE_DEV_SHARED")
	if root == "" {
		t.Skip("set DATE_DEV_SHARED")
	}
	dir := filepath.Join(root, "eval", "trafilatura-eval")
	docs, err := evaldata.LoadTraf(dir)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var log io.Writer = io.Discard
	if p := os.Getenv("DATE_DEV_LOG"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		log = f
	}
	var right, n [2]int
	for k, d := range docs {
		if d.Date == nil {
			continue
		}
		gold := string(*d.Date)
		raw, err := evaldata.ReadGzip(filepath.Join(dir, "html", d.File+".gz"))
		if err != nil {
			continue
		}
		var stated, shown string
		var guessed bool
		ex.dateTrace = func(s string, g bool, sh string) { stated, guessed, shown = s, g, sh }
		r, _ := ex.Extract(context.Background(), raw)
		ok := evaldata.DatePart(gold) == evaldata.DatePart(r.Published)
		n[k%2]++
		mark := "MISS"
		if ok {
			right[k%2]++
			mark = "OK"
		}
		fmt.Fprintf(log, "%s %d %s gold %q got %q stated %q guessed %v shown %q\n", mark, k%2, d.File, gold, r.Published, stated, guessed, shown)
	}
	for h := range 2 {
		t.Logf("half %d: date exact %.3f (n=%d)", h, float64(right[h])/float64(n[h]), n[h])
	}
	// go-htmldate's mediacloud pages (module cache; outside the eval
	// sets): news pages in many languages with teaser lists, where a date
	// shown near the headline must not be a teaser's
	hd := os.Getenv("DATE_DEV_HTMLDATE")
	if hd == "" {
		return
	}
	src, err := os.ReadFile(filepath.Join(hd, "scripts", "comparison", "data-mediacloud.go"))
	if err != nil {
		t.Fatal(err)
	}
	var mr, mn int
	for _, e := range reMediacloud.FindAllStringSubmatch(string(src), -1) {
		file, gold := e[1], e[2]
		if gold == "nan" {
			gold = ""
		}
		raw, err := os.ReadFile(filepath.Join(hd, "test-files", "mediacloud", file))
		if err != nil {
			continue
		}
		var stated, shown string
		var guessed bool
		ex.dateTrace = func(s string, g bool, sh string) { stated, guessed, shown = s, g, sh }
		r, _ := ex.Extract(context.Background(), raw)
		ok := evaldata.DatePart(gold) == evaldata.DatePart(r.Published)
		mn++
		mark := "MISS"
		if ok {
			mr++
			mark = "OK"
		}
		fmt.Fprintf(log, "%s M %s gold %q got %q stated %q guessed %v shown %q\n", mark, file, gold, r.Published, stated, guessed, shown)
	}
	t.Logf("mediacloud: date exact %.3f (n=%d)", float64(mr)/float64(max(mn, 1)), mn)
}

var reMediacloud = regexp.MustCompile(`File:\s*"([^"]+)",\s*Date:\s*"([^"]*)"`)
