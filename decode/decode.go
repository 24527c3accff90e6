// Package decode turns the raw bytes of a page into UTF-8 text: it undoes
// gzip, tells HTML from plain text by content, finds the charset (byte-order
// mark, <meta charset>, http-equiv, XML declaration, else a statistical guess
// among UTF-8, UTF-16, windows-1251, KOI8-R, ISO-8859-5 and the Latin
// code pages) and refuses binary input with a clear error.
package decode

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// MaxSize is the largest page (after gzip) Decode accepts.
const MaxSize = 16 << 20

// Errors Decode returns (wrapped with detail).
var (
	ErrEmpty     = errors.New("empty input")
	ErrBinary    = errors.New("binary input, not a text or HTML page")
	ErrTooLarge  = fmt.Errorf("page larger than %d MiB", MaxSize>>20)
	ErrTruncated = errors.New("truncated or corrupt gzip stream")
)

// Page is a decoded page.
type Page struct {
	Text    string // valid UTF-8
	HTML    bool   // the content is HTML
	Charset string // the charset used, e.g. "utf-8", "windows-1251"
	// How says how the charset was chosen: "bom", "meta", "xml", "utf8",
	// "guess".
	How string
	// Repaired is true when invalid byte sequences were replaced.
	Repaired bool
}

// Decode decodes raw page bytes. Input in gzip is unpacked first.
func Decode(raw []byte) (Page, error) {
	if len(raw) >= 2 && raw[0] == 0x1f && raw[1] == 0x8b {
		b, err := gunzip(raw)
		if err != nil {
			return Page{}, err
		}
		raw = b
	}
	if len(raw) > MaxSize {
		return Page{}, fmt.Errorf("%w (%d bytes)", ErrTooLarge, len(raw))
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return Page{}, ErrEmpty
	}
	if kind := fileKind(raw); kind != "" {
		return Page{}, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	enc, name, how := detect(raw)
	var text string
	if enc == nil {
		text = string(raw)
	} else {
		b, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return Page{}, fmt.Errorf("decode %s: %w", name, err)
		}
		text = string(b)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	p := Page{Charset: name, How: how}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		p.Repaired = true
	}
	if isBinary(text) {
		return Page{}, ErrBinary
	}
	p.Text = text
	p.HTML = IsHTML(text)
	return p, nil
}

func gunzip(raw []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w: %v", ErrTruncated, err)
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(zr, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w: %v", ErrTruncated, err)
	}
	if n > MaxSize {
		return nil, fmt.Errorf("gzip: %w", ErrTooLarge)
	}
	return buf.Bytes(), nil
}

// signatures are the leading bytes of file formats that are not pages, each
// specific enough that no text starts with it. Some (PDF, PostScript, RTF)
// are mostly ASCII and would otherwise pass as text; the others would fail
// as binary anyway, but naming the format makes the error clearer.
var signatures = []struct{ magic, kind string }{
	{"%PDF-", "PDF"},
	{"%!PS-Adobe", "PostScript"},
	{"{\\rtf1", "RTF"},
	{"PK\x03\x04", "ZIP"},
	{"\x89PNG\r\n\x1a\n", "PNG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"\xff\xd8\xff", "JPEG"},
	{"\x7fELF", "ELF"},
	{"\xfd7zXZ\x00", "xz"},
	{"7z\xbc\xaf\x27\x1c", "7z"},
	{"Rar!\x1a\x07", "RAR"},
	{"\x28\xb5\x2f\xfd", "zstd"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (old Office)"},
	{"SQLite format 3\x00", "SQLite"},
	{"OggS\x00", "Ogg"},
}

// fileKind names the binary format raw starts with, or "".
func fileKind(raw []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(raw, []byte(s.magic)) {
			return s.kind
		}
	}
	return ""
}

// isBinary reports text that is not a page: many control characters (NUL
// among them; a few stray NULs in a page's markup are not enough), or mostly
// replacement characters.
func isBinary(s string) bool {
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	var ctl, bad, n int
	for _, r := range s {
		n++
		switch {
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			ctl++
		case r == utf8.RuneError:
			bad++
		}
	}
	return n > 0 && (ctl*20 > n || bad*4 > n)
}

// IsHTML reports whether text looks like HTML: a doctype or an <html>,
// <head> or <body> tag near the start, or several common tags.
func IsHTML(text string) bool {
	head := text
	if len(head) > 4096 {
		head = head[:4096]
	}
	l := strings.ToLower(head)
	t := strings.TrimSpace(l)
	if strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html") {
		return true
	}
	for _, tag := range []string{"<html", "<head>", "<head ", "<body", "<!doctype html"} {
		if strings.Contains(l, tag) {
			return true
		}
	}
	// A page may open with a long <style> or comment block: markup from
	// the first byte and a document tag further on is still HTML.
	if strings.HasPrefix(t, "<") && len(text) > len(head) {
		deep := text
		if len(deep) > 1<<16 {
			deep = deep[:1<<16]
		}
		l := strings.ToLower(deep)
		for _, tag := range []string{"<html", "<body", "<head>", "<!doctype html"} {
			if strings.Contains(l, tag) {
				return true
			}
		}
	}
	n := 0
	for _, tag := range []string{"<p>", "<p ", "<div", "<br", "<a href", "<meta ", "<title>", "<span", "<table", "<li>", "<h1", "<h2"} {
		n += strings.Count(l, tag)
	}
	return n >= 3 && strings.HasPrefix(t, "<")
}

