package people

import (
	"context"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

// TestLemmaInContext checks Entity.Lemma, the nominative the people stage
// reads with the page's other mentions of the same person.
func TestLemmaInContext(t *testing.T) {
	s := testStage(t)
	cases := []struct {
		name, lang, text string
		want             []string // Entity.Lemma of each entity
		typ              []string // Entity.Type of each, when not all PER
	}{
		{
			name: "a woman's surname alone is nominative beside her full name",
			lang: "ru",
			text: "Глава ЦИК [[Элла Памфилова]] выступила. По словам [[Памфилова]], выборы прошли.",
			want: []string{"Элла Памфилова", "Памфилова"},
		},
		{
			name: "a woman's -ева surname alone (alone, a man's genitive)",
			lang: "ru",
			text: "Ведущая [[Ольга Скабеева]] заявила, что [[Скабеева]] не уйдёт.",
			want: []string{"Ольга Скабеева", "Скабеева"},
		},
		{
			name: "a surname the tables know as a place is the person named so in full",
			lang: "uk",
			text: "Підприємець [[Олег Кислин]] заявив, що [[Кислин]] не поїде.",
			want: []string{"Олег Кислин", "Кислин"},
		},
		{
			name: "a man's surname alone in the genitive beside his full name",
			lang: "ru",
			text: "[[Андрей Ананьев]] приехал. У [[Ананьева]] нет планов.",
			want: []string{"Андрей Ананьев", "Ананьев"},
		},
		{
			name: "the woman's oblique surname takes her full name's nominative",
			lang: "ru",
			text: "Журналисты спросили [[Елену Хусяйнову]]. У [[Хусяйновой]] нет ответа, сказала [[Хусяйнова]].",
			want: []string{"Елена Хусяйнова", "Хусяйнова", "Хусяйнова"},
		},
		{
			name: "a masculine surname written as it stands outweighs a feminine full name",
			lang: "ru",
			text: "Бизнесмен [[Евгения Пригожина]] не видели. [[Пригожин]] заявил, что [[Пригожину]] всё равно.",
			want: []string{"Евгения Пригожина", "Пригожин", "Пригожин"},
		},
		{
			name: "a first name alone keeps its own lemma",
			lang: "ru",
			text: "[[Дэвид Дэвис]] ушёл в отставку. [[Дэвид]] сказал, что [[Дэвиса]] не поняли.",
			want: []string{"Дэвид Дэвис", "Дэвид", "Дэвис"},
		},
		{
			name: "the lemma covers a leading role word",
			lang: "uk",
			text: "Про це заявив [[президент Байден]].",
			want: []string{"президент Байден"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mkDoc(c.lang, c.text)
			if err := s.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Entities) != len(c.want) {
				t.Fatalf("%d entities, want %d", len(d.Entities), len(c.want))
			}
			for i, e := range d.Entities {
				if e.Lemma != c.want[i] {
					t.Errorf("entity %d %q: Lemma %q, want %q (alone: %q)", i, d.Slice(e.Span), e.Lemma, c.want[i], s.names.Lemma(c.lang, d.Slice(e.Span)))
				}
				if e.Type != "PER" || e.Person == "" {
					t.Errorf("entity %d %q: type %s person %q", i, d.Slice(e.Span), e.Type, e.Person)
				}
			}
		})
	}
}

// TestLemmaPlaces: a PER mention the tables know only as a place is a LOC
// with no lemma, unless the page names a person with that surname.
func TestLemmaPlaces(t *testing.T) {
	s := testStage(t)
	d := mkDoc("uk", "Делегація [[Пекіна]] прибула.")
	d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: 0, End: len("Делегація")}, Type: "ORG", Lemma: "stale"})
	if err := s.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Lemma != "" || e.Type == "PER" {
			t.Errorf("%q: type %s lemma %q, want a LOC/ORG without lemma", d.Slice(e.Span), e.Type, e.Lemma)
		}
	}
}
