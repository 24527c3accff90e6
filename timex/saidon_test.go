package timex

import (
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

func TestSaidOn(t *testing.T) {
	// Two blocks; the first has two sentences.
	text := "On 2024-01-30 he spoke. She said it was fine.\n\nNo date here, he said."
	span := func(sub string) doc.Span {
		i := strings.Index(text, sub)
		return doc.Span{Start: i, End: i + len(sub)}
	}
	b1 := doc.Span{Start: 0, End: strings.Index(text, "\n\n")}
	b2 := span("No date here, he said.")
	d := &doc.Doc{
		Text:      text,
		Blocks:    []doc.Block{{Span: b1}, {Span: b2}},
		Sentences: []doc.Sentence{{Span: span("On 2024-01-30 he spoke.")}, {Span: span("She said it was fine.")}, {Span: b2}},
	}
	date := doc.Date{Span: span("2024-01-30"), Value: "2024-01-30"}
	tests := []struct {
		name  string
		quote doc.Span
		full  []doc.Date
		want  string
	}{
		{"date in the quote's sentence", span("he spoke"), []doc.Date{date}, "2024-01-30"},
		{"date elsewhere in the block", span("it was fine"), []doc.Date{date}, "2024-01-30"},
		{"sentence date wins over an earlier block date", span("it was fine"),
			[]doc.Date{date, {Span: span("She said"), Value: "2024-02-01"}}, "2024-02-01"},
		{"block without a date", span("No date"), []doc.Date{date}, ""},
		{"no dates", span("he spoke"), nil, ""},
		{"a date running past the sentence is only the block's", span("he spoke"),
			[]doc.Date{{Span: doc.Span{Start: span("spoke").Start, End: span("She").End}, Value: "2024-03-01"}, {Span: span("fine"), Value: "2024-03-02"}}, "2024-03-01"},
		{"quote outside every block and sentence", doc.Span{Start: b1.End, End: b1.End + 1}, []doc.Date{date}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := saidOn(d, tt.quote, tt.full); got != tt.want {
				t.Errorf("saidOn = %q, want %q", got, tt.want)
			}
		})
	}
}