// detect picks the encoding: nil means the bytes are already UTF-8.
func detect(raw []byte) (encoding.Encoding, string, string) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return nil, "utf-8", "bom"
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", "bom"
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", "bom"
	}
	if le, ok := utf16NoBOM(raw); ok {
		if le {
			return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", "guess"
		}
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", "guess"
	}
	if name, how := declared(raw); name != "" {
		if e, err := htmlindex.Get(name); err == nil {
			canon, _ := htmlindex.Name(e)
			switch canon {
			case "utf-8":
				// A page declaring UTF-8 whose bytes are not (mostly)
				// UTF-8 is in a legacy code page: guess it below rather
				// than replace every letter with U+FFFD.
				if utf8.Valid(raw) || mostlyUTF8(raw) {
					return nil, canon, how
				}
			case "utf-16le", "utf-16be":
				// A declaration of UTF-16 in ASCII-compatible bytes is
				// wrong by construction (HTML spec: treat as UTF-8).
			default:
				// Pages often declare latin-1 but are UTF-8; trust valid
				// UTF-8 with non-ASCII bytes over the declaration.
				if !hasNonASCII(raw) || !utf8.Valid(raw) {
					if g, gname, ok := misdeclared(raw, canon); ok {
						return g, gname, "guess"
					}
					return e, canon, how
				}
			}
		}
	}
	if utf8.Valid(raw) || mostlyUTF8(raw) {
		return nil, "utf-8", "utf8"
	}
	e, name := guess(raw)
	return e, name, "guess"
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// mostlyUTF8 accepts text with at least three well-formed multi-byte UTF-8
// sequences per broken byte (the broken ones are repaired later). Text in
// a single-byte code page has far fewer: a well-formed pair there needs a
// capital (0xC2-0xDF in windows-1251) before a byte of 0x80-0xBF, and
// every small Cyrillic letter is a broken byte.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			bad++
			n = 1
		} else {
			good++
		}
		b = b[n:]
	}
	return good >= 10 && bad*3 <= good
}

