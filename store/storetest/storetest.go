// Package storetest is the conformance suite every store engine must pass:
// an engine's test calls Run with a function that opens an empty store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/pressclip/pressclip/doc"
	"github.com/pressclip/pressclip/store"
)

// Opener returns a new, empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// P describes a person in a test page: the canonical name, the id, and the
// surface forms to mark in the text.
type P struct {
	ID, Name string
	Forms    []string
}

// Q describes a quote: its text (found in the page), speaker and date.
type Q struct {
	Text, SpeakerID, Speaker, SaidOn string
}

// Page builds a document by hand: text is one block; people and quotes are
// located in it by their surface forms.
func Page(source, lang, title, published, text string, people []P, quotes []Q) *doc.Doc {
	d := &doc.Doc{Source: source, Lang: lang, Title: title, Published: published, Text: text,
		Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}, Lang: lang}}}
	for _, p := range people {
		dp := doc.Person{ID: p.ID, Name: p.Name}
		for _, f := range p.Forms {
			if i := strings.Index(text, f); i >= 0 {
				sp := doc.Span{Start: i, End: i + len(f)}
				dp.Mentions = append(dp.Mentions, sp)
				dp.Names = append(dp.Names, f)
				d.Entities = append(d.Entities, doc.Entity{Span: sp, Type: "PER", Person: p.ID})
			}
		}
		d.People = append(d.People, dp)
	}
	for _, q := range quotes {
		i := strings.Index(text, q.Text)
		if i < 0 {
			panic(fmt.Sprintf("quote %q not in %q", q.Text, text))
		}
		d.Quotes = append(d.Quotes, doc.Quote{Span: doc.Span{Start: i, End: i + len(q.Text)}, Direct: true,
			Speaker: q.Speaker, SpeakerID: q.SpeakerID, SaidOn: q.SaidOn})
	}
	return d
}

var (
	wang  = P{ID: "wang-yi", Name: "Wang Yi", Forms: []string{"Wang Yi", "Ван І", "Ван И", "王毅"}}
	lavr  = P{ID: "sergey-lavrov", Name: "Sergey Lavrov", Forms: []string{"Sergey Lavrov", "Сергій Лавров", "Лавров"}}
	zelen = P{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Forms: []string{"Zelensky", "Зеленський"}}
)

// Corpus is the fixture the search tests run on.
func Corpus() []*doc.Doc {
	d1 := Page("https://example.com/en/1", "en", "Wang Yi meets Lavrov in Moscow", "2024-02-10",
		"Wang Yi met Sergey Lavrov in Moscow on Saturday. \"China and Russia are partners\", Wang Yi said.",
		[]P{wang, lavr}, []Q{{Text: "China and Russia are partners", SpeakerID: "wang-yi", Speaker: "Wang Yi", SaidOn: "2024-02-10"}})
	d1.Story, d1.Topic = "s1", "t1"
	d2 := Page("https://example.ua/uk/2", "uk", "Ван І прибув до Москви", "2024-02-11",
		"Ван І провів переговори в Москві з Сергій Лавров. «Ми не дозволимо тиску на Росію», — сказав Ван І. П’ять угод підписано.",
		[]P{wang, lavr}, []Q{{Text: "Ми не дозволимо тиску на Росію", SpeakerID: "wang-yi", Speaker: "Wang Yi", SaidOn: "2024-02-11"}})
	d2.Story, d2.Topic = "s1", "t1"
	d3 := Page("https://example.ru/ru/3", "ru", "Зеленский о переговорах", "2023-11-05",
		"Зеленський заявил, что ёлка в Киеве будет. Переговоры с Москвой невозможны, — сказал он.",
		[]P{zelen}, []Q{{Text: "Переговоры с Москвой невозможны", SpeakerID: "volodymyr-zelensky", Speaker: "Volodymyr Zelensky", SaidOn: "2023-11-05"}})
	d3.Story, d3.Topic = "s2", "t1"
	d4 := Page("https://example.com/en/4", "en", "Markets rally", "2024-03-01",
		"Stocks rallied in New York as investors cheered. Nobody mentioned Moscow talks here except in passing.",
		nil, nil)
	d4.Story, d4.Topic = "s3", "t2"
	d5 := Page("https://example.ru/ru/5", "ru", "Ударения", "2024-01-20",
		"Ва́жное заявле́ние сде́лано в Ки́еве о ме́ждународной безопа́сности.", nil, nil)
	d5.Story, d5.Topic = "s4", "t2"
	return []*doc.Doc{d1, d2, d3, d4, d5}
}

