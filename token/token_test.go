package token

import (
	"reflect"
	"strings"
	"testing"
)

func words(s string) []string {
	var out []string
	for _, t := range Words(s) {
		out = append(out, s[t.Start:t.End])
	}
	return out
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"п'ять пам’ятати", []string{"п'ять", "пам’ятати"}},
		{"O'Neil's book.", []string{"O'Neil's", "book", "."}},
		{"Ростов-на-Дону і Thomas-Greenfield", []string{"Ростов-на-Дону", "і", "Thomas-Greenfield"}},
		{"«В. Путін»", []string{"«", "В", ".", "Путін", "»"}},
		{`"J. Biden" — 3,5 млн`, []string{`"`, "J", ".", "Biden", `"`, "—", "3,5", "млн"}},
		{"слово - слово", []string{"слово", "-", "слово"}},
	} {
		if got := words(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Mr. Smith went to the U.S. Army. He left.", []string{"Mr. Smith went to the U.S. Army.", "He left."}},
		{"Заявив В. Путін. Потім т. зв. Рада ім. Шевченка зібралась. Все!", []string{"Заявив В. Путін.", "Потім т. зв. Рада ім. Шевченка зібралась.", "Все!"}},
		{"J. Biden said: «Yes.» Then — silence.", []string{"J. Biden said: «Yes.»", "Then — silence."}},
		{"no punctuation at all", []string{"no punctuation at all"}},
		{"Один абзац\n\nДругий", []string{"Один абзац", "Другий"}},
	} {
		var got []string
		for _, s := range Sentences(c.in) {
			got = append(got, c.in[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith. В. Путін сказав.")
	f.Add(strings.Repeat("ab", 50000))
	f.Add("日本語のテキスト。ﷺ ")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, w := range Words(s) {
			if w.Start < prev || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("bad token %v", w)
			}
			prev = w.End
		}
		for _, x := range Sentences(s) {
			if x.Start > x.End || x.End > len(s) {
				t.Fatalf("bad sentence %v", x)
			}
		}
	})
}

func BenchmarkWords(b *testing.B) {
	s := strings.Repeat("Президент В. Зеленський заявив, що Ростов-на-Дону — це п'ять. Mr. O'Neil's U.S. Army said. ", 100)
	n := len(Words(s))
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Sentences(s)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
