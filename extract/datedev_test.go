package extract

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
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
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]struct {
		File string          `json:"file"`
		Date json.RawMessage `json:"date"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	urls := make([]string, 0, len(m))
	for u := range m {
		urls = append(urls, u)
	}
	sort.Strings(urls)
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
	for k, u := range urls {
		var gold string
		if json.Unmarshal(m[u].Date, &gold) != nil {
			continue
		}
		raw, err := gunzip(filepath.Join(dir, "html", m[u].File+".gz"))
		if err != nil {
			continue
		}
		var stated, shown string
		var guessed bool
		ex.dateTrace = func(s string, g bool, sh string) { stated, guessed, shown = s, g, sh }
		r, _ := ex.Extract(context.Background(), raw)
		ok := day(gold) == day(r.Published)
		n[k%2]++
		mark := "MISS"
		if ok {
			right[k%2]++
			mark = "OK"
		}
		fmt.Fprintf(log, "%s %d %s gold %q got %q stated %q guessed %v shown %q\n", mark, k%2, m[u].File, gold, r.Published, stated, guessed, shown)
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
		ok := day(gold) == day(r.Published)
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

func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		s = s[:10]
	}
	return s
}

func gunzip(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}
