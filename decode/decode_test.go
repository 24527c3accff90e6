package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/pressclip/pressclip/internal/testinput"
)

const (
	ruText = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе. Москва и Киев обменялись пленными."
	ukText = "Київська міська рада ухвалила рішення щодо підтримки її мешканців. Голова громади пояснив, що гроші є в бюджеті."
	deText = "Die Bundesregierung möchte die Förderung für Wärmepumpen ändern. Außerdem äußerte sich der Minister über Größe und Qualität."
	plText = "Prezydent powiedział, że rząd przygotował ustawę. Żołnierze wrócili do miast, a część z nich będzie świętować zwycięstwo."
)

func enc(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCharsets(t *testing.T) {
	html := func(meta, body string) string {
		return "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>"
	}
	tests := []struct {
		name    string
		raw     []byte
		want    string
		charset string
		how     string
		isHTML  bool
	}{
		{"utf8 plain", []byte(ruText), ruText, "utf-8", "utf8", false},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, ukText...), ukText, "utf-8", "bom", false},
		{"utf16le bom", enc(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), ruText), ruText, "utf-16le", "bom", false},
		{"utf16be bom", enc(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), deText), deText, "utf-16be", "bom", false},
		{"utf16le no bom", enc(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), deText), deText, "utf-16le", "guess", false},
		{"1251 undeclared ru", enc(t, charmap.Windows1251, ruText), ruText, "windows-1251", "guess", false},
		{"1251 undeclared uk", enc(t, charmap.Windows1251, ukText), ukText, "windows-1251", "guess", false},
		{"koi8-r undeclared", enc(t, charmap.KOI8R, ruText), ruText, "koi8-r", "guess", false},
		{"koi8-u undeclared", enc(t, charmap.KOI8U, ukText), ukText, "koi8-u", "guess", false},
		{"iso-8859-5 undeclared", enc(t, charmap.ISO8859_5, ruText), ruText, "iso-8859-5", "guess", false},
		{"latin1 undeclared de", enc(t, charmap.Windows1252, deText), deText, "windows-1252", "guess", false},
		{"latin2 undeclared pl", enc(t, charmap.ISO8859_2, plText), plText, "iso-8859-2", "guess", false},
		{"meta charset", enc(t, charmap.Windows1251, html(`<meta charset="windows-1251">`, ruText)), html(`<meta charset="windows-1251">`, ruText), "windows-1251", "meta", true},
		{"http-equiv", enc(t, charmap.KOI8R, html(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, ruText)), html(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, ruText), "koi8-r", "meta", true},
		{"declared latin1 but utf8", []byte(html(`<meta charset=iso-8859-1>`, deText)), html(`<meta charset=iso-8859-1>`, deText), "utf-8", "utf8", true},
		{"utf16le no bom cyrillic html", enc(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), html("", ruText)), html("", ruText), "utf-16le", "guess", true},
		{"utf16be no bom cyrillic", enc(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), ukText), ukText, "utf-16be", "guess", false},
		{"declared utf-8 but 1251", enc(t, charmap.Windows1251, html(`<meta charset="utf-8">`, ruText)), html(`<meta charset="utf-8">`, ruText), "windows-1251", "guess", true},
		{"declared koi8-r but 1251", enc(t, charmap.Windows1251, html(`<meta charset="koi8-r">`, ruText)), html(`<meta charset="koi8-r">`, ruText), "windows-1251", "guess", true},
		{"declared 1251 but koi8-r", enc(t, charmap.KOI8R, html(`<meta charset="windows-1251">`, ruText)), html(`<meta charset="windows-1251">`, ruText), "koi8-r", "guess", true},
		{"declared latin1 but 1251", enc(t, charmap.Windows1251, html(`<meta charset="iso-8859-1">`, ukText)), html(`<meta charset="iso-8859-1">`, ukText), "windows-1251", "guess", true},
		{"declared latin2 kept", enc(t, charmap.ISO8859_2, html(`<meta charset="iso-8859-2">`, plText)), html(`<meta charset="iso-8859-2">`, plText), "iso-8859-2", "meta", true},
		{"declared 1252 kept", enc(t, charmap.Windows1252, html(`<meta charset="windows-1252">`, deText)), html(`<meta charset="windows-1252">`, deText), "windows-1252", "meta", true},
		{"1252 pound undeclared", enc(t, charmap.Windows1252, "Tickets cost £12, the tour £150 © 2006."), "Tickets cost £12, the tour £150 © 2006.", "windows-1252", "guess", false},
		{"declared 1252 with symbols kept", enc(t, charmap.Windows1252, html(`<meta charset="windows-1252">`, "ACME® tablets¹ and SAS® Programmer, Copyright © 2000")), html(`<meta charset="windows-1252">`, "ACME® tablets¹ and SAS® Programmer, Copyright © 2000"), "windows-1252", "meta", true},
		{"bom beats meta", append([]byte{0xEF, 0xBB, 0xBF}, html(`<meta charset="windows-1251">`, ukText)...), html(`<meta charset="windows-1251">`, ukText), "utf-8", "bom", true},
		// every other byte a line break or space, as UTF-16 has its high
		// bytes, but no byte UTF-16 text would have
		{"ascii one digit a line", []byte(digitLines), digitLines, "utf-8", "utf8", false},
		{"ascii spaced letters", []byte(spacedLetters), spacedLetters, "utf-8", "utf8", false},
		{"xml decl", enc(t, charmap.ISO8859_2, `<?xml version="1.0" encoding="ISO-8859-2"?><html><body><p>`+plText+`</p></body></html>`), `<?xml version="1.0" encoding="ISO-8859-2"?><html><body><p>` + plText + `</p></body></html>`, "iso-8859-2", "xml", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Decode(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if p.Text != tt.want || p.Charset != tt.charset || p.How != tt.how || p.HTML != tt.isHTML {
				t.Errorf("got %q %s/%s html=%v, want %q %s/%s html=%v", trunc(p.Text), p.Charset, p.How, p.HTML, trunc(tt.want), tt.charset, tt.how, tt.isHTML)
			}
		})
	}
}

