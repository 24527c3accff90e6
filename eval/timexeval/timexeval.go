// Package timexeval scores the timex stage with the TempEval-3 timex metrics
// (strict and relaxed span F1, type accuracy, value accuracy, value F1 =
// value accuracy × relaxed F1) on TempEval-3 platinum, MEANTIME English and
// Spanish (timex-xtn-bio), and WikiWarsUA (Ukrainian; documents sorted by
// file name, 01–20 are the tuning split, 21–25 the held-out report). TBAQ,
// the TempEval-3 training release, is reported as the English tuning set.
package timexeval

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pressclip/pressclip/eval"
	"github.com/pressclip/pressclip/internal/cputime"
	"github.com/pressclip/pressclip/timex"
)

type gold struct {
	start, end int
	typ, value string
}

// Doc is one scored document: plain text, gold TIMEX3s, DCT.
type Doc struct {
	Name string
	Text string
	Gold []gold
	DCT  time.Time
}

var (
	tagRe    = regexp.MustCompile(`<[^>]*>`)
	timexRe  = regexp.MustCompile(`^<TIMEX3\b`)
	attrRe   = regexp.MustCompile(`(\w+)="([^"]*)"`)
	dctRe    = regexp.MustCompile(`functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*functionInDocument="CREATION_TIME"`)
	dateTmRe = regexp.MustCompile(`<DATETIME>\s*<TIMEX3[^>]*value="([^"]*)"`)
)

func parseDate(v string) time.Time {
	t, _ := time.Parse("2006-01-02", v[:min(10, len(v))])
	return t
}

// parseTML returns the plain text of <TEXT>, its gold TIMEX3s and the DCT
// (TimeML CREATION_TIME, or the TIMEX3 inside <DATETIME> for WikiWars).
func parseTML(name, src string) Doc {
	d := Doc{Name: name}
	if m := dctRe.FindStringSubmatch(src); m != nil {
		d.DCT = parseDate(m[1] + m[2])
	} else if m := dateTmRe.FindStringSubmatch(src); m != nil {
		d.DCT = parseDate(m[1])
	}
	i := strings.Index(src, "<TEXT>")
	j := strings.Index(src, "</TEXT>")
	if i < 0 || j < i {
		return d
	}
	body := src[i+6 : j]
	var b strings.Builder
	var open *gold
	last := 0
	for _, ix := range tagRe.FindAllStringIndex(body, -1) {
		b.WriteString(unescape(body[last:ix[0]]))
		last = ix[1]
		tag := body[ix[0]:ix[1]]
		switch {
		case timexRe.MatchString(tag):
			g := gold{start: b.Len()}
			for _, a := range attrRe.FindAllStringSubmatch(tag, -1) {
				switch a[1] {
				case "type":
					g.typ = a[2]
				case "value":
					g.value = a[2]
				}
			}
			open = &g
		case tag == "</TIMEX3>" && open != nil:
			open.end = b.Len()
			d.Gold = append(d.Gold, *open)
			open = nil
		}
	}
	b.WriteString(unescape(body[last:]))
	d.Text = b.String()
	return d
}

var entities = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")

func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entities.Replace(s)
}

// noSpaceBefore are tokens glued to the previous one when detokenising BIO.
var noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "?": true, "!": true, "%": true, "'s": true, "n't": true, "'": true, "”": true, "»": true}

