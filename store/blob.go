package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"sync"

	"github.com/pressclip/pressclip/doc"
)

// The blob format: blobMagic, then a raw DEFLATE stream of one record.
// The record is a sequence of varints: strings and lists are a length then
// their contents, short repeating strings are interned (see symbols), spans are the start as a signed delta from
// the previous span's start in the same list and the length as a signed
// varint, so annotations cost a few bytes each. The field order is fixed
// by appendDoc and readDoc; a new doc.Doc field needs a new blobMagic
// (TestBlobCoversDoc fails until the codec is told about it).
//
// blobMagic cannot begin a DEFLATE stream written by compress/flate (the
// JSON blobs of earlier versions): read as DEFLATE it is a stored block
// whose length check fails.
//
// Version 3 added each entity's lemma; blobs of version 2 (blobMagicV2)
// are still read.
const blobMagic = "pc\x00\x03"

// blobMagicV2 starts the blobs written before entities had a lemma.
const blobMagicV2 = "pc\x00\x02"

// blobBody returns the record version and the compressed record of a blob
// written by EncodeDoc, or ok false for a blob of another kind.
func blobBody(b []byte) (version int, body []byte, ok bool) {
	switch {
	case bytes.HasPrefix(b, []byte(blobMagic)):
		return 3, b[len(blobMagic):], true
	case bytes.HasPrefix(b, []byte(blobMagicV2)):
		return 2, b[len(blobMagicV2):], true
	}
	return 0, nil, false
}

// maxBlob bounds a decoded record, so a corrupt blob cannot exhaust memory.
const maxBlob = 256 << 20

// blobLevel trades CPU for size: on news text level 4 is within 1% of
// level 6 at two thirds of the time.
const blobLevel = 4

type encoder struct {
	raw  []byte
	syms symbols
	out  bytes.Buffer
	zw   *flate.Writer
}

var encoders = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(nil, blobLevel)
	return &encoder{zw: zw, syms: symbols{}}
}}

type decoder struct {
	in  bytes.Reader
	zr  io.ReadCloser
	out bytes.Buffer
}

var decoders = sync.Pool{New: func() any {
	return &decoder{zr: flate.NewReader(bytes.NewReader(nil))}
}}

// pooledCap is the largest buffer a pooled coder keeps, so one huge page
// does not stay in memory.
const pooledCap = 4 << 20

func (e *encoder) release() {
	if cap(e.raw) <= pooledCap && e.out.Cap() <= pooledCap {
		encoders.Put(e)
	}
}

func (d *decoder) release() {
	if d.out.Cap() <= pooledCap {
		d.in.Reset(nil)
		decoders.Put(d)
	}
}

func appendUint(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }
func appendInt(b []byte, v int64) []byte   { return binary.AppendVarint(b, v) }

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = appendUint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

// appendSpan appends s relative to *prev (the previous start) and makes
// s.Start the new *prev.
func appendSpan(b []byte, s doc.Span, prev *int) []byte {
	b = appendInt(b, int64(s.Start-*prev))
	*prev = s.Start
	return appendInt(b, int64(s.End-s.Start))
}

func appendOptSpan(b []byte, s *doc.Span, prev *int) []byte {
	if s == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	return appendSpan(b, *s, prev)
}

// symbols interns the short strings that repeat within a record (entity
// types, person ids and names, languages, date types and values): the first
// occurrence is written as 0 and the string, later ones as the index+1 of the
// first.
type symbols map[string]int

func (t symbols) append(b []byte, s string) []byte {
	if i, ok := t[s]; ok {
		return appendUint(b, uint64(i+1))
	}
	t[s] = len(t)
	b = append(b, 0)
	return appendString(b, s)
}

func appendDoc(b []byte, d *doc.Doc, syms symbols) []byte {
	clear(syms)
	// The text goes first: names and titles later in the record are
	// mostly copies of words in it, which the compressor then refers back to.
	b = appendString(b, d.Text)
	b = appendString(b, d.Source)
	html := uint64(0)
	if d.HTML {
		html = 1
	}
	b = appendUint(b, html)
	b = syms.append(b, d.Lang)
	b = appendString(b, d.Title)
	b = appendStrings(b, d.Authors)
	b = appendString(b, d.Published)
	var fetched []byte
	if !d.Fetched.IsZero() {
		fetched, _ = d.Fetched.MarshalBinary()
	}
	b = appendString(b, string(fetched))
	b = appendString(b, d.Story)
	b = appendString(b, d.Topic)

	b = appendUint(b, uint64(len(d.Blocks)))
	prev := 0
	for _, x := range d.Blocks {
		b = appendSpan(b, x.Span, &prev)
		b = syms.append(b, x.Lang)
	}
	b = appendUint(b, uint64(len(d.Entities)))
	prev = 0
	for _, x := range d.Entities {
		b = appendSpan(b, x.Span, &prev)
		b = syms.append(b, x.Type)
		b = syms.append(b, x.Person)
		b = syms.append(b, x.Lemma)
	}
	b = appendUint(b, uint64(len(d.People)))
	for _, p := range d.People {
		b = syms.append(b, p.ID)
		b = syms.append(b, p.Name)
		b = appendStrings(b, p.Names)
		b = appendUint(b, uint64(len(p.Mentions)))
		prev = 0
		for _, m := range p.Mentions {
			b = appendSpan(b, m, &prev)
		}
		b = appendStrings(b, p.Roles)
	}
	b = appendUint(b, uint64(len(d.Quotes)))
	prev = 0
	for _, q := range d.Quotes {
		b = appendSpan(b, q.Span, &prev)
		direct := uint64(0)
		if q.Direct {
			direct = 1
		}
		b = appendUint(b, direct)
		b = syms.append(b, q.Speaker)
		b = syms.append(b, q.SpeakerID)
		p := q.Start
		b = appendOptSpan(b, q.SpeakerSpan, &p)
		p = q.Start
		b = appendOptSpan(b, q.Cue, &p)
		b = syms.append(b, q.SaidOn)
	}
	b = appendUint(b, uint64(len(d.Dates)))
	prev = 0
	for _, t := range d.Dates {
		b = appendSpan(b, t.Span, &prev)
		b = syms.append(b, t.Type)
		b = syms.append(b, t.Value)
	}
	return b
}

