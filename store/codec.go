package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store/terms"
)

// EncodeDoc serialises what a store keeps of d (text and annotations, not
// the raw bytes, tokens or sentences) as a compact, compressed binary record
// (see encodeBody). Engines store the blob and DecodeDoc reads it back.
func EncodeDoc(d *doc.Doc) ([]byte, error) {
	e := encoders.Get().(*encoder)
	defer e.release()
	e.raw = appendDoc(e.raw[:0], d, e.syms)
	e.out.Reset()
	e.out.WriteString(blobMagic)
	e.zw.Reset(&e.out)
	if _, err := e.zw.Write(e.raw); err != nil {
		return nil, fmt.Errorf("compress document: %w", err)
	}
	if err := e.zw.Close(); err != nil {
		return nil, fmt.Errorf("compress document: %w", err)
	}
	return bytes.Clone(e.out.Bytes()), nil
}

// DecodeDoc reads a blob written by EncodeDoc (or by the JSON encoding that
// earlier versions wrote).
func DecodeDoc(b []byte) (*doc.Doc, error) {
	version, body, ok := blobBody(b)
	if !ok {
		return decodeJSON(b)
	}
	dec := decoders.Get().(*decoder)
	defer dec.release()
	dec.in.Reset(body)
	if err := dec.zr.(flate.Resetter).Reset(&dec.in, nil); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	dec.out.Reset()
	if _, err := dec.out.ReadFrom(io.LimitReader(dec.zr, maxBlob+1)); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	if dec.out.Len() > maxBlob {
		return nil, errors.New("decode document: larger than the limit")
	}
	d, err := readDoc(dec.out.Bytes(), version)
	if err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	return d, nil
}

// DecodeText reads only the text of a blob written by EncodeDoc, which
// comes first in it, so the rest is not decompressed.
func DecodeText(b []byte) (string, error) {
	_, body, ok := blobBody(b) // the text comes first in every version
	if !ok {
		d, err := decodeJSON(b)
		if err != nil {
			return "", err
		}
		return d.Text, nil
	}
	dec := decoders.Get().(*decoder)
	defer dec.release()
	dec.in.Reset(body)
	if err := dec.zr.(flate.Resetter).Reset(&dec.in, nil); err != nil {
		return "", fmt.Errorf("decode text: %w", err)
	}
	br := byteReader{r: dec.zr}
	n, err := binary.ReadUvarint(&br)
	if err != nil {
		return "", fmt.Errorf("decode text: %w", err)
	}
	if n > maxBlob {
		return "", errors.New("decode text: larger than the limit")
	}
	dec.out.Reset()
	if _, err := dec.out.ReadFrom(io.LimitReader(dec.zr, int64(n))); err != nil {
		return "", fmt.Errorf("decode text: %w", err)
	}
	if uint64(dec.out.Len()) != n {
		return "", fmt.Errorf("decode text: %w", io.ErrUnexpectedEOF)
	}
	return dec.out.String(), nil
}

// byteReader reads one byte at a time from r (for the varint before the
// text; flate's reader is not an io.ByteReader).
type byteReader struct {
	r   io.Reader
	buf [1]byte
}

func (b *byteReader) ReadByte() (byte, error) {
	if _, err := io.ReadFull(b.r, b.buf[:]); err != nil {
		return 0, err
	}
	return b.buf[0], nil
}

// decodeJSON reads the flate-compressed JSON blobs of earlier versions.
func decodeJSON(b []byte) (*doc.Doc, error) {
	r := flate.NewReader(bytes.NewReader(b))
	defer r.Close()
	var d doc.Doc
	if err := json.NewDecoder(io.Reader(r)).Decode(&d); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	return &d, nil
}

// Day returns the calendar part of an ISO 8601 or TIMEX3 value: YYYY-MM-DD,
// YYYY-MM or YYYY, or "" when v does not start with a year.
func Day(v string) string {
	digits := func(s string) bool {
		for _, r := range s {
			if r < '0' || r > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) >= 10 && digits(v[:4]) && v[4] == '-' && digits(v[5:7]) && v[7] == '-' && digits(v[8:10]):
		return v[:10]
	case len(v) >= 7 && digits(v[:4]) && v[4] == '-' && digits(v[5:7]):
		return v[:7]
	case len(v) >= 4 && digits(v[:4]) && (len(v) == 4 || !unicode.IsDigit(rune(v[4]))):
		return v[:4]
	}
	return ""
}

// Script names the writing system of a name: Latin, Cyrillic, Greek, Han,
// Arabic or Other.
func Script(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, sc := range []string{"Latin", "Cyrillic", "Greek", "Han", "Arabic", "Hebrew", "Georgian", "Armenian"} {
			if unicode.Is(unicode.Scripts[sc], r) {
				return sc
			}
		}
		return "Other"
	}
	return "Other"
}

// Snippet cuts a window of about width words out of text around the first
// word whose stem is in stems (the start of text when none is), marking the
// matching words.
func Snippet(text string, stems map[string]bool, width int) []Segment {
	// Words are read up to one past the window around the first match
	// (which tells whether the snippet ends the text), not to the end.
	// Only the words a snippet can show are kept: the first width+1 (for
	// a text without a match) and, from the last width/3 before the first
	// match (where the window starts) on, win; until the first match those
	// last width/3 words go round in ring. Each word's stem is looked up
	// as it is read (terms.WalkLookup: no copy of it is kept).
	type word struct {
		start, end int
		match      bool
	}
	k := width / 3
	head := make([]word, 0, width+1)
	var ring, win []word
	if len(stems) > 0 {
		ring, win = make([]word, k), make([]word, 0, k+width+1)
	}
	n, first := 0, -1 // words read; index of the first match
	terms.WalkLookup(text, func(t terms.Term) bool {
		w := word{t.Start, t.End, len(stems) > 0 && stems[t.Stem]}
		if first < 0 && w.match {
			first = n
			for j := max(0, n-k); j < n; j++ {
				win = append(win, ring[j%k])
			}
		}
		n++
		if len(head) <= width {
			head = append(head, w)
		}
		switch {
		case len(stems) == 0:
			return n <= width
		case first < 0:
			if k > 0 {
				ring[(n-1)%k] = w
			}
			return true
		}
		win = append(win, w)
		return n <= max(0, first-k)+width
	})
	if n == 0 {
		return nil
	}
	lo, ws, base := 0, head, 0 // ws[i] is word base+i
	if first >= 0 {
		lo = max(0, first-k)
		ws, base = win, lo
	}
	hi := min(lo+width, n)
	var out []Segment
	pos := ws[lo-base].start
	if lo > 0 {
		out = append(out, Segment{Text: "… "})
	}
	for _, w := range ws[lo-base : hi-base] {
		if !w.match {
			continue
		}
		if w.start > pos {
			out = append(out, Segment{Text: text[pos:w.start]})
		}
		out = append(out, Segment{Text: text[w.start:w.end], Match: true})
		pos = w.end
	}
	end := ws[hi-base-1].end
	if end > pos {
		out = append(out, Segment{Text: text[pos:end]})
	}
	if hi < n {
		out = append(out, Segment{Text: " …"})
	}
	return out
}
