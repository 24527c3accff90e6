package people

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

var (
	stageOnce sync.Once
	stage     *Stage
	stageErr  error
)

func testStage(t testing.TB) *Stage {
	t.Helper()
	stageOnce.Do(func() { stage, stageErr = New() })
	if stageErr != nil {
		t.Fatal(stageErr)
	}
	return stage
}

// mkDoc builds a Doc from text with PER entities marked [[like this]].
func mkDoc(lang, marked string) *doc.Doc {
	var b strings.Builder
	var ents []doc.Entity
	for {
		i := strings.Index(marked, "[[")
		if i < 0 {
			b.WriteString(marked)
			break
		}
		j := strings.Index(marked[i:], "]]")
		b.WriteString(marked[:i])
		start := b.Len()
		b.WriteString(marked[i+2 : i+j])
		ents = append(ents, doc.Entity{Span: doc.Span{Start: start, End: b.Len()}, Type: "PER"})
		marked = marked[i+j+2:]
	}
	return &doc.Doc{Text: b.String(), Lang: lang, Entities: ents}
}

func TestGrouping(t *testing.T) {
	s := testStage(t)
	cases := []struct {
		name, lang, text string
		// groups: entity indexes that must share a person; different
		// groups must differ
		groups [][]int
		ids    []string // expected id of each group ("" = don't check)
	}{
		{
			name:   "uk full name then surname, cases",
			lang:   "uk",
			text:   "Міністр оборони РФ [[Сергій Шойгу]] заявив... Пізніше [[Шойгу]] зустрівся з [[Сергієм Шойгу]].",
			groups: [][]int{{0, 1, 2}},
			ids:    []string{"p-sergei-shoigu"},
		},
		{
			// a bare surname shared by two people on the page goes to the
			// one news mostly mean by it
			name:   "same surname, different people",
			lang:   "en",
			text:   "[[Joe Biden]] spoke. His son [[Hunter Biden]] did not. [[Biden]] later added that...",
			groups: [][]int{{0, 2}, {1}},
			ids:    []string{"p-joe-biden", "p-hunter-biden"},
		},
		{
			// otherwise the one named last before it
			name:   "same surname, the last named",
			lang:   "en",
			text:   "[[Anna Kowalski]] and [[Piotr Kowalski]] came. [[Kowalski]] said...",
			groups: [][]int{{0}, {1, 2}},
		},
		{
			name:   "title + surname",
			lang:   "en",
			text:   "Chinese Defence Minister [[Dong Jun]] met [[Lloyd Austin]]. [[Mr. Dong]] said...",
			groups: [][]int{{0, 2}, {1}},
			ids:    []string{"p-dong-jun", "p-lloyd-austin"},
		},
		{
			name:   "Ukrainian title + Chinese surname",
			lang:   "uk",
			text:   "Новопризначений міністр оборони КНР [[Дун Цзюнь]] провів зустріч. [[Пан Дун]] наголосив...",
			groups: [][]int{{0, 1}},
			ids:    []string{"p-dong-jun"},
		},
		{
			name:   "Russian cases",
			lang:   "ru",
			text:   "[[Сергей Лавров]] встретился с [[Энтони Блинкеном]]. [[Лаврову]] ответил [[Блинкен]].",
			groups: [][]int{{0, 2}, {1, 3}},
			ids:    []string{"p-sergey-lavrov", ""},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mkDoc(c.lang, c.text)
			if err := s.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for gi, g := range c.groups {
				id := d.Entities[g[0]].Person
				if id == "" {
					t.Fatalf("entity %q has no person", d.Slice(d.Entities[g[0]].Span))
				}
				for _, e := range g[1:] {
					if d.Entities[e].Person != id {
						t.Errorf("%q → %s, %q → %s; want the same person", d.Slice(d.Entities[g[0]].Span), id, d.Slice(d.Entities[e].Span), d.Entities[e].Person)
					}
				}
				if seen[id] {
					t.Errorf("group %d shares id %s with another group", gi, id)
				}
				seen[id] = true
				if c.ids != nil && c.ids[gi] != "" && id != c.ids[gi] {
					t.Errorf("group %d id = %s, want %s", gi, id, c.ids[gi])
				}
			}
			if len(d.People) != len(c.groups) {
				t.Errorf("got %d people, want %d: %+v", len(d.People), len(c.groups), d.People)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	s := testStage(t)
	d := mkDoc("uk", "Речник МЗС Китаю [[Ван Веньбінь]] заявив, що Пекін не змінить позицію. Речник також додав, що...")
	if err := s.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.People) != 1 {
		t.Fatalf("people = %+v", d.People)
	}
	p := d.People[0]
	if p.Name != "Wang Wenbin" || p.ID != "p-wang-wenbin" {
		t.Errorf("name %q id %q", p.Name, p.ID)
	}
	if len(p.Roles) != 1 || p.Roles[0] != "речник мзс китаю" {
		t.Errorf("roles = %q", p.Roles)
	}
	if len(p.Mentions) != 2 || d.Slice(p.Mentions[1]) != "Речник" {
		var got []string
		for _, m := range p.Mentions {
			got = append(got, d.Slice(m))
		}
		t.Errorf("mentions = %q, want the name and the later «Речник»", got)
	}

	en := mkDoc("en", "Foreign ministry spokesman [[Wang Wenbin]] said on Monday... The spokesman added that...")
	if err := s.Annotate(context.Background(), en); err != nil {
		t.Fatal(err)
	}
	if len(en.People) != 1 || len(en.People[0].Mentions) != 2 || en.Slice(en.People[0].Mentions[1]) != "The spokesman" {
		t.Errorf("en people = %+v", en.People)
	}
	// two spokesmen: the bare role is ambiguous and attaches to neither
	two := mkDoc("en", "Spokesman [[Wang Wenbin]] and spokesman [[John Kirby]] spoke. The spokesman said...")
	if err := s.Annotate(context.Background(), two); err != nil {
		t.Fatal(err)
	}
	for _, p := range two.People {
		if len(p.Mentions) != 1 {
			t.Errorf("%s got %d mentions, want 1", p.Name, len(p.Mentions))
		}
	}
}

func TestLink(t *testing.T) {
	s := testStage(t)
	ctx := context.Background()
	a := mkDoc("uk", "[[Сергій Шойгу]] заявив, що [[Шойгу]]...")
	b := mkDoc("ru", "Министр [[Сергей Шойгу]] сказал. [[Шойгу]] добавил.")
	c := mkDoc("en", "Defence minister [[Sergei Shoigu]] said... [[Shoigu]] added.")
	e := mkDoc("ru", "Только [[Шойгу]] упомянут здесь.")
	f := mkDoc("uk", "[[Ло Фен]] і [[Мао Цзедун]].")
	for _, d := range []*doc.Doc{a, b, c, e, f} {
		if err := s.Annotate(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	Link([]*doc.Doc{a, b, c, e, f})
	for _, d := range []*doc.Doc{a, b, c, e} {
		for _, en := range d.Entities {
			if en.Person != "p-sergei-shoigu" {
				t.Errorf("%q → %q, want p-sergei-shoigu", d.Slice(en.Span), en.Person)
			}
		}
		if len(d.People) != 1 || d.People[0].Name != "Sergei Shoigu" {
			t.Errorf("people = %+v", d.People)
		}
	}
	if f.Entities[0].Person == f.Entities[1].Person {
		t.Errorf("two different people share %s", f.Entities[0].Person)
	}
}

// TestLinkLatinWins: a person named only in Cyrillic on one page and in
// English on another takes the English spelling everywhere.
func TestLinkLatinWins(t *testing.T) {
	s := testStage(t)
	ctx := context.Background()
	a := mkDoc("uk", "Заступник [[Мирон Стефанишин]] сказав...")
	b := mkDoc("en", "Deputy [[Myron Stefanyshyn]] said... [[Myron Stefanyshyn]] added.")
	for _, d := range []*doc.Doc{a, b} {
		if err := s.Annotate(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	before := a.People[0].Name
	Link([]*doc.Doc{a, b})
	if a.People[0].Name != "Myron Stefanyshyn" || a.Entities[0].Person != b.Entities[0].Person {
		t.Errorf("uk name %q (was %q) id %s, en id %s", a.People[0].Name, before, a.Entities[0].Person, b.Entities[0].Person)
	}
}

func TestID(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sergei Shoigu", "p-sergei-shoigu"},
		{"Linda Thomas-Greenfield", "p-linda-thomas-greenfield"},
		{"Michael O'Leary", "p-michael-o-leary"},
		{"Andrej Plenković", "p-andrej-plenkovic"},
	} {
		if got := ID(c.in); got != c.want {
			t.Errorf("ID(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if a, b := ID("Шойгу"), ID("Путин"); a == b || !strings.HasPrefix(a, "p-") {
		t.Errorf("non-Latin ids %q %q", a, b)
	}
}

func FuzzAnnotate(f *testing.F) {
	s := testStage(f)
	f.Add("uk", "Речник [[Ван Веньбінь]] заявив. Речник додав.", 3, 20)
	f.Add("en", "Mr. Wu said", 0, 10)
	f.Fuzz(func(t *testing.T, lang, text string, a, b int) {
		if len(text) > 500 {
			return
		}
		d := &doc.Doc{Text: text, Lang: lang, Entities: []doc.Entity{{Span: doc.Span{Start: a, End: b}, Type: "PER"}, {Span: doc.Span{Start: 0, End: len(text)}, Type: "PER"}}}
		if err := s.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, p := range d.People {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End {
					t.Fatalf("bad mention %+v in %q", m, text)
				}
			}
		}
		Link([]*doc.Doc{d})
	})
}

func TestStripTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mr. Wu", "Wu"},
		{"Mr Wu", "Wu"},
		{"пан Дун", "Дун"},
		{"President Joe Biden", "Joe Biden"},
		{"міністр оборони Шойгу", "Шойгу"},
		{"Trump's", "Trump"},
		{"Dong Jun", "Dong Jun"},
		{"Mr.", "Mr."},
		{"von der Leyen", "von der Leyen"},
	} {
		got := stripTitle(c.in, doc.Span{Start: 0, End: len(c.in)})
		if s := c.in[got.Start:got.End]; s != c.want {
			t.Errorf("stripTitle(%q) = %q, want %q", c.in, s, c.want)
		}
	}
}

// TestLinkEnglishFirst: an English page's spelling beats a German one.
func TestLinkEnglishFirst(t *testing.T) {
	s := testStage(t)
	ctx := context.Background()
	de := mkDoc("de", "[[Wladimir Putin]] sagte... [[Wladimir Putin]] und [[Putin]].")
	en := mkDoc("en", "[[Vladimir Putin]] said.")
	ru := mkDoc("ru", "[[Владимира Путина]] спросили.")
	for _, d := range []*doc.Doc{de, en, ru} {
		if err := s.Annotate(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	Link([]*doc.Doc{de, en, ru})
	for _, d := range []*doc.Doc{de, en, ru} {
		for _, e := range d.Entities {
			if e.Person != "p-vladimir-putin" {
				t.Errorf("%s %q → %s", d.Lang, d.Slice(e.Span), e.Person)
			}
		}
	}
}

// TestLinkerStreaming: a store adds pages one at a time; re-applying an
// earlier page picks up a spelling seen since.
func TestLinkerStreaming(t *testing.T) {
	s := testStage(t)
	ctx := context.Background()
	l := NewLinker()
	a := mkDoc("uk", "[[Мирон Стефанишин]] сказав...")
	if err := s.Annotate(ctx, a); err != nil {
		t.Fatal(err)
	}
	l.Add(a)
	l.Apply(a)
	first := a.Entities[0].Person
	b := mkDoc("en", "[[Myron Stefanishin]] said. [[Myron Stefanishin]] added.")
	if err := s.Annotate(ctx, b); err != nil {
		t.Fatal(err)
	}
	l.Add(b)
	l.Apply(b)
	l.Apply(a)
	if a.Entities[0].Person != "p-myron-stefanishin" || b.Entities[0].Person != "p-myron-stefanishin" {
		t.Errorf("ids %s (first %s), %s; want p-myron-stefanishin", a.Entities[0].Person, first, b.Entities[0].Person)
	}
	if a.People[0].Name != "Myron Stefanishin" {
		t.Errorf("name %q", a.People[0].Name)
	}
}
