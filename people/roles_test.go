package people

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// prevWords must split exactly as textWords does (roles looks back with
// the one and forward with the other).
func checkPrevWords(t *testing.T, text string, off, n int) {
	t.Helper()
	all := textWords(text[:off])
	var want []word
	for i := len(all) - 1; i >= 0 && len(want) < n; i-- {
		want = append(want, all[i])
	}
	if got := prevWords(text, off, n); !slices.Equal(got, want) {
		t.Errorf("prevWords(%q, %d, %d) = %v, want %v", text, off, n, got, want)
	}
}

func TestPrevWords(t *testing.T) {
	for _, c := range []struct {
		text string
		off  int
	}{
		{"речник МЗС Китаю Ван Веньбінь", len("речник МЗС Китаю ")},
		{"the U.S. spokesman, Ned Price", len("the U.S. spokesman, ")},
		{"прем'єр-міністр  Шмигаль", len("прем'єр-міністр  ")},
		{"Ван", 0},
		{"«Глава»  ", len("«Глава»  ")},
	} {
		for n := 0; n <= 6; n++ {
			checkPrevWords(t, c.text, c.off, n)
		}
	}
	if got := prevWords("один два три", len("один два три"), 2); len(got) != 2 || got[0].s != "три" || got[1].s != "два" {
		t.Errorf("nearest first: got %v", got)
	}
}

func FuzzPrevWords(f *testing.F) {
	f.Add("речник МЗС Китаю Ван", 5)
	f.Add("a-b c’d", 3)
	f.Fuzz(func(t *testing.T, text string, off int) {
		if !utf8.ValidString(text) || off < 0 || off > len(text) || !utf8.RuneStart(text[min(off, len(text)-1)]) && off < len(text) {
			return
		}
		checkPrevWords(t, text, off, 5)
	})
}
