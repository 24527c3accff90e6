package store

import (
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
