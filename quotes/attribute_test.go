package quotes

import (
	"context"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
)

// mkDoc builds a Doc with the entities and people a NER and people stage
// would add: every occurrence of each surface form is a mention.
func mkDoc(text, lang string, ents []struct{ surface, typ, person string }, people []doc.Person) *doc.Doc {
	d := &doc.Doc{Text: text, Lang: lang}
	byID := map[string]int{}
	for i := range people {
		byID[people[i].ID] = i
	}
	for _, e := range ents {
		for off := 0; ; {
			k := strings.Index(text[off:], e.surface)
			if k < 0 {
				break
			}
			sp := doc.Span{Start: off + k, End: off + k + len(e.surface)}
			d.Entities = append(d.Entities, doc.Entity{Span: sp, Type: e.typ, Person: e.person})
			if i, ok := byID[e.person]; ok {
				people[i].Mentions = append(people[i].Mentions, sp)
			}
			off = sp.End
		}
	}
	d.People = people
	return d
}

type ent = struct{ surface, typ, person string }

func TestAttribution(t *testing.T) {
	x := extractor(t)
	wu := doc.Person{ID: "p-wu", Name: "Wu Qian", Roles: []string{"spokesman"}}
	peskov := doc.Person{ID: "p-peskov", Name: "Dmitry Peskov", Roles: []string{"press secretary"}}
	dong := doc.Person{ID: "p-dong", Name: "Dong Jun", Roles: []string{"minister"}}
	cases := []struct {
		name   string
		d      *doc.Doc
		want   []string // speaker of each quote, in order
		wantID []string
		spans  []string // speaker surface text of each quote
	}{
		{
			name: "named person, then pronoun",
			d: mkDoc("Chinese Defense Ministry spokesman Wu Qian said on Thursday that China has always been responsible.\n\n"+
				"\"China strictly controls the export of dual-use goods,\" he said.", "en",
				[]ent{{"Wu Qian", "PER", "p-wu"}, {"Chinese Defense Ministry", "ORG", ""}}, []doc.Person{wu}),
			want:   []string{"Wu Qian", "Wu Qian"},
			wantID: []string{"p-wu", "p-wu"},
			spans:  []string{"Chinese Defense Ministry spokesman Wu Qian", "he"},
		},
		{
			name: "he is the last speaker, not the last person named",
			d: mkDoc("Wu Qian said that the accusations were baseless.\n\n"+
				"\"We reject what Antony Blinken claimed,\" he said.", "en",
				[]ent{{"Wu Qian", "PER", "p-wu"}, {"Antony Blinken", "PER", "p-blinken"}},
				[]doc.Person{wu, {ID: "p-blinken", Name: "Antony Blinken"}}),
			want:   []string{"Wu Qian", "Wu Qian"},
			wantID: []string{"p-wu", "p-wu"},
			spans:  []string{"Wu Qian", "he"},
		},
		{
			name: "a contracted pronoun read into the cue",
			d: mkDoc("Wu Qian said that the accusations were baseless.\n\n"+
				"He’s claiming that the report is false.", "en",
				[]ent{{"Wu Qian", "PER", "p-wu"}}, []doc.Person{wu}),
			want:   []string{"Wu Qian", "Wu Qian"},
			wantID: []string{"p-wu", "p-wu"},
			spans:  []string{"Wu Qian", "He’s"},
		},
		{
			name: "organisation",
			d: mkDoc("The Chinese Foreign Ministry said that the United States has no right to lecture others.", "en",
				[]ent{{"Chinese Foreign Ministry", "ORG", ""}}, nil),
			want:   []string{"Chinese Foreign Ministry"},
			wantID: []string{""},
			spans:  []string{"The Chinese Foreign Ministry"},
		},
		{
			name:   "unresolvable: speaker empty, surface kept",
			d:      mkDoc("A diplomat said that the deal was close.", "en", nil, nil),
			want:   []string{""},
			wantID: []string{""},
			spans:  []string{"A diplomat"},
		},
		{
			name: "ru: name after the cue, then он",
			d: mkDoc("«Мы не получали никаких предложений», — сказал Песков.\n\nОн добавил, что контактов не было.", "ru",
				[]ent{{"Песков", "PER", "p-peskov"}}, []doc.Person{peskov}),
			want:   []string{"Dmitry Peskov", "Dmitry Peskov"},
			wantID: []string{"p-peskov", "p-peskov"},
			spans:  []string{"Песков", "Он"},
		},
		{
			name: "uk: role word resolves to the minister",
			d: mkDoc("Міністр оборони Китаю Дун Цзюнь зустрівся з колегою.\n\nМіністр заявив, що Китай не відмовиться від підтримки.", "uk",
				[]ent{{"Дун Цзюнь", "PER", "p-dong"}}, []doc.Person{dong}),
			want:   []string{"Dong Jun"},
			wantID: []string{"p-dong"},
			spans:  []string{"Міністр"},
		},
		{
			name: "uk: за словами + він",
			d: mkDoc("За словами Дун Цзюня, армії рішуче реагуватимуть на виклики. «Ми надали вам підтримку», – заявив він.", "uk",
				[]ent{{"Дун Цзюня", "PER", "p-dong"}}, []doc.Person{dong}),
			want:   []string{"Dong Jun", "Dong Jun"},
			wantID: []string{"p-dong", "p-dong"},
			spans:  []string{"Дун Цзюня", "він"},
		},
		{
			name: "surname alone names the person",
			d: mkDoc("Foreign Ministry spokesperson Mao Ning spoke on Monday.\n\nMao said that China has always been objective.", "en",
				[]ent{{"Mao Ning", "PER", "p-mao"}}, []doc.Person{{ID: "p-mao", Name: "Mao Ning", Roles: []string{"spokesperson"}}}),
			want:   []string{"Mao Ning"},
			wantID: []string{"p-mao"},
			spans:  []string{"Mao"},
		},
		{
			name: "an indefinite role is someone new",
			d: mkDoc("Vladimir Putin met Li Shangfu on Tuesday.\n\nA senior official in Kyiv said that components were found.", "en",
				[]ent{{"Vladimir Putin", "PER", "p-putin"}, {"Li Shangfu", "PER", "p-li"}},
				[]doc.Person{{ID: "p-putin", Name: "Vladimir Putin"}, {ID: "p-li", Name: "Li Shangfu"}}),
			want:   []string{""},
			wantID: []string{""},
			spans:  []string{"A senior official in Kyiv"},
		},
		{
			name: "uk: він is the previous sentence's subject, not its object",
			d: mkDoc("Міністр оборони Дун Цзюнь провів розмову з колегою Сергієм Шойгу. Він заявив, що Китай надав підтримку.", "uk",
				[]ent{{"Дун Цзюнь", "PER", "p-dong"}, {"Сергієм Шойгу", "PER", "p-shoigu"}},
				[]doc.Person{dong, {ID: "p-shoigu", Name: "Sergei Shoigu"}}),
			want:   []string{"Dong Jun"},
			wantID: []string{"p-dong"},
			spans:  []string{"Він"},
		},
		{
			name: "a role named before anyone holds it looks ahead",
			d: mkDoc("The ambassador said that a ceasefire would leave a quarter of the country occupied.\n\nAmbassador to Turkey Vasyl Bodnar spoke to reporters on Friday.", "en",
				[]ent{{"Vasyl Bodnar", "PER", "p-bodnar"}}, []doc.Person{{ID: "p-bodnar", Name: "Vasyl Bodnar"}}),
			want:   []string{"Vasyl Bodnar"},
			wantID: []string{"p-bodnar"},
			spans:  []string{"The ambassador"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := x.Annotate(context.Background(), c.d); err != nil {
				t.Fatal(err)
			}
			if len(c.d.Quotes) != len(c.want) {
				var got []string
				for _, q := range c.d.Quotes {
					got = append(got, c.d.Slice(q.Span))
				}
				t.Fatalf("got %d quotes %q, want %d", len(c.d.Quotes), got, len(c.want))
			}
			for i, q := range c.d.Quotes {
				sp := ""
				if q.SpeakerSpan != nil {
					sp = c.d.Slice(*q.SpeakerSpan)
				}
				if q.Speaker != c.want[i] || q.SpeakerID != c.wantID[i] || sp != c.spans[i] {
					t.Errorf("quote %d %q: speaker %q id %q span %q, want %q %q %q",
						i, c.d.Slice(q.Span), q.Speaker, q.SpeakerID, sp, c.want[i], c.wantID[i], c.spans[i])
				}
			}
		})
	}
}
