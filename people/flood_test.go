package people

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
)

// TestPlaceMentionFlood: a page repeating a full name and a one-word PER
// mention the tables know as a place (and not as that person's surname)
// 20,000 times each is grouped in linear time. Checking each place-named
// mention against every full name took 7 s for 8,000 of each (about 50 s
// for this page); now well under a second. The bound leaves a wide margin
// for a loaded machine.
func TestPlaceMentionFlood(t *testing.T) {
	s := testStage(t)
	const n = 20000
	var b strings.Builder
	d := &doc.Doc{Lang: "uk"}
	for range n {
		at := b.Len()
		b.WriteString("Іван Петренко")
		d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: at, End: b.Len()}, Type: "PER"})
		b.WriteString(" прилетів до ")
		at = b.Len()
		b.WriteString("Пекіна")
		d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: at, End: b.Len()}, Type: "PER"})
		b.WriteString(".\n")
	}
	d.Text = b.String()
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(d.Text)}, Lang: "uk"}}
	start := time.Now()
	if err := s.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("took %v for %d full names and %d place-named mentions", took, n, n)
	}
	if len(d.People) != 1 || d.Entities[1].Type != "LOC" || d.Entities[0].Type != "PER" {
		t.Errorf("%d people, entity types %s, %s; want 1 person, PER, LOC", len(d.People), d.Entities[0].Type, d.Entities[1].Type)
	}
}