// utf16NoBOM spots UTF-16 without a byte-order mark. The high byte of a
// code unit names its script block (0x00 for ASCII and Latin-1, 0x04 for
// Cyrillic, 0x20 for punctuation), so in UTF-16 text the bytes at one
// parity take a few small values while those at the other vary; in
// single-byte text both parities look alike.
func utf16NoBOM(b []byte) (littleEndian, ok bool) {
	if len(b) > 4096 {
		b = b[:4096]
	}
	if len(b) < 8 {
		return false, false
	}
	// UTF-16 of nearly any text has bytes no text in a single-byte
	// encoding has: the NUL high byte of ASCII and Latin-1, 0x04 of
	// Cyrillic, ... Printable ASCII and line breaks alone ("1\n2\n3\n…",
	// "a b c …", whose every other byte is a small value) are not UTF-16.
	if !slices.ContainsFunc(b, func(c byte) bool { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' }) {
		return false, false
	}
	var counts [2][256]int
	var zeros [2]int
	for i := 0; i+1 < len(b); i += 2 {
		counts[0][b[i]]++
		counts[1][b[i+1]]++
		if b[i] == 0 {
			zeros[0]++
		}
		if b[i+1] == 0 {
			zeros[1]++
		}
	}
	pairs := len(b) / 2
	// share is how many units the two most frequent bytes at a parity
	// cover, counting only small values (script blocks below U+3000).
	share := func(c *[256]int) (top2, small int) {
		a, s := 0, 0
		for v, n := range c {
			if n > a {
				a, s = n, a
			} else if n > s {
				s = n
			}
			if v < 0x30 {
				small += n
			}
		}
		return a + s, small
	}
	hi0, small0 := share(&counts[0])
	hi1, small1 := share(&counts[1])
	switch {
	case hi1*10 >= pairs*9 && small1*10 >= pairs*9 && hi0*10 < pairs*6 && zeros[0]*20 < pairs:
		return true, true
	case hi0*10 >= pairs*9 && small0*10 >= pairs*9 && hi1*10 < pairs*6 && zeros[1]*20 < pairs:
		return false, true
	}
	return false, false
}

// declared finds a charset named in the first 4 KiB: <meta charset>,
// <meta http-equiv content="...; charset=...">, or <?xml encoding="...">.
func declared(raw []byte) (name, how string) {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	l := bytes.ToLower(head)
	if bytes.HasPrefix(bytes.TrimSpace(l), []byte("<?xml")) {
		if end := bytes.Index(l, []byte("?>")); end > 0 {
			if v := attrValue(l[:end], "encoding"); v != "" {
				return v, "xml"
			}
		}
	}
	for off := 0; ; {
		i := bytes.Index(l[off:], []byte("<meta"))
		if i < 0 {
			return "", ""
		}
		off += i + 5
		end := bytes.IndexByte(l[off:], '>')
		if end < 0 {
			return "", ""
		}
		tag := l[off : off+end]
		if v := attrValue(tag, "charset"); v != "" {
			return v, "meta"
		}
		if bytes.Contains(tag, []byte("http-equiv")) {
			if c := attrValue(tag, "content"); c != "" {
				if j := strings.Index(c, "charset="); j >= 0 {
					v := strings.Trim(c[j+8:], " \"';")
					if k := strings.IndexAny(v, " ;\"'"); k >= 0 {
						v = v[:k]
					}
					if v != "" {
						return v, "meta"
					}
				}
			}
		}
	}
}

// attrValue reads name=value (quoted or not) from a lower-cased tag body.
func attrValue(tag []byte, name string) string {
	for off := 0; off < len(tag); {
		i := bytes.Index(tag[off:], []byte(name))
		if i < 0 {
			return ""
		}
		p := off + i
		off = p + len(name)
		if p > 0 && isAttrChar(tag[p-1]) {
			continue
		}
		j := off
		for j < len(tag) && tag[j] == ' ' {
			j++
		}
		if j >= len(tag) || tag[j] != '=' {
			continue
		}
		j++
		for j < len(tag) && tag[j] == ' ' {
			j++
		}
		if j >= len(tag) {
			return ""
		}
		q := tag[j]
		if q == '"' || q == '\'' {
			k := bytes.IndexByte(tag[j+1:], q)
			if k < 0 {
				return strings.TrimSpace(string(tag[j+1:]))
			}
			return strings.TrimSpace(string(tag[j+1 : j+1+k]))
		}
		k := j
		for k < len(tag) && !strings.ContainsRune(" /;\"'", rune(tag[k])) {
			k++
		}
		return string(tag[j:k])
	}
	return ""
}

func isAttrChar(c byte) bool {
	return c == '-' || c == '_' || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9')
}
