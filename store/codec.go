package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"unicode"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store/terms"
)

// EncodeDoc serialises what a store keeps of d (text and annotations, not the
// raw bytes, tokens or sentences) as compressed JSON. Engines store the blob
// and DecodeDoc reads it back.
func EncodeDoc(d *doc.Doc) ([]byte, error) {
	c := *d
	c.Raw, c.Tokens, c.Sentences, c.Err = nil, nil, nil, nil
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
	if err := json.NewEncoder(w).Encode(&c); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("compress document: %w", err)
	}
	return buf.Bytes(), nil
}

// DecodeDoc reads a blob written by EncodeDoc.
func DecodeDoc(b []byte) (*doc.Doc, error) {
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
	var ts []terms.Term
	first := -1
	terms.Each(text, func(t terms.Term) {
		if first < 0 && stems[t.Stem] {
			first = len(ts)
		}
		ts = append(ts, t)
	})
	if len(ts) == 0 {
		return nil
	}
	lo := 0
	if first > width/3 {
		lo = first - width/3
	}
	hi := min(lo+width, len(ts))
	var out []Segment
	pos := ts[lo].Start
	if lo > 0 {
		out = append(out, Segment{Text: "… "})
	}
	for _, t := range ts[lo:hi] {
		if !stems[t.Stem] {
			continue
		}
		if t.Start > pos {
			out = append(out, Segment{Text: text[pos:t.Start]})
		}
		out = append(out, Segment{Text: text[t.Start:t.End], Match: true})
		pos = t.End
	}
	end := ts[hi-1].End
	if end > pos {
		out = append(out, Segment{Text: text[pos:end]})
	}
	if hi < len(ts) {
		out = append(out, Segment{Text: " …"})
	}
	return out
}