func inputs(ds ...*doc.Doc) []store.Input {
	in := make([]store.Input, len(ds))
	for i, d := range ds {
		in[i] = store.Input{Doc: d}
	}
	return in
}

// Run runs the suite against the engine open returns.
func Run(t *testing.T, open Opener) {
	ctx := context.Background()
	fresh := func(t *testing.T) store.Store {
		s := open(t)
		t.Cleanup(func() { s.Close() })
		return s
	}
	loaded := func(t *testing.T) store.Store {
		s := fresh(t)
		if _, err := s.Put(ctx, inputs(Corpus()...)); err != nil {
			t.Fatal(err)
		}
		return s
	}

	t.Run("Idempotent", func(t *testing.T) {
		s := fresh(t)
		c := Corpus()
		o1, err := s.Put(ctx, inputs(c[0], c[1]))
		if err != nil {
			t.Fatal(err)
		}
		o2, err := s.Put(ctx, inputs(Corpus()[0], Corpus()[1], Corpus()[0]))
		if err != nil {
			t.Fatal(err)
		}
		for i, o := range o1 {
			if o.Status != store.Added {
				t.Errorf("first put %d: %v, want added", i, o.Status)
			}
		}
		for i, o := range o2 {
			if o.Status != store.Duplicate || o.ID != o1[i%2].ID {
				t.Errorf("second put %d: %+v, want duplicate of %d", i, o, o1[i%2].ID)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 2 || st.Versions != 2 || st.Quotes != 2 || st.People != 2 {
			t.Errorf("stats = %+v, want 2 documents, 2 versions, 2 quotes, 2 people", st)
		}
	})

	t.Run("NewVersion", func(t *testing.T) {
		s := fresh(t)
		v1 := Page("https://x/a", "en", "Old", "2024-01-01", "The zeppelin landed.", nil, nil)
		v2 := Page("https://x/a", "en", "New", "2024-01-02", "The submarine surfaced.", nil, nil)
		o, err := s.Put(ctx, inputs(v1))
		if err != nil {
			t.Fatal(err)
		}
		o2, err := s.Put(ctx, inputs(v2))
		if err != nil {
			t.Fatal(err)
		}
		if o2[0].Status != store.NewVersion {
			t.Fatalf("changed page: %v, want new-version", o2[0].Status)
		}
		st, _ := s.Stats(ctx)
		if st.Documents != 1 || st.Versions != 2 {
			t.Errorf("stats = %+v, want 1 current of 2 versions", st)
		}
		if r := search(t, s, store.Query{Text: "zeppelin"}); r.Total != 0 {
			t.Errorf("old version still found: %+v", r)
		}
		if r := search(t, s, store.Query{Text: "submarine"}); r.Total != 1 || r.Hits[0].ID != o2[0].ID {
			t.Errorf("new version not found: %+v", r)
		}
		old, err := s.Document(ctx, o[0].ID)
		if err != nil || old.Current || old.Version != 1 || old.Doc.Title != "Old" {
			t.Errorf("old version = %+v, %v; want readable, not current, version 1", old, err)
		}
	})

	t.Run("NewVersionInOneBatch", func(t *testing.T) {
		s := fresh(t)
		v1 := Page("https://x/b", "en", "Old", "2024-01-01", "The zeppelin landed.", nil, nil)
		v2 := Page("https://x/b", "en", "New", "2024-01-02", "The submarine surfaced.", nil, nil)
		o, err := s.Put(ctx, inputs(v1, v2))
		if err != nil {
			t.Fatal(err)
		}
		if o[0].Status != store.Added || o[1].Status != store.NewVersion {
			t.Fatalf("outcomes %+v, want added then new-version", o)
		}
		if r := search(t, s, store.Query{Text: "zeppelin"}); r.Total != 0 {
			t.Errorf("old version still found: %+v", r)
		}
		if r := search(t, s, store.Query{Text: "submarine"}); r.Total != 1 || r.Hits[0].ID != o[1].ID {
			t.Errorf("new version not found: %+v", r)
		}
	})

	t.Run("FailedAndSeenRaw", func(t *testing.T) {
		s := fresh(t)
		bad := &doc.Doc{Source: "x", Err: errors.New("boom")}
		o, err := s.Put(ctx, []store.Input{{Doc: bad, RawHash: "r0"}, {Doc: Corpus()[3], RawHash: "r1"}})
		if err != nil {
			t.Fatal(err)
		}
		// A failed page is not marked seen: the next run retries it.
		if o[0].Status != store.Failed || o[1].Status != store.Added {
			t.Errorf("outcomes = %+v", o)
		}
		for h, want := range map[string]bool{"r0": false, "r1": true, "r2": false} {
			got, err := s.SeenRaw(ctx, h)
			if err != nil || got != want {
				t.Errorf("SeenRaw(%s) = %v, %v; want %v", h, got, err, want)
			}
		}
	})

	t.Run("Search", func(t *testing.T) {
		s := loaded(t)
		cases := []struct {
			q    store.Query
			want []string // sources, any order
		}{
			{store.Query{Text: "Москва"}, []string{"https://example.ua/uk/2", "https://example.ru/ru/3"}},
			{store.Query{Text: "москви"}, []string{"https://example.ua/uk/2", "https://example.ru/ru/3"}},
			{store.Query{Text: "Moscow"}, []string{"https://example.com/en/1", "https://example.com/en/4"}},
			{store.Query{Text: "елка"}, []string{"https://example.ru/ru/3"}},
			{store.Query{Text: "пять"}, []string{"https://example.ua/uk/2"}},
			{store.Query{Text: "п'ять"}, []string{"https://example.ua/uk/2"}},
			{store.Query{Text: "важное заявление"}, []string{"https://example.ru/ru/5"}},
			{store.Query{Text: "Киев"}, []string{"https://example.ru/ru/3", "https://example.ru/ru/5"}},
			{store.Query{Text: "partner"}, []string{"https://example.com/en/1"}},
			{store.Query{Text: `"Russia are partners"`}, []string{"https://example.com/en/1"}},
			{store.Query{Text: `"partners Russia"`}, nil},
			{store.Query{Text: "Moscow -stocks"}, []string{"https://example.com/en/1"}},
			{store.Query{Text: "Москва", InQuotes: true}, []string{"https://example.ru/ru/3"}},
			{store.Query{Text: "Russia", InQuotes: true}, []string{"https://example.com/en/1"}},
			{store.Query{Text: "Moscow", Lang: "en"}, []string{"https://example.com/en/1", "https://example.com/en/4"}},
			{store.Query{Text: "Moscow", Lang: "uk"}, nil},
			{store.Query{Text: "Moscow", From: "2024-02-11"}, []string{"https://example.com/en/4"}},
			{store.Query{Text: "Moscow", From: "2024-02-01", To: "2024-02-10"}, []string{"https://example.com/en/1"}},
			{store.Query{Text: "Moscow", Source: "example.com/en/4"}, []string{"https://example.com/en/4"}},
			{store.Query{Person: "wang-yi"}, []string{"https://example.com/en/1", "https://example.ua/uk/2"}},
			{store.Query{Text: "Москва", Person: "wang-yi"}, []string{"https://example.ua/uk/2"}},
			{store.Query{Source: "example.ru"}, []string{"https://example.ru/ru/3", "https://example.ru/ru/5"}},
			{store.Query{From: "2024-02-01", To: "2024-02-10"}, []string{"https://example.com/en/1"}},
			{store.Query{From: "2024-02-11"}, []string{"https://example.ua/uk/2", "https://example.com/en/4"}},
			{store.Query{To: "2023-12-31"}, []string{"https://example.ru/ru/3"}},
			{store.Query{Story: "s1"}, []string{"https://example.com/en/1", "https://example.ua/uk/2"}},
			{store.Query{Topic: "t2"}, []string{"https://example.com/en/4", "https://example.ru/ru/5"}},
			{store.Query{Text: "xylophone"}, nil},
			{store.Query{Text: "!!!"}, nil},
			{store.Query{Text: `"unterminated`}, nil},
			{store.Query{Text: `AND OR NOT NEAR( "`}, nil},
		}
		for _, c := range cases {
			r := search(t, s, c.q)
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.Source)
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) || r.Total != len(want) {
				t.Errorf("Search(%+v) = %v (total %d), want %v", c.q, got, r.Total, want)
			}
		}
	})

	t.Run("SnippetAndPaging", func(t *testing.T) {
		s := loaded(t)
		r := search(t, s, store.Query{Text: "Москва", Lang: "uk"})
		if len(r.Hits) != 1 {
			t.Fatalf("hits = %+v", r.Hits)
		}
		var marked []string
		for _, seg := range r.Hits[0].Snippet {
			if seg.Match {
				marked = append(marked, seg.Text)
			}
		}
		if !slices.Equal(marked, []string{"Москві"}) {
			t.Errorf("snippet marks %q, want [Москві]", marked)
		}
		all := search(t, s, store.Query{Limit: 2})
		next := search(t, s, store.Query{Limit: 2, Offset: 2})
		if all.Total != 5 || len(all.Hits) != 2 || len(next.Hits) != 2 || all.Hits[0].ID == next.Hits[0].ID {
			t.Errorf("paging: %+v then %+v", all, next)
		}
		if all.Hits[0].Published < all.Hits[1].Published {
			t.Errorf("listing not newest first: %q before %q", all.Hits[0].Published, all.Hits[1].Published)
		}
	})

	t.Run("Person", func(t *testing.T) {
		s := loaded(t)
		p, err := s.Person(ctx, "wang-yi")
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, n := range p.Names {
			names = append(names, n.Name)
		}
		for _, want := range []string{"Wang Yi", "Ван І"} {
			if !slices.Contains(names, want) {
				t.Errorf("names %q lack %q", names, want)
			}
		}
		if p.Name != "Wang Yi" || p.Documents != 2 || p.QuoteCount != 2 || len(p.Quotes) != 2 {
			t.Errorf("person = %+v", p)
		}
		if len(p.Timeline) != 1 || p.Timeline[0] != (store.Bucket{Period: "2024-02", Count: 2}) {
			t.Errorf("timeline = %+v", p.Timeline)
		}
		if len(p.CoPeople) != 1 || p.CoPeople[0].ID != "sergey-lavrov" || p.CoPeople[0].Count != 2 {
			t.Errorf("co-people = %+v", p.CoPeople)
		}
		if len(p.Stories) != 1 || p.Stories[0].ID != "s1" || p.Stories[0].Pages != 2 {
			t.Errorf("stories = %+v", p.Stories)
		}
		if p.Quotes[0].SaidOn != "2024-02-11" {
			t.Errorf("quotes not newest first: %+v", p.Quotes)
		}
		for _, q := range p.Quotes {
			if d, err := s.Document(ctx, q.DocID); err != nil || q.Text == "" || q.Text != d.Doc.Text[q.Start:q.End] {
				t.Errorf("quote %+v: text is not the document's words at its span (%v)", q, err)
			}
		}
		if _, err := s.Person(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown person: %v, want ErrNotFound", err)
		}
	})

	t.Run("Quotes", func(t *testing.T) {
		s := loaded(t)
		cases := []struct {
			q    store.QuoteQuery
			want int
		}{
			{store.QuoteQuery{}, 3},
			{store.QuoteQuery{Speaker: "wang-yi"}, 2},
			{store.QuoteQuery{Speaker: "wang-yi", From: "2024-02-11"}, 1},
			{store.QuoteQuery{Speaker: "wang-yi", To: "2024-02-10"}, 1},
			{store.QuoteQuery{Speaker: "wang-yi", Lang: "uk"}, 1},
			{store.QuoteQuery{Speaker: "wang-yi", Text: "Росія"}, 1},
			{store.QuoteQuery{Text: "Москва"}, 1},
			{store.QuoteQuery{Limit: 1}, 1},
		}
		for _, c := range cases {
			got, err := s.Quotes(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != c.want {
				t.Errorf("Quotes(%+v) = %d quotes, want %d: %+v", c.q, len(got), c.want, got)
			}
		}
	})

	t.Run("StoryAndTopics", func(t *testing.T) {
		s := loaded(t)
		st, err := s.Story(ctx, "s1")
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Pages) != 2 || !slices.Equal(st.Langs, []string{"en", "uk"}) || st.First != "2024-02-10" || st.Last != "2024-02-11" || st.Topic != "t1" {
			t.Errorf("story = %+v", st)
		}
		if len(st.People) != 2 {
			t.Errorf("story people = %+v", st.People)
		}
		if _, err := s.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown story: %v", err)
		}
		ts, err := s.Topics(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(ts) != 2 || ts[0].ID != "t1" || ts[0].Pages != 3 || len(ts[0].Stories) != 2 || ts[0].Stories[0].ID != "s1" {
			t.Errorf("topics = %+v", ts)
		}
		if err := s.SetStory(ctx, map[int64][2]string{search(t, s, store.Query{Story: "s4"}).Hits[0].ID: {"s9", "t9"}}); err != nil {
			t.Fatal(err)
		}
		if r := search(t, s, store.Query{Story: "s9", Topic: "t9"}); r.Total != 1 {
			t.Errorf("SetStory not applied: %+v", r)
		}
	})

	t.Run("DocumentRoundTrip", func(t *testing.T) {
		s := fresh(t)
		c := Corpus()[1]
		o, err := s.Put(ctx, inputs(c))
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Document(ctx, o[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Doc.Text != c.Text || got.Doc.Title != c.Title || len(got.Doc.Quotes) != 1 || len(got.Doc.People) != 2 ||
			len(got.Doc.Entities) != len(c.Entities) || got.Doc.Story != "s1" || !got.Current || got.Version != 1 {
			t.Errorf("round trip = %+v", got.Doc)
		}
		if _, err := s.Document(ctx, 99999); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("missing document: %v", err)
		}
	})

	t.Run("ExportAndReplay", func(t *testing.T) {
		s := loaded(t)
		var n int
		if err := s.Export(ctx, store.Query{Text: "Москва"}, func(*store.Document) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		if n != 2 {
			t.Errorf("export matched %d, want 2", n)
		}
		var order []string
		if err := s.Replay(ctx, func(d *store.Document) error { order = append(order, d.Doc.Source); return nil }); err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, d := range Corpus() {
			want = append(want, d.Source)
		}
		if !slices.Equal(order, want) {
			t.Errorf("replay order %v, want %v", order, want)
		}
	})
}

func search(t *testing.T, s store.Store, q store.Query) *store.Results {
	t.Helper()
	r, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return r
}
