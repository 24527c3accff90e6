package extracteval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/dump"
	"github.com/pressclip/pressclip/internal/evaldata"
	"github.com/pressclip/pressclip/internal/shared"
)

// TestTrafDumpDev scores package dump on trafilatura-eval's text dumps
// (eval/text-dumps/trafilatura-eval), a tuning set of the issue, in two
// halves (even and odd pages in URL order) so that a rule chosen on one
// half can be checked on the other; run with PRESSCLIP_DEV=1. It never
// reads article-extraction-benchmark's dumps. Misses are logged to the file
// TRAF_DUMP_LOG names: each title miss with whether the gold title is a
// whole line of the dump.
func TestTrafDumpDev(t *testing.T) {
	if os.Getenv("PRESSCLIP_DEV") == "" {
		t.Skip("set PRESSCLIP_DEV=1")
	}
	dir := shared.Require(t, "eval/trafilatura-eval")
	ddir := shared.Require(t, "eval/text-dumps")
	docs, err := evaldata.LoadTraf(dir)
	if err != nil {
		t.Fatal(err)
	}
	var log *os.File
	if p := os.Getenv("TRAF_DUMP_LOG"); p != "" {
		if log, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer log.Close()
	}
	logf := func(format string, a ...any) {
		if log != nil {
			fmt.Fprintf(log, format, a...)
		}
	}
	var s [2]SnippetScore
	var ti, au, da [2]MetaScore
	asLine := 0
	for k, d := range docs {
		h := k % 2
		base := strings.TrimSuffix(d.File, filepath.Ext(d.File))
		raw, err := evaldata.ReadGzip(filepath.Join(ddir, "trafilatura-eval", base+".txt.gz"))
		if err != nil {
			continue
		}
		text := string(raw)
		r := dump.Extract(text)
		body := dumpBody(text, r)
		before := s[h]
		s[h].Add(d.With, d.Without, body)
		if s[h].FP > before.FP || s[h].FN > before.FN {
			logf("BODY %s FP+%d FN+%d\n", base, s[h].FP-before.FP, s[h].FN-before.FN)
		}
		scoreMeta(d, output{title: r.Title, authors: r.Authors, date: r.Published}, &ti[h], &au[h], &da[h])
		if d.Title != nil && !titleMatch(string(*d.Title), r.Title) {
			line := false
			for _, l := range strings.Split(text, "\n") {
				if evaldata.NormMeta(l) == evaldata.NormMeta(string(*d.Title)) {
					line = true
				}
			}
			if line {
				asLine++
			}
			logf("TITLE %s line=%v: gold %q got %q\n", base, line, string(*d.Title), r.Title)
		}
		if d.Date != nil && !dateMatch(string(*d.Date), r.Published) {
			logf("DATE %s: gold %q got %q\n", base, string(*d.Date), r.Published)
		}
	}
	for h := range 2 {
		t.Logf("half %d: F1 %.4f P %.4f R %.4f title %.3f author %.3f date %.3f (n=%d)", h,
			s[h].PRF().F1(), s[h].PRF().Precision(), s[h].PRF().Recall(), ti[h].Accuracy(), au[h].Accuracy(), da[h].Accuracy(), ti[h].N)
	}
	var all SnippetScore
	all.TP, all.FP, all.FN, all.TN = s[0].TP+s[1].TP, s[0].FP+s[1].FP, s[0].FN+s[1].FN, s[0].TN+s[1].TN
	t.Logf("all: F1 %.4f title %.3f date %.3f; title misses whose gold is a whole line: %d of %d",
		all.PRF().F1(), float64(ti[0].Right+ti[1].Right)/float64(ti[0].N+ti[1].N),
		float64(da[0].Right+da[1].Right)/float64(da[0].N+da[1].N), asLine, ti[0].N+ti[1].N-ti[0].Right-ti[1].Right)
}