// parseBIO reads timex-xtn-bio TSV (token, BIO tag, value; a DCTVALUE
// pseudo-token starts each document; blank line = sentence break) and
// detokenises each document into text with byte spans: tokens joined by a
// space except before closing punctuation, sentences by a newline.
func parseBIO(r io.Reader, name string) ([]Doc, error) {
	var docs []Doc
	var cur *Doc
	var b strings.Builder
	var open *gold
	glue := false
	closeOpen := func() {
		if open != nil && cur != nil {
			cur.Gold = append(cur.Gold, *open)
			open = nil
		}
	}
	flush := func() {
		closeOpen()
		if cur != nil {
			cur.Text = b.String()
			docs = append(docs, *cur)
		}
		b.Reset()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	newSentence := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			closeOpen()
			newSentence = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		tok, tag, val := f[0], f[1], f[2]
		if strings.HasPrefix(tok, `*!-DCTVALUE="`) {
			flush()
			cur = &Doc{Name: fmt.Sprintf("%s#%d", name, len(docs)+1), DCT: parseDate(strings.TrimPrefix(tok, `*!-DCTVALUE="`))}
			newSentence, glue = false, false
			continue
		}
		if cur == nil {
			continue
		}
		if b.Len() > 0 {
			switch {
			case newSentence:
				b.WriteByte('\n')
			case !noSpaceBefore[tok] && !glue:
				b.WriteByte(' ')
			}
		}
		newSentence = false
		glue = tok == "(" || tok == "“" || tok == "«" || tok == "$"
		if tag == "O" || strings.HasPrefix(tag, "B-") {
			closeOpen()
		}
		start := b.Len()
		b.WriteString(tok)
		switch {
		case strings.HasPrefix(tag, "B-"):
			open = &gold{start: start, end: b.Len(), typ: tag[2:], value: val}
		case strings.HasPrefix(tag, "I-") && open != nil:
			open.end = b.Len()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("timexeval: %s: %w", name, err)
	}
	flush()
	return docs, nil
}

// readTar returns the .tml/.xml members of a .tar.gz whose path contains
// under, sorted by path, parsed as TimeML.
func readTar(path, under string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("timexeval: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("timexeval: %s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	var docs []Doc
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timexeval: %s: %w", path, err)
		}
		if h.Typeflag != tar.TypeReg || !strings.Contains(h.Name, under) ||
			!(strings.HasSuffix(h.Name, ".tml") || strings.HasSuffix(h.Name, ".xml")) {
			continue
		}
		raw, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("timexeval: %s: %w", path, err)
		}
		docs = append(docs, parseTML(h.Name, string(raw)))
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	return docs, nil
}

// LoadPlatinum reads TempEval-3 platinum (20 .tml files, sorted by name).
func LoadPlatinum(o eval.Options) ([]Doc, error) {
	dir := o.Path("tempeval3", "te3-platinum")
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("timexeval: no .tml in %s: %w", dir, err)
	}
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("timexeval: %w", err)
		}
		docs = append(docs, parseTML(filepath.Base(f), string(raw)))
	}
	return docs, nil
}

// LoadTBAQ reads the TempEval-3 training release (TimeBank + AQUAINT).
func LoadTBAQ(o eval.Options) ([]Doc, error) {
	return readTar(o.Path("tempeval3", "TBAQ-cleaned.tar.gz"), "TBAQ-cleaned/")
}

// LoadMeantime reads MEANTIME test (lang "en" or "es") from timex-xtn-bio.
func LoadMeantime(o eval.Options, lang string) ([]Doc, error) {
	p := o.Path("timex-xtn-bio", "meantime", lang, "test.tsv")
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("timexeval: %w", err)
	}
	defer f.Close()
	return parseBIO(f, "meantime-"+lang)
}

// LoadWikiWars reads WikiWarsUA keyinline documents sorted by file name
// (they are numbered 01_… to 25_…) and splits them: the first 20 are the
// tuning split, the last 5 the held-out one.
func LoadWikiWars(o eval.Options) (dev, test []Doc, err error) {
	docs, err := readTar(o.TrainPath("wikiwars-uk-timex", "wikiwarsua.tar.gz"), "keyinline/")
	if err != nil {
		return nil, nil, err
	}
	if len(docs) < 25 {
		return nil, nil, fmt.Errorf("timexeval: WikiWarsUA: %d documents, want 25", len(docs))
	}
	return docs[:20], docs[20:], nil
}

// Scores are the TE3 timex counts over a set of documents. Elapsed is the
// wall time Find took, CPU the CPU time the process used meanwhile (0
// where the system cannot say): on a shared machine wall time counts the
// time other processes held the cores, CPU time what Find itself cost.
type Scores struct {
	Gold, Sys, Strict, Relaxed, Type, Value int
	Bytes                                   int
	Elapsed, CPU                            time.Duration
}

func (s Scores) f1(c int) float64 {
	if s.Gold == 0 || s.Sys == 0 || c == 0 {
		return 0
	}
	p, r := float64(c)/float64(s.Sys), float64(c)/float64(s.Gold)
	return 2 * p * r / (p + r)
}

func (s Scores) acc(c int) float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return float64(c) / float64(s.Relaxed)
}

