package pipeline

import (
	"context"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/examples"
)

// exampleSetup returns the default pipeline, a linker and the names of the
// bundled example pages that match pattern.
func exampleSetup(t *testing.T, pattern string) (*Pipeline, *Linker, []string) {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLinker()
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(examples.Pages, pattern)
	if err != nil {
		t.Fatal(err)
	}
	return p, l, names
}

// TestExamplePages runs the default pipeline and the linker over the bundled
// example pages (the project's five motivating pages) and checks what an
// analyst reads off them: language, dates, bylines, who is named, who said
// what, and the same person across pages and scripts.
func TestExamplePages(t *testing.T) {
	p, l, names := exampleSetup(t, "*.txt")
	docs := map[string]*doc.Doc{}
	var all []*doc.Doc
	for _, n := range names {
		raw, err := fs.ReadFile(examples.Pages, n)
		if err != nil {
			t.Fatal(err)
		}
		d := p.Process(context.Background(), n, raw)
		if d.Err != nil {
			t.Fatalf("%s: %v", n, d.Err)
		}
		docs[n[:3]] = d
		all = append(all, d)
	}
	l.Link(all)

	tests := []struct {
		page      string
		lang      string
		published string // prefix; "" means not checked
		title     string // "" means not checked
		author    string // one of the authors; "" means not checked
		people    []string
		speakers  []string // canonical names that must speak at least once
	}{
		{"000", "en", "", "", "", []string{"Wu Qian"}, []string{"Wu Qian"}},
		{"001", "uk", "", "Міністр оборони Китаю заявив про підтримку Росії щодо \"українського питання\"", "",
			[]string{"Dong Jun", "Sergei Shoigu", "Li Shangfu"}, []string{"Dong Jun"}},
		{"002", "en", "2024-04-11", "", "Kateryna Hodunova", []string{"Mao Ning", "Sergey Lavrov"}, []string{"Mao Ning"}},
		{"003", "en", "2023-02-22", "China denies intentions to supply arms to Russia", "",
			[]string{"Wang Wenbin", "Wang Yi"}, []string{"Wang Wenbin", "Wang Yi"}},
		{"004", "en", "2024-02-22", "", "", []string{"Vladimir Putin", "Li Shangfu"}, []string{"Vladimir Putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			d := docs[tt.page]
			if d.Lang != tt.lang {
				t.Errorf("lang = %q, want %q", d.Lang, tt.lang)
			}
			if !strings.HasPrefix(d.Published, tt.published) {
				t.Errorf("published = %q, want %q…", d.Published, tt.published)
			}
			if tt.title != "" && d.Title != tt.title {
				t.Errorf("title = %q, want %q", d.Title, tt.title)
			}
			if tt.author != "" && !slices.Contains(d.Authors, tt.author) {
				t.Errorf("authors = %q, want %q among them", d.Authors, tt.author)
			}
			var people, speakers []string
			for _, pe := range d.People {
				people = append(people, pe.Name)
			}
			for _, q := range d.Quotes {
				speakers = append(speakers, q.Speaker)
			}
			wantAmong(t, "people", people, tt.people)
			wantAmong(t, "speakers", speakers, tt.speakers)
		})
	}

	// One person, one id: Shoigu and Li Shangfu of the Ukrainian page 001
	// (Cyrillic) are those of the English page 004.
	for _, c := range []struct{ name, a, b string }{
		{"Sergei Shoigu", "001", "004"},
		{"Li Shangfu", "001", "004"},
	} {
		ia, ib := personID(docs[c.a], c.name), personID(docs[c.b], c.name)
		if ia == "" || ia != ib {
			t.Errorf("%s: id %q on %s, %q on %s; want one id", c.name, ia, c.a, ib, c.b)
		}
	}
}

func personID(d *doc.Doc, name string) string {
	for _, p := range d.People {
		if p.Name == name {
			return p.ID
		}
	}
	return ""
}

// wantAmong reports each of want that got lacks.
func wantAmong(t *testing.T, what string, got, want []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s = %q, want %q among them", what, got, w)
		}
	}
}
