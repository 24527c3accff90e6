package store

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/store/terms"
)

func TestSnippet(t *testing.T) {
	text := "alpha bravo charlie delta echo foxtrot golf hotel"
	stem := func(w string) map[string]bool {
		m := map[string]bool{}
		for _, s := range terms.Stems(w) {
			m[s] = true
		}
		return m
	}
	for _, c := range []struct {
		stems map[string]bool
		width int
		want  string // matches in [brackets]
	}{
		{stem("alpha"), 3, "[alpha] bravo charlie …"},
		{stem("echo"), 3, "… delta [echo] foxtrot …"},
		{stem("golf"), 3, "… foxtrot [golf] hotel"},
		{stem("hotel"), 3, "… golf [hotel]"},
		{stem("delta golf"), 6, "… bravo charlie [delta] echo foxtrot [golf] …"},
		{stem("zulu"), 3, "alpha bravo charlie …"},
		{nil, 3, "alpha bravo charlie …"},
		{nil, 8, "alpha bravo charlie delta echo foxtrot golf hotel"},
		{stem("Hotel"), 20, "… bravo charlie delta echo foxtrot golf [hotel]"}, {stem("charlie"), 20, "alpha bravo [charlie] delta echo foxtrot golf hotel"},
	} {
		var b strings.Builder
		for _, s := range Snippet(text, c.stems, c.width) {
			if s.Match {
				b.WriteString("[" + s.Text + "]")
			} else {
				b.WriteString(s.Text)
			}
		}
		if got := b.String(); got != c.want {
			t.Errorf("Snippet(%v, %d) = %q, want %q", c.stems, c.width, got, c.want)
		}
	}
}

// snippetRef is Snippet as it was before it kept only the words it can
// show, to check that the output did not change.
func snippetRef(text string, stems map[string]bool, width int) []Segment {
	var ts []terms.Term
	first := -1
	// Words are read up to one past the window around the first match
	// (which tells whether the snippet ends the text), not to the end.
	terms.Walk(text, func(t terms.Term) bool {
		if first < 0 && stems[t.Stem] {
			first = len(ts)
		}
		ts = append(ts, t)
		switch {
		case len(stems) == 0:
			return len(ts) <= width
		case first < 0:
			return true
		}
		return len(ts) <= max(0, first-width/3)+width
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

func TestSnippetSameAsBefore(t *testing.T) {
	words := []string{"alpha", "bravo", "Charlie", "delta", "Москва", "Москви", "echo", "їжак", "5"}
	r := rand.New(rand.NewPCG(4, 4))
	for range 20000 {
		var b strings.Builder
		for i := range r.IntN(60) {
			if i > 0 {
				b.WriteString([]string{" ", ", ", " — "}[r.IntN(3)])
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		stems := map[string]bool{}
		for range r.IntN(3) {
			stems[terms.Stems(words[r.IntN(len(words))])[0]] = true
		}
		if r.IntN(4) == 0 {
			stems = nil
		}
		width := 1 + r.IntN(50)
		text := b.String()
		if got, want := Snippet(text, stems, width), snippetRef(text, stems, width); !reflect.DeepEqual(got, want) {
			t.Fatalf("Snippet(%q, %v, %d) = %+v, want %+v", text, stems, width, got, want)
		}
	}
}