// Mismatch is one error, for the listing of a tuning set's misses: Context
// is the line around it with the system span in [ ] and the gold span in
// { } (either missing where there is none).
type Mismatch struct {
	Doc, Kind, Sys, Gold, Context string
}

// around is the text around [s1,e1) (system) and [s2,e2) (gold; s2 < 0 for
// none) out to the line ends, at most 150 bytes each way, with the spans
// bracketed.
func around(text string, s1, e1, s2, e2 int) string {
	lo, hi := s1, e1
	if s2 >= 0 {
		if s1 < 0 {
			lo, hi = s2, e2
		}
		lo, hi = min(lo, s2), max(hi, e2)
	}
	a := max(0, lo-150)
	if i := strings.LastIndexByte(text[a:lo], '\n'); i >= 0 {
		a += i + 1
	}
	b := min(len(text), hi+150)
	if i := strings.IndexByte(text[hi:b], '\n'); i >= 0 {
		b = hi + i
	}
	for a > 0 && !utf8.RuneStart(text[a]) {
		a++
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b--
	}
	type mark struct {
		at int
		s  string
	}
	var ms []mark
	if s1 >= 0 {
		ms = append(ms, mark{s1, "["}, mark{e1, "]"})
	}
	if s2 >= 0 {
		ms = append(ms, mark{s2, "{"}, mark{e2, "}"})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
	var sb strings.Builder
	last := a
	for _, m := range ms {
		sb.WriteString(text[last:m.at])
		sb.WriteString(m.s)
		last = m.at
	}
	sb.WriteString(text[last:b])
	return strings.Join(strings.Fields(sb.String()), " ")
}

// Score runs g on docs and counts matches one-to-one: each system timex is
// matched to the first unmatched gold it overlaps (relaxed), as TE3 does.
func Score(ctx context.Context, g *timex.Tagger, docs []Doc, miss func(Mismatch)) (Scores, error) {
	var s Scores
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		t0, c0 := time.Now(), cputime.Process()
		sys := g.Find(d.Text, d.DCT)
		s.CPU += cputime.Process() - c0
		s.Elapsed += time.Since(t0)
		s.Bytes += len(d.Text)
		s.Gold += len(d.Gold)
		s.Sys += len(sys)
		used := make([]bool, len(d.Gold))
		for _, x := range sys {
			hit := -1
			for i, gd := range d.Gold {
				if !used[i] && x.Start < gd.end && gd.start < x.End {
					hit = i
					break
				}
			}
			st := fmt.Sprintf("%q %s %s", d.Text[x.Start:x.End], x.Type, x.Value)
			if hit < 0 {
				if miss != nil {
					miss(Mismatch{d.Name, "spurious", st, "", around(d.Text, x.Start, x.End, -1, -1)})
				}
				continue
			}
			used[hit] = true
			gd := d.Gold[hit]
			gs := fmt.Sprintf("%q %s %s", d.Text[gd.start:gd.end], gd.typ, gd.value)
			s.Relaxed++
			if x.Start == gd.start && x.End == gd.end {
				s.Strict++
			} else if miss != nil {
				miss(Mismatch{d.Name, "span", st, gs, around(d.Text, x.Start, x.End, gd.start, gd.end)})
			}
			if x.Type == gd.typ {
				s.Type++
			}
			if x.Value == gd.value {
				s.Value++
			} else if miss != nil {
				miss(Mismatch{d.Name, "value", st, gs, around(d.Text, x.Start, x.End, gd.start, gd.end)})
			}
		}
		for i, gd := range d.Gold {
			if !used[i] && miss != nil {
				miss(Mismatch{d.Name, "missed", "", fmt.Sprintf("%q %s %s", d.Text[gd.start:gd.end], gd.typ, gd.value), around(d.Text, -1, -1, gd.start, gd.end)})
			}
		}
	}
	return s, nil
}

