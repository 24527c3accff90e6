package timex

import (
	"context"
	"testing"
	"time"

	"github.com/pressclip/pressclip/doc"
)

var dct = time.Date(2024, 2, 1, 12, 0, 0, 0, time.UTC) // a Thursday

func TestFind(t *testing.T) {
	cases := []struct{ in, text, value string }{
		{"Це сталося 31 січня 2024 року.", "31 січня 2024", "2024-01-31"},
		{"Встреча 22 февраля в Киеве.", "22 февраля", "2024-02-22"},
		{"Talks on Feb. 22, 2023 ended.", "Feb. 22, 2023", "2023-02-22"},
		{"Filed 2023-02-22.", "2023-02-22", "2023-02-22"},
		{"Дата: 22.02.2023", "22.02.2023", "2023-02-22"},
		{"Він заявив це вчора.", "вчора", "2024-01-31"},
		{"Это было позавчера.", "позавчера", "2024-01-30"},
		{"He said on Monday that", "Monday", "2024-01-29"},
		{"Recently, prices rose.", "Recently", "PAST_REF"},
		{"In 1991 Ukraine", "1991", "1991"},
		{"Війна триває понад рік.", "понад рік", "P1Y"},
		{"It lasted more than a year.", "more than a year", "P1Y"},
		{"That was two years ago.", "two years ago", "2022"},
		{"Це було минулого місяця.", "минулого місяця", "2024-01"},
		{"Sales fell last week.", "last week", "2024-W04"},
		{"Это было 3 года назад.", "3 года назад", "2021"},
	}
	g := New()
	for _, c := range cases {
		got := g.Find(c.in, dct)
		if len(got) != 1 {
			t.Errorf("%q: got %d dates %+v", c.in, len(got), got)
			continue
		}
		if s := c.in[got[0].Start:got[0].End]; s != c.text || got[0].Value != c.value {
			t.Errorf("%q: got %q=%s, want %q=%s", c.in, s, got[0].Value, c.text, c.value)
		}
	}
}

func TestAnnotate(t *testing.T) {
	text := "Київ, 31 січня 2024 року. «Ми готові», — сказав він."
	d := &doc.Doc{Text: text, Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}}}}
	d.Quotes = []doc.Quote{{Span: doc.Span{Start: 50, End: 55}}}
	if err := New(WithDCT(dct)).Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Published != "2024-01-31" || len(d.Dates) != 1 || d.Quotes[0].SaidOn != "2024-01-31" {
		t.Fatalf("published %q dates %+v quotes %+v", d.Published, d.Dates, d.Quotes)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("31 січня 2024 року, вчора, Feb. 22")
	g := New()
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range g.Find(s, dct) {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End {
				t.Fatalf("bad span %+v", x)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := "Президент заявив вчора, 31 січня 2024 року, що переговори 22 февраля продолжатся. On Monday, Feb. 22, officials said recently that 2023-02-22 was key. "
	g := New()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Find(text, dct)
	}
}
