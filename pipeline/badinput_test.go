package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/pressclip/pressclip/decode"
	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/extract"
	"github.com/pressclip/pressclip/internal/testinput"
)

// Pages of the bad-input table. ruTitle/ruBody make a Russian article the
// charset cases encode in various ways; goodPage makes the neighbours.
const (
	ruTitle = "Переговоры в Москве продолжатся на следующей неделе"
	ruPara1 = "Президент России Владимир Путин заявил журналистам в Москве, что переговоры с делегацией Казахстана продолжатся на следующей неделе. По его словам, стороны уже обменялись предложениями о поставках зерна и удобрений."
	ruPara2 = "Министр иностранных дел Сергей Лавров сообщил, что делегации встретятся в Астане. Он добавил, что соглашение о транзите могут подписать до конца месяца, если правительства согласуют тарифы."
	ruPara3 = "Эксперты отмечают, что торговля между странами выросла на двенадцать процентов за год. Аналитики банка ожидают, что новые договорённости поддержат экспорт и снизят цены на топливо в регионе."
)

// ruPage is the Russian article as HTML with the given extra <head> markup.
func ruPage(head string) string {
	return "<!DOCTYPE html><html><head>" + head + "<title>" + ruTitle + "</title></head><body>" +
		"<nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav><article><h1>" + ruTitle + "</h1>" +
		"<p>" + ruPara1 + "</p><p>" + ruPara2 + "</p><p>" + ruPara3 + "</p></article>" +
		"<footer>Все права защищены</footer></body></html>"
}

// goodPage is neighbour i: an English article whose title and body name i.
func goodPage(i int) []byte {
	title := fmt.Sprintf("City council approves budget number %d", i)
	return []byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" +
		"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>" +
		fmt.Sprintf("<p>The city council approved budget number %d on Tuesday after a long debate about schools, roads and the new library. Councillors voted nine to four, and the mayor said the plan would keep local taxes flat for another year.</p>", i) +
		"<p>Opposition members argued that the money set aside for road repairs was too small to fix the damage left by the winter floods. The finance committee will publish a detailed report next month, a spokesman said.</p>" +
		"<p>Residents who spoke at the public meeting asked for longer opening hours at the swimming pool and more buses on Sundays. The council promised to review both requests before the summer.</p>" +
		"</article><footer>Copyright 2024 The Daily Example</footer></body></html>")
}

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// badCase is one hostile input. Exactly one of wantErr and check is set:
// wantErr is the error the record must carry (errors.Is on Doc.Err) and
// wantMsg a substring its message must have; check returns what is wrong
// with an error-free record, "" when it is sane.
type badCase struct {
	name    string
	raw     []byte
	wantErr error
	wantMsg string
	check   func(d *doc.Doc) string
}

// russian checks that a record is the Russian article, decoded right.
func russian(d *doc.Doc) string {
	body := d.Record().Body
	switch {
	case d.Title != ruTitle:
		return fmt.Sprintf("title %q, want %q", d.Title, ruTitle)
	case !strings.Contains(body, "Владимир Путин заявил журналистам") || !strings.Contains(body, "Сергей Лавров сообщил"):
		return fmt.Sprintf("body lacks the article text: %.200q", body)
	case d.Lang != "ru":
		return fmt.Sprintf("lang %q, want ru", d.Lang)
	}
	return ""
}

// bodyHas checks that the body holds every fragment and none of the
// forbidden ones (prefixed with "!").
func bodyHas(frags ...string) func(d *doc.Doc) string {
	return func(d *doc.Doc) string {
		body := d.Record().Body
		for _, f := range frags {
			if no, ok := strings.CutPrefix(f, "!"); ok {
				if strings.Contains(body, no) {
					return fmt.Sprintf("body has %q: %.200q", no, body)
				}
			} else if !strings.Contains(body, f) {
				return fmt.Sprintf("body lacks %q: %.200q", f, body)
			}
		}
		return ""
	}
}

// anySane accepts any error-free record that passes the generic checks.
func anySane(*doc.Doc) string { return "" }