func addRows(rep *eval.Report, name string, s Scores, relAnchor, valAnchor float64, anchorName string) {
	rep.Add(name, "strict span F1", s.f1(s.Strict))
	if relAnchor > 0 {
		rep.AddAnchored(name, "relaxed span F1", s.f1(s.Relaxed), relAnchor, anchorName)
	} else {
		rep.Add(name, "relaxed span F1", s.f1(s.Relaxed))
	}
	rep.Add(name, "type accuracy", s.acc(s.Type))
	rep.Add(name, "value accuracy", s.acc(s.Value))
	if valAnchor > 0 {
		rep.AddAnchored(name, "value F1", s.f1(s.Value), valAnchor, anchorName)
	} else {
		rep.Add(name, "value F1", s.f1(s.Value))
	}
}

// Run scores every dataset present. Platinum, MEANTIME and WikiWars 21–25
// are the report; TBAQ and WikiWars 01–20 are the tuning sets (their errors
// go to the log when TIMEXEVAL_ERRORS=1, and to the misses file, o.Misses,
// one per line: set, document, kind, system, gold and the line around it;
// test sets never go there).
func Run(ctx context.Context, o eval.Options) (*eval.Report, error) {
	return run(ctx, o, true)
}

// RunDev scores only the tuning sets (WikiWars 01–20 and TBAQ), so rules can
// be developed without the test sets being scored at all.
func RunDev(ctx context.Context, o eval.Options) (*eval.Report, error) {
	return run(ctx, o, false)
}

func run(ctx context.Context, o eval.Options, withTest bool) (*eval.Report, error) {
	g := timex.New()
	rep := &eval.Report{}
	showErr := os.Getenv("TIMEXEVAL_ERRORS")
	misses, err := o.CreateMisses()
	if err != nil {
		return nil, err
	}
	defer misses.Close()
	var total Scores
	run := func(name string, docs []Doc, dev bool, rel, val float64, anchor string) error {
		var miss func(Mismatch)
		if showErr == "all" || (dev && showErr != "") || (dev && o.Misses != "") {
			miss = func(m Mismatch) {
				if showErr == "all" || (dev && showErr != "") {
					o.Logf("%s\t%s\t%s\t%s\tgold %s", name, m.Doc, m.Kind, m.Sys, m.Gold)
				}
				if dev {
					fmt.Fprintf(misses, "%s\t%s\t%s\t%s\t%s\t%s\n", name, m.Doc, m.Kind, m.Sys, m.Gold, m.Context)
				}
			}
		}
		s, err := Score(ctx, g, docs, miss)
		if err != nil {
			return err
		}
		o.Logf("%s: %d docs, %d gold, %d system", name, len(docs), s.Gold, s.Sys)
		addRows(rep, name, s, rel, val, anchor)
		total.Bytes += s.Bytes
		total.Elapsed += s.Elapsed
		total.CPU += s.CPU
		return nil
	}
	if withTest {
		plat, err := LoadPlatinum(o)
		if err != nil {
			return nil, err
		}
		if err := run("te3-platinum", plat, false, 0.90, 0.776, "HeidelTime, TE3 paper"); err != nil {
			return nil, err
		}
		for _, lang := range []string{"en", "es"} {
			docs, err := LoadMeantime(o, lang)
			if err != nil {
				return nil, err
			}
			if err := run("meantime-"+lang, docs, false, 0, 0, ""); err != nil {
				return nil, err
			}
		}
	}
	dev, test, err := LoadWikiWars(o)
	if err != nil {
		return nil, err
	}
	if withTest {
		if err := run("wikiwars-uk 21-25 (held out)", test, false, 0, 0, ""); err != nil {
			return nil, err
		}
	}
	if err := run("wikiwars-uk 01-20 (tuning)", dev, true, 0, 0, ""); err != nil {
		return nil, err
	}
	tbaq, err := LoadTBAQ(o)
	if err != nil {
		return nil, err
	}
	if err := run("tbaq (TE3 train, tuning)", tbaq, true, 0, 0, ""); err != nil {
		return nil, err
	}
	// Find runs on one goroutine, so MB per CPU-second is MB/s per core,
	// whatever else the machine runs; wall time only where CPU time is
	// not read.
	if total.CPU > 0 {
		rep.Add("all sets", "MB per CPU-second (Find, process CPU time)", float64(total.Bytes)/1e6/total.CPU.Seconds())
	} else if total.Elapsed > 0 {
		rep.Add("all sets", "MB/s (Find, wall time, 1 goroutine)", float64(total.Bytes)/1e6/total.Elapsed.Seconds())
	}
	return rep, nil
}
