package store_test

import (
	"bytes"
	"compress/flate"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
	"github.com/pressclip/pressclip/store/storetest"
)

// full is a document with every field the store keeps set.
func full() *doc.Doc {
	text := "Wang Yi said on Monday: «We will talk». Зустріч у Москві."
	d := storetest.Page("https://example.org/a", "en", "A title", "2024-03-04", text,
		[]storetest.P{{ID: "wang-yi", Name: "Wang Yi", Forms: []string{"Wang Yi"}}},
		[]storetest.Q{{Text: "We will talk", SpeakerID: "wang-yi", Speaker: "Wang Yi", SaidOn: "2024-03-04"}})
	d.HTML = true
	d.Authors = []string{"A. Writer", "Б. Автор"}
	d.Fetched = time.Date(2024, 3, 5, 6, 7, 8, 9, time.FixedZone("", 3600))
	d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: 3, End: 1}, Lang: "uk"}) // out of order, inverted
	d.People[0].Roles = []string{"minister"}
	d.Quotes[0].SpeakerSpan = &doc.Span{Start: 0, End: 7}
	d.Quotes[0].Cue = &doc.Span{Start: 8, End: 12}
	d.Dates = []doc.Date{{Span: doc.Span{Start: 16, End: 22}, Type: "DATE", Value: "2024-03-04"}}
	d.Entities[0].Lemma = "Wang Yi"
	d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: 49, End: 61}, Type: "LOC"})
	d.Story, d.Topic = "s1", "t1"
	return d
}

// kept is what EncodeDoc promises to keep of d.
func kept(d *doc.Doc) *doc.Doc {
	c := *d
	c.Raw, c.Tokens, c.Sentences, c.Err = nil, nil, nil, nil
	return &c
}

func TestBlobRoundTrip(t *testing.T) {
	docs := append([]*doc.Doc{full(), {}, {Text: "only text"}}, storetest.Corpus()...)
	docs = append(docs, storetest.Synth(7, 100, 50))
	for i, d := range docs {
		b, err := store.EncodeDoc(d)
		if err != nil {
			t.Fatalf("doc %d: encode: %v", i, err)
		}
		got, err := store.DecodeDoc(b)
		if err != nil {
			t.Fatalf("doc %d: decode: %v", i, err)
		}
		want := kept(d)
		if !got.Fetched.Equal(want.Fetched) {
			t.Errorf("doc %d: fetched %v, want %v", i, got.Fetched, want.Fetched)
		}
		if text, err := store.DecodeText(b); err != nil || text != d.Text {
			t.Errorf("doc %d: DecodeText = %q, %v; want %q", i, text, err, d.Text)
		}
		got.Fetched, want.Fetched = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Errorf("doc %d round trip:\n got %s\nwant %s", i, g, w)
		}
	}
}

// TestBlobCoversDoc fails when doc.Doc gains a field the codec does not
// know about: add it to appendDoc/readDoc (with a new blobMagic) and here.
func TestBlobCoversDoc(t *testing.T) {
	known := map[reflect.Type][]string{
		reflect.TypeFor[doc.Doc](): {"Source", "Raw", "HTML", "Text", "Lang", "Title", "Authors", "Published", "Fetched",
			"Blocks", "Tokens", "Sentences", "Entities", "People", "Quotes", "Dates", "Story", "Topic", "Err"},
		reflect.TypeFor[doc.Block]():  {"Span", "Lang"},
		reflect.TypeFor[doc.Entity](): {"Span", "Type", "Person", "Lemma"},
		reflect.TypeFor[doc.Person](): {"ID", "Name", "Names", "Mentions", "Roles"},
		reflect.TypeFor[doc.Quote]():  {"Span", "Direct", "Speaker", "SpeakerID", "SpeakerSpan", "Cue", "SaidOn"},
		reflect.TypeFor[doc.Date]():   {"Span", "Type", "Value"},
		reflect.TypeFor[doc.Span]():   {"Start", "End"},
	}
	for typ, names := range known {
		var have []string
		for f := range typ.Fields() {
			have = append(have, f.Name)
		}
		if !reflect.DeepEqual(have, names) {
			t.Errorf("%v has fields %v; the blob codec knows %v", typ, have, names)
		}
	}
}

