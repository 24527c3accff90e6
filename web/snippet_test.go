package web

import (
	"html/template"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/store"
)

// hitsTemplate is the template hitsHTML replaced.
const hitsTemplate = `<ol class="hits">{{range .}}<li class="hit"><a class="title" href="/documents/{{.ID}}">{{if .Title}}{{.Title}}{{else}}(untitled){{end}}</a>
<div class="meta">{{.Lang}} · {{.Published}} · <span class="src">{{.Source}}</span>{{with .Story}} · <a href="/stories/{{.}}">story</a>{{end}}</div>
<p class="snippet">{{range .Snippet}}{{if .Match}}<mark>{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</p></li>{{end}}</ol>`

// TestHitsHTML checks hitsHTML, used as the server's templates use it,
// against the template it replaced, on hits whose every field holds
// hostile text: markup, quotes, + and %, URL delimiters, NUL, control
// bytes, invalid UTF-8, non-ASCII, entities.
func TestHitsHTML(t *testing.T) {
	ref := template.Must(template.New("").Parse(hitsTemplate))
	via := template.Must(template.New("").Funcs(template.FuncMap{"hits": hitsHTML}).Parse(`<section>{{hits .}}</section>`))
	parts := []string{"word", " ", "Москва", "<script>alert(1)</script>", `"`, "'", "&amp;", "&", "+", "<", ">", "\x00", "\x01", "\x7f", "\xff", "\xd0", "\uFFFD", "\ufdd0", "…", "`", "=", "\u2028",
		"a+b", "it's", "%", "%4", "%41", "%zz", "/", "?", "#", "(", ")", "!$*,:;@[]-._~", "\t", "\n", "javascript:x", "2024-01-02", "story-1"}
	text := func(r *rand.Rand, n int) string {
		var b strings.Builder
		for range r.IntN(n) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		return b.String()
	}
	r := rand.New(rand.NewPCG(9, 9))
	for i := range 3000 {
		var hits []store.Hit
		for range r.IntN(5) {
			h := store.Hit{ID: r.Int64N(2000) - 5, Title: text(r, 4), Lang: text(r, 2), Published: text(r, 2), Source: text(r, 3), Story: text(r, 3)}
			for range r.IntN(6) {
				h.Snippet = append(h.Snippet, store.Segment{Text: text(r, 5), Match: r.IntN(3) == 0})
			}
			hits = append(hits, h)
		}
		if i == 0 {
			hits = nil
		}
		var want, got strings.Builder
		if err := ref.Execute(&want, hits); err != nil {
			t.Fatal(err)
		}
		if err := via.Execute(&got, hits); err != nil {
			t.Fatal(err)
		}
		if w := "<section>" + want.String() + "</section>"; got.String() != w {
			t.Fatalf("hits %+v:\n got %q\nwant %q", hits, got.String(), w)
		}
	}
}
