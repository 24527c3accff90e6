package timexeval

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/timex"
)

func TestParseBIO(t *testing.T) {
	src := "*!-DCTVALUE=\"2005-10-04\"-!*\tO\t-\n\nApple\tO\t-\nsaid\tO\t-\ntoday\tB-DATE\t2005-10-04\n,\tO\t-\nOctober\tB-DATE\t2005-10-12\n12\tI-DATE\t2005-10-12\n.\tO\t-\n"
	docs, err := parseBIO(strings.NewReader(src), "x")
	if err != nil || len(docs) != 1 {
		t.Fatalf("docs %v err %v", docs, err)
	}
	d := docs[0]
	if d.Text != "Apple said today, October 12." || d.DCT.Format("2006-01-02") != "2005-10-04" {
		t.Fatalf("text %q dct %v", d.Text, d.DCT)
	}
	var got []string
	for _, g := range d.Gold {
		got = append(got, d.Text[g.start:g.end]+"="+g.value)
	}
	if strings.Join(got, "|") != "today=2005-10-04|October 12=2005-10-12" {
		t.Fatalf("gold %v", got)
	}
	s, err := Score(context.Background(), timex.New(), docs, nil)
	if err != nil || s.Gold != 2 || s.Relaxed != 2 || s.Strict != 2 || s.Value != 2 {
		t.Fatalf("scores %+v err %v", s, err)
	}
}

func TestParseTML(t *testing.T) {
	src := `<DOC><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT><TEXT>He left <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> &amp; came back.</TEXT></DOC>`
	d := parseTML("a", src)
	if d.Text != "He left yesterday & came back." || len(d.Gold) != 1 || d.Text[d.Gold[0].start:d.Gold[0].end] != "yesterday" || d.DCT.Day() != 22 {
		t.Fatalf("%+v", d)
	}
}

// TestScoreCPU checks that Score reads the CPU time Find used, which the
// speed row is computed from (wall time is meaningless on a loaded machine).
func TestScoreCPU(t *testing.T) {
	d := parseTML("a", `<DOC><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT><TEXT>`+
		strings.Repeat("He left on Friday and will be back next week, two years after the 1990s. ", 2000)+`</TEXT></DOC>`)
	s, err := Score(context.Background(), timex.New(), []Doc{d, d, d}, nil)
	// process CPU time is read where getrusage is (unix), else it is 0
	read := runtime.GOOS != "windows" && runtime.GOOS != "plan9" && runtime.GOOS != "js" && runtime.GOOS != "wasip1"
	if err != nil || read != (s.CPU > 0) || s.Bytes != 3*len(d.Text) {
		t.Fatalf("scores %+v err %v", s, err)
	}
}

// TestMissesContext checks the misses listing: each error carries its line
// with the system span in [ ] and the gold span in { }.
func TestMissesContext(t *testing.T) {
	d := parseTML("a", `<DOC><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT><TEXT>First line.
He left <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> morning and came back <TIMEX3 tid="t2" type="DURATION" value="P1W">the week after</TIMEX3>.
Last line.</TEXT></DOC>`)
	var got []string
	if _, err := Score(context.Background(), timex.New(), []Doc{d}, func(m Mismatch) { got = append(got, m.Kind+": "+m.Context) }); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"span: He left [{yesterday} morning] and came back the week after.",
		"value: He left [{yesterday} morning] and came back the week after.",
		"missed: He left yesterday morning and came back {the week after}.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s := around("ab\ncd", 3, 5, -1, -1); s != "[cd]" {
		t.Errorf("around at the end: %q", s)
	}
}