// blobV2 is full() without its entity lemma as EncodeDoc wrote it before
// entities had a lemma (blob version 2), as stores hold it.
const blobV2 = "706300024ccf3d4bc34018c0f1e7b916938ac449e8f880735eda662a2e413b088a2242703ce9118fa697929cb40587be0caeea5017c10fe0d651a1433fc1dd07f0bbb888b8fdb73fbfd394ab8c6e24555cf6a950745ea83e9f7669fb910a1acb3c27cdf3c1f62b20f36a97766e17766657f691ec92cc9bd9d8b9f9346bbb0a0eeeb41e55dd3014133e1ce52228ca2ce4084c2827212d752e582309282da516a5679e03324f666d17666367bbeda81dfb51c78fe27d0400ef7bf2fe00000d3862558be9168317c49d1ab0fb01030f6a97bd2b70c65c65fe54de36a17676710c8075707e3df817e0a13b944a565a941837d1a963c7c34317fe3d91f6a07e925cf7dc9f000000ffff"

// TestDecodeBlobV2 reads a blob of the version before entity lemmas, so
// stores written before them stay readable.
func TestDecodeBlobV2(t *testing.T) {
	b, err := hex.DecodeString(blobV2)
	if err != nil {
		t.Fatal(err)
	}
	got, err := store.DecodeDoc(b)
	if err != nil {
		t.Fatal(err)
	}
	want := kept(full())
	want.Entities = slices.Clone(want.Entities)
	want.Entities[0].Lemma = ""
	if !got.Fetched.Equal(want.Fetched) {
		t.Errorf("fetched %v, want %v", got.Fetched, want.Fetched)
	}
	got.Fetched, want.Fetched = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("version 2 blob:\n got %s\nwant %s", g, w)
	}
	if text, err := store.DecodeText(b); err != nil || text != want.Text {
		t.Errorf("DecodeText = %q, %v; want %q", text, err, want.Text)
	}
}

// TestDecodeLegacyJSON reads a blob in the flate-compressed JSON of
// earlier versions, so existing databases stay readable.
func TestDecodeLegacyJSON(t *testing.T) {
	d := kept(full())
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
	json.NewEncoder(w).Encode(d)
	w.Close()
	got, err := store.DecodeDoc(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != d.Text || got.Title != d.Title || len(got.Quotes) != 1 || *got.Quotes[0].Cue != *d.Quotes[0].Cue {
		t.Errorf("legacy blob decoded as %+v", got)
	}
}

func TestBlobSmallerThanJSON(t *testing.T) {
	d := storetest.Synth(3, 100, 50)
	b, err := store.EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(kept(d))
	if len(b) >= len(d.Text) || len(b) >= len(j)/2 {
		t.Errorf("blob %d bytes for %d bytes of text (%d of JSON)", len(b), len(d.Text), len(j))
	}
}

// FuzzDecodeDoc: any bytes decode to a document or an error, never a panic.
func FuzzDecodeDoc(f *testing.F) {
	for _, d := range []*doc.Doc{full(), {}, storetest.Corpus()[0]} {
		b, _ := store.EncodeDoc(d)
		f.Add(b)
	}
	f.Add([]byte("pc\x00\x02"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := store.DecodeDoc(b)
		if err == nil && d == nil {
			t.Fatal("nil document without an error")
		}
		text, terr := store.DecodeText(b)
		if err == nil && (terr != nil || text != d.Text) {
			t.Fatalf("DecodeText = %q, %v; the document says %q", text, terr, d.Text)
		}
	})
}

func BenchmarkEncodeDoc(b *testing.B) {
	d := storetest.Synth(1, 100, 50)
	for b.Loop() {
		if _, err := store.EncodeDoc(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDoc(b *testing.B) {
	blob, _ := store.EncodeDoc(storetest.Synth(1, 100, 50))
	for b.Loop() {
		if _, err := store.DecodeDoc(blob); err != nil {
			b.Fatal(err)
		}
	}
}
