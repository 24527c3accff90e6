package stories

import (
	"math"
	"testing"
)

func TestSameLanguageThreshold(t *testing.T) {
	tests := []struct {
		name  string
		pages map[string]int
		want  float64
	}{
		{"one language", map[string]int{"en": 134}, 0.06},
		{"no pages", nil, 0.06},
		{"two languages, even", map[string]int{"en": 50, "de": 50}, 0.04},
		{"six languages, uneven", map[string]int{"bg": 30, "cs": 10, "pl": 10, "ru": 20, "sl": 10, "uk": 20}, 0.04},
		{"one stray page", map[string]int{"en": 9, "fr": 1}, 0.04 + 0.02*0.8},
		{"three to one", map[string]int{"uk": 30, "ru": 10}, 0.05},
		{"three to one over three", map[string]int{"uk": 30, "ru": 5, "bg": 5}, 0.05},
	}
	for _, tt := range tests {
		if got := SameLanguageThreshold(0.04, 0.06, tt.pages); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: SameLanguageThreshold = %.6f, want %.6f", tt.name, got, tt.want)
		}
	}
}

func TestReclusterSameFollowsPages(t *testing.T) {
	m, err := LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	c := New(m, Options{})
	if got := c.ReclusterSame(); got != 0.06 {
		t.Errorf("empty: %v, want the one-language default 0.06", got)
	}
	c.Add(page("a", "en", "Minister resigns", "The minister resigned on Monday.", "2024-01-02"))
	c.Add(page("b", "en", "Minister resigns", "The minister resigned after the vote.", "2024-01-02"))
	if got := c.ReclusterSame(); got != 0.06 {
		t.Errorf("English only: %v, want 0.06", got)
	}
	c.Add(page("c", "uk", "Міністр пішов у відставку", "Міністр пішов у відставку в понеділок.", "2024-01-02"))
	c.Add(page("d", "ru", "Министр ушёл в отставку", "Министр ушёл в отставку в понедельник.", "2024-01-02"))
	if got := c.ReclusterSame(); got != 0.04 {
		t.Errorf("2 en, 1 uk, 1 ru (no majority): %v, want the mixed default 0.04", got)
	}
}