var digitLines, spacedLetters = func() (string, string) {
	var d, l strings.Builder
	for i := range 300 {
		fmt.Fprintf(&d, "%d\n", i%10)
		l.WriteString(string(rune('a'+i%26)) + " ")
	}
	return d.String(), l.String()
}()

func trunc(s string) string {
	if len(s) > 60 {
		return s[:60]
	}
	return s
}

func TestBadInput(t *testing.T) {
	full := testinput.Gzip([]byte(strings.Repeat("<p>Hello world, this is a page.</p>\n", 200)))
	big := bytes.Repeat([]byte("a"), MaxSize+1)
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"spaces", []byte(" \n\t "), ErrEmpty},
		{"nul bytes", []byte("abc\x00\x00\x01\x02def\x00ghi\x00jkl"), ErrBinary},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), ErrBinary},
		{"pdf, all ascii", []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"), ErrBinary},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), ErrBinary},
		{"nul filled", make([]byte, 4096), ErrBinary},
		{"truncated gzip", full[:len(full)/2], ErrTruncated},
		{"gzip header only", full[:5], ErrTruncated},
		{"too large", big, ErrTooLarge},
		{"too large gzip", testinput.Gzip(big), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.raw)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestStrayNULs: a page whose markup holds a few NUL bytes (a broken
// template) is still read as a page; a file of many is binary.
func TestStrayNULs(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat(ukText+" ", 20) + "</p><img src=x />" + strings.Repeat("\x00", 22) + "</body></html>"
	p, err := Decode([]byte(page))
	if err != nil || !p.HTML || !strings.Contains(p.Text, ukText) {
		t.Fatalf("stray NULs: %v %+v", err, p.HTML)
	}
	if _, err := Decode([]byte(strings.Repeat("ab\x00", 100))); !errors.Is(err, ErrBinary) {
		t.Fatalf("one NUL in three: err = %v, want ErrBinary", err)
	}
}

func TestGzipAndRepair(t *testing.T) {
	p, err := Decode(testinput.Gzip([]byte("<html><body><p>" + ukText + "</p></body></html>")))
	if err != nil || !p.HTML || !strings.Contains(p.Text, ukText) {
		t.Fatalf("gzip: %v %+v", err, p)
	}
	// Mostly valid UTF-8 with one broken byte is repaired, not re-guessed.
	raw := []byte(ruText + "\xff" + ruText)
	p, err = Decode(raw)
	if err != nil || !p.Repaired || p.Text != ruText+"\uFFFD"+ruText {
		t.Fatalf("repair: %v %+v", err, p)
	}
	// A broken byte after every word is still UTF-8, not a legacy page.
	broken := strings.ReplaceAll(ruText, " ", "\xff ")
	p, err = Decode([]byte(broken))
	if want := strings.ReplaceAll(ruText, " ", "\uFFFD "); err != nil || !p.Repaired || p.Charset != "utf-8" || p.Text != want {
		t.Fatalf("broken every word: %v %s %q", err, p.Charset, p.Text)
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!doctype html><title>x</title>", true},
		{"  <HTML><body>x", true},
		{"<div><p>a</p><p>b</p></div>", true},
		{"Just text with a < sign and <b> one tag", false},
		{"Заголовок\n\nТекст статті.", false},
		// a long style block first: the document tags come after 4 KB
		{"<style>\n" + strings.Repeat("  .grid { display: grid; }\n", 300) + "</style>\n<html><body><h1>Title</h1>", true},
		{strings.Repeat("Plain text line.\n", 300) + "<html><body>", false},
	}
	for _, tt := range tests {
		if got := IsHTML(tt.in); got != tt.want {
			t.Errorf("IsHTML(%q) = %v", tt.in, got)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(ruText))
	f.Add([]byte("<meta charset=koi8-r><p>\xf0\xd2\xc9"))
	f.Add(testinput.Gzip([]byte("hello")))
	f.Add([]byte{0xFF, 0xFE, 0x41, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Decode(b)
		if err == nil && !utf8Valid(p.Text) {
			t.Fatalf("invalid UTF-8 out")
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }
