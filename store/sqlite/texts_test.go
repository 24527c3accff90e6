package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

func TestTextCacheEvictsLeastRecent(t *testing.T) {
	c := newTextCache(21 * (3 + textEntryBytes)) // 21 texts of 3 bytes
	c.put(quoteKey(1, 0, 3), strings.Repeat("a", 3))
	c.put(bodyKey(1), strings.Repeat("b", 3))
	c.put(quoteKey(2, 0, 3), strings.Repeat("c", 3))
	if got, ok := c.get(quoteKey(1, 0, 3)); !ok || got != "aaa" {
		t.Fatalf("get 1 = %q, %v", got, ok)
	}
	if got, ok := c.get(bodyKey(1)); !ok || got != "bbb" {
		t.Fatalf("get 1 body = %q, %v", got, ok)
	}
	if _, ok := c.get(quoteKey(1, 0, 4)); ok {
		t.Error("another span of document 1 found")
	}
	c.put(bodyKey(3), strings.Repeat("d", 200)) // too big for a sixteenth: not kept
	if _, ok := c.get(bodyKey(3)); ok {
		t.Error("a text larger than a sixteenth of the cache was kept")
	}
	for i := int64(10); i < 30; i++ { // 23 texts: 2 (least recent) must go
		c.put(bodyKey(i), "xyz")
	}
	for _, k := range []textKey{quoteKey(2, 0, 3), quoteKey(1, 0, 3)} {
		if _, ok := c.get(k); ok {
			t.Errorf("least recently used text %+v still cached", k)
		}
	}
	if _, ok := c.get(bodyKey(1)); !ok {
		t.Error("third least recently used text evicted")
	}
	if c.texts.Len() != 21 {
		t.Errorf("%d texts kept, want 21", c.texts.Len())
	}
	if c.texts.Bytes() > c.maxBytes {
		t.Errorf("size %d over %d", c.texts.Bytes(), c.maxBytes)
	}
	if _, ok := c.get(bodyKey(29)); !ok {
		t.Error("most recent text evicted")
	}
}

// TestQuotesFromTextCache checks that the quotes API keeps each quote's
// text, answers the same from the cache as from the documents, takes a
// kept quote from the cache, and, after a page gets a new version (a new
// store version and document id), gives the new document's quotes.
func TestQuotesFromTextCache(t *testing.T) {
	ctx := context.Background()
	s := tempDB(t)
	const n = 300
	var batch []store.Input
	for i := range n {
		batch = append(batch, store.Input{Doc: storetest.Synth(i, n, 12)})
	}
	if _, err := s.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	check := func(qs []store.Quote) {
		t.Helper()
		for _, q := range qs {
			d, err := s.Document(ctx, q.DocID)
			if err != nil {
				t.Fatal(err)
			}
			if q.Text == "" || q.Text != d.Doc.Text[q.Start:q.End] {
				t.Errorf("quote %+v: text is not document %d's words at its span", q, q.DocID)
			}
		}
	}
	speakers := []string{"p0", "p1", "p2", "p5", "p11"}
	cold := map[string][]store.Quote{}
	total := 0
	for _, p := range speakers {
		qs, err := s.Quotes(ctx, store.QuoteQuery{Speaker: p})
		if err != nil {
			t.Fatal(err)
		}
		check(qs)
		for _, q := range qs {
			if got, ok := s.texts.get(quoteKey(q.DocID, q.Start, q.End)); !ok || got != q.Text {
				t.Errorf("quote %+v not kept (%q, %v)", q, got, ok)
			}
		}
		cold[p], total = qs, total+len(qs)
	}
	if total < 20 {
		t.Fatalf("only %d quotes", total)
	}
	for _, p := range speakers {
		qs, err := s.Quotes(ctx, store.QuoteQuery{Speaker: p})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(qs, cold[p]) {
			t.Errorf("%s: from the cache %+v, from the documents %+v", p, qs, cold[p])
		}
	}
	// A kept quote is taken from the cache, not cut from its document.
	q0 := cold["p0"][0]
	s.texts.put(quoteKey(q0.DocID, q0.Start, q0.End), "kept")
	qs, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "p0"})
	if err != nil {
		t.Fatal(err)
	}
	if qs[0].Text != "kept" {
		t.Errorf("first quote %q, want the kept text", qs[0].Text)
	}
	s.texts.put(quoteKey(q0.DocID, q0.Start, q0.End), q0.Text)

	// A new version of the page of p0's first quote, whose quote sits
	// elsewhere in another text: a new store version and document id.
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.Document(ctx, q0.DocID)
	if err != nil {
		t.Fatal(err)
	}
	said := "quote new of p0 about cache"
	nd := storetest.Page(old.Doc.Source, "en", "Changed", "2099-01-01", "Changed page. Особа0 said: "+said+". More.",
		[]storetest.P{{ID: "p0", Name: "Person 0", Forms: []string{"Особа0"}}},
		[]storetest.Q{{Text: said, SpeakerID: "p0", Speaker: "Person 0", SaidOn: "2099-01-01"}})
	if _, err := s.Put(ctx, []store.Input{{Doc: nd}}); err != nil {
		t.Fatal(err)
	}
	if v1, err := s.Version(ctx); err != nil || v1 == v0 {
		t.Fatalf("version %d -> %d (%v)", v0, v1, err)
	}
	qs, err = s.Quotes(ctx, store.QuoteQuery{Speaker: "p0"})
	if err != nil {
		t.Fatal(err)
	}
	check(qs)
	if len(qs) == 0 || qs[0].Text != said || qs[0].DocID == q0.DocID {
		t.Errorf("after the new version, first quote %+v, want %q from a new document", qs[0], said)
	}
}
