package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

// TestLDOrder: names go in the order the JSON-LD text first gives them
// (quoted whole); when it does not give one of them verbatim, or there is
// none, the order stays as it came.
func TestLDOrder(t *testing.T) {
	ld := []string{`{"publisher":{"employee":{"@type":"Person","name":"Miron Schneckenberger"}}}`,
		`{"founder":{"@type":"Person","name":"Rudolf Haufe"},"x":{"name":"J\u00FCrgen Klein"}}`}
	for _, c := range []struct {
		names   []string
		scripts []string
		want    []string
	}{
		{[]string{"Rudolf Haufe", "Miron Schneckenberger"}, ld, []string{"Miron Schneckenberger", "Rudolf Haufe"}},
		{[]string{"Rudolf Haufe", " Miron Schneckenberger"}, ld, []string{" Miron Schneckenberger", "Rudolf Haufe"}},                               // the split leaves spaces
		{[]string{"Rudolf Haufe", "Jürgen Klein", "Miron Schneckenberger"}, ld, []string{"Rudolf Haufe", "Jürgen Klein", "Miron Schneckenberger"}}, // escaped: as it came
		{[]string{"Rudolf", "Miron Schneckenberger"}, ld, []string{"Rudolf", "Miron Schneckenberger"}},                                             // a part of a name is not it
		{[]string{"Rudolf Haufe", "Miron Schneckenberger"}, nil, []string{"Rudolf Haufe", "Miron Schneckenberger"}},
	} {
		if got := ldOrder(slices.Clone(c.names), c.scripts); !slices.Equal(got, c.want) {
			t.Errorf("ldOrder(%q) = %q, want %q", c.names, got, c.want)
		}
	}
}

// TestAuthorsDeterministic: a page whose only people are JSON-LD Person
// nodes inside an Organization (go-trafilatura walks them in map order)
// gives its authors in the same order on every run, the source's.
func TestAuthorsDeterministic(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the tram line",
"author":{"@type":"Organization","name":""},
"publisher":{"@type":"Organization","name":"Haufe","employee":{"@type":"Person","name":"Miron Schneckenberger"},
"address":{"@type":"PostalAddress","addressLocality":"Freiburg"},"logo":{"@type":"ImageObject","url":"https://example.org/l.png"},
"founder":{"@type":"Person","name":"Rudolf Haufe"},"parentOrganization":{"@type":"Organization","name":"Haufe Group"}}}</script>`
	body := `<p>` + strings.Repeat("The council met on Tuesday to discuss the new tram line through the old town and its cost. ", 6) + `</p>`
	page := `<html><head><title>Council approves the tram line</title>` + ld + `</head><body><article><h1>Council approves the tram line</h1>` + body + body + `</article></body></html>`
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Miron Schneckenberger", "Rudolf Haufe"}
	for i := 0; i < 12; i++ {
		d := &doc.Doc{Raw: []byte(page)}
		if err := ex.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(d.Authors, want) {
			t.Fatalf("run %d: authors %q, want %q", i, d.Authors, want)
		}
	}
}
