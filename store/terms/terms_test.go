package terms

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSameStem(t *testing.T) {
	groups := [][]string{
		{"Москва", "Москви", "Москві", "москвою", "МОСКВЫ", "Москве"},
		{"ёлка", "елка", "Ёлкой"},
		{"п'ять", "п’ять", "пʼять", "пять"},
		{"каза́в", "казав"},
		{"Russia's", "Russia’s", "russia", "RUSSIA"},
		{"talks", "talk", "talking", "talked"},
		{"Zelenskyy", "zelenskyy"},
		{"café", "cafe", "CAFÉ"},
		{"Україна", "України", "Україні", "Україну", "Україною"},
		{"Сі", "сі"},
		{"йод", "и\u0306од"},
	}
	for _, g := range groups {
		want := Index(g[0])
		if strings.Contains(want, " ") || want == "" {
			t.Fatalf("Index(%q) = %q, want one term", g[0], want)
		}
		for _, w := range g[1:] {
			if got := Index(w); got != want {
				t.Errorf("Index(%q) = %q, Index(%q) = %q: want the same term", w, got, g[0], want)
			}
		}
	}
}

func TestDifferentStem(t *testing.T) {
	pairs := [][2]string{{"Москва", "мост"}, {"Київ", "кит"}, {"war", "was"}, {"й", "и"}}
	for _, p := range pairs {
		if Index(p[0]) == Index(p[1]) {
			t.Errorf("%q and %q share the term %q", p[0], p[1], Index(p[0]))
		}
	}
}

func TestEachOffsets(t *testing.T) {
	s := "«Ми не дозволимо», — сказав Сі Цзіньпін 5 травня; Russia's ally."
	var words []string
	Each(s, func(tm Term) { words = append(words, s[tm.Start:tm.End]) })
	want := []string{"Ми", "не", "дозволимо", "сказав", "Сі", "Цзіньпін", "5", "травня", "Russia's", "ally"}
	if strings.Join(words, "|") != strings.Join(want, "|") {
		t.Fatalf("words = %q, want %q", words, want)
	}
}

func TestFold(t *testing.T) {
	if got, want := Fold("Ёжик П’ять CAFÉ"), "ежик пять cafe"; got != want {
		t.Fatalf("Fold = %q, want %q", got, want)
	}
}

func FuzzEach(f *testing.F) {
	for _, s := range []string{"Москва'", "'a", "и\u0301\u0306", "a\x00b", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		Each(s, func(tm Term) {
			if tm.Start < last || tm.End <= tm.Start || tm.End > len(s) || tm.Stem == "" {
				t.Fatalf("bad term %+v in %q", tm, s)
			}
			if !utf8.ValidString(tm.Stem) && utf8.ValidString(s) {
				t.Fatalf("invalid stem %q", tm.Stem)
			}
			last = tm.End
		})
	})
}