func badCases(t *testing.T) []badCase {
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 256<<10)
	rng.Read(random)
	withHeader := func(h string) []byte { return append([]byte(h), random[:8<<10]...) }

	bomb := gzipBomb(4 << 30)
	truncated := testinput.Gzip(goodPage(0))
	truncated = truncated[:len(truncated)/2]

	article := "<p>" + strings.Repeat("Hostile markup surrounds this paragraph of the article, which must still be found. ", 4) + "</p>"
	deep := "<html><body>" + strings.Repeat("<div>", 100_000) + article + strings.Repeat("</div>", 100_000) + "</body></html>"
	unclosed := "<html><head><title>Unclosed tags everywhere</title><body><div class=main><article><h1>Unclosed tags everywhere" +
		"<p>The first paragraph of the story never closes its tags, <b>bold text runs on, <i>and italics too, yet the words are all here for the reader." +
		"<p>A second paragraph starts without ending the first one, and only a <a href=/x>link</a> closes, <u>which browsers forgive every day." +
		"<p>The third paragraph closes nothing at all: not the article, not the division, not the body and not the document"
	flood := "<html><body>" + strings.Repeat("<b><i><a href=#><font><span>x ", 3000) + "</body></html>"
	bigAttr := "<html><body><div data-blob=\"" + strings.Repeat("A", 10<<20) + "\">" + article + "</div></body></html>"
	script := "<html><head><title>Script with a closing tag</title></head><body><script>var s = \"</p><p>Injected words from a script string\"; document.write(s);</script>" +
		article + "<script>if (a < b && c > d) { x = '</div></body></html>'; }</script>" + article + "</body></html>"
	var table strings.Builder
	table.WriteString("<html><body>" + article + "<table>")
	for r := range 400 {
		table.WriteString("<tr>")
		for c := range 40 {
			fmt.Fprintf(&table, "<td>r%dc%d</td>", r, c)
		}
		table.WriteString("</tr>")
	}
	table.WriteString("</table></body></html>")
	// Past extract's element cap for go-trafilatura: 120,000 cells.
	var bigTable strings.Builder
	bigTable.WriteString("<html><body>" + article + "<table>")
	for range 1200 {
		bigTable.WriteString("<tr>" + strings.Repeat("<td>cell</td>", 100) + "</tr>")
	}
	bigTable.WriteString("</table></body></html>")
	brokenUTF8 := strings.ReplaceAll(ruPage(""), " ", "\xff ")
	var noise bytes.Buffer
	for range 5000 {
		noise.WriteString("Hello \xff\xfe w\xc3\xb6rld \xc3 text \xe2\x82 more. ")
	}

	return []badCase{
		{name: "empty", raw: nil, wantErr: decode.ErrEmpty},
		{name: "whitespace", raw: []byte(" \n\t\r\n   \n"), wantErr: decode.ErrEmpty},
		{name: "random binary", raw: random, wantErr: decode.ErrBinary},
		{name: "png", raw: withHeader("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: decode.ErrBinary, wantMsg: "PNG"},
		{name: "zip", raw: withHeader("PK\x03\x04\x14\x00\x00\x00\x08\x00"), wantErr: decode.ErrBinary, wantMsg: "ZIP"},
		{name: "pdf all ascii", raw: []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 100 700 Td (Hello World) Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"), wantErr: decode.ErrBinary, wantMsg: "PDF"},
		{name: "nul filled", raw: make([]byte, 1<<20), wantErr: decode.ErrBinary},
		{name: "text over the size limit", raw: bytes.Repeat([]byte("Some words of a very long text dump.\n"), 21<<20/37), wantErr: decode.ErrTooLarge, wantMsg: "larger than 16 MiB"},
		{name: "5 MB line without spaces", raw: bytes.Repeat([]byte("x"), 5<<20), wantErr: ErrNoArticle},
		{name: "windows-1251 undeclared", raw: encode(t, charmap.Windows1251, ruPage("")), check: russian},
		{name: "koi8-r undeclared", raw: encode(t, charmap.KOI8R, ruPage("")), check: russian},
		{name: "utf-16le undeclared", raw: encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), ruPage("")), check: russian},
		{name: "utf-16be undeclared", raw: encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), ruPage("")), check: russian},
		{name: "declares utf-8, is windows-1251", raw: encode(t, charmap.Windows1251, ruPage(`<meta charset="utf-8">`)), check: russian},
		{name: "declares koi8-r, is windows-1251", raw: encode(t, charmap.Windows1251, ruPage(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`)), check: russian},
		{name: "utf-8 bom, meta says windows-1251", raw: append([]byte("\xEF\xBB\xBF"), ruPage(`<meta charset="windows-1251">`)...), check: russian},
		{name: "utf-16 bom, meta says utf-8", raw: encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), ruPage(`<meta charset="utf-8">`)), check: russian},
		{name: "truncated gzip", raw: truncated, wantErr: decode.ErrTruncated},
		{name: "gzip bomb", raw: bomb, wantErr: decode.ErrTooLarge},
		{name: "100k nested divs", raw: []byte(deep), check: bodyHas("Hostile markup surrounds this paragraph")},
		{name: "unclosed tags", raw: []byte(unclosed), check: bodyHas("bold text runs on, and italics too", "only a link closes, which browsers forgive", "not the body and not the document")},
		{name: "unclosed formatting flood", raw: []byte(flood), check: anySane},
		{name: "10 MB attribute", raw: []byte(bigAttr), check: bodyHas("Hostile markup surrounds this paragraph", "!AAAA")},
		{name: "script holding </p>", raw: []byte(script), check: bodyHas("Hostile markup surrounds this paragraph", "!Injected", "!document.write", "!x = ")},
		{name: "huge table", raw: []byte(table.String()), check: bodyHas("Hostile markup surrounds this paragraph")},
		{name: "120k-cell table", raw: []byte(bigTable.String()), check: bodyHas("Hostile markup surrounds this paragraph", "!cell")},
		{name: "thousands of one-letter paragraphs", raw: []byte("<html><body>" + strings.Repeat("<p>a</p>\n", 5000) + "</body></html>"), check: anySane},
		{name: "broken utf-8 after every word", raw: []byte(brokenUTF8), check: bodyHas("журналистам", "Лавров", "!Рџ")},
		{name: "invalid utf-8 noise", raw: noise.Bytes(), check: anySane},
		{name: "links and a title only", raw: []byte(`<html><head><title>Latest news</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>Copyright</footer></body></html>`), wantErr: ErrNoArticle},
		{name: "markup without text", raw: []byte("<html><body><div><span></span><img src=x.png></div></body></html>"), wantErr: extract.ErrNoText},
	}
}

// gzipBomb is a small gzip stream that inflates to n bytes of markup: the
// same 16 MiB member repeated (a reader goes on to the next member).
func gzipBomb(n int64) []byte {
	const chunk = 16 << 20
	member := testinput.Gzip(bytes.Repeat([]byte("<p>lol</p>"), chunk/10))
	var b bytes.Buffer
	for range n / chunk {
		b.Write(member)
	}
	return b.Bytes()
}

// saneRecord checks what every error-free record must satisfy: valid UTF-8
// and every span inside the text and in order.
func saneRecord(d *doc.Doc) string {
	if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
		return "invalid UTF-8 in text or title"
	}
	end := 0
	for _, b := range d.Blocks {
		if b.Start < end || b.End < b.Start || b.End > len(d.Text) {
			return fmt.Sprintf("block %v out of order or bounds (text %d bytes)", b.Span, len(d.Text))
		}
		end = b.End
	}
	spans := func(what string, n int, at func(int) doc.Span) string {
		for i := range n {
			s := at(i)
			if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
				return fmt.Sprintf("%s %v out of bounds (text %d bytes)", what, s, len(d.Text))
			}
		}
		return ""
	}
	for _, p := range []string{
		spans("token", len(d.Tokens), func(i int) doc.Span { return d.Tokens[i].Span }),
		spans("entity", len(d.Entities), func(i int) doc.Span { return d.Entities[i].Span }),
		spans("quote", len(d.Quotes), func(i int) doc.Span { return d.Quotes[i].Span }),
		spans("date", len(d.Dates), func(i int) doc.Span { return d.Dates[i].Span }),
	} {
		if p != "" {
			return p
		}
	}
	if _, err := json.Marshal(d.Record()); err != nil {
		return fmt.Sprintf("record does not marshal: %v", err)
	}
	return ""
}

// TestBadInputBatch runs the default pipeline over a directory in which
// every hostile input sits between two good pages, and checks that each
// bad record fails alone with a clear error or comes out sane, that every
// good page comes out right and in input order, and that the whole batch
// ends within a bound.
func TestBadInputBatch(t *testing.T) {
	p, err := New(Options{PageTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	cases := badCases(t)
	dir := t.TempDir()
	type input struct {
		name string
		bad  *badCase // nil for a good page
		good int
	}
	var inputs []input
	add := func(name string, raw []byte, in input) {
		in.name = filepath.Join(dir, name)
		if err := os.WriteFile(in.name, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, in)
	}
	for i := range cases {
		add(fmt.Sprintf("%02d-a-good.html", i), goodPage(i), input{good: i})
		ext := ".html"
		if cases[i].name == "gzip bomb" || cases[i].name == "truncated gzip" {
			ext = ".html.gz"
		}
		add(fmt.Sprintf("%02d-b-bad%s", i, ext), cases[i].raw, input{bad: &cases[i]})
	}
	add(fmt.Sprintf("%02d-a-good.html", len(cases)), goodPage(len(cases)), input{good: len(cases)})

	// Generous for a loaded 2-core machine (the whole batch takes ~10 s
	// there); a page that hangs or crawls fails the test here.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var got []*doc.Doc
	err = p.Batch(ctx, []string{dir}, nil, 2, func(d *doc.Doc) error {
		got = append(got, d)
		return nil
	})
	if err != nil {
		t.Fatalf("batch: %v (after %d of %d records)", err, len(got), len(inputs))
	}
	if len(got) != len(inputs) {
		t.Fatalf("%d records for %d inputs", len(got), len(inputs))
	}
	for i, in := range inputs {
		d := got[i]
		if d.Source != in.name {
			t.Errorf("record %d is %s, want %s (order)", i, d.Source, in.name)
			continue
		}
		if in.bad == nil {
			wantTitle := fmt.Sprintf("City council approves budget number %d", in.good)
			switch {
			case d.Err != nil:
				t.Errorf("good page %d: %v", in.good, d.Err)
			case d.Title != wantTitle || d.Lang != "en" || !strings.Contains(d.Record().Body, fmt.Sprintf("approved budget number %d on Tuesday", in.good)):
				t.Errorf("good page %d: title %q lang %q body %.100q", in.good, d.Title, d.Lang, d.Record().Body)
			}
			continue
		}
		c := in.bad
		t.Run(c.name, func(t *testing.T) {
			if d.Err != nil && (strings.Contains(d.Err.Error(), "internal error") || strings.Contains(d.Err.Error(), "took longer")) {
				t.Fatalf("%.300v", d.Err)
			}
			if c.wantErr != nil {
				if !errors.Is(d.Err, c.wantErr) || !strings.Contains(fmt.Sprint(d.Err), c.wantMsg) {
					t.Fatalf("err = %v, want %v (with %q)", d.Err, c.wantErr, c.wantMsg)
				}
				if d.Record().Error == "" {
					t.Fatalf("record has no error field")
				}
				return
			}
			if d.Err != nil {
				t.Fatalf("unexpected error %v", d.Err)
			}
			if p := saneRecord(d); p != "" {
				t.Fatal(p)
			}
			if p := c.check(d); p != "" {
				t.Fatal(p)
			}
		})
	}
}

// FuzzProcess feeds any bytes to the default pipeline: no panic (which
// Process would report as an internal error), no page running into the
// time limit, and every error-free record sane.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"",
		"\x89PNG\r\n\x1a\n\x00\x00",
		"<html><body><p>Short page.</p></body></html>",
		"<div><div><p>x</div><b><i>unclosed",
		"<script>var s = \"</p>\";</script><p>Text after a script.</p>",
		"<meta charset=koi8-r><p>\xf0\xd2\xc5\xda\xc9\xc4\xc5\xce\xd4 \xda\xc1\xd1\xd7\xc9\xcc</p>",
		"\xff\xfe<\x00p\x00>\x00\x1f\x04\x40\x04\x38\x04",
		"Президент заявил \xff журналистам, что \xc3 переговоры продолжатся.",
	} {
		f.Add([]byte(s))
	}
	f.Add(goodPage(1))
	p, err := New(Options{PageTimeout: 20 * time.Second})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d := p.Process(context.Background(), "fuzz", raw)
		if d.Err != nil {
			if msg := d.Err.Error(); strings.Contains(msg, "internal error") || strings.Contains(msg, "took longer") {
				t.Fatalf("%.500s", msg)
			}
			return
		}
		if p := saneRecord(d); p != "" {
			t.Fatal(p)
		}
	})
}