var errCorrupt = errors.New("corrupt record")

// reader reads a record; the first error sticks and later reads return
// zero values.
type reader struct {
	b    []byte
	syms []string
	err  error
}

func (r *reader) symbol() string {
	i := r.uint()
	switch {
	case r.err != nil:
		return ""
	case i == 0:
		s := r.string()
		r.syms = append(r.syms, s)
		return s
	case i <= uint64(len(r.syms)):
		return r.syms[i-1]
	}
	r.err = errCorrupt
	return ""
}

func (r *reader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) int() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a list length; every element takes at least min bytes, so a
// count beyond what is left is corrupt (and cannot make us allocate).
func (r *reader) count(min int) int {
	n := r.uint()
	if n > uint64(len(r.b)/min) {
		r.err = errCorrupt
		return 0
	}
	return int(n)
}

func (r *reader) string() string {
	n := r.count(1)
	if r.err != nil {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) strings() []string {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

// offset bounds decoded offsets so that arithmetic on them cannot overflow.
const maxOffset = 1 << 40

func (r *reader) span(prev *int) doc.Span {
	d, l := r.int(), r.int()
	start := int64(*prev) + d
	if d < -maxOffset || d > maxOffset || l < -maxOffset || l > maxOffset || start < -maxOffset || start > maxOffset {
		r.err = errCorrupt
		return doc.Span{}
	}
	*prev = int(start)
	return doc.Span{Start: int(start), End: int(start + l)}
}

func (r *reader) optSpan(prev *int) *doc.Span {
	switch r.uint() {
	case 0:
		return nil
	case 1:
		s := r.span(prev)
		return &s
	}
	r.err = errCorrupt
	return nil
}

// readDoc reads a record of the given blob version (see blobBody).
func readDoc(b []byte, version int) (*doc.Doc, error) {
	r := &reader{b: b}
	d := &doc.Doc{}
	d.Text = r.string()
	d.Source = r.string()
	d.HTML = r.uint() == 1
	d.Lang = r.symbol()
	d.Title = r.string()
	d.Authors = r.strings()
	d.Published = r.string()
	if f := r.string(); f != "" {
		if err := d.Fetched.UnmarshalBinary([]byte(f)); err != nil {
			return nil, errCorrupt
		}
	}
	d.Story = r.string()
	d.Topic = r.string()

	if n := r.count(3); n > 0 {
		d.Blocks = make([]doc.Block, n)
		prev := 0
		for i := range d.Blocks {
			d.Blocks[i].Span = r.span(&prev)
			d.Blocks[i].Lang = r.symbol()
		}
	}
	if n := r.count(4); n > 0 {
		d.Entities = make([]doc.Entity, n)
		prev := 0
		for i := range d.Entities {
			e := &d.Entities[i]
			e.Span = r.span(&prev)
			e.Type = r.symbol()
			e.Person = r.symbol()
			if version >= 3 {
				e.Lemma = r.symbol()
			}
		}
	}
	if n := r.count(5); n > 0 {
		d.People = make([]doc.Person, n)
		for i := range d.People {
			p := &d.People[i]
			p.ID = r.symbol()
			p.Name = r.symbol()
			p.Names = r.strings()
			if m := r.count(2); m > 0 {
				p.Mentions = make([]doc.Span, m)
				prev := 0
				for j := range p.Mentions {
					p.Mentions[j] = r.span(&prev)
				}
			}
			p.Roles = r.strings()
		}
	}
	if n := r.count(8); n > 0 {
		d.Quotes = make([]doc.Quote, n)
		prev := 0
		for i := range d.Quotes {
			q := &d.Quotes[i]
			q.Span = r.span(&prev)
			q.Direct = r.uint() == 1
			q.Speaker = r.symbol()
			q.SpeakerID = r.symbol()
			p := q.Start
			q.SpeakerSpan = r.optSpan(&p)
			p = q.Start
			q.Cue = r.optSpan(&p)
			q.SaidOn = r.symbol()
		}
	}
	if n := r.count(4); n > 0 {
		d.Dates = make([]doc.Date, n)
		prev := 0
		for i := range d.Dates {
			t := &d.Dates[i]
			t.Span = r.span(&prev)
			t.Type = r.symbol()
			t.Value = r.symbol()
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errCorrupt
	}
	if r.err != nil {
		return nil, r.err
	}
	return d, nil
}
